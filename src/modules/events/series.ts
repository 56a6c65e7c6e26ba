// Events (a series or a single occasion): staff with events:manage create, edit, copy, publish
// and cancel them within their unit scope; citizens read the published public ones.
import { newId, toJson } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import { homeUnitId } from '../../platform/auth/principal.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { lockWholeEvent, type Locked } from './locking.js';
import { type Deps, type EventInfo, type EventTranslations, isPublic, type SessionInfo, toBooking, toEvent, toSession } from './model.js';
import { notify } from './notify.js';
import { type EventForm, TRANSLATION_LOCALES } from './schema.js';
import { planSessions, toLocalDate, toLocalDateTime, toLocalTime } from './time.js';
import { fillFreePlaces, type StaffActor } from './waitlist.js';
import { ACTIVE, EVENT_STATUSES, HOLDING, PUBLIC_AUDIENCES, TRANSLATABLE } from './vocab.js';
import { sm } from '../../platform/i18n/staff-messages.js';
import { contentChanged } from '../../platform/db/content-version.js';

export interface Counts {
  holding: number;
  waiting: number;
  pending: number;
}

export interface EventWithSessions {
  event: EventInfo;
  sessions: SessionInfo[];
}

export interface StaffEventSummary extends EventWithSessions {
  counts: Counts;
}

/** Booking counts grouped by event once, so a list of events looks each one up instead of
 *  filtering every count for every event (684 events × 5 000 sessions in a big year). */
const byEvent = <T extends { event_id: string }>(rows: T[]): Map<string, T[]> => groupBy(rows, (r) => r.event_id);

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function countsFrom(rows: bq.BookingCount[] | undefined, sessionId?: string): Counts {
  const mine = (rows ?? []).filter((r) => sessionId === undefined || r.session_id === sessionId || r.session_id === null);
  const sum = (statuses: readonly string[]) => mine.filter((r) => statuses.includes(r.status)).reduce((a, r) => a + r.n, 0);
  return { holding: sum(HOLDING), waiting: sum(['waitlisted']), pending: sum(['pending']) };
}

async function withSessions(deps: Deps, tenantId: string, rows: sq.EventRow[]): Promise<EventWithSessions[]> {
  const sessions = groupBy((await sq.listSessions(deps.db, tenantId, rows.map((r) => r.id))).map(toSession), (s) => s.eventId);
  return rows.map((r) => ({ event: toEvent(r), sessions: sessions.get(r.id) ?? [] }));
}

// ---- reads ---------------------------------------------------------------------------------

/** Events with their sessions and booking counts (the staff's lists). */
async function summaries(deps: Deps, tenantId: string, rows: sq.EventRow[]): Promise<StaffEventSummary[]> {
  const counts = byEvent(await bq.countsByEvent(deps.db, tenantId, rows.map((r) => r.id)));
  return (await withSessions(deps, tenantId, rows)).map((x) => ({ ...x, counts: countsFrom(counts.get(x.event.id)) }));
}

/** The staff scope's activities that have not ended, soonest first. */
export async function listForStaff(deps: Deps, tenantId: string, units: sq.UnitScope): Promise<StaffEventSummary[]> {
  return summaries(deps, tenantId, await sq.listEvents(deps.db, tenantId, { units, endsAfter: deps.clock.now().toISOString() }));
}

/** Every activity of the staff scope, past ones included, latest first, a page at a time (a
 *  municipality holds hundreds a year; the list once stopped at the first 500 by date). */
export async function listAllForStaff(deps: Deps, tenantId: string, units: sq.UnitScope, page: number, pageSize = 50): Promise<{ events: StaffEventSummary[]; total: number }> {
  const filter = { units, newestFirst: true, limit: pageSize, offset: (page - 1) * pageSize };
  const [rows, total] = await Promise.all([sq.listEvents(deps.db, tenantId, filter), sq.countEvents(deps.db, tenantId, filter)]);
  return { events: await summaries(deps, tenantId, rows), total };
}

/** The events a staff scope covers, but not cancelled ones, as choices for a form (no sessions
 *  or counts: the mötesplats ties a room to one). Soonest first, past ones included. */
export async function eventChoices(deps: Deps, tenantId: string, units: sq.UnitScope): Promise<{ id: string; title: string }[]> {
  return sq.listEventTitles(deps.db, tenantId, { units, statuses: EVENT_STATUSES.filter((s) => s !== 'cancelled') });
}

/** Published events with a session between two instants, with their sessions (no booking
 *  counts): the governance module's yearly wheel reads a year at a time through this. */
