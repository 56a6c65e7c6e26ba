// Read-only queries of data other modules own, where their services export nothing that fits.
// Aggregates only; tenant always an argument. Each is named in the report's notes.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { DateTime } from 'luxon';
import type { Role } from '../../platform/domain/vocab.js';
import { ZONE } from '../../platform/domain/dates.js';
import { parseJson } from '../../platform/db/helpers.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import { contactMinutesByUnit, contactsPerMonth as contactsPerMonthOf } from '../contacts/service.js';

/** Active staff holding a role (e.g. specialists, for "a dedicated carer-support function"). */
export async function countUsersWithRole(db: Kysely<DB>, tenantId: string, role: Role): Promise<number> {
  const r = await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
    .select((eb) => eb.fn.count<number>('users.id').distinct().as('n'))
    .where('user_roles.tenant_id', '=', tenantId).where('user_roles.role', '=', role).where('users.disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** UTC instants bounding a calendar year in Stockholm time (timestamps are stored as UTC ISO). */
export function yearInstants(year: number): { from: string; to: string } {
  let r = yearMemo.get(year);
  if (!r) {
    const at = (y: number) => DateTime.fromISO(`${y}-01-01T00:00:00`, { zone: ZONE }).toUTC().toISO()!;
    yearMemo.set(year, r = { from: at(year), to: at(year + 1) });
  }
  return { ...r };
}
const yearMemo = new Map<number, { from: string; to: string }>();
const monthMemo = new Map<number, string[]>();


export type RequestColumn = 'mode' | 'target_group' | 'age_band' | 'heard_via';
const REQUEST_COLUMNS: RequestColumn[] = ['mode', 'target_group', 'age_band', 'heard_via'];
/** Per routed unit (null: none), per counted column, per value ('unknown' for empty): requests. */
type RequestTallies = Map<string | null, Record<RequestColumn, Map<string, number>>>;

/**
 * The year's contact requests in one query grouped by every column the report counts and the
 * routed unit (one pass over an index that holds them all, migration 0025), tallied per unit once
 * per shared call: every breakdown of every scope then sums its own units' tallies instead of
 * walking every group (30 scopes × 5 breakdowns × ~2 000 groups in a big year). The months are a
 * query of their own (requestsPerMonth): grouped by month too, the rows would be several times as many.
 */
function requestTallies(db: Kysely<DB>, tenantId: string, year: number): Promise<RequestTallies> {
  const { from, to } = yearInstants(year);
  return sharedRead(db, `requests.grouped:${tenantId}:${year}`, async () => {
    const rows = await db.selectFrom('contact_requests')
      .select((eb) => [...REQUEST_COLUMNS.map((c) => sql.ref<string | null>(c).as(c)), sql.ref<string | null>('routed_unit_id').as('unit'), eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to)
      .groupBy([...REQUEST_COLUMNS, 'routed_unit_id']).execute();
    const out: RequestTallies = new Map();
    for (const r of rows) {
      let unit = out.get(r.unit);
      if (!unit) out.set(r.unit, unit = { mode: new Map(), target_group: new Map(), age_band: new Map(), heard_via: new Map() });
      const n = Number(r.n);
      for (const c of REQUEST_COLUMNS) {
        const k = r[c] ?? 'unknown';
        unit[c].set(k, (unit[c].get(k) ?? 0) + n);
      }
    }
    return out;
  });
}

const inUnits = (unitIds: 'all' | string[]): ((u: string | null) => boolean) => {
  if (unitIds === 'all') return () => true;
  const set = new Set(unitIds);
  return (u) => u !== null && set.has(u);
};

/** Contact requests from the portal received in the year, counted by one column ('unknown' for empty),
 *  in the units they were routed to ('all': every request, routed or not). */
export async function requestCountsBy(db: Kysely<DB>, tenantId: string, year: number, column: RequestColumn, unitIds: 'all' | string[] = 'all'): Promise<Record<string, number>> {
  const inScope = inUnits(unitIds);
  const out: Record<string, number> = {};
  for (const [unit, counts] of await requestTallies(db, tenantId, year)) {
    if (!inScope(unit)) continue;
    for (const [k, n] of counts[column]) out[k] = (out[k] ?? 0) + n;
  }
  return out;
}

/** The UTC instants starting each Stockholm month of a year, and the next year's start (13). */
export function monthInstants(year: number): string[] {
  let r = monthMemo.get(year);
  if (!r) monthMemo.set(year, r = computeMonthInstants(year));
  return [...r];
}

function computeMonthInstants(year: number): string[] {
  return Array.from({ length: 13 }, (_, m) => DateTime.fromObject({ year: year + Math.floor(m / 12), month: (m % 12) + 1, day: 1 }, { zone: ZONE }).toUTC().toISO()!);
}

/** The Stockholm month (1…12) of a UTC instant column within the year, in SQL (instants compare as text). */
function monthOf(column: string, year: number): RawBuilder<number> {
  const bounds = monthInstants(year);
  const whens = bounds.slice(1, 12).map((b, i) => sql`WHEN ${sql.ref(column)} < ${b} THEN ${sql.lit(i + 1)} `);
  return sql<number>`CASE ${sql.join(whens, sql` `)}ELSE 12 END`;
}

/** Rows per unit (null: no unit) and Stockholm month. */
export type UnitMonths = Map<string | null, number[]>;
type UnitMonthRow = { unit: string | null; m: number | string; n: number | string };

export function unitMonths(rows: UnitMonthRow[]): UnitMonths {
  const out: UnitMonths = new Map();
  for (const r of rows) {
    const months = out.get(r.unit) ?? Array.from({ length: 12 }, () => 0);
    months[Number(r.m) - 1] += Number(r.n);
    out.set(r.unit, months);
  }
  return out;
}

/** A scope's months: the sum over its units ('all': every unit and no unit). */
export function monthsIn(perUnit: UnitMonths, unitIds: 'all' | string[]): number[] {
  const out = Array.from({ length: 12 }, () => 0);
  const set = unitIds === 'all' ? null : new Set(unitIds);
  for (const [unit, months] of perUnit) {
    if (set && (unit === null || !set.has(unit))) continue;
    months.forEach((n, i) => { out[i] += n; });
  }
  return out;
}

/**
 * A month series counted once per tenant and year in one query grouped by unit and month:
 * inside withSharedReads (the whole organisation tree built together, tree.ts) every scope sums
 * the units of its subtree from the same read; outside one, the query runs for this call alone.
 */
async function perUnitMonths(db: Kysely<DB>, key: string, unitIds: 'all' | string[], load: () => Promise<UnitMonthRow[]>): Promise<number[]> {
  return monthsIn(await sharedRead(db, key, async () => unitMonths(await load())), unitIds);
}

/** Contact requests received in the year per Stockholm month, by the routed unit. */
export function requestsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<number[]> {
  const { from, to } = yearInstants(year);
  return perUnitMonths(db, `requests.months:${tenantId}:${year}`, unitIds, () => db.selectFrom('contact_requests')
    .select((eb) => [sql.ref<string | null>('routed_unit_id').as('unit'), monthOf('created_at', year).as('m'), eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to).groupBy(['routed_unit_id', 'm']).execute());
}

/** Referrals received in the year, by the receiving unit. */
export function referralsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<number[]> {
  const { from, to } = yearInstants(year);
  return perUnitMonths(db, `referrals:${tenantId}:${year}`, unitIds, () => db.selectFrom('referrals')
    .select((eb) => [sql.ref<string | null>('to_unit_id').as('unit'), monthOf('created_at', year).as('m'), eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to).groupBy(['to_unit_id', 'm']).execute());
}

/** Bookings made in the year to events open to carers (not staff trainings), by the event's unit:
 *  "Bokningar" on the overview and in the yearly report alike. The bookings are grouped by event
 *  and month first (the covering index event_bookings_tenant_created_idx, no table rows read), and
 *  only those groups joined with their events (some hundreds, not every booking). */
export function bookingsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<number[]> {
  const { from, to } = yearInstants(year);
  return perUnitMonths(db, `bookings:${tenantId}:${year}`, unitIds, async () => {
    const rows = await db.selectFrom((eb) => eb.selectFrom('event_bookings')
      .select((b) => ['event_bookings.event_id', monthOf('event_bookings.created_at', year).as('m'), b.fn.countAll<number>().as('n')])
      .where('event_bookings.tenant_id', '=', tenantId).where('event_bookings.created_at', '>=', from).where('event_bookings.created_at', '<', to)
      .groupBy(['event_bookings.event_id', 'm']).as('b'))
      .innerJoin('events', 'events.id', 'b.event_id')
      .select(['events.audience', sql.ref<string | null>('events.unit_id').as('unit'), 'b.m', 'b.n']).execute();
    const carers = new Map<string, boolean>();
    const forCarers = (audience: string) => {
      let yes = carers.get(audience);
      if (yes === undefined) carers.set(audience, yes = parseJson<string[]>(audience, []).includes('carers'));
      return yes;
    };
    return rows.filter((r) => forCarers(r.audience));
  });
}

/** Identified carers held by the given units: created in the year, and with a named stödkontakt now.
 *  One query per tenant and year grouped by unit (shared by the tree's reports); each scope sums its units. */
export async function carerCounts(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<{ newInYear: number; withSupportContact: number; total: number }> {
  const { from, to } = yearInstants(year);
  const rows = await sharedRead(db, `carers.counts:${tenantId}:${year}`, () => db.selectFrom('carers')
    .select((eb) => [
      sql.ref<string | null>('unit_id').as('unit'),
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)])).then(1).else(0).end()).as('new'),
      eb.fn.count<number>('support_contact_user_id').as('supported'),
    ])
    .where('tenant_id', '=', tenantId).groupBy('unit_id').execute());
  const set = unitIds === 'all' ? null : new Set(unitIds);
  const out = { newInYear: 0, withSupportContact: 0, total: 0 };
  for (const r of rows) {
    if (set && (r.unit === null || !set.has(r.unit))) continue;
    out.newInYear += Number(r.new ?? 0);
    out.withSupportContact += Number(r.supported);
    out.total += Number(r.total);
  }
  return out;
}

/** Contacts per month with the same rows as the contacts module's yearly figures (its tallies). */
export function contactsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number[]> {
  return contactsPerMonthOf(db, tenantId, year, unitIds);
}

/**
 * "Tid i kontakter (timmar)": the minutes of each unit's contacts in the year (the contacts
 * module's tallies, read once grouped by unit for the tree's reports) rounded to whole hours per unit, then
 * summed over the scope's units. Rounded per unit, the printed hours of the areas add up exactly
 * to their administration's and the municipality's (contacts with no unit are their own part).
 */
export async function contactHours(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number> {
  const set = unitIds === 'all' ? null : new Set(unitIds);
  let hours = 0;
  for (const [unit, minutes] of await contactMinutesByUnit(db, tenantId, year)) if (!set || (unit !== null && set.has(unit))) hours += hoursOf(minutes);
  return hours;
}

/** Whole hours, half an hour rounded up. */
export const hoursOf = (minutes: number): number => Math.round(minutes / 60);

/**
 * Requests (by routed unit) and referrals (by receiving unit) received in the year that staff
 * flagged for violence in a close relationship: the same rows as the requests and referrals
 * modules' violenceFlagged* counts, read once per shared call grouped by unit (two queries for
 * the whole tree instead of two per report); each scope sums its units ('all': every row).
 */
export async function violenceFlagCounts(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<{ requests: number; referrals: number }> {
  const { from, to } = yearInstants(year);
  const [requests, referrals] = await Promise.all([
    sharedRead(db, `requests.violence:${tenantId}:${year}`, () => db.selectFrom('contact_requests')
      .select((eb) => [sql.ref<string | null>('routed_unit_id').as('unit'), eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId).where('violence_flag', '=', 1).where('created_at', '>=', from).where('created_at', '<', to)
      .groupBy('routed_unit_id').execute()),
    sharedRead(db, `referrals.violence:${tenantId}:${year}`, () => db.selectFrom('referrals')
      .select((eb) => [sql.ref<string | null>('to_unit_id').as('unit'), eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId).where('violence_flag', '=', 1).where('created_at', '>=', from).where('created_at', '<', to)
      .groupBy('to_unit_id').execute()),
  ]);
  const inScope = inUnits(unitIds);
  const sum = (rows: { unit: string | null; n: number | string }[]) => rows.reduce((a, r) => a + (inScope(r.unit) ? Number(r.n) : 0), 0);
  return { requests: sum(requests), referrals: sum(referrals) };
}

/** The child-carer bands of the report: under 13, 13–17, adult (18 and over), and not recorded. */
export const CHILD_BANDS = ['under_13', '13_17', 'adult'] as const;
const childBand = (ageBand: string | null): string => (ageBand === null ? 'unknown' : ageBand === 'under_13' || ageBand === '13_17' ? ageBand : 'adult');

/**
 * Referrals received in the year by the carer's age band (children as carers, issue 15), by the
 * receiving unit: one query grouped by unit and band for the whole tree; each scope sums its units.
 */
export async function referralsByChildBand(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<Record<string, number>> {
  const { from, to } = yearInstants(year);
  const rows = await sharedRead(db, `referrals.age:${tenantId}:${year}`, () => db.selectFrom('referrals')
    .select((eb) => [sql.ref<string | null>('to_unit_id').as('unit'), sql.ref<string | null>('carer_age_band').as('band'), eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to)
    .groupBy(['to_unit_id', 'carer_age_band']).execute());
  const inScope = inUnits(unitIds);
  const out: Record<string, number> = {};
  for (const r of rows) {
    if (!inScope(r.unit)) continue;
    const k = childBand(r.band);
    out[k] = (out[k] ?? 0) + Number(r.n);
  }
  return out;
}

/** Requests received in the year in the child-carer bands, by the routed unit (from the grouped request read). */
export async function requestsByChildBand(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [band, n] of Object.entries(await requestCountsBy(db, tenantId, year, 'age_band', unitIds))) {
    const k = childBand(band === 'unknown' ? null : band);
    out[k] = (out[k] ?? 0) + n;
  }
  return out;
}
