// What each campaign brought: contacts in the specialists' log (contacts module) and contact
// requests from the portal (requests module) that name the campaign, counted per month.
// Aggregates only, read through those modules' services.
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import { addDays, ZONE } from '../../platform/domain/dates.js';
import { contactsByCampaign } from '../contacts/service.js';
import { requestsByCampaign } from '../requests/service.js';

/** campaign id → 'YYYY-MM' → count */
export type MonthCounts = Map<string, Map<string, number>>;

export interface CampaignCounts {
  contacts: MonthCounts;
  requests: MonthCounts;
}

function add(m: MonthCounts, campaignId: string, month: string, n: number): void {
  const inner = m.get(campaignId) ?? new Map<string, number>();
  inner.set(month, (inner.get(month) ?? 0) + n);
  m.set(campaignId, inner);
}

/** Stockholm midnight of a local date, as a UTC instant. */
const startOf = (date: string) => DateTime.fromISO(date, { zone: ZONE }).startOf('day').toUTC().toISO()!;

/** Counts for these campaigns with a (local) date in [from, to] (YYYY-MM-DD, inclusive). */
export async function campaignCounts(db: Kysely<DB>, tenantId: string, campaignIds: string[], from: string, to: string): Promise<CampaignCounts> {
  const out: CampaignCounts = { contacts: new Map(), requests: new Map() };
  if (campaignIds.length === 0) return out;
  const [contacts, requests] = await Promise.all([
    contactsByCampaign(db, tenantId, campaignIds, from, to),
    requestsByCampaign(db, tenantId, campaignIds, startOf(from), startOf(addDays(to, 1))),
  ]);
  for (const c of contacts) add(out.contacts, c.campaignId, c.date.slice(0, 7), c.n);
  // Stockholm's offset is whole hours, so every instant of one UTC hour has the same local month:
  // one luxon conversion per hour instead of one per request (thousands in a big year).
  const monthOfHour = new Map<string, string>();
  for (const r of requests) {
    const hour = r.createdAt.slice(0, 13);
    let month = monthOfHour.get(hour);
    if (month === undefined) monthOfHour.set(hour, month = DateTime.fromISO(r.createdAt, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM'));
    add(out.requests, r.campaignId, month, 1);
  }
  return out;
}