export async function listPublishedBetween(deps: Deps, tenantId: string, fromIso: string, toIso: string): Promise<EventWithSessions[]> {
  const rows = await sq.listEvents(deps.db, tenantId, { units: 'all', endsAfter: fromIso, startsBefore: toIso, statuses: ['published'], limit: 5000 });
  return withSessions(deps, tenantId, rows);
}

export async function getForStaff(deps: Deps, tenantId: string, units: sq.UnitScope, id: string): Promise<StaffEventSummary & { sessionCounts: Map<string, Counts> }> {
  const row = await sq.findEventInScope(deps.db, tenantId, units, id);
  if (!row) throw new NotFound();
  const [x] = await withSessions(deps, tenantId, [row]);
  const counts = await bq.countsByEvent(deps.db, tenantId, [id]);
  return { ...x, counts: countsFrom(counts), sessionCounts: new Map(x.sessions.map((s) => [s.id, countsFrom(counts, s.id)])) };
}

/** Published events (and cancelled ones, with their notice) for the public and booking pages. */
export async function getPublished(deps: Deps, tenantId: string, id: string, door: 'public' | 'training' = 'public'): Promise<EventWithSessions> {
  const row = await sq.findEvent(deps.db, tenantId, id);
  if (!row || row.status === 'draft') throw new NotFound();
  const [x] = await withSessions(deps, tenantId, [row]);
  if (door === 'public' && !isPublic(x.event)) throw new NotFound();
  return x;
}

export async function listPublished(deps: Deps, tenantId: string, f: Omit<sq.PublicEventFilter, 'endsAfter'>): Promise<EventWithSessions[]> {
  const rows = await sq.listPublishedEvents(deps.db, tenantId, { ...f, endsAfter: deps.clock.now().toISOString() });
  return withSessions(deps, tenantId, rows);
}

/** How many public activities of a type (for the group, or for every group) have a session still
 *  to come: the catalogue links an offering such as "Anhörigcirkel" to them. */
export async function countUpcomingPublic(deps: Deps, tenantId: string, f: { type: string; group?: string }): Promise<number> {
  const nowIso = deps.clock.now().toISOString();
  const list = await listPublished(deps, tenantId, { audience: PUBLIC_AUDIENCES, type: f.type, group: f.group });
  return list.filter((x) => x.event.status === 'published' && x.sessions.some((s) => s.status === 'scheduled' && s.endsAt > nowIso)).length;
}

export async function leaderCandidates(deps: Deps, tenantId: string) {
  return sq.listLeaderCandidates(deps.db, tenantId);
}

export async function leaderNames(deps: Deps, tenantId: string, e: EventInfo): Promise<string[]> {
  const names = await sq.userNames(deps.db, tenantId, e.leaderUserIds);
  return [...e.leaderUserIds.map((id) => names.get(id)).filter((n): n is string => !!n), ...e.externalLeaders];
}

// ---- writes --------------------------------------------------------------------------------

function translationsFrom(form: EventForm): EventTranslations {
  const out: EventTranslations = {};
  const values = form as unknown as Record<string, string | undefined>;
  for (const l of TRANSLATION_LOCALES) {
    for (const k of TRANSLATABLE) {
      const v = values[`${k}_${l}`];
      if (v) (out[l] ??= {})[k] = v;
    }
  }
  return out;
}

function columnsFrom(form: EventForm) {
  return {
    translations: toJson(translationsFrom(form)),
    type: form.type, title: form.title, summary: form.summary, description: form.description,
    place_name: form.online ? (form.placeName ?? '') : form.placeName!, address: form.address ?? '', accessibility: form.accessibility ?? '',
    online: form.online ? 1 : 0, online_link: form.online ? (form.onlineLink ?? null) : null, capacity: form.capacity,
    leader_user_ids: toJson(form.leaderUserIds), external_leaders: toJson((form.externalLeaders ?? '').split('\n').map((s) => s.trim()).filter(Boolean)),
    audience: toJson(form.audience), target_groups: toJson(form.targetGroups), language: form.language, booking_mode: form.bookingMode,
    booking_opens_at: form.bookingOpens, booking_closes_at: form.bookingCloses, requires_approval: form.requiresApproval ? 1 : 0,
    waitlist_enabled: form.waitlist ? 1 : 0, reminder_hours: form.reminder === 'none' ? null : Number(form.reminder),
  };
}

