// Queries on events and their sessions. One function per query; the executor comes first and
// the tenant (and, for staff lists, the unit scope) is always an argument.
import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Dialect } from '../../platform/db/database.js';
import { jsonArrayContains } from '../../platform/db/helpers.js';
import type { EventSessionsTable, EventsTable } from './table.js';

export type Exec = Kysely<DB> | Transaction<DB>;
export type EventRow = Selectable<EventsTable>;
export type SessionRow = Selectable<EventSessionsTable>;
export type UnitScope = 'all' | string[];

export async function insertEvent(db: Exec, row: Insertable<EventsTable>): Promise<void> {
  await db.insertInto('events').values(row).execute();
}

// Bookkeeping columns: changing them changes nothing in anyone's calendar.
const NOT_IN_CALENDAR = new Set(['places_taken', 'updated_at', 'first_starts_at', 'last_ends_at', 'contacts_erased_at', 'capacity']);

export async function updateEvent(db: Exec, tenantId: string, id: string, patch: Updateable<EventsTable>): Promise<number> {
  const res = await db.updateTable('events').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (Object.keys(patch).some((k) => !NOT_IN_CALENDAR.has(k))) {
    await db.updateTable('event_sessions').set({ sequence: sql<number>`sequence + 1` }).where('tenant_id', '=', tenantId).where('event_id', '=', id).execute();
  }
  return Number(res.numUpdatedRows);
}

