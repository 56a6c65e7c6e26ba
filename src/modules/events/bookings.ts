// Booking a place: by the carer (alias + one way to reach them), by staff on a carer's behalf,
// or by a staff member onto a training. The place is decided inside one transaction that
// holds the capacity row's lock and takes the place with a conditional update: never oversold.
import type { ContentLocale } from '../../platform/domain/vocab.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId, toJson } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { lockHolder, type Locked } from './locking.js';
import { type BookingInfo, type Deps, type EventInfo, isPublic, isTraining, nextSession, type SessionInfo, toBooking, toEvent, toSession } from './model.js';
import { notify } from './notify.js';
import { passOnPlace, type StaffActor, withStaffBooking } from './waitlist.js';
import { bookingToken, tokenHash } from './tokens.js';
import { ACTIVE, type BookingNeeds, type BookingStatus, HOLDING } from './vocab.js';
import { checkContactRules, lockContact } from './contact-limits.js';
import { type Refusal, Refused, refusalSv, refuse } from './refusals.js';

export interface BookingRequest {
  name: string;
  email: string | null;
  phone: string | null;
  needs: BookingNeeds;
  sessionId?: string | null;
  /** A staff member booking a training for themselves */
  userId?: string | null;
  /** Staff booking on a carer's behalf */
  bookedByUserId?: string | null;
  /** The language the booker uses; their messages are written in it (Swedish when not given). */
  locale?: ContentLocale;
}

/** Who may book this event through which door. */
export type BookingDoor = 'public' | 'staff-for-carer' | 'training';

export interface BookingOutcome {
  bookingId: string;
  token: string;
  status: BookingStatus;
}

export function needsFrom(form: { interpreter?: string; hearingLoop: boolean; diet?: string; bringingCaredFor: boolean }): BookingNeeds {
  const n: BookingNeeds = {};
  if (form.interpreter) n.interpreter = form.interpreter;
  if (form.hearingLoop) n.hearingLoop = true;
  if (form.diet) n.diet = form.diet;
  if (form.bringingCaredFor) n.bringingCaredFor = true;
  return n;
}

/** Why booking is not possible now (a code the pages put in words); undefined when it is. */
export function closedRefusal(e: EventInfo, sessions: SessionInfo[], session: SessionInfo | undefined, nowIso: string): Refusal | undefined {
  if (e.status === 'cancelled') return { key: 'eventCancelled' };
  if (e.status !== 'published') return { key: 'notBookable' };
  if (e.bookingOpensAt && e.bookingOpensAt > nowIso) return { key: 'opensAt', at: e.bookingOpensAt };
  if (e.bookingClosesAt && e.bookingClosesAt <= nowIso) return { key: 'closed' };
  if (e.bookingMode === 'session') {
    if (!session || session.status !== 'scheduled') return { key: 'sessionGone' };
    if (session.startsAt <= nowIso) return { key: 'sessionStarted' };
    return undefined;
  }
  const first = sessions.filter((s) => s.status === 'scheduled').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!first) return { key: 'noSessions' };
  // A series can be joined until its first session, unless staff set a later closing time.
  if (!e.bookingClosesAt && first.startsAt <= nowIso) return { key: 'groupStarted' };
  if (!sessions.some((s) => s.status === 'scheduled' && s.startsAt > nowIso)) return { key: 'allPast' };
  return undefined;
}

/** Why booking is not possible now, in Swedish words a carer understands; undefined when it is. */
export function bookingClosedReason(e: EventInfo, sessions: SessionInfo[], session: SessionInfo | undefined, nowIso: string): string | undefined {
  const r = closedRefusal(e, sessions, session, nowIso);
  return r ? refusalSv(r) : undefined;
}

function checkDoor(e: EventInfo, door: BookingDoor): void {
  if (door === 'training' ? !isTraining(e) : !isPublic(e)) throw new NotFound();
  if (e.status === 'draft') throw new NotFound();
}

async function placeFor(trx: Transaction<DB>, deps: Deps, tenant: Tenant, l: Locked, req: BookingRequest): Promise<{ status: 'pending' | 'booked' | 'waitlisted'; queuePos: number | null }> {
  const tenantId = tenant.id;
  const nowIso = deps.clock.now().toISOString();
  const contact = { email: req.email, phone: req.phone };
  // Trainings (a staff member's own sign-up) are not capped, but their addresses count towards
  // others' caps, so they take the same locks.
  await lockContact(trx, deps, tenantId, contact);
  if (req.userId) {
    if (await bq.hasDuplicate(trx, tenantId, l.event.id, l.holderSessionId, { ...contact, userId: req.userId })) throw refuse('_form', 'alreadyTraining');
  } else {
    await checkContactRules(trx, { tenantId, eventId: l.event.id, holderSessionId: l.holderSessionId, contact, nowIso });
  }
  if (await sq.takePlace(trx, l.holder)) return { status: l.event.requiresApproval ? 'pending' : 'booked', queuePos: null };
  if (!l.event.waitlistEnabled) throw refuse('_form', 'full');
  return { status: 'waitlisted', queuePos: await bq.nextQueuePos(trx, tenantId, l.event.id, l.holderSessionId) };
}

