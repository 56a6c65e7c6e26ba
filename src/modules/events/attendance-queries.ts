// Attendance per session and the aggregate queries behind the yearly statistics and the
// ambassadors' training history. Tenant first, always.
import type { Selectable } from 'kysely';
import type { EventAttendanceTable } from './table.js';
import type { Exec } from './series-queries.js';
import { newId } from '../../platform/db/helpers.js';
import { jsonArrayContains } from '../../platform/db/helpers.js';

export type AttendanceRow = Selectable<EventAttendanceTable>;

export async function attendanceForSession(db: Exec, tenantId: string, sessionId: string): Promise<AttendanceRow[]> {
  return db.selectFrom('event_attendance').selectAll().where('tenant_id', '=', tenantId).where('session_id', '=', sessionId).execute();
}

export async function upsertAttendance(db: Exec, tenantId: string, sessionId: string, bookingId: string, attended: boolean, at: string, by: string | null): Promise<void> {
  await db.insertInto('event_attendance').values({
    id: newId(), tenant_id: tenantId, session_id: sessionId, booking_id: bookingId, attended: attended ? 1 : 0, recorded_at: at, recorded_by: by,
  }).onConflict((oc) => oc.columns(['session_id', 'booking_id']).doUpdateSet({ attended: attended ? 1 : 0, recorded_at: at, recorded_by: by })).execute();
}

export interface YearSessionRow {
  session_id: string;
  event_id: string;
  audience: string;
  target_groups: string;
  unit_id: string | null;
  capacity: number;
  head_count: number | null;
}

/** Scheduled sessions of published or finished events starting in [from, to). */
export async function sessionsBetween(db: Exec, tenantId: string, from: string, to: string): Promise<YearSessionRow[]> {
  return db.selectFrom('event_sessions').innerJoin('events', 'events.id', 'event_sessions.event_id')
    .select(['event_sessions.id as session_id', 'events.id as event_id', 'events.audience', 'events.target_groups', 'events.unit_id', 'event_sessions.head_count'])
    .select((eb) => eb.case().when('events.booking_mode', '=', 'series').then(eb.ref('events.capacity')).else(eb.ref('event_sessions.capacity')).end().as('capacity'))
    .where('event_sessions.tenant_id', '=', tenantId).where('events.status', '=', 'published').where('event_sessions.status', '=', 'scheduled')
    .where('event_sessions.starts_at', '>=', from).where('event_sessions.starts_at', '<', to).execute() as Promise<YearSessionRow[]>;
}

/** Named attendance per session: how many came and how many did not. */
export async function attendanceCounts(db: Exec, tenantId: string, from: string, to: string): Promise<{ session_id: string; attended: number; n: number }[]> {
  const rows = await db.selectFrom('event_attendance').innerJoin('event_sessions', 'event_sessions.id', 'event_attendance.session_id')
    .select(['event_attendance.session_id', 'event_attendance.attended']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_attendance.tenant_id', '=', tenantId).where('event_sessions.starts_at', '>=', from).where('event_sessions.starts_at', '<', to)
    .groupBy(['event_attendance.session_id', 'event_attendance.attended']).execute();
  return rows.map((r) => ({ session_id: r.session_id, attended: Number(r.attended), n: Number(r.n) }));
}

/** Confirmed bookings of the given events and sessions (a whole-series booking counts once),
 *  counted per event and session (session null: whole-series bookings). */
export async function confirmedBookings(db: Exec, tenantId: string, eventIds: string[], sessionIds: string[]): Promise<{ event_id: string; session_id: string | null; n: number }[]> {
  if (eventIds.length === 0) return [];
  const rows = [];
  // Chunked: the id lists of a big year can exceed a driver's parameter limit.
  for (let i = 0; i < eventIds.length; i += 500) {
    const chunk = eventIds.slice(i, i + 500);
    rows.push(...await db.selectFrom('event_bookings').select((eb) => ['event_id', 'session_id', eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId).where('status', '=', 'booked').where('event_id', 'in', chunk).groupBy(['event_id', 'session_id']).execute());
  }
  const wanted = new Set(sessionIds);
  return rows.filter((r) => r.session_id === null || wanted.has(r.session_id)).map((r) => ({ event_id: r.event_id, session_id: r.session_id, n: Number(r.n) }));
}

/** Late cancellations in [from, to) per event, with the event's audience and unit. */
export async function lateCancellationsBetween(db: Exec, tenantId: string, from: string, to: string): Promise<{ audience: string; unit_id: string | null; n: number }[]> {
  const rows = await db.selectFrom((eb) => eb.selectFrom('event_bookings').select((b) => ['event_bookings.event_id', b.fn.countAll<number>().as('n')])
    .where('event_bookings.tenant_id', '=', tenantId).where('event_bookings.late_cancellation', '=', 1)
    .where('event_bookings.cancelled_at', '>=', from).where('event_bookings.cancelled_at', '<', to).groupBy('event_bookings.event_id').as('c'))
    .innerJoin('events', 'events.id', 'c.event_id').select(['events.audience', 'events.unit_id', 'c.n']).execute();
  return rows.map((r) => ({ audience: r.audience, unit_id: r.unit_id, n: Number(r.n) }));
}

export interface AttendedTrainingRow {
  user_id: string | null;
  event_id: string;
  title: string;
  type: string;
  session_id: string;
  starts_at: string;
  ends_at: string;
}

/** Sessions the given staff attended (ticked present) of events for staff or ambassadors. */
export async function attendedTrainings(db: Exec, tenantId: string, userIds: string[], since: string): Promise<AttendedTrainingRow[]> {
  if (userIds.length === 0) return [];
  // From the users' bookings (event_bookings_user_idx) to their attendance, not the other way round:
  // a year's attendance is tens of thousands of rows, the few users' bookings a handful. The tenant
  // is the bookings' (an attendance row belongs to its booking's tenant), so that no index on
  // event_attendance's tenant tempts the planner to start there.
  return db.selectFrom('event_bookings')
    .innerJoin('event_attendance', 'event_attendance.booking_id', 'event_bookings.id')
    .innerJoin('event_sessions', 'event_sessions.id', 'event_attendance.session_id')
    .innerJoin('events', 'events.id', 'event_bookings.event_id')
    .select(['event_bookings.user_id', 'events.id as event_id', 'events.title', 'events.type', 'event_sessions.id as session_id',
      'event_sessions.starts_at', 'event_sessions.ends_at'])
    .where('event_bookings.tenant_id', '=', tenantId).where('event_attendance.attended', '=', 1)
    .where('event_bookings.user_id', 'in', userIds).where('event_sessions.starts_at', '>=', since)
    .where((eb) => eb.or([eb('events.audience', 'like', jsonArrayContains('ambassadors')), eb('events.audience', 'like', jsonArrayContains('staff'))]))
    .orderBy('event_sessions.starts_at').execute();
}
