// Participant lists and attendance per session. Every view or export of the participants'
// identities is written to the access log; an anonymous head count stores no one.
import { audit } from '../../platform/audit/audit.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as aq from './attendance-queries.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { type BookingInfo, type Deps, type EventInfo, needsText, type SessionInfo, toBooking, toEvent, toSession } from './model.js';
import type { AttendanceForm } from './schema.js';
import { formatSession } from './time.js';
import type { StaffActor } from './waitlist.js';
import { BOOKING_STATUS_LABELS } from './vocab.js';

export interface Participants {
  event: EventInfo;
  sessions: SessionInfo[];
  bookings: BookingInfo[];
  /** Names of staff who booked on someone's behalf */
  staffNames: Map<string, string>;
}

async function scopedEvent(deps: Deps, tenantId: string, actor: StaffActor, eventId: string) {
  const row = await sq.findEventInScope(deps.db, tenantId, actor.units, eventId);
  if (!row) throw new NotFound();
  return { event: toEvent(row), sessions: (await sq.listSessions(deps.db, tenantId, [eventId])).map(toSession) };
}

/** Every booking of an event (held, waiting, closed) for the staff list. Audited. */
export async function participants(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, purpose: 'list' | 'print' | 'export' | 'messages' = 'list'): Promise<Participants> {
  const { event, sessions } = await scopedEvent(deps, tenant.id, actor, eventId);
  const bookings = (await bq.listBookings(deps.db, tenant.id, eventId)).map(toBooking);
  const staffIds = [...new Set(bookings.map((b) => b.bookedByUserId).filter((x): x is string => !!x))];
  await audit(deps.db, {
    tenantId: tenant.id, userId: actor.principal.userId, unitId: event.unitId, action: `event_booking.${purpose === 'export' ? 'export' : 'read'}`,
    subjectType: 'event', subjectId: eventId, purpose: `participants:${purpose}`,
  }, deps.clock.now());
  return { event, sessions, bookings, staffNames: await sq.userNames(deps.db, tenant.id, staffIds) };
}

export interface SessionAttendance {
  event: EventInfo;
  session: SessionInfo;
  participants: BookingInfo[];
  attended: Map<string, boolean>;
  started: boolean;
}

export async function sessionAttendance(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, sessionId: string): Promise<SessionAttendance> {
  const { event, sessions } = await scopedEvent(deps, tenant.id, actor, eventId);
  const session = sessions.find((s) => s.id === sessionId);
  if (!session) throw new NotFound();
  const people = (await bq.holdersOfSession(deps.db, tenant.id, eventId, sessionId, ['booked'])).map(toBooking);
  const rows = await aq.attendanceForSession(deps.db, tenant.id, sessionId);
  await audit(deps.db, {
    tenantId: tenant.id, userId: actor.principal.userId, unitId: event.unitId, action: 'event_booking.read',
    subjectType: 'event_session', subjectId: sessionId, purpose: 'attendance',
  }, deps.clock.now());
  return {
    event, session, participants: people, attended: new Map(rows.map((r) => [r.booking_id, r.attended === 1])),
    started: session.startsAt <= deps.clock.now().toISOString(),
  };
}

/** Tick who came (the rest count as no-shows) and/or record an anonymous head count; a head
 *  count with no ticks records no names at all. */
export async function recordAttendance(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, sessionId: string, form: AttendanceForm): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const ev = await sq.findEventInScope(trx, tenant.id, actor.units, eventId);
    const session = ev ? await sq.findSession(trx, tenant.id, eventId, sessionId) : undefined;
    if (!ev || !session) throw new NotFound();
    if (session.status === 'cancelled') throw new Invalid({ _form: 'Träffen är inställd.' });
    if (session.starts_at > nowIso) throw new Invalid({ _form: 'Närvaro kan registreras när träffen har börjat.' });
    const people = await bq.holdersOfSession(trx, tenant.id, eventId, sessionId, ['booked']);
    const known = new Set(people.map((p) => p.id));
    if (form.present.some((id) => !known.has(id))) throw new Invalid({ present: 'Välj bland deltagarna i listan' });
    // Only a head count and no ticks = the anonymous way: no one is marked absent.
    const named = form.present.length > 0 || form.headCount === null;
    const present = new Set(form.present);
    if (named) for (const p of people) await aq.upsertAttendance(trx, tenant.id, sessionId, p.id, present.has(p.id), nowIso, actor.principal.userId);
    await sq.updateSession(trx, tenant.id, sessionId, { head_count: form.headCount, attendance_recorded_at: nowIso });
    await audit(trx, {
      tenantId: tenant.id, userId: actor.principal.userId, unitId: ev.unit_id, action: 'event_attendance.record',
      subjectType: 'event_session', subjectId: sessionId,
    }, now);
  });
}

/** A spreadsheet cell that cannot start a formula (CSV injection), quoted for ; separated CSV. */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function participantsCsv(p: Participants): string {
  const sessionName = new Map(p.sessions.map((s) => [s.id, formatSession(s.startsAt, s.endsAt)]));
  const header = ['Namn eller alias', 'E-post', 'Telefon', 'Status', 'Träff', 'Plats i kön', 'Behov', 'Bokad av personal', 'Sen avbokning', 'Bokad'];
  const lines = [header, ...p.bookings.map((b) => [
    b.name ?? '(raderat)', b.email ?? '', b.phone ?? '', BOOKING_STATUS_LABELS[b.status].sv,
    b.sessionId ? (sessionName.get(b.sessionId) ?? '') : 'Hela serien', b.queuePos === null ? '' : String(b.queuePos), needsText(b.needs),
    b.bookedByUserId ? (p.staffNames.get(b.bookedByUserId) ?? 'Ja') : '', b.lateCancellation ? 'Ja' : '', b.createdAt.slice(0, 10),
  ])];
  // BOM so spreadsheet programs read UTF-8; semicolons as Swedish Excel expects.
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