/** Book a place, or a place in the queue when full. Bad input or a closed event → Invalid, nothing stored. */
export async function book(deps: Deps, tenant: Tenant, eventId: string, req: BookingRequest, door: BookingDoor): Promise<BookingOutcome> {
  return deps.db.transaction().execute((trx) => bookIn(trx, deps, tenant, eventId, req, door));
}

/** `book` inside the caller's transaction (on SQLite a public booking shares it with the
 *  reservation of its limits, so it commits once); what it throws must roll the transaction back. */
export async function bookIn(trx: Transaction<DB>, deps: Deps, tenant: Tenant, eventId: string, req: BookingRequest, door: BookingDoor): Promise<BookingOutcome> {
  const bookingId = newId();
  const token = bookingToken(deps.config.sessionSecret, bookingId);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const peek = await sq.findEvent(trx, tenant.id, eventId);
  if (!peek) throw new NotFound();
  const sessionId = peek.booking_mode === 'session' ? (req.sessionId ?? null) : null;
  if (peek.booking_mode === 'session' && !sessionId) throw refuse('sessionId', 'chooseSession');
  const l = await lockHolder(trx, deps, tenant.id, eventId, sessionId, peek);
  checkDoor(l.event, door);
  if (sessionId && !l.session) throw refuse('sessionId', 'unknownSession');
  const closed = closedRefusal(l.event, l.sessions, l.session, nowIso);
  if (closed) throw new Refused('_form', closed);
  const d = await placeFor(trx, deps, tenant, l, req);
  // Every column is given, so the row stored is this one: no read back.
  const row: bq.BookingRow = {
    id: bookingId, tenant_id: tenant.id, event_id: eventId, session_id: l.holderSessionId, status: d.status, queue_pos: d.queuePos,
    name: req.name, email: req.email, phone: req.phone, needs: toJson(req.needs), token_hash: tokenHash(token),
    user_id: req.userId ?? null, booked_by_user_id: req.bookedByUserId ?? null, offer_expires_at: null, late_cancellation: 0,
    cancelled_by: null, cancelled_at: null, contact_erased_at: null, locale: req.locale ?? 'sv', created_at: nowIso, updated_at: nowIso,
  };
  await bq.insertBooking(trx, row);
  const booking = toBooking(row);
  await notify(trx, deps, tenant, d.status, l.event, l.sessions, booking);
  await audit(trx, {
    tenantId: tenant.id, userId: req.bookedByUserId ?? req.userId ?? null, action: 'event_booking.create',
    subjectType: 'event_booking', subjectId: bookingId, purpose: door,
  }, now);
  return { bookingId, token, status: d.status };
}

export interface PrivateBooking {
  booking: BookingInfo;
  event: EventInfo;
  sessions: SessionInfo[];
  token: string;
}

/** The booking behind a private link; unknown, erased or another municipality's → 404. */
export async function getByToken(deps: Deps, tenant: Tenant, token: string): Promise<PrivateBooking> {
  const row = await bq.findBookingByTokenHash(deps.db, tenant.id, tokenHash(token));
  if (!row) throw new NotFound();
  const ev = await sq.findEvent(deps.db, tenant.id, row.event_id);
  if (!ev) throw new NotFound();
  const sessions = (await sq.listSessions(deps.db, tenant.id, [row.event_id])).map(toSession);
  return { booking: toBooking(row), event: toEvent(ev), sessions, token };
}

/**
 * Change name, contact details or needs through the private link. New contact details meet the
 * rules of a new booking (no second booking of the same holder, the cap per address), decided
 * under the same locks as booking.
 */
export async function changeByToken(deps: Deps, tenant: Tenant, token: string, req: Omit<BookingRequest, 'sessionId'>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const first = await bq.findBookingByTokenHash(trx, tenant.id, tokenHash(token));
    if (!first) throw new NotFound();
    const l = await lockHolder(trx, deps, tenant.id, first.event_id, first.session_id);
    const row = (await bq.findBooking(trx, tenant.id, first.id))!;
    if (!ACTIVE.includes(row.status as BookingStatus)) throw refuse('_form', 'bookingEnded');
    const contact = { email: req.email, phone: req.phone };
    await lockContact(trx, deps, tenant.id, contact);
    await checkContactRules(trx, {
      tenantId: tenant.id, eventId: row.event_id, holderSessionId: l.holderSessionId, contact, nowIso: now.toISOString(),
      changing: { bookingId: row.id, before: { email: row.email, phone: row.phone } },
    });
    await bq.updateBooking(trx, tenant.id, row.id, {
      name: req.name, email: req.email, phone: req.phone, needs: toJson(req.needs), updated_at: now.toISOString(),
    });
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'event_booking.update', subjectType: 'event_booking', subjectId: row.id, purpose: 'self' }, now);
  });
}

