// Read-only queries of data other modules own, where their services export nothing that fits.
// Aggregates only; tenant always an argument. Each is named in the report's notes.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { DateTime } from 'luxon';
import type { Role } from '../../platform/domain/vocab.js';
import { ZONE } from '../../platform/domain/dates.js';
import { parseJson } from '../../platform/db/helpers.js';
import { insideSharedReads, sharedRead } from '../../platform/db/shared-reads.js';
import { contactsPerMonth as contactsPerMonthOf } from '../contacts/service.js';

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
  const at = (y: number) => DateTime.fromISO(`${y}-01-01T00:00:00`, { zone: ZONE }).toUTC().toISO()!;
  return { from: at(year), to: at(year + 1) };
}

/** The Stockholm month ('01'…'12') of a UTC instant. */
const localMonth = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('MM');

export type RequestColumn = 'mode' | 'target_group' | 'age_band' | 'heard_via' | 'topic';

/** Contact requests from the portal received in the year, counted by one column ('unknown' for empty),
 *  in the units they were routed to ('all': every request, routed or not). */
export async function requestCountsBy(db: Kysely<DB>, tenantId: string, year: number, column: RequestColumn, unitIds: 'all' | string[] = 'all'): Promise<Record<string, number>> {
  const { from, to } = yearInstants(year);
  let q = db.selectFrom('contact_requests').select([column as 'mode']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to);
  if (unitIds !== 'all') q = q.where('routed_unit_id', 'in', unitIds.length > 0 ? unitIds : ['-']);
  const rows = await q.groupBy(column).execute();
  const out: Record<string, number> = {};
  for (const r of rows) {
    const k = (r as Record<string, unknown>)[column] as string | null ?? 'unknown';
    out[k] = (out[k] ?? 0) + Number(r.n);
  }
  return out;
}

type UnitRow = { created_at: string; unit: string | null };

/**
 * Inside withSharedReads (the whole organisation tree built together, tree.ts) the row-level
 * sources below read the year's rows once with their unit and each scope filters them in memory,
 * instead of one query per scope; null outside one, where each call queries with its own filter.
 */
function sharedYear<R extends UnitRow>(key: string, load: () => Promise<R[]>): Promise<R[]> | null {
  return insideSharedReads() ? sharedRead(key, load) : null;
}

async function inUnits<R extends UnitRow>(rows: Promise<R[]>, unitIds: 'all' | string[]): Promise<R[]> {
  const all = await rows;
  if (unitIds === 'all') return all;
  const set = new Set(unitIds);
  return all.filter((r) => r.unit !== null && set.has(r.unit));
}

/** Instants of rows created in a year, for month-by-month series (grouped here, in Stockholm time). */
async function monthsOf(instants: Promise<{ created_at: string }[]>): Promise<number[]> {
  const out = Array.from({ length: 12 }, () => 0);
  for (const r of await instants) out[Number(localMonth(r.created_at)) - 1]++;
  return out;
}

export function requestsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<number[]> {
  const { from, to } = yearInstants(year);
  const shared = sharedYear(`requests:${tenantId}:${year}`, () => db.selectFrom('contact_requests').select(['created_at', 'routed_unit_id as unit'])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to).execute());
  if (shared) return monthsOf(inUnits(shared, unitIds));
  let q = db.selectFrom('contact_requests').select('created_at').where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to);
  if (unitIds !== 'all') q = q.where('routed_unit_id', 'in', unitIds.length > 0 ? unitIds : ['-']);
  return monthsOf(q.execute());
}

/** Referrals received in the year, by the receiving unit. */
export function referralsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<number[]> {
  const { from, to } = yearInstants(year);
  const shared = sharedYear(`referrals:${tenantId}:${year}`, () => db.selectFrom('referrals').select(['created_at', 'to_unit_id as unit'])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to).execute());
  if (shared) return monthsOf(inUnits(shared, unitIds));
  let q = db.selectFrom('referrals').select('created_at').where('tenant_id', '=', tenantId).where('created_at', '>=', from).where('created_at', '<', to);
  if (unitIds !== 'all') q = q.where('to_unit_id', 'in', unitIds.length > 0 ? unitIds : ['-']);
  return monthsOf(q.execute());
}

/** Bookings made in the year to events open to carers (not staff trainings), by the event's unit:
 *  "Bokningar" on the overview and in the yearly report alike. */
export async function bookingsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<number[]> {
  const { from, to } = yearInstants(year);
  const shared = sharedYear(`bookings:${tenantId}:${year}`, async () => (await db.selectFrom('event_bookings').innerJoin('events', 'events.id', 'event_bookings.event_id')
    .select(['event_bookings.created_at', 'events.audience', 'events.unit_id as unit']).where('event_bookings.tenant_id', '=', tenantId)
    .where('event_bookings.created_at', '>=', from).where('event_bookings.created_at', '<', to).execute())
    .filter((r) => parseJson<string[]>(r.audience, []).includes('carers')));
  if (shared) return monthsOf(inUnits(shared, unitIds));
  let q = db.selectFrom('event_bookings').innerJoin('events', 'events.id', 'event_bookings.event_id')
    .select(['event_bookings.created_at', 'events.audience']).where('event_bookings.tenant_id', '=', tenantId)
    .where('event_bookings.created_at', '>=', from).where('event_bookings.created_at', '<', to);
  if (unitIds !== 'all') q = q.where('events.unit_id', 'in', unitIds.length > 0 ? unitIds : ['-']);
  return monthsOf(Promise.resolve((await q.execute()).filter((r) => parseJson<string[]>(r.audience, []).includes('carers'))));
}

/** Identified carers held by the given units: created in the year, and with a named stödkontakt now. */
export async function carerCounts(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<{ newInYear: number; withSupportContact: number; total: number }> {
  let q = db.selectFrom('carers').select(['created_at', 'support_contact_user_id']).where('tenant_id', '=', tenantId);
  if (unitIds !== 'all') q = q.where('unit_id', 'in', unitIds.length > 0 ? unitIds : ['-']);
  const rows = await q.execute();
  const { from, to } = yearInstants(year);
  return {
    newInYear: rows.filter((r) => r.created_at >= from && r.created_at < to).length,
    withSupportContact: rows.filter((r) => r.support_contact_user_id !== null).length,
    total: rows.length,
  };
}

/** Contacts per month with the same rows as the contacts module's yearly figures (its tallies). */
export function contactsPerMonth(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number[]> {
  return contactsPerMonthOf(db, tenantId, year, unitIds);
}
