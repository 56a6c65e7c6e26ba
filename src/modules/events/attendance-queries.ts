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

export interface YearEventRow {
  event_id: string;
  audience: string;
  target_groups: string;
  unit_id: string | null;
  /** Its scheduled sessions starting in the period */
  sessions: number;
  /** Their places (a series' capacity once per session, as each session offers it) */
  places: number;
  /** Ticked present / absent over those sessions */
  present: number;
  absent: number;
  /** Sum of recorded head counts */
  head_count: number;
  /** Per session its head count when recorded, else its named attendance, summed */
  participants: number;
  /** Confirmed bookings of those sessions and of the whole series (one whole-series booking counts once) */
  bookings: number;
}

/**
 * Published events with scheduled sessions starting in [from, to), one row per event: the
 * sessions' places, attendance and head counts summed in SQL (the year's sessions and attendance
 * are thousands of rows; the events some hundreds), and the confirmed bookings of those sessions.
 */
export async function eventsBetween(db: Exec, tenantId: string, from: string, to: string): Promise<YearEventRow[]> {
  const attendance = db.selectFrom('event_attendance').innerJoin('event_sessions', 'event_sessions.id', 'event_attendance.session_id')
    .select('event_attendance.session_id')
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when('event_attendance.attended', '=', 1).then(1).else(0).end()).as('present'),
      eb.fn.sum<number>(eb.case().when('event_attendance.attended', '=', 1).then(0).else(1).end()).as('absent'),
    ])
    .where('event_attendance.tenant_id', '=', tenantId).where('event_sessions.starts_at', '>=', from).where('event_sessions.starts_at', '<', to)
    .groupBy('event_attendance.session_id');
  const rows = await db.selectFrom('event_sessions').innerJoin('events', 'events.id', 'event_sessions.event_id')
    .leftJoin(attendance.as('a'), 'a.session_id', 'event_sessions.id')
    .select(['events.id as event_id', 'events.audience', 'events.target_groups', 'events.unit_id'])
    .select((eb) => [
      eb.fn.countAll<number>().as('sessions'),
      eb.fn.sum<number>(eb.case().when('events.booking_mode', '=', 'series').then(eb.ref('events.capacity')).else(eb.ref('event_sessions.capacity')).end()).as('places'),
      eb.fn.sum<number>(eb.fn.coalesce('a.present', eb.lit(0))).as('present'),
      eb.fn.sum<number>(eb.fn.coalesce('a.absent', eb.lit(0))).as('absent'),
      eb.fn.sum<number>(eb.fn.coalesce('event_sessions.head_count', eb.lit(0))).as('head_count'),
      eb.fn.sum<number>(eb.fn.coalesce('event_sessions.head_count', 'a.present', eb.lit(0))).as('participants'),
    ])
    .where('event_sessions.tenant_id', '=', tenantId).where('events.status', '=', 'published').where('event_sessions.status', '=', 'scheduled')
    .where('event_sessions.starts_at', '>=', from).where('event_sessions.starts_at', '<', to)
    .groupBy(['events.id', 'events.audience', 'events.target_groups', 'events.unit_id']).execute();
  const bookings = await confirmedBookings(db, tenantId, rows.map((r) => r.event_id), from, to);
  return rows.map((r) => ({
    event_id: r.event_id, audience: r.audience, target_groups: r.target_groups, unit_id: r.unit_id, sessions: Number(r.sessions),
    places: Number(r.places ?? 0), present: Number(r.present ?? 0), absent: Number(r.absent ?? 0), head_count: Number(r.head_count ?? 0),
    participants: Number(r.participants ?? 0), bookings: bookings.get(r.event_id) ?? 0,
  }));
}

/** Confirmed bookings per event: whole-series bookings, and bookings of the event's scheduled sessions starting in [from, to). */
async function confirmedBookings(db: Exec, tenantId: string, eventIds: string[], from: string, to: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  // Chunked: the id lists of a big year can exceed a driver's parameter limit.
  for (let i = 0; i < eventIds.length; i += 500) {
    const rows = await db.selectFrom('event_bookings').leftJoin('event_sessions', 'event_sessions.id', 'event_bookings.session_id')
      .select((eb) => ['event_bookings.event_id', eb.fn.countAll<number>().as('n')])
      .where('event_bookings.tenant_id', '=', tenantId).where('event_bookings.status', '=', 'booked').where('event_bookings.event_id', 'in', eventIds.slice(i, i + 500))
      .where((eb) => eb.or([
        eb('event_bookings.session_id', 'is', null),
        eb.and([eb('event_sessions.status', '=', 'scheduled'), eb('event_sessions.starts_at', '>=', from), eb('event_sessions.starts_at', '<', to)]),
      ]))
      .groupBy('event_bookings.event_id').execute();
    for (const r of rows) out.set(r.event_id, Number(r.n));
  }
  return out;
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
