// Yearly counts of the contact log for the report to the nämnd (SPEC C6). Aggregates only:
// the reports module applies small-number suppression before anything leaves the specialists.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { monthTallies, uniqueCarers, yearTallies, type TallyDimension } from './tally.js';

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
 * ones (e.g. an administration's subtree). Used by the reports module. Read from the running
 * tallies (tally.ts), three small queries whatever the size of the contact log.
 */
export async function yearlyContactStats(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<ContactStats> {
  const [rows, months, carers] = await Promise.all([
    yearTallies(db, tenantId, year, unitIds), monthTallies(db, tenantId, year, unitIds), uniqueCarers(db, tenantId, year, unitIds),
  ]);
  const of = (d: TallyDimension) => toCounts(rows.filter((r) => r.dimension === d).map((r) => ({ key: r.value === '' ? null : r.value, n: r.n })));
  const identified = of('identified');
  const byAgeBand = of('age_band');
  const referredTo = of('referred_to');
  delete referredTo[UNKNOWN];
  const byMonth: Counts = {};
  months.forEach((n, i) => { byMonth[String(i + 1).padStart(2, '0')] = n; });
  const total = (identified['0'] ?? 0) + (identified['1'] ?? 0);
  return {
    year, total, totalMinutes: rows.filter((r) => r.dimension === 'identified').reduce((s, r) => s + r.minutes, 0),
    childrenAsCarers: (byAgeBand.under_13 ?? 0) + (byAgeBand['13_17'] ?? 0), anonymousContacts: identified['0'] ?? 0,
    identifiedContacts: identified['1'] ?? 0, uniqueIdentifiedCarers: carers, referredOnward: of('referred_onward')['1'] ?? 0,
    byActivityType: of('activity_type'), byChannel: of('channel'), byTargetGroup: of('target_group'), byAgeBand, byGender: of('gender'),
    byRelationship: of('relationship'), byHeardVia: of('heard_via'), byCampaign: of('campaign_id'), byDistrict: of('district'), byReferredTo: referredTo, byMonth,
  };
}

/** Contacts per month of the year (January first), for the dashboards. */
export function contactsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number[]> {
  return monthTallies(db, tenantId, year, unitIds);
}
