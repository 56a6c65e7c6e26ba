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
