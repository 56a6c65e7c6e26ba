// Never an overbooking: 200 carers book a 10-place session at the same moment, through real
// HTTP on a loopback socket, on SQLite and on PostgreSQL. Exactly 10 get a place, 190 are in
// the queue with distinct positions, nothing is lost and nothing is duplicated. And never more
// than 10 active bookings for one address, also when they arrive at once for many events, or
// when other bookings change their contact details to that address at the same moment.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, createEvent } from '../../../test/events.js';

async function citizenSession(base: string, path: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}${path}`);
  const html = await res.text();
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(html)![1];
  return { cookie, csrf };
}

/** Another person's address for request i. */
const personAddress = (i: number) => `10.77.${(i >> 8) & 255}.${i & 255}`;

async function fire(base: string, path: string, n: number, session: { cookie: string; csrf: string }, extra: Record<string, string> = {}) {
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    const body = new URLSearchParams({ _csrf: session.csrf, name: `Samtidig ${i}`, email: `samtidig${i}@exempel.se`, ...extra });
    const res = await fetch(`${base}${path}`, {
      method: 'POST', redirect: 'manual', body,
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': personAddress(i) },
    });
    const text = await res.text();
    return { status: res.status, location: res.headers.get('location'), full: text.includes('fullbokat') };
  }));
}

describe.each(DIALECTS)('concurrent booking on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    // Each request is another person at another address (X-Forwarded-For behind the proxy), so
    // the per-address limits on public bookings (issue 13) do not decide these races.
    t = await buildTestApp(dialect, { slugs: ['hassleholm'], config: { TRUST_PROXY: true } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t?.close());

  it('books exactly 10 of 200 simultaneous requests on a 10-place session and queues the other 190', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { title: 'Rusning', capacity: '10', bookingMode: 'session', count: '1' });
    const session = await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).executeTakeFirstOrThrow();
    const cs = await citizenSession(base, `/hassleholm/aktiviteter/${id}/boka`);
    const started = Date.now();
    const results = await fire(base, `/hassleholm/aktiviteter/${id}/boka`, 200, cs, { sessionId: session.id });
    const ms = Date.now() - started;
    expect(results.map((r) => r.status).filter((s) => s !== 303)).toEqual([]);
    const tokens = new Set(results.map((r) => r.location!.split('/bokning/')[1].split('?')[0]));
    expect(tokens.size).toBe(200);

    const rows = await t.db.selectFrom('event_bookings').select(['status', 'email', 'queue_pos']).where('event_id', '=', id).execute();
    expect(rows.length).toBe(200);
    expect(rows.filter((r) => r.status === 'booked').length).toBe(10);
    expect(rows.filter((r) => r.status === 'waitlisted').length).toBe(190);
    expect(new Set(rows.map((r) => r.email)).size).toBe(200);
    const positions = rows.filter((r) => r.status === 'waitlisted').map((r) => r.queue_pos!).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    const held = await t.db.selectFrom('event_sessions').select(['places_taken', 'capacity']).where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(held).toEqual({ places_taken: 10, capacity: 10 });
    // One confirmation message per booking, none twice.
    const messages = await t.db.selectFrom('outbox').select('dedupe_key').where('dedupe_key', 'like', `events:${id}:%`).execute();
    expect(messages.length).toBe(200);
    console.log(`[concurrency ${dialect}] 200 simultaneous bookings in ${ms} ms: 10 booked, 190 queued`);
  });

  it('tells the rest it is full when the event has no waiting list, storing only the 10', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { title: 'Utan kö', capacity: '10', waitlist: undefined, count: '3' });
    const cs = await citizenSession(base, `/hassleholm/aktiviteter/${id}/boka`);
    const results = await fire(base, `/hassleholm/aktiviteter/${id}/boka`, 60, cs);
    expect(results.filter((r) => r.status === 303).length).toBe(10);
    expect(results.filter((r) => r.status === 400 && r.full).length).toBe(50);
    const rows = await t.db.selectFrom('event_bookings').select('status').where('event_id', '=', id).execute();
    expect(rows.map((r) => r.status)).toEqual(Array(10).fill('booked'));
    const ev = await t.db.selectFrom('events').select('places_taken').where('id', '=', id).executeTakeFirstOrThrow();
    expect(ev.places_taken).toBe(10);
  });

  /** POST each form at the same moment with one citizen session; status and whether the cap message came back. */
  async function fireForms(forms: { path: string; body: Record<string, string> }[], session: { cookie: string; csrf: string }) {
    return Promise.all(forms.map(async ({ path, body }, i) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST', redirect: 'manual', body: new URLSearchParams({ _csrf: session.csrf, ...body }),
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': personAddress(i) },
      });
      const text = await res.text();
      return { status: res.status, capped: text.includes('Samma kontaktuppgift kan ha högst 10 bokningar samtidigt') };
    }));
  }

  it('keeps one address to 10 active bookings when 30 requests for 30 sessions of 6 events arrive at once', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const forms: { path: string; body: Record<string, string> }[] = [];
    const eventIds: string[] = [];
    for (let e = 0; e < 6; e++) {
      const id = await createEvent(staff, 'hassleholm', { title: `Taket ${e}`, bookingMode: 'session', count: '5', capacity: '20' });
      eventIds.push(id);
      const sessions = await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).execute();
      // Every other request also gives a phone number: two address locks, taken in one order.
      sessions.forEach((s, i) => forms.push({
        path: `/hassleholm/aktiviteter/${id}/boka`,
        body: { name: `Taket ${e}.${i}`, email: i % 2 === 0 ? 'taket@exempel.se' : 'TAKET@exempel.se', ...(i % 2 === 1 ? { phone: '070-555 44 33' } : {}), sessionId: s.id },
      }));
    }
    expect(forms.length).toBe(30);
    const outboxBefore = await t.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cs = await citizenSession(base, `/hassleholm/aktiviteter/${eventIds[0]}/boka`);
    const results = await fireForms(forms, cs);
    expect(results.filter((r) => r.status === 303).length).toBe(10);
    expect(results.filter((r) => r.status === 400 && r.capped).length).toBe(20);
    const rows = await t.db.selectFrom('event_bookings').select(['status', 'email', 'session_id']).where('event_id', 'in', eventIds).execute();
    expect(rows.length).toBe(10);
    expect(rows.every((r) => r.status === 'booked' && r.email === 'taket@exempel.se')).toBe(true);
    expect(new Set(rows.map((r) => r.session_id)).size).toBe(10);
    // Nothing half-stored: places taken, confirmations and audit rows only for the 10.
    const taken = await t.db.selectFrom('event_sessions').select((eb) => eb.fn.sum<number>('places_taken').as('n')).where('event_id', 'in', eventIds).executeTakeFirstOrThrow();
    expect(Number(taken.n)).toBe(10);
    const outboxAfter = await t.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(outboxAfter.n) - Number(outboxBefore.n)).toBe(10);
    const audited = await t.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'event_booking.create').execute();
    const ids = (await t.db.selectFrom('event_bookings').select('id').where('event_id', 'in', eventIds).execute()).map((r) => r.id);
    expect(audited.filter((a) => ids.includes(a.subject_id!)).length).toBe(10);
  });

  it('lets only one of fifteen simultaneous changes through the private link take the tenth place of an address', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { title: 'Byten', bookingMode: 'session', count: '24', capacity: '20' });
    const sessions = await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).orderBy('starts_at').execute();
    for (const s of sessions.slice(0, 9)) await bookPublic(t, 'hassleholm', id, carer({ email: 'byte@exempel.se', sessionId: s.id }));
    const others = [];
    for (const [i, s] of sessions.slice(9).entries()) others.push(await bookPublic(t, 'hassleholm', id, carer({ email: `annan${i}@exempel.se`, sessionId: s.id })));
    // The session of a citizen on a private-link page (the event page is a kept page without a form or token).
    const cs = await citizenSession(base, `/hassleholm/bokning/${others[0]!.token}`);
    const results = await fireForms(others.map((o) => ({ path: `/hassleholm/bokning/${o.token}/andra`, body: { name: 'Bytt', email: 'byte@exempel.se' } })), cs);
    expect(results.filter((r) => r.status === 303).length).toBe(1);
    expect(results.filter((r) => r.status === 400 && r.capped).length).toBe(14);
    const held = await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', id).where('email', '=', 'byte@exempel.se').execute();
    expect(held.length).toBe(10);
    expect((await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', id).where('email', 'like', 'annan%').execute()).length).toBe(14);
  });
});
