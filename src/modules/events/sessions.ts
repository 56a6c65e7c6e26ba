// Sessions of an event: staff add one, move one (the booked are told the new time, with a new
// .ics) or cancel one (the booked are told; per-session bookings end).
import { newId } from '../../platform/db/helpers.js';
import { contentChanged } from '../../platform/db/content-version.js';
import { audit } from '../../platform/audit/audit.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { lockWholeEvent } from './locking.js';
import { type Deps, toBooking } from './model.js';
import { notify } from './notify.js';
import type { SessionForm } from './schema.js';
import { localToUtc } from './time.js';
import type { StaffActor } from './waitlist.js';
import { ACTIVE, HOLDING } from './vocab.js';

function instants(form: SessionForm): { startsAt: string; endsAt: string } {
  const startsAt = localToUtc(form.date, form.startTime);
  const endsAt = localToUtc(form.date, form.endTime);
  if (!startsAt || !endsAt) throw new Invalid({ startTime: 'Den tiden finns inte det datumet' });
  return { startsAt, endsAt };
}

export async function addSession(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, form: SessionForm): Promise<string> {
  const { startsAt, endsAt } = instants(form);
  const now = deps.clock.now();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const { event, sessions } = await lockWholeEvent(trx, deps, tenant.id, eventId, actor.units);
    if (event.status === 'cancelled') throw new Invalid({ _form: 'Aktiviteten är inställd.' });
    await sq.insertSessions(trx, [{
      id, tenant_id: tenant.id, event_id: eventId, starts_at: startsAt, ends_at: endsAt, capacity: event.capacity, places_taken: 0,
      status: 'scheduled', head_count: null, attendance_recorded_at: null, reminded_at: null, created_at: now.toISOString(),
    }]);
    if (sessions.length >= 1) await sq.updateEvent(trx, tenant.id, eventId, { kind: 'series', updated_at: now.toISOString() });
    await sq.refreshSpan(trx, tenant.id, eventId);
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event.session_add', subjectType: 'event_session', subjectId: id }, now);
  });
  await contentChanged(deps.db, tenant.id);
  return id;
}

export async function moveSession(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, sessionId: string, form: SessionForm): Promise<void> {
  const { startsAt, endsAt } = instants(form);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { event, sessions } = await lockWholeEvent(trx, deps, tenant.id, eventId, actor.units);
    const session = sessions.find((s) => s.id === sessionId);
    if (!session) throw new NotFound();
    if (session.status === 'cancelled' || event.status === 'cancelled') throw new Invalid({ _form: 'Träffen är inställd.' });
    await sq.updateSession(trx, tenant.id, sessionId, { starts_at: startsAt, ends_at: endsAt, reminded_at: null });
    await sq.refreshSpan(trx, tenant.id, eventId);
    const moved = { ...session, startsAt, endsAt };
    const all = sessions.map((s) => (s.id === sessionId ? moved : s));
    if (event.status === 'published') {
      for (const row of await bq.holdersOfSession(trx, tenant.id, eventId, sessionId, HOLDING)) {
        await notify(trx, deps, tenant, 'session-moved', event, all, toBooking(row), { session: moved, suffix: `${sessionId}:${startsAt}` });
      }
    }
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event.session_move', subjectType: 'event_session', subjectId: sessionId }, now);
  });
  await contentChanged(deps.db, tenant.id);
}

export async function cancelSession(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, sessionId: string): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const { event, sessions } = await lockWholeEvent(trx, deps, tenant.id, eventId, actor.units);
    const session = sessions.find((s) => s.id === sessionId);
    if (!session) throw new NotFound();
    if (session.status === 'cancelled') throw new Invalid({ _form: 'Träffen är redan inställd.' });
    await sq.updateSession(trx, tenant.id, sessionId, { status: 'cancelled' });
    await sq.refreshSpan(trx, tenant.id, eventId);
    const all = sessions.map((s) => (s.id === sessionId ? { ...s, status: 'cancelled' as const } : s));
    for (const row of await bq.holdersOfSession(trx, tenant.id, eventId, sessionId, ACTIVE)) {
      // Per-session bookings end with their session; whole-series bookings go on.
      if (row.session_id === sessionId) {
        await bq.updateBooking(trx, tenant.id, row.id, { status: 'cancelled', cancelled_by: 'event', cancelled_at: nowIso, queue_pos: null, offer_expires_at: null, updated_at: nowIso }, ACTIVE);
      }
      if (event.status === 'published' && (row.session_id === sessionId || HOLDING.includes(row.status as never))) {
        await notify(trx, deps, tenant, 'session-cancelled', event, all, toBooking(row), { session, suffix: sessionId });
      }
    }
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event.session_cancel', subjectType: 'event_session', subjectId: sessionId }, now);
  });
  await contentChanged(deps.db, tenant.id);
}
