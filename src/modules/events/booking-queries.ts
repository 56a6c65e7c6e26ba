// Queries on bookings and the waiting list. The executor comes first, the tenant always.
import type { ExpressionBuilder, Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EventBookingsTable } from './table.js';
import type { Exec } from './series-queries.js';
import { ACTIVE, HOLDING } from './vocab.js';

export type BookingRow = Selectable<EventBookingsTable>;

/** Bookings of one capacity holder: the whole series (sessionId null) or one session. */
const ofHolder = (eventId: string, sessionId: string | null) => (eb: ExpressionBuilder<DB, 'event_bookings'>) =>
  eb.and([eb('event_id', '=', eventId), sessionId === null ? eb('session_id', 'is', null) : eb('session_id', '=', sessionId)]);

export async function insertBooking(db: Exec, row: Insertable<EventBookingsTable>): Promise<void> {
  await db.insertInto('event_bookings').values(row).execute();
}

export async function findBooking(db: Exec, tenantId: string, id: string): Promise<BookingRow | undefined> {
  return db.selectFrom('event_bookings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findBookingByTokenHash(db: Exec, tenantId: string, tokenHash: string): Promise<BookingRow | undefined> {
  return db.selectFrom('event_bookings').selectAll().where('tenant_id', '=', tenantId).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Update a booking, optionally only while it still has one of `whenStatus`. */
export async function updateBooking(db: Exec, tenantId: string, id: string, patch: Updateable<EventBookingsTable>, whenStatus?: readonly string[]): Promise<number> {
  let q = db.updateTable('event_bookings').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (whenStatus) q = q.where('status', 'in', [...whenStatus]);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * Whether an active booking of the same holder by the same e-mail or phone exists (one person,
 * one place), other than `excludeId`. The person's bookings are found by their own indexes
 * (tenant_id, email / phone / user_id) first, then narrowed to the holder (CROSS JOIN keeps that
 * order on SQLite): a person has a few bookings, a popular group hundreds, and the check runs on
 * every booking. Only the id is read (the LIMIT goes into the SQL text on SQLite: sqlite-compiler.ts).
 */
export async function hasDuplicate(db: Exec, tenantId: string, eventId: string, sessionId: string | null, c: { email: string | null; phone: string | null; userId?: string | null }, excludeId?: string): Promise<boolean> {
  const byKey = (column: 'email' | 'phone' | 'user_id', value: string | null | undefined) =>
    value ? [db.selectFrom('event_bookings').select('event_bookings.id').where('event_bookings.tenant_id', '=', tenantId).where(`event_bookings.${column}`, '=', value)] : [];
  const arms = [...byKey('email', c.email), ...byKey('phone', c.phone), ...byKey('user_id', c.userId)];
  if (arms.length === 0) return false;
  const mine = arms.slice(1).reduce((all, arm) => all.union(arm), arms[0]!);
  let q = db.selectFrom(mine.as('m')).crossJoin('event_bookings').select('event_bookings.id').whereRef('event_bookings.id', '=', 'm.id')
    .where('event_bookings.tenant_id', '=', tenantId).where('event_bookings.status', 'in', [...ACTIVE]).where('event_bookings.event_id', '=', eventId)
    .where('event_bookings.session_id', sessionId === null ? 'is' : '=', sessionId);
  if (excludeId) q = q.where('event_bookings.id', '<>', excludeId);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}

/** How many active bookings (other than `excludeId`) on events not yet over one e-mail or phone holds in the municipality. */
export async function countActiveByContact(db: Exec, tenantId: string, c: { email: string | null; phone: string | null }, nowIso: string, excludeId?: string): Promise<number> {
  const ors = [c.email ? ['email', c.email] : null, c.phone ? ['phone', c.phone] : null].filter((x): x is [string, string] => x !== null);
  if (ors.length === 0) return 0;
  let q = db.selectFrom('event_bookings').innerJoin('events', 'events.id', 'event_bookings.event_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_bookings.tenant_id', '=', tenantId).where('events.tenant_id', '=', tenantId).where('event_bookings.status', 'in', [...ACTIVE])
    .where('events.last_ends_at', '>', nowIso)
    .where((eb) => eb.or(ors.map(([col, v]) => eb(`event_bookings.${col}` as 'event_bookings.email', '=', v))));
  if (excludeId) q = q.where('event_bookings.id', '<>', excludeId);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function nextQueuePos(db: Exec, tenantId: string, eventId: string, sessionId: string | null): Promise<number> {
  const q = db.selectFrom('event_bookings').select((eb) => eb.fn.max('queue_pos').as('m')).where('tenant_id', '=', tenantId).where('status', '=', 'waitlisted');
  const r = await q.where(ofHolder(eventId, sessionId)).executeTakeFirst();
  return Number((r as { m: number | null } | undefined)?.m ?? 0) + 1;
}

export async function firstQueuePos(db: Exec, tenantId: string, eventId: string, sessionId: string | null): Promise<number> {
  const q = db.selectFrom('event_bookings').select((eb) => eb.fn.min('queue_pos').as('m')).where('tenant_id', '=', tenantId).where('status', '=', 'waitlisted');
  const r = await q.where(ofHolder(eventId, sessionId)).executeTakeFirst();
  return Number((r as { m: number | null } | undefined)?.m ?? 1);
}

/** The first person in the waiting list of a holder. */
export async function firstInQueue(db: Exec, tenantId: string, eventId: string, sessionId: string | null): Promise<BookingRow | undefined> {
  const q = db.selectFrom('event_bookings').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'waitlisted');
  return q.where(ofHolder(eventId, sessionId)).orderBy('queue_pos').orderBy('created_at').limit(1).executeTakeFirst();
}

export async function listBookings(db: Exec, tenantId: string, eventId: string, statuses?: readonly string[]): Promise<BookingRow[]> {
  let q = db.selectFrom('event_bookings').selectAll().where('tenant_id', '=', tenantId).where('event_id', '=', eventId);
  if (statuses) q = q.where('status', 'in', [...statuses]);
  return q.orderBy('queue_pos').orderBy('created_at').execute();
}

/** Bookings that hold a place for a session: the session's own, or the series' when booked as a whole. */
export async function holdersOfSession(db: Exec, tenantId: string, eventId: string, sessionId: string, statuses: readonly string[] = HOLDING): Promise<BookingRow[]> {
  return db.selectFrom('event_bookings').selectAll().where('tenant_id', '=', tenantId).where('event_id', '=', eventId)
    .where((eb) => eb.or([eb('session_id', '=', sessionId), eb('session_id', 'is', null)]))
    .where('status', 'in', [...statuses]).orderBy('created_at').execute();
}

export async function bookingsOfUser(db: Exec, tenantId: string, userId: string): Promise<BookingRow[]> {
  return db.selectFrom('event_bookings').selectAll().where('tenant_id', '=', tenantId).where('user_id', '=', userId)
    .where('status', 'in', [...ACTIVE]).execute();
}

/** Offers whose deadline has passed, in every municipality (the job). */
export async function expiredOffers(db: Exec, nowIso: string): Promise<BookingRow[]> {
  return db.selectFrom('event_bookings').selectAll().where('status', '=', 'offered').where('offer_expires_at', '<', nowIso)
    .orderBy('offer_expires_at').limit(200).execute();
}

/** Erase the contact details of an event's bookings (retention); statuses and attendance stay. */
export async function eraseContacts(db: Exec, tenantId: string, eventId: string, nowIso: string): Promise<number> {
  const res = await db.updateTable('event_bookings')
    .set({ name: null, email: null, phone: null, needs: null, token_hash: null, contact_erased_at: nowIso, updated_at: nowIso })
    .where('tenant_id', '=', tenantId).where('event_id', '=', eventId).where('contact_erased_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export interface BookingCount {
  event_id: string;
  session_id: string | null;
  status: string;
  n: number;
}

/** Bookings per event, holder and status (for lists: booked, waiting, pending). */
export async function countsByEvent(db: Exec, tenantId: string, eventIds: string[]): Promise<BookingCount[]> {
  if (eventIds.length === 0) return [];
  const rows = await db.selectFrom('event_bookings').select(['event_id', 'session_id', 'status']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('event_id', 'in', eventIds).groupBy(['event_id', 'session_id', 'status']).execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function countActive(db: Exec, tenantId: string, eventId: string): Promise<number> {
  const r = await db.selectFrom('event_bookings').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('event_id', '=', eventId).where('status', 'in', [...ACTIVE]).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** 1-based place in the waiting list of one holder. */
export async function queuePosition(db: Exec, tenantId: string, eventId: string, sessionId: string | null, queuePos: number): Promise<number> {
  const r = await db.selectFrom('event_bookings').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId)
    .where('status', '=', 'waitlisted').where('queue_pos', '<', queuePos).where(ofHolder(eventId, sessionId)).executeTakeFirstOrThrow();
  return Number(r.n) + 1;
}