/**
 * Cancel a booking (or leave the waiting list) inside a transaction that holds the capacity
 * lock; a freed place passes to the first in the queue. Late cancellations are marked.
 */
export async function cancelLocked(trx: Transaction<DB>, deps: Deps, tenant: Tenant, l: Locked, b: BookingInfo, by: 'self' | 'staff', reason?: string | null): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const held = HOLDING.includes(b.status);
  const next = nextSession(l.sessions, nowIso, b.sessionId);
  const late = b.status === 'booked' && next !== undefined
    && new Date(next.startsAt).getTime() - now.getTime() < tenant.settings.lateCancellationHours * 3600_000;
  const n = await bq.updateBooking(trx, tenant.id, b.id, {
    status: 'cancelled', cancelled_by: by, cancelled_at: nowIso, late_cancellation: late ? 1 : 0, queue_pos: null, offer_expires_at: null, updated_at: nowIso,
  }, ACTIVE);
  if (n === 0) throw refuse('_form', 'alreadyEnded');
  await notify(trx, deps, tenant, by === 'self' ? 'cancelled' : 'cancelled-by-staff', l.event, l.sessions, { ...b, status: 'cancelled' }, { reason });
  if (held) await passOnPlace(trx, deps, tenant, l);
}

export async function cancelByToken(deps: Deps, tenant: Tenant, token: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const first = await bq.findBookingByTokenHash(trx, tenant.id, tokenHash(token));
    if (!first) throw new NotFound();
    const l = await lockHolder(trx, deps, tenant.id, first.event_id, first.session_id);
    const row = await bq.findBooking(trx, tenant.id, first.id);
    await cancelLocked(trx, deps, tenant, l, toBooking(row!), 'self');
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'event_booking.cancel', subjectType: 'event_booking', subjectId: first.id, purpose: 'self' }, now);
  });
}

/** Staff cancel a booking (e.g. the carer phoned); the carer is told. */
export async function cancelByStaff(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, bookingId: string, reason: string | null): Promise<void> {
  const now = deps.clock.now();
  await withStaffBooking(deps, tenant, actor, eventId, bookingId, async (trx, l, b) => {
    await cancelLocked(trx, deps, tenant, l, b, 'staff', reason);
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event_booking.cancel', subjectType: 'event_booking', subjectId: b.id, purpose: 'staff' }, now);
  });
}

/** Staff approve or decline a booking that waits for approval; a declined place passes on. */
export async function decide(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, bookingId: string, approve: boolean): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await withStaffBooking(deps, tenant, actor, eventId, bookingId, async (trx, l, b) => {
    if (b.status !== 'pending') throw new Invalid({ _form: 'Bokningen väntar inte på godkännande.' });
    const status = approve ? 'booked' : 'declined';
    await bq.updateBooking(trx, tenant.id, b.id, { status, updated_at: nowIso }, ['pending']);
    await notify(trx, deps, tenant, status, l.event, l.sessions, { ...b, status });
    if (!approve) await passOnPlace(trx, deps, tenant, l);
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: approve ? 'event_booking.approve' : 'event_booking.decline', subjectType: 'event_booking', subjectId: b.id }, now);
  });
}

/** A staff member withdraws from a training they signed up for themselves. */
export async function cancelOwnTraining(deps: Deps, tenant: Tenant, userId: string, eventId: string, bookingId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const first = await bq.findBooking(trx, tenant.id, bookingId);
    if (!first || first.event_id !== eventId || first.user_id !== userId) throw new NotFound();
    const l = await lockHolder(trx, deps, tenant.id, eventId, first.session_id);
    await cancelLocked(trx, deps, tenant, l, toBooking((await bq.findBooking(trx, tenant.id, bookingId))!), 'self');
    await audit(trx, { tenantId: tenant.id, userId, action: 'event_booking.cancel', subjectType: 'event_booking', subjectId: bookingId, purpose: 'training' }, now);
  });
}

/** The signed-in staff member's own active training bookings. */
export async function myTrainingBookings(deps: Deps, tenantId: string, userId: string): Promise<BookingInfo[]> {
  return (await bq.bookingsOfUser(deps.db, tenantId, userId)).map(toBooking);
}

/** Place in the waiting list (1 = next), for the private page. */
export async function positionInQueue(deps: Deps, tenantId: string, b: BookingInfo): Promise<number | null> {
  if (b.status !== 'waitlisted' || b.queuePos === null) return null;
  return bq.queuePosition(deps.db, tenantId, b.eventId, b.sessionId, b.queuePos);
}
