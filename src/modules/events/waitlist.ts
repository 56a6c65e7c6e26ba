// The waiting list: when a place frees, the first in line is offered it with a deadline
// (the municipality's waitlistConfirmHours, default 48 h, never later than the session); a job
// expires unconfirmed offers and passes the place on. Staff can move someone first or
// promote by hand; people leave the list themselves through their private link.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { audit } from '../../platform/audit/audit.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { listTenants, type Tenant } from '../../platform/tenancy/tenancy.js';
import type { Principal } from '../../platform/auth/principal.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { lockHolder, type Locked } from './locking.js';
import { type Deps, nextSession, toBooking } from './model.js';
import { notify } from './notify.js';
import { addHours } from './time.js';
import { refuse } from './refusals.js';
import { tokenHash } from './tokens.js';

/** Offer an already counted place to the first in the queue; false when the queue is empty. */
async function offerNext(trx: Transaction<DB>, deps: Deps, tenant: Tenant, l: Locked): Promise<boolean> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const upcoming = nextSession(l.sessions, nowIso, l.holderSessionId);
  if (!upcoming || l.event.status !== 'published') return false;
  const row = await bq.firstInQueue(trx, tenant.id, l.event.id, l.holderSessionId);
  if (!row) return false;
  const byHours = addHours(now, tenant.settings.waitlistConfirmHours).toISOString();
  const deadline = byHours < upcoming.startsAt ? byHours : upcoming.startsAt;
  await bq.updateBooking(trx, tenant.id, row.id, { status: 'offered', offer_expires_at: deadline, queue_pos: null, updated_at: nowIso }, ['waitlisted']);
  await notify(trx, deps, tenant, 'offer', l.event, l.sessions, { ...toBooking(row), status: 'offered', offerExpiresAt: deadline });
  return true;
}

/** A held place was freed: it goes to the first in line, or back to the pool. */
export async function passOnPlace(trx: Transaction<DB>, deps: Deps, tenant: Tenant, l: Locked): Promise<void> {
  if (!(await offerNext(trx, deps, tenant, l))) await sq.releasePlace(trx, l.holder);
}

/** After capacity grew: offer every new place to the queue, in order. */
export async function fillFreePlaces(trx: Transaction<DB>, deps: Deps, tenant: Tenant, l: Locked): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const waiting = await bq.firstInQueue(trx, tenant.id, l.event.id, l.holderSessionId);
    if (!waiting || !(await sq.takePlace(trx, l.holder))) return;
    if (!(await offerNext(trx, deps, tenant, l))) {
      await sq.releasePlace(trx, l.holder);
      return;
    }
  }
}

/** The person offered a place confirms it through their private link. */
export async function confirmOffer(deps: Deps, tenant: Tenant, token: string): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const first = await bq.findBookingByTokenHash(trx, tenant.id, tokenHash(token));
    if (!first) throw new NotFound();
    const l = await lockHolder(trx, deps, tenant.id, first.event_id, first.session_id);
    const b = toBooking((await bq.findBooking(trx, tenant.id, first.id))!);
    if (b.status !== 'offered') throw refuse('_form', 'nothingToConfirm');
    if (!b.offerExpiresAt || b.offerExpiresAt <= nowIso) throw refuse('_form', 'offerExpired');
    const status = l.event.requiresApproval ? 'pending' : 'booked';
    await bq.updateBooking(trx, tenant.id, b.id, { status, offer_expires_at: null, updated_at: nowIso }, ['offered']);
    await notify(trx, deps, tenant, status, l.event, l.sessions, { ...b, status, offerExpiresAt: null }, { suffix: 'after-queue' });
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'event_booking.confirm_offer', subjectType: 'event_booking', subjectId: b.id, purpose: 'self' }, now);
  });
}