async function checkLeadersAndUnit(deps: Deps, tenantId: string, actor: StaffActor, form: EventForm): Promise<string | null> {
  const known = new Set((await sq.listLeaderCandidates(deps.db, tenantId)).map((u) => u.id));
  if (form.leaderUserIds.some((id) => !known.has(id))) throw new Invalid({ leaderUserIds: 'Välj ledare ur listan' });
  const unitId = form.unitId ?? (actor.units === 'all' ? null : homeUnitId(actor.principal));
  if (unitId !== null && !actor.principal.units.some((u) => u.id === unitId)) throw new Invalid({ unitId: 'Välj en enhet ur listan' });
  if (actor.units !== 'all' && (unitId === null || !actor.units.includes(unitId))) throw new Invalid({ unitId: 'Välj en enhet som du ansvarar för' });
  return unitId;
}

export async function createEvent(deps: Deps, tenant: Tenant, actor: StaffActor, form: EventForm, publish: boolean): Promise<string> {
  const unitId = await checkLeadersAndUnit(deps, tenant.id, actor, form);
  const planned = planSessions(form.firstDate!, form.startTime!, form.endTime!, form.count!, Number(form.intervalDays));
  if (!planned) throw new Invalid({ startTime: 'En av träffarna hamnar på en tid som inte finns' });
  const id = newId();
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await sq.insertEvent(trx, {
      id, tenant_id: tenant.id, unit_id: unitId, kind: planned.length > 1 ? 'series' : 'single', ...columnsFrom(form), places_taken: 0,
      status: publish ? 'published' : 'draft', ever_published: publish ? 1 : 0, cancel_reason: null, cancelled_at: null, first_starts_at: planned[0].startsAt,
      last_ends_at: planned[planned.length - 1].endsAt, contacts_erased_at: null, created_by: actor.principal.userId, created_at: nowIso, updated_at: nowIso,
    });
    await sq.insertSessions(trx, planned.map((p) => ({
      id: newId(), tenant_id: tenant.id, event_id: id, starts_at: p.startsAt, ends_at: p.endsAt, capacity: form.capacity, places_taken: 0,
      status: 'scheduled', head_count: null, attendance_recorded_at: null, reminded_at: null, created_at: nowIso,
    })));
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, unitId, action: 'event.create', subjectType: 'event', subjectId: id }, now);
  });
  await contentChanged(deps.db, tenant.id);
  return id;
}

export async function updateEvent(deps: Deps, tenant: Tenant, actor: StaffActor, id: string, form: EventForm): Promise<void> {
  const unitId = await checkLeadersAndUnit(deps, tenant.id, actor, form);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const { event, sessions } = await lockWholeEvent(trx, deps, tenant.id, id, actor.units);
    if (event.status === 'cancelled') throw new Invalid({ _form: 'Aktiviteten är inställd och kan inte ändras.' });
    const active = await bq.countActive(trx, tenant.id, id);
    if (form.bookingMode !== event.bookingMode && active > 0) {
      throw new Invalid({ bookingMode: 'Det finns bokningar. Sättet att boka kan inte ändras – ställ in och skapa en ny aktivitet i stället.' });
    }
    const taken = Math.max(event.placesTaken, ...sessions.map((s) => s.placesTaken));
    if (form.capacity < taken) throw new Invalid({ capacity: sm('events.placesTaken', { count: taken }) });
    await sq.updateEvent(trx, tenant.id, id, { ...columnsFrom(form), unit_id: unitId, updated_at: nowIso });
    await sq.setSessionsCapacity(trx, tenant.id, id, form.capacity);
    if (form.capacity > event.capacity) {
      const updated = toEvent((await sq.findEvent(trx, tenant.id, id))!);
      const fresh = (await sq.listSessions(trx, tenant.id, [id])).map(toSession);
      const holders: Locked[] = updated.bookingMode === 'series'
        ? [{ event: updated, sessions: fresh, holder: { table: 'events', id }, holderSessionId: null }]
        : fresh.map((s) => ({ event: updated, sessions: fresh, session: s, holder: { table: 'event_sessions' as const, id: s.id }, holderSessionId: s.id }));
      for (const l of holders) await fillFreePlaces(trx, deps, tenant, l);
    }
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, unitId, action: 'event.update', subjectType: 'event', subjectId: id }, now);
  });
  await contentChanged(deps.db, tenant.id);
}

