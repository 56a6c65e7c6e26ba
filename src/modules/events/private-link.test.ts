// Changing contact details through the private booking link meets the rules of a new booking:
// no second booking of the same holder with the same address, and the cap of 10 active
// bookings per address. Refusals keep what the person typed and change nothing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, count, createEvent } from '../../../test/events.js';

describe.each(DIALECTS)('changing a booking through the private link on %s', (dialect) => {
  let t: TestApp;
  let specialist: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
  });
  afterAll(async () => t?.close());

  const bookingOf = (token: string) => t.db.selectFrom('event_bookings').select(['name', 'email', 'phone', 'updated_at'])
    .where('token_hash', '=', createHashHex(token)).executeTakeFirstOrThrow();

  it('refuses contact details another booking of the same event already has, keeping what was typed', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Dubblettprov', capacity: '5' });
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Först', email: 'forst@exempel.se', phone: '070-111 22 33' }));
    const second = await bookPublic(t, 'hassleholm', id, carer({ name: 'Andra', email: 'andra@exempel.se' }));
    const a = new Agent(t.app);
    await a.get(`/hassleholm/bokning/${second.token}`);
    const auditBefore = await count(t, 'audit_log');
    const before = await bookingOf(second.token);

    const byEmail = await a.post(`/hassleholm/bokning/${second.token}/andra`, { name: 'Andra B', email: 'FORST@exempel.se' });
    expect(byEmail.status).toBe(400);
    expect(byEmail.$('.error-summary').text()).toContain('En annan bokning till samma aktivitet har redan de här kontaktuppgifterna');
    expect(byEmail.$('.error-summary a').attr('href')).toBe('#f-email');
    expect(byEmail.$('#f-email').attr('value')).toBe('FORST@exempel.se');
    expect(byEmail.$('#f-name').attr('value')).toBe('Andra B');
    const byPhone = await a.post(`/hassleholm/bokning/${second.token}/andra`, { name: 'Andra', phone: '0701112233' });
    expect(byPhone.status).toBe(400);
    expect(byPhone.$('.error-summary').text()).toContain('En annan bokning till samma aktivitet');
    expect(await bookingOf(second.token)).toEqual(before);
    expect(await count(t, 'audit_log')).toBe(auditBefore);

    // The booking's own address is not a duplicate of itself.
    const own = await a.post(`/hassleholm/bokning/${second.token}/andra`, { name: 'Andra C', email: 'andra@exempel.se', phone: '070-999 88 77' });
    expect(own.status).toBe(303);
    expect(await bookingOf(second.token)).toMatchObject({ name: 'Andra C', email: 'andra@exempel.se', phone: '0709998877' });
  });

  it('allows the same address on another session when booking is per session', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Per träff', bookingMode: 'session', count: '2' });
    const [s1, s2] = await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).orderBy('starts_at').execute();
    await bookPublic(t, 'hassleholm', id, carer({ email: 'traff@exempel.se', sessionId: s1.id }));
    const other = await bookPublic(t, 'hassleholm', id, carer({ email: 'annan.traff@exempel.se', sessionId: s2.id }));
    const a = new Agent(t.app);
    await a.get(`/hassleholm/bokning/${other.token}`);
    expect((await a.post(`/hassleholm/bokning/${other.token}/andra`, { name: 'Samma person', email: 'traff@exempel.se' })).status).toBe(303);
    expect((await bookingOf(other.token)).email).toBe('traff@exempel.se');
  });

  it('holds a change to the cap of 10 active bookings per address, and only a change that adds an address', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) ids.push(await createEvent(specialist, 'hassleholm', { title: `Tak vid byte ${i}`, count: '1' }));
    const capped = [];
    for (const id of ids.slice(0, 10)) capped.push(await bookPublic(t, 'hassleholm', id, carer({ email: 'full@exempel.se' })));
    const outsider = await bookPublic(t, 'hassleholm', ids[10], carer({ name: 'Utanför', email: 'utanfor@exempel.se' }));
    const a = new Agent(t.app);
    await a.get(`/hassleholm/bokning/${outsider.token}`);
    const before = await bookingOf(outsider.token);
    const refused = await a.post(`/hassleholm/bokning/${outsider.token}/andra`, { name: 'Utanför', email: 'Full@Exempel.se' });
    expect(refused.status).toBe(400);
    expect(refused.$('.error-summary').text()).toContain('Samma kontaktuppgift kan ha högst 10 bokningar samtidigt');
    expect(await bookingOf(outsider.token)).toEqual(before);
    // A new phone number that no other booking has is fine.
    expect((await a.post(`/hassleholm/bokning/${outsider.token}/andra`, { name: 'Utanför', email: 'utanfor@exempel.se', phone: '070-000 11 22' })).status).toBe(303);
    // One of the ten may rename itself or add an unused phone number: no address gains a booking.
    expect((await a.post(`/hassleholm/bokning/${capped[0].token}/andra`, { name: 'Nytt alias', email: 'full@exempel.se' })).status).toBe(303);
    expect((await a.post(`/hassleholm/bokning/${capped[0].token}/andra`, { name: 'Nytt alias', email: 'full@exempel.se', phone: '070-333 22 11' })).status).toBe(303);
    expect(await bookingOf(capped[0].token)).toMatchObject({ name: 'Nytt alias', phone: '0703332211' });
    // Adding the outsider's phone to one of the ten would let one person (full@ or that phone)
    // hold 11 bookings: refused, as a new booking with both addresses would be.
    const phoneTaken = await a.post(`/hassleholm/bokning/${capped[1].token}/andra`, { name: 'X', email: 'full@exempel.se', phone: '070-000 11 22' });
    expect(phoneTaken.status).toBe(400);
    expect(phoneTaken.$('.error-summary').text()).toContain('högst 10 bokningar');
    // Once one of the ten is cancelled there is room for the outsider.
    expect((await a.post(`/hassleholm/bokning/${capped[9].token}/avboka`, { confirm: 'yes' })).status).toBe(303);
    expect((await a.post(`/hassleholm/bokning/${outsider.token}/andra`, { name: 'Utanför', email: 'full@exempel.se' })).status).toBe(303);
    expect((await bookingOf(outsider.token)).email).toBe('full@exempel.se');
  });
});

function createHashHex(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