/** The job: offers past their deadline expire and the place passes on. Returns how many expired. */
export async function expireOffers(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const due = await bq.expiredOffers(deps.db, nowIso);
  if (due.length === 0) return 0;
  const tenants = new Map((await listTenants(deps.db)).map((t) => [t.id, t]));
  let n = 0;
  for (const row of due) {
    const tenant = tenants.get(row.tenant_id);
    if (!tenant) continue;
    await deps.db.transaction().execute(async (trx) => {
      const l = await lockHolder(trx, deps, tenant.id, row.event_id, row.session_id);
      const b = toBooking((await bq.findBooking(trx, tenant.id, row.id))!);
      if (b.status !== 'offered' || !b.offerExpiresAt || b.offerExpiresAt >= nowIso) return;
      await bq.updateBooking(trx, tenant.id, b.id, { status: 'expired', updated_at: nowIso }, ['offered']);
      await notify(trx, deps, tenant, 'offer-expired', l.event, l.sessions, { ...b, status: 'expired' });
      await audit(trx, { tenantId: tenant.id, userId: null, action: 'event_booking.offer_expired', subjectType: 'event_booking', subjectId: b.id, purpose: 'waitlist' }, now);
      await passOnPlace(trx, deps, tenant, l);
      n++;
    });
  }
  return n;
}

export interface StaffActor {
  principal: Principal;
  units: sq.UnitScope;
}

/** Open a staff action on one booking of an event in the actor's scope, under the capacity lock. */
export async function withStaffBooking<T>(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, bookingId: string,
  fn: (trx: Transaction<DB>, l: Locked, b: ReturnType<typeof toBooking>) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await sq.findEventInScope(trx, tenant.id, actor.units, eventId))) throw new NotFound();
    const first = await bq.findBooking(trx, tenant.id, bookingId);
    if (!first || first.event_id !== eventId) throw new NotFound();
    const l = await lockHolder(trx, deps, tenant.id, eventId, first.session_id);
    return fn(trx, l, toBooking((await bq.findBooking(trx, tenant.id, bookingId))!));
  });
}

export async function moveFirst(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, bookingId: string): Promise<void> {
  const now = deps.clock.now();
  await withStaffBooking(deps, tenant, actor, eventId, bookingId, async (trx, l, b) => {
    if (b.status !== 'waitlisted') throw new Invalid({ _form: 'Personen står inte i kön.' });
    const first = await bq.firstQueuePos(trx, tenant.id, eventId, l.holderSessionId);
    await bq.updateBooking(trx, tenant.id, b.id, { queue_pos: first - 1, updated_at: now.toISOString() }, ['waitlisted']);
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event_booking.move_first', subjectType: 'event_booking', subjectId: b.id }, now);
  });
}

/**
 * Staff give a waiting person a place now (they spoke on the phone): only when a place is free,
 * or when staff deliberately add one more place. An offered person is confirmed on their behalf.
 */
export async function promoteByHand(deps: Deps, tenant: Tenant, actor: StaffActor, eventId: string, bookingId: string, increaseCapacity: boolean): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await withStaffBooking(deps, tenant, actor, eventId, bookingId, async (trx, l, b) => {
    if (b.status !== 'waitlisted' && b.status !== 'offered') throw new Invalid({ _form: 'Personen står inte i kön.' });
    if (b.status === 'waitlisted' && !(await sq.takePlace(trx, l.holder))) {
      if (!increaseCapacity) {
        throw new Invalid({ increaseCapacity: 'Det finns ingen ledig plats. Kryssa i att ni lägger till en plats, eller vänta tills någon avbokar.' });
      }
      if (l.holder.table === 'events') await sq.updateEvent(trx, tenant.id, eventId, { capacity: l.event.capacity + 1, updated_at: nowIso });
      else await sq.updateSession(trx, tenant.id, l.holder.id, { capacity: (l.session?.capacity ?? l.event.capacity) + 1 });
      if (!(await sq.takePlace(trx, l.holder))) throw new Invalid({ _form: 'Platsen kunde inte läggas till. Försök igen.' });
    }
    await bq.updateBooking(trx, tenant.id, b.id, { status: 'booked', queue_pos: null, offer_expires_at: null, updated_at: nowIso }, ['waitlisted', 'offered']);
    await notify(trx, deps, tenant, 'booked', l.event, l.sessions, { ...b, status: 'booked' }, { suffix: 'promoted' });
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event_booking.promote', subjectType: 'event_booking', subjectId: b.id }, now);
  });
}
