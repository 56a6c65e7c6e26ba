// Yearly counts of the contact log for the report to the nämnd (SPEC C6). Aggregates only:
// the reports module applies small-number suppression before anything leaves the specialists.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import { carerUnitSets, monthTalliesByUnit, yearTalliesByUnit, type TallyDimension } from './tally.js';

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


/** A year of tallies for every unit at once: three grouped queries, whatever the number of scopes. */
interface YearByUnit {
  rows: Awaited<ReturnType<typeof yearTalliesByUnit>>;
  months: Awaited<ReturnType<typeof monthTalliesByUnit>>;
  carers: CarersByUnit;
}

/** The identified carers with contacts in the year, as groups of carers sharing the set of units they had contacts in. */
type CarersByUnit = { units: string[]; n: number }[];

/** Distinct carers over the units in scope (a carer with contacts in two of them counts once). */
function distinctCarers(carers: CarersByUnit, inScope: (u: string | null) => boolean): number {
  let n = 0;
  for (const group of carers) if (group.units.some(inScope)) n += group.n;
  return n;
}

/**
 * Read once per shared call (platform/db/shared-reads.ts): the reports module builds the reports of
 * the whole organisation tree together, and every scope sums its own units from the same rows.
 */
function yearByUnit(db: Kysely<DB>, tenantId: string, year: number): Promise<YearByUnit> {
  return sharedRead(db, `contacts.tallies-by-unit:${tenantId}:${year}`, async () => {
    const [rows, months, carers] = await Promise.all([yearTalliesByUnit(db, tenantId, year), monthTalliesByUnit(db, tenantId, year), carerUnitSets(db, tenantId, year)]);
    return { rows, months, carers };
  });
}

const unitFilter = (unitIds: 'all' | string[]): ((u: string | null) => boolean) => {
  if (unitIds === 'all') return () => true;
  const set = new Set(unitIds);
  return (u) => u !== null && set.has(u);
};

/**
 * Counts of one municipality's contacts in a calendar year, for all its units or the given
 * ones (e.g. an administration's subtree). Used by the reports module. Read from the running
 * tallies (tally.ts), three small queries grouped by unit whatever the size of the contact log.
 */
export async function yearlyContactStats(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<ContactStats> {
  const all = await yearByUnit(db, tenantId, year);
  const inScope = unitFilter(unitIds);
  const byDimension = new Map<TallyDimension, Counts>();
  let totalMinutes = 0;
  for (const r of all.rows) {
    if (!inScope(r.unit)) continue;
    const counts = byDimension.get(r.dimension) ?? {};
    const k = r.value === '' ? UNKNOWN : r.value;
    counts[k] = (counts[k] ?? 0) + r.n;
    byDimension.set(r.dimension, counts);
    if (r.dimension === 'identified') totalMinutes += r.minutes;
  }
  const of = (d: TallyDimension): Counts => {
    const c = { ...(byDimension.get(d) ?? {}) };
    for (const k of Object.keys(c)) if (c[k] === 0) delete c[k];
    return c;
  };
  const identified = of('identified');
  const byAgeBand = of('age_band');
  const referredTo = of('referred_to');
  delete referredTo[UNKNOWN];
  const byMonth: Counts = {};
  monthsOf(all, inScope).forEach((n, i) => { byMonth[String(i + 1).padStart(2, '0')] = n; });
  const carers = distinctCarers(all.carers, inScope);
  const total = (identified['0'] ?? 0) + (identified['1'] ?? 0);
  return {
    year, total, totalMinutes,
    childrenAsCarers: (byAgeBand.under_13 ?? 0) + (byAgeBand['13_17'] ?? 0), anonymousContacts: identified['0'] ?? 0,
    identifiedContacts: identified['1'] ?? 0, uniqueIdentifiedCarers: carers, referredOnward: of('referred_onward')['1'] ?? 0,
    byActivityType: of('activity_type'), byChannel: of('channel'), byTargetGroup: of('target_group'), byAgeBand, byGender: of('gender'),
    byRelationship: of('relationship'), byHeardVia: of('heard_via'), byCampaign: of('campaign_id'), byDistrict: of('district'), byReferredTo: referredTo, byMonth,
  };
}

function monthsOf(all: YearByUnit, inScope: (u: string | null) => boolean): number[] {
  const out = Array.from({ length: 12 }, () => 0);
  for (const r of all.months) if (inScope(r.unit)) out[r.month - 1] += r.n;
  return out;
}

/** Minutes of contacts per unit in the year (the yearly report rounds each unit's to hours). */
export async function contactMinutesByUnit(db: Kysely<DB>, tenantId: string, year: number): Promise<Map<string | null, number>> {
  const out = new Map<string | null, number>();
  for (const r of (await yearByUnit(db, tenantId, year)).rows) if (r.dimension === 'identified') out.set(r.unit, (out.get(r.unit) ?? 0) + r.minutes);
  return out;
}

/** Contacts per month of the year (January first), for the dashboards. */
export async function contactsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number[]> {
  return monthsOf(await yearByUnit(db, tenantId, year), unitFilter(unitIds));
}
