// Flood of the public booking form (issue 13): 200 bookings from one address fill nothing; at
// most the limit is booked, the rest get a 429 page that keeps what was typed and names other
// ways to reach the municipality. Limits live in the database, count only accepted bookings,
// and belong to one municipality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, nextAddress, signIn, text, type TestApp } from '../../../test/harness.js';
import { bookPublic, count, createEvent } from '../../../test/events.js';
import { PUBLIC_MESSAGES_PER_DAY } from '../../platform/mail/outbox.js';
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

  it('sends one recipient at most the daily cap of messages that public forms cause, however many addresses book for them', async () => {
    const victim = 'offer@exempel.se';
    // Two bookings of two events in the victim's name, from two addresses (one place per event and address),
    // then a day's cap of contact requests from more addresses, all with the victim's e-mail.
    for (const e of [events[3]!, events[4]!]) await bookPublic(t, 'hassleholm', e, { name: 'Bokare', email: victim });
    const toVictim = async () => Number((await t.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('recipient', '=', victim).executeTakeFirstOrThrow()).n);
    expect(await toVictim()).toBe(2);
    for (let i = 0; i < PUBLIC_MESSAGES_PER_DAY; i++) {
      const a = new Agent(t.app, {}, nextAddress());
      const form = await a.get('/hassleholm/kontakt');
      t.clock.advance(5000);
      const res = await a.post('/hassleholm/kontakt', {
        started: form.$('input[name="started"]').attr('value'), mode: 'anonymous', name: 'Vildros', channel: 'email', email: victim, phone: '',
        topic: 'talk', targetGroup: 'older', ageBand: '45_64', language: 'sv', time: 'morning', heardVia: 'website', message: '', consent: 'on',
      });
      expect(res.status).toBe(303);
    }
    // Every request was taken; the victim got only the day's cap of confirmations.
    expect(await toVictim()).toBe(PUBLIC_MESSAGES_PER_DAY);
    // A day later the cap starts over.
    t.clock.advance(24 * 3600_000 + 1000);
    await bookPublic(t, 'hassleholm', events[2]!, { name: 'Ny dag', email: victim });
    expect(await toVictim()).toBe(PUBLIC_MESSAGES_PER_DAY + 1);
  });

  it('limits changes through one private booking link, keeping what was typed', async () => {
    const b = await bookPublic(t, 'hassleholm', events[1]!, { name: 'Länkägare', email: 'lank@exempel.se' });
    const a = new Agent(t.app, {}, nextAddress());
    await a.get(`/hassleholm/bokning/${b.token}`);
    const statuses: number[] = [];
    let last = undefined as Awaited<ReturnType<Agent['post']>> | undefined;
    for (let i = 0; i < 8; i++) {
      last = await a.post(`/hassleholm/bokning/${b.token}/andra`, { name: `Namn ${i}`, email: 'lank@exempel.se', phone: '' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 303, 429, 429]);
    expect(last!.headers['retry-after']).toBe('900');
    expect(last!.$('input[name="name"]').val()).toBe('Namn 7');
    expect(text(last!, '.error-summary')).toContain('0451-26 70 00');
  });
});
