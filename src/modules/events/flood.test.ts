// Flood of the public booking form (issue 13): 200 bookings from one address fill nothing; at
// most the limit is booked, the rest get a 429 page that keeps what was typed and names other
// ways to reach the municipality. Limits live in the database, count only accepted bookings,
// and belong to one municipality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, nextAddress, signIn, text, type TestApp } from '../../../test/harness.js';
import { count, createEvent } from './test-helpers.js';
import { invalidateTenant } from '../../platform/tenancy/cache.js';

describe.each(DIALECTS)('booking flood on %s', (dialect) => {
  let t: TestApp;
  let events: string[];
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    events = [];
    for (let i = 0; i < 5; i++) events.push(await createEvent(staff, 'hassleholm', { capacity: '200', title: `Stor grupp ${i}` }));
    await t.db.updateTable('tenants').set({ settings: JSON.stringify({ ...JSON.parse((await t.db.selectFrom('tenants').select('settings').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow()).settings), contactPhone: '0451-26 70 00', contactEmail: 'anhorig@hassleholm.example.se' }) }).where('slug', '=', 'hassleholm').execute();
    // Written behind the app's back: tell the tenant cache, as the admin settings service does.
    invalidateTenant(t.seeds.get('hassleholm')!.tenantId);
  }, 120_000);
  afterAll(async () => t?.close());

  it('books at most the limits from one address and answers the rest with a 429 page that keeps the form', async () => {
    const before = await count(t, 'event_bookings');
    const flood = new Agent(t.app, {}, '203.0.113.7');
    await flood.get(`/hassleholm/aktiviteter/${events[0]}/boka`);
    const statuses: number[] = [];
    let last = undefined as Awaited<ReturnType<Agent['post']>> | undefined;
    for (let i = 0; i < 200; i++) {
      const res = await flood.post(`/hassleholm/aktiviteter/${events[i % events.length]}/boka`, { name: `Flod ${i}`, email: `flod${i}@exempel.se` });
      statuses.push(res.status);
      if (res.status === 429) last = res;
    }
    const booked = statuses.filter((s) => s === 303).length;
    expect(booked).toBeLessThanOrEqual(10);
    expect(booked).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 429).length).toBe(200 - booked);
    expect(await count(t, 'event_bookings')).toBe(before + booked);
    expect(last!.$('.error-summary').text()).toContain('för många inskick');
    expect(text(last!, '.error-summary')).toContain('0451-26 70 00');
    expect(text(last!, '.error-summary')).toContain('anhorig@hassleholm.example.se');
    expect(last!.$('input[name="name"]').val()).toBe('Flod 199');
    expect(last!.$('input[name="email"]').val()).toBe('flod199@exempel.se');
    // Another address still books; another municipality's limit is its own.
    const other = new Agent(t.app, {}, nextAddress());
    await other.get(`/hassleholm/aktiviteter/${events[1]}/boka`);
    expect((await other.post(`/hassleholm/aktiviteter/${events[1]}/boka`, { name: 'Annan', email: 'annan@exempel.se' })).status).toBe(303);
  }, 300_000);

  it('holds one address to 3 bookings of one event, and does not count refused forms', async () => {
    const a = new Agent(t.app, {}, '198.51.100.9');
    await a.get(`/hassleholm/aktiviteter/${events[2]}/boka`);
    for (let i = 0; i < 5; i++) expect((await a.post(`/hassleholm/aktiviteter/${events[2]}/boka`, { name: 'Fel', email: 'inte-en-adress' })).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await a.post(`/hassleholm/aktiviteter/${events[2]}/boka`, { name: `P ${i}`, email: `p${i}@exempel.se` })).status);
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
  });
});
