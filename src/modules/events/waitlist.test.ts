// The waiting list over HTTP: automatic promotion with a deadline, confirmation, expiry by the
// job, leaving the list, staff moving someone first or promoting by hand, staff approval, and
// more places after an edit — on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, createEvent, validEvent } from '../../../test/events.js';
import { expireOffers } from './service.js';

describe.each(DIALECTS)('waiting list on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  const status = async (eventId: string) => Object.fromEntries((await t.db.selectFrom('event_bookings').select(['name', 'status'])
    .where('event_id', '=', eventId).execute()).map((r) => [r.name, r.status]));
  const bookingId = async (eventId: string, name: string) =>
    (await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', eventId).where('name', '=', name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
  });
  afterAll(async () => t?.close());

  it('offers a freed place to the first in line, who confirms through the link', async () => {
    const id = await createEvent(staff, 'hassleholm', { title: 'Kö 1', capacity: '1' });
    const first = await bookPublic(t, 'hassleholm', id, carer({ name: 'Först', email: 'forst@exempel.se' }));
    const second = await bookPublic(t, 'hassleholm', id, carer({ name: 'Andra', email: 'andra@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Tredje', email: 'tredje@exempel.se' }));
    expect(await status(id)).toEqual({ Först: 'booked', Andra: 'waitlisted', Tredje: 'waitlisted' });
    const waitingPage = await new Agent(t.app).get(`/hassleholm/bokning/${second.token}`);
    expect(text(waitingPage)).toContain('Du är nummer 1 i kön.');
    expect(waitingPage.$('a[href$="/avboka"]').text()).toBe('Lämna kön');

    await new Agent(t.app).post(`/hassleholm/bokning/${first.token}/avboka`, { confirm: 'yes' });
    expect(await status(id)).toEqual({ Först: 'cancelled', Andra: 'offered', Tredje: 'waitlisted' });
    const offer = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `events:${id}:%:offer`).executeTakeFirstOrThrow();
    expect(offer.recipient).toBe('andra@exempel.se');
    expect(offer.body_text).toContain('Bekräfta senast 27 november 2026 kl. 10.00'); // 48 h after 09:00 UTC, shown in Stockholm time
    expect(offer.body_text).toContain(`/hassleholm/bokning/${second.token}`);
    const a = new Agent(t.app);
    const page = await a.get(`/hassleholm/bokning/${second.token}`);
    expect(text(page)).toContain('En plats har blivit ledig åt dig!');
    expect((await a.post(`/hassleholm/bokning/${second.token}/bekrafta`)).status).toBe(303);
    expect(await status(id)).toEqual({ Först: 'cancelled', Andra: 'booked', Tredje: 'waitlisted' });
    expect((await a.post(`/hassleholm/bokning/${second.token}/bekrafta`)).status).toBe(400);
    const ev = await t.db.selectFrom('events').select('places_taken').where('id', '=', id).executeTakeFirstOrThrow();
    expect(ev.places_taken).toBe(1);
  });

  it('expires an unconfirmed offer with the job and passes the place on; people leave the list themselves', async () => {
    const id = await createEvent(staff, 'hassleholm', { title: 'Kö 2', capacity: '1' });
    const first = await bookPublic(t, 'hassleholm', id, carer({ name: 'A', email: 'a@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'B', email: 'b@exempel.se' }));
    const c = await bookPublic(t, 'hassleholm', id, carer({ name: 'C', email: 'c@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'D', email: 'd@exempel.se' }));
    // C leaves the list; nothing else moves.
    await new Agent(t.app).post(`/hassleholm/bokning/${c.token}/avboka`, { confirm: 'yes' });
    await new Agent(t.app).post(`/hassleholm/bokning/${first.token}/avboka`, { confirm: 'yes' });
    expect(await status(id)).toEqual({ A: 'cancelled', B: 'offered', C: 'cancelled', D: 'waitlisted' });
    const deps = t.app.deps;
    expect(await expireOffers(deps)).toBe(0);
    t.clock.advance(49 * 3600_000);
    try {
      expect(await expireOffers(deps)).toBe(1);
      expect(await expireOffers(deps)).toBe(0);
      expect(await status(id)).toEqual({ A: 'cancelled', B: 'expired', C: 'cancelled', D: 'offered' });
      const told = await t.db.selectFrom('outbox').select('recipient').where('dedupe_key', 'like', `events:${id}:%:offer-expired`).execute();
      expect(told.map((r) => r.recipient)).toEqual(['b@exempel.se']);
    } finally {
      t.clock.advance(-49 * 3600_000);
    }
  });

  it('lets staff move someone first and promote by hand, never past capacity unless they add a place', async () => {
    staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { title: 'Kö 3', capacity: '1' });
    await bookPublic(t, 'hassleholm', id, carer({ name: 'P', email: 'p@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Q', email: 'q@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'R', email: 'r@exempel.se' }));
    const base = `/hassleholm/personal/aktiviteter/${id}`;
    const list = await staff.get(`${base}/deltagare`);
    expect(list.$('table caption').map((_, e) => list.$(e).text()).get()).toEqual(expect.arrayContaining(['Bokade (1)', 'Kö (2)']));
    const r = await bookingId(id, 'R');
    expect((await staff.post(`${base}/bokningar/${r}/forst`)).status).toBe(303);
    const refused = await staff.post(`${base}/bokningar/${r}/ge-plats`);
    expect(refused.status).toBe(400);
    expect(refused.$('.error-summary').text()).toContain('Det finns ingen ledig plats');
    expect(await status(id)).toEqual({ P: 'booked', Q: 'waitlisted', R: 'waitlisted' });
    expect((await staff.post(`${base}/bokningar/${r}/ge-plats`, { increaseCapacity: 'on' })).status).toBe(303);
    expect(await status(id)).toEqual({ P: 'booked', Q: 'waitlisted', R: 'booked' });
    const ev = await t.db.selectFrom('events').select(['places_taken', 'capacity']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(ev).toEqual({ places_taken: 2, capacity: 2 });
    // Staff cancel P: Q (now first) is offered the place.
    const p = await bookingId(id, 'P');
    expect((await staff.post(`${base}/bokningar/${p}/avboka`, { confirm: 'yes' })).status).toBe(303);
    expect(await status(id)).toEqual({ P: 'cancelled', Q: 'offered', R: 'booked' });
    // Unknown booking or another event's booking: 404.
    expect((await staff.post(`${base}/bokningar/00000000-0000-4000-8000-000000000000/forst`)).status).toBe(404);
  });

  it('offers new places to the queue when capacity grows, and runs staff approval', async () => {
    const id = await createEvent(staff, 'hassleholm', { title: 'Kö 4', capacity: '1', requiresApproval: 'on' });
    await bookPublic(t, 'hassleholm', id, carer({ name: 'X', email: 'x@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Y', email: 'y@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Z', email: 'z@exempel.se' }));
    expect(await status(id)).toEqual({ X: 'pending', Y: 'waitlisted', Z: 'waitlisted' });
    const base = `/hassleholm/personal/aktiviteter/${id}`;
    expect((await staff.post(`${base}/bokningar/${await bookingId(id, 'X')}/neka`)).status).toBe(303);
    expect(await status(id)).toEqual({ X: 'declined', Y: 'offered', Z: 'waitlisted' });
    const edit = validEvent({ title: 'Kö 4', capacity: '2', requiresApproval: 'on' });
    for (const k of ['publish', 'firstDate', 'startTime', 'endTime', 'count', 'intervalDays']) delete edit[k];
    expect((await staff.post(base, edit)).status).toBe(303);
    expect(await status(id)).toEqual({ X: 'declined', Y: 'offered', Z: 'offered' });
    expect((await staff.post(`${base}/bokningar/${await bookingId(id, 'Z')}/godkann`)).status).toBe(400); // not pending yet
    expect((await staff.post(`${base}/bokningar/${await bookingId(id, 'Y')}/ge-plats`)).status).toBe(303);
    expect(await status(id)).toEqual({ X: 'declined', Y: 'booked', Z: 'offered' });
  });

  it('keeps a separate queue per session when booking is per session', async () => {
    const id = await createEvent(staff, 'hassleholm', { title: 'Kö 5', capacity: '1', bookingMode: 'session', count: '2' });
    const sessions = await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).orderBy('starts_at').execute();
    const s1 = await bookPublic(t, 'hassleholm', id, carer({ name: 'S1', email: 's1@exempel.se', sessionId: sessions[0].id }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'S2', email: 's2@exempel.se', sessionId: sessions[1].id }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'S3', email: 's3@exempel.se', sessionId: sessions[0].id }));
    expect(await status(id)).toEqual({ S1: 'booked', S2: 'booked', S3: 'waitlisted' });
    const noSession = await new Agent(t.app).post(`/hassleholm/aktiviteter/${id}/boka`, carer({ email: 's4@exempel.se' }));
    expect(noSession.status).toBe(400);
    await new Agent(t.app).post(`/hassleholm/bokning/${s1.token}/avboka`, { confirm: 'yes' });
    expect(await status(id)).toEqual({ S1: 'cancelled', S2: 'booked', S3: 'offered' });
  });
});