export async function setPublished(deps: Deps, tenant: Tenant, actor: StaffActor, id: string, publish: boolean): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { event } = await lockWholeEvent(trx, deps, tenant.id, id, actor.units);
    if (event.status === 'cancelled') throw new Invalid({ _form: 'Aktiviteten är inställd.' });
    if (!publish && (await bq.countActive(trx, tenant.id, id)) > 0) {
      throw new Invalid({ _form: 'Det finns bokningar. Ställ in aktiviteten i stället, så får de bokade besked.' });
    }
    await sq.updateEvent(trx, tenant.id, id, { status: publish ? 'published' : 'draft', ...(publish ? { ever_published: 1 } : {}), updated_at: now.toISOString() });
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: publish ? 'event.publish' : 'event.unpublish', subjectType: 'event', subjectId: id }, now);
  });
  await contentChanged(deps.db, tenant.id);
}

/** Cancel the whole event: every booked and waiting person is told through the outbox. */
export async function cancelEvent(deps: Deps, tenant: Tenant, actor: StaffActor, id: string, reason: string | null): Promise<number> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const told = await deps.db.transaction().execute(async (trx) => {
    const { event, sessions } = await lockWholeEvent(trx, deps, tenant.id, id, actor.units);
    if (event.status === 'cancelled') throw new Invalid({ _form: 'Aktiviteten är redan inställd.' });
    await sq.updateEvent(trx, tenant.id, id, { status: 'cancelled', cancel_reason: reason, cancelled_at: nowIso, updated_at: nowIso });
    const cancelled = { ...event, status: 'cancelled' as const, cancelReason: reason };
    const bookings = await bq.listBookings(trx, tenant.id, id, ACTIVE);
    for (const row of bookings) {
      await bq.updateBooking(trx, tenant.id, row.id, { status: 'cancelled', cancelled_by: 'event', cancelled_at: nowIso, queue_pos: null, offer_expires_at: null, updated_at: nowIso }, ACTIVE);
      await notify(trx, deps, tenant, 'event-cancelled', cancelled, sessions, { ...toBooking(row), status: 'cancelled' }, { reason });
    }
    await audit(trx, { tenantId: tenant.id, userId: actor.principal.userId, action: 'event.cancel', subjectType: 'event', subjectId: id }, now);
    return bookings.length;
  });
  await contentChanged(deps.db, tenant.id);
  return told;
}

// ---- form values ---------------------------------------------------------------------------

export function toFormValues(e: EventInfo): Record<string, string | string[]> {
  return {
    title: e.title, summary: e.summary, description: e.description, type: e.type, unitId: e.unitId ?? '', placeName: e.placeName,
    address: e.address, accessibility: e.accessibility, online: e.online ? 'on' : '', onlineLink: e.onlineLink ?? '', capacity: String(e.capacity),
    leaderUserIds: e.leaderUserIds, externalLeaders: e.externalLeaders.join('\n'), audience: e.audience, targetGroups: e.targetGroups,
    language: e.language, bookingMode: e.bookingMode, bookingOpens: e.bookingOpensAt ? toLocalDateTime(e.bookingOpensAt) : '',
    bookingCloses: e.bookingClosesAt ? toLocalDateTime(e.bookingClosesAt) : '', requiresApproval: e.requiresApproval ? 'on' : '',
    waitlist: e.waitlistEnabled ? 'on' : '', reminder: e.reminderHours === null ? 'none' : String(e.reminderHours),
    ...Object.fromEntries(Object.entries(e.translations).flatMap(([l, t]) => Object.entries(t ?? {}).map(([k, text]) => [`${k}_${l}`, text ?? '']))),
  };
}

/** A copy for the next round: same settings, the same weekday and times after the last session. */
export function copyValues(x: EventWithSessions, now: Date): Record<string, string | string[]> {
  const scheduled = x.sessions.filter((s) => s.status === 'scheduled');
  const all = scheduled.length > 0 ? scheduled : x.sessions;
  const first = all[0];
  const last = all[all.length - 1];
  const gap = all.length > 1 ? Math.round((Date.parse(all[1].startsAt) - Date.parse(all[0].startsAt)) / 86_400_000) : 7;
  const interval = ['1', '7', '14', '28'].includes(String(gap)) ? String(gap) : '7';
  let next = last ? new Date(Date.parse(last.startsAt) + Number(interval) * 86_400_000) : now;
  while (next.getTime() < now.getTime()) next = new Date(next.getTime() + 7 * 86_400_000);
  const values = { ...toFormValues(x.event), bookingOpens: '', bookingCloses: '', title: x.event.title };
  return {
    ...values,
    firstDate: first ? toLocalDate(next.toISOString()) : '', startTime: first ? toLocalTime(first.startsAt) : '',
    endTime: first ? toLocalTime(first.endsAt) : '', count: String(Math.max(1, all.length)), intervalDays: interval,
  };
}
