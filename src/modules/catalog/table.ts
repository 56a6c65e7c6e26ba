import type { Generated } from 'kysely';

export interface OfferingsTable {
  id: string;
  tenant_id: string;
  type: string; // OfferingType
  support_kind: string; // 'direct' | 'indirect'
  needs_assessment: number;
  provider_kind: string; // ProviderKind
  provider_name: string;
  /** JSON array of TargetGroup; empty = every target group */
  target_groups: string;
  carer_min_age: number | null;
  carer_max_age: number | null;
  /** The närstående must be at least this old (e.g. respite for carers of people 65+); null = any age */
  relative_min_age: number | null;
  /** The närstående must be at most this old; null = any age */
  relative_max_age: number | null;
  /** 'yes' | 'no': the carer must (not) live with the närstående; null = either */
  lives_together: string | null;
  /** Quantity per period, e.g. 10 hours a month; all three set or none */
  quantity_amount: number | null;
  quantity_unit: string | null; // QuantityUnit
  quantity_period: string | null; // QuantityPeriod
  /** Days ahead a booking must be made; null = no lead time */
  lead_time_days: number | null;
  /** JSON array of TimeOfDay ('day' | 'evening' | 'night'); empty = not stated */
  times_of_day: Generated<string>;
  /** 'YYYY-MM-DD' the text was last checked; null = never */
  last_reviewed_on: string | null;
  /** The staff user responsible for keeping the offering up to date */
  review_owner_id: string | null;
  /** JSON array of ContentLocale the offering is given in */
  languages: string;
  cost: string;
  contact: string;
  title: string;
  summary: string;
  description: string;
  how_to_get: string;
  /** JSON: { [locale]: { title?, summary?, description?, howToGet? } } */
  translations: string;
  published: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}
export interface CatalogTables {
  offerings: OfferingsTable;
}
