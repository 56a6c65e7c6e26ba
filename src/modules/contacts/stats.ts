// Yearly counts of the contact log for the report to the nämnd (SPEC C6). Aggregates only:
// the reports module applies small-number suppression before anything leaves the specialists.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import * as q from './queries.js';

export type Counts = Record<string, number>;

export interface ContactStats {
  year: number;
  /** Every logged contact, anonymous and linked. */
  total: number;
  totalMinutes: number;
  /** Contacts with a carer under 18 (barn som anhöriga). */
  childrenAsCarers: number;
  /** Contacts with no identity (never add these to unique identified carers as if the same kind). */
  anonymousContacts: number;
  identifiedContacts: number;
  /** Distinct identified carers with at least one contact in the year. */
  uniqueIdentifiedCarers: number;
  referredOnward: number;
  /** Keys are the vocabulary codes; 'unknown' when the field was left empty. */
  byActivityType: Counts;
  byChannel: Counts;
  byTargetGroup: Counts;
  byAgeBand: Counts;
  byGender: Counts;
  byRelationship: Counts;
  byHeardVia: Counts;
  byCampaign: Counts;
  byDistrict: Counts;
  byReferredTo: Counts;
  /** '01'…'12', every month present. */
  byMonth: Counts;
}

const UNKNOWN = 'unknown';

function toCounts(rows: { key: string | null; n: number }[]): Counts {
  const out: Counts = {};
  for (const r of rows) {
    const k = r.key ?? UNKNOWN;
    out[k] = (out[k] ?? 0) + r.n;
  }
  return out;
}

/**
 * Counts of one municipality's contacts in a calendar year, for all its units or the given
 * ones (e.g. an administration's subtree). Used by the reports module.
 */
export async function yearlyContactStats(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<ContactStats> {
  const by = (c: q.StatColumn) => q.countBy(db, tenantId, year, unitIds, c).then(toCounts);
  const [t, activity, channel, group, age, gender, relationship, heard, campaign, district, referredTo, months] = await Promise.all([
    q.totals(db, tenantId, year, unitIds), by('activity_type'), by('channel'), by('target_group'), by('age_band'), by('gender'),
    by('relationship'), by('heard_via'), by('campaign_id'), by('district'), by('referred_to'), q.countByMonth(db, tenantId, year, unitIds),
  ]);
  const byMonth: Counts = {};
  for (let m = 1; m <= 12; m++) byMonth[String(m).padStart(2, '0')] = 0;
  for (const r of months) byMonth[r.key] = r.n;
  delete referredTo[UNKNOWN];
  return {
    year, total: t.total, totalMinutes: t.minutes, childrenAsCarers: t.children, anonymousContacts: t.total - t.identified,
    identifiedContacts: t.identified, uniqueIdentifiedCarers: t.uniqueCarers, referredOnward: t.referred,
    byActivityType: activity, byChannel: channel, byTargetGroup: group, byAgeBand: age, byGender: gender, byRelationship: relationship,
    byHeardVia: heard, byCampaign: campaign, byDistrict: district, byReferredTo: referredTo, byMonth,
  };
}
