// Never an overbooking: 200 carers book a 10-place session at the same moment, through real
// HTTP on a loopback socket, on SQLite and on PostgreSQL. Exactly 10 get a place, 190 are in
// the queue with distinct positions, nothing is lost and nothing is duplicated.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { createEvent } from './test-helpers.js';

async function citizenSession(base: string, path: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}${path}`);
  const html = await res.text();
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(html)![1];
  return { cookie, csrf };
}

async function fire(base: string, path: string, n: number, session: { cookie: string; csrf: string }, extra: Record<string, string> = {}) {
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    const body = new URLSearchParams({ _csrf: session.csrf, name: `Samtidig ${i}`, email: `samtidig${i}@exempel.se`, ...extra });
    const res = await fetch(`${base}${path}`, {
      method: 'POST', redirect: 'manual', body,
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const text = await res.text();
    return { status: res.status, location: res.headers.get('location'), full: text.includes('fullbokat') };
  }));
}

describe.each(DIALECTS)('concurrent booking on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
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
});