export async function findEvent(db: Exec, tenantId: string, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The event within a staff member's unit scope (events owned by no unit need scope 'all'). */
export async function findEventInScope(db: Exec, tenantId: string, units: UnitScope, id: string): Promise<EventRow | undefined> {
  let q = db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (units !== 'all') {
    if (units.length === 0) return undefined;
    q = q.where('unit_id', 'in', units);
  }
  return q.executeTakeFirst();
}

/**
 * Lock the row that holds an event's capacity for the rest of the transaction. PostgreSQL:
 * SELECT … FOR NO KEY UPDATE, so concurrent bookings queue here (unlike FOR UPDATE it does not
 * block the foreign-key checks of new booking rows, so lock orders cannot deadlock). SQLite:
 * Kysely runs every transaction on its single connection one after the other, so the
 * transaction itself is the lock.
 */
export async function lockEvent(trx: Transaction<DB>, dialect: Dialect, tenantId: string, id: string): Promise<EventRow | undefined> {
  const q = trx.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  return (dialect === 'postgres' ? q.forNoKeyUpdate() : q).executeTakeFirst();
}

export async function lockSession(trx: Transaction<DB>, dialect: Dialect, tenantId: string, eventId: string, id: string): Promise<SessionRow | undefined> {
  const q = trx.selectFrom('event_sessions').selectAll().where('tenant_id', '=', tenantId).where('event_id', '=', eventId).where('id', '=', id);
  return (dialect === 'postgres' ? q.forNoKeyUpdate() : q).executeTakeFirst();
}

export type PlaceHolder = { table: 'events' | 'event_sessions'; id: string };

/**
 * Take one place: a conditional update that succeeds only while places are left. Together
 * with the row lock it makes overselling impossible on both databases.
 */
export async function takePlace(db: Exec, holder: PlaceHolder): Promise<boolean> {
  const res = await db.updateTable(holder.table).set((eb) => ({ places_taken: eb('places_taken', '+', 1) }))
    .where('id', '=', holder.id).whereRef('places_taken', '<', 'capacity').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function releasePlace(db: Exec, holder: PlaceHolder): Promise<void> {
  await db.updateTable(holder.table).set((eb) => ({ places_taken: eb('places_taken', '-', 1) }))
    .where('id', '=', holder.id).where('places_taken', '>', 0).execute();
}

export interface StaffEventFilter {
  units: UnitScope;
  /** Only events whose last session ends after this instant (null = all). */
  endsAfter?: string;
  /** Only events whose first session starts before this instant. */
  startsBefore?: string;
  audience?: readonly string[];
  statuses?: string[];
  /** At most this many (default 500, the staff list's page). */
  limit?: number;
  /** Skip this many (a page of the staff's list of every activity). */
  offset?: number;
  /** Latest first (the list of every activity, past ones included). */
  newestFirst?: boolean;
}

export async function listEvents(db: Exec, tenantId: string, f: StaffEventFilter): Promise<EventRow[]> {
  if (f.units !== 'all' && f.units.length === 0) return [];
  return staffEvents(db, tenantId, f).selectAll().execute();
}

/** listEvents' events, only their id and title (a form's choices). */
export async function listEventTitles(db: Exec, tenantId: string, f: StaffEventFilter): Promise<{ id: string; title: string }[]> {
  if (f.units !== 'all' && f.units.length === 0) return [];
  return staffEvents(db, tenantId, f).select(['id', 'title']).execute();
}

function staffEvents(db: Exec, tenantId: string, f: StaffEventFilter) {
  let q = db.selectFrom('events').where('tenant_id', '=', tenantId);
  if (f.units !== 'all') q = q.where('unit_id', 'in', f.units);
  if (f.endsAfter) q = q.where((eb) => eb.or([eb('last_ends_at', '>', f.endsAfter!), eb('last_ends_at', 'is', null)]));
  if (f.startsBefore) q = q.where('first_starts_at', '<', f.startsBefore);
  if (f.statuses) q = q.where('status', 'in', f.statuses);
  if (f.audience && f.audience.length > 0) q = q.where((eb) => eb.or(f.audience!.map((a) => eb('audience', 'like', jsonArrayContains(a)))));
  return q.orderBy('first_starts_at', f.newestFirst ? 'desc' : 'asc').orderBy('title').limit(f.limit ?? 500).offset(f.offset ?? 0);
}

/** How many events listEvents would give without its limit. */
export async function countEvents(db: Exec, tenantId: string, f: StaffEventFilter): Promise<number> {
  if (f.units !== 'all' && f.units.length === 0) return 0;
  const r = await staffEvents(db, tenantId, { ...f, limit: undefined, offset: undefined }).clearOrderBy().clearLimit().clearOffset()
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface PublicEventFilter {
  audience: readonly string[];
  /** The calendar feed: cancelled events too (once published), so subscribers see them cancelled */
  withCancelled?: boolean;
  endsAfter: string;
  group?: string;
  type?: string;
  /** Only events with a scheduled session in [from, to) */
  sessionFrom?: string;
  sessionTo?: string;
}

export async function listPublishedEvents(db: Exec, tenantId: string, f: PublicEventFilter): Promise<EventRow[]> {
  let q = db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId)
    .where((eb) => (f.withCancelled
      ? eb.or([eb('status', '=', 'published'), eb.and([eb('status', '=', 'cancelled'), eb('ever_published', '=', 1)])])
      : eb('status', '=', 'published')))
    .where('last_ends_at', '>', f.endsAfter)
    .where((eb) => eb.or(f.audience.map((a) => eb('audience', 'like', jsonArrayContains(a)))));
  if (f.type) q = q.where('type', '=', f.type);
  if (f.group) q = q.where((eb) => eb.or([eb('target_groups', 'like', jsonArrayContains(f.group!)), eb('target_groups', '=', '[]')]));
  if (f.sessionFrom && f.sessionTo) {
    const from = f.sessionFrom;
    const to = f.sessionTo;
    q = q.where((eb) => eb.exists(eb.selectFrom('event_sessions').select('event_sessions.id')
      .whereRef('event_sessions.event_id', '=', 'events.id').where('event_sessions.status', '=', 'scheduled')
      .where('event_sessions.starts_at', '>=', from).where('event_sessions.starts_at', '<', to)));
  }
  return q.orderBy('first_starts_at').orderBy('title').limit(300).execute();
}

export async function insertSessions(db: Exec, rows: Insertable<EventSessionsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('event_sessions').values(rows).execute();
}

/** The events' sessions by start. Sorted here: an ORDER BY starts_at made SQLite prefer the
 *  (tenant_id, starts_at) index and read every session of the municipality. */
export async function listSessions(db: Exec, tenantId: string, eventIds: string[]): Promise<SessionRow[]> {
  if (eventIds.length === 0) return [];
  const rows = await db.selectFrom('event_sessions').selectAll().where('tenant_id', '=', tenantId).where('event_id', 'in', eventIds).execute();
  return rows.sort((a, b) => (a.starts_at < b.starts_at ? -1 : a.starts_at > b.starts_at ? 1 : 0));
}

export async function findSession(db: Exec, tenantId: string, eventId: string, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('event_sessions').selectAll().where('tenant_id', '=', tenantId).where('event_id', '=', eventId).where('id', '=', id).executeTakeFirst();
}

export async function updateSession(db: Exec, tenantId: string, id: string, patch: Updateable<EventSessionsTable>): Promise<number> {
  const res = await db.updateTable('event_sessions').set({ ...patch, sequence: sql<number>`sequence + 1` }).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function setSessionsCapacity(db: Exec, tenantId: string, eventId: string, capacity: number): Promise<void> {
  await db.updateTable('event_sessions').set({ capacity }).where('tenant_id', '=', tenantId).where('event_id', '=', eventId).execute();
}

/** Keep the event's denormalised first start and last end in step with its sessions (the
 *  scheduled ones; all of them once every session is cancelled, so retention still runs). */
export async function refreshSpan(db: Exec, tenantId: string, eventId: string): Promise<void> {
  const span = await db.selectFrom('event_sessions')
    .select((eb) => [
      eb.fn.min(eb.case().when('status', '=', 'scheduled').then(eb.ref('starts_at')).end()).as('first'),
      eb.fn.max(eb.case().when('status', '=', 'scheduled').then(eb.ref('ends_at')).end()).as('last'),
      eb.fn.min('starts_at').as('anyFirst'),
      eb.fn.max('ends_at').as('anyLast'),
    ])
    .where('tenant_id', '=', tenantId).where('event_id', '=', eventId).executeTakeFirst();
  const s = span as { first: string | null; last: string | null; anyFirst: string | null; anyLast: string | null } | undefined;
  await db.updateTable('events').set({ first_starts_at: s?.first ?? s?.anyFirst ?? null, last_ends_at: s?.last ?? s?.anyLast ?? null })
    .where('tenant_id', '=', tenantId).where('id', '=', eventId).execute();
}

/** Staff who can lead events: specialists and ambassadors of the municipality. */
export async function listLeaderCandidates(db: Exec, tenantId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.name']).distinct()
    .where('users.tenant_id', '=', tenantId).where('users.disabled', '=', 0)
    .where('user_roles.role', 'in', ['specialist', 'ambassador']).orderBy('users.name').execute();
}

export async function userNames(db: Exec, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Sessions due a reminder: starting within their event's reminder window, not yet reminded. */
export async function sessionsDueReminder(db: Exec, now: string, horizon: string): Promise<(SessionRow & { reminder_hours: number })[]> {
  const rows = await db.selectFrom('event_sessions').innerJoin('events', 'events.id', 'event_sessions.event_id')
    .selectAll('event_sessions').select('events.reminder_hours')
    .where('events.status', '=', 'published').where('events.reminder_hours', 'is not', null)
    .where('event_sessions.status', '=', 'scheduled').where('event_sessions.reminded_at', 'is', null)
    .where('event_sessions.starts_at', '>', now).where('event_sessions.starts_at', '<=', horizon)
    .orderBy('event_sessions.starts_at').limit(200).execute();
  return rows as (SessionRow & { reminder_hours: number })[];
}

/** Events whose last session ended before `before` and whose contact details remain. */
export async function eventsDueErasure(db: Exec, tenantId: string, before: string): Promise<EventRow[]> {
  return db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).where('contacts_erased_at', 'is', null)
    .where('last_ends_at', '<', before).limit(200).execute();
}
