// A public booking reserves its place under the limits in its own transaction (issue 17): what
// the event refuses, or a booking of an unknown event, rolls the reservation back with it and
// counts nothing; parallel bookings from one address still get exactly the limit through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { count, createEvent } from '../../../test/events.js';

describe.each(DIALECTS)('the limits of a public booking on %s', (dialect) => {
  let t: TestApp;
  let events: string[];
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    events = [];
    for (let i = 0; i < 3; i++) events.push(await createEvent(staff, 'hassleholm', { capacity: '50', title: `Gräns ${i}` }));
  }, 120_000);
  afterAll(async () => t?.close());

  const reservations = async () => Number((await t.db.selectFrom('login_attempts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const book = (a: Agent, eventId: string, email: string) => a.post(`/hassleholm/aktiviteter/${eventId}/boka`, { name: 'Anhörig', email });

  it('leaves no reservation when the event refuses the booking, nor for an unknown event, and the address keeps its limit', async () => {
    const a = new Agent(t.app, {}, '198.51.100.41');
    await a.get(`/hassleholm/aktiviteter/${events[0]}/boka`);
    expect((await book(a, events[0]!, 'forst@exempel.se')).status).toBe(303);
    // One row per key: the address, the municipality, the event and address.
    expect(await reservations()).toBe(3);
    const bookings = await count(t, 'event_bookings');
    for (let i = 0; i < 4; i++) {
      const again = await book(a, events[0]!, 'forst@exempel.se');
      expect(again.status).toBe(400);
      expect(text(again, '.error-summary')).toContain('Det finns redan en bokning med de här kontaktuppgifterna');
    }
    expect((await book(a, '00000000-0000-4000-8000-000000000000', 'okand@exempel.se')).status).toBe(404);
    expect(await reservations()).toBe(3);
    expect(await count(t, 'event_bookings')).toBe(bookings);
    // The refused ones took nothing of the 3 per event and address.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await book(a, events[0]!, `ny${i}@exempel.se`)).status);
    expect(statuses).toEqual([303, 303, 429]);
    expect(await reservations()).toBe(9);
  });

  it('lets exactly the limit through when one address books one event many times at once', async () => {
    const a = new Agent(t.app, {}, '198.51.100.42');
    await a.get(`/hassleholm/aktiviteter/${events[1]}/boka`);
    const before = await reservations();
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => book(a, events[1]!, `samtidig${i}@exempel.se`)));
    expect(sent.filter((r) => r.status === 303)).toHaveLength(3);
    expect(sent.filter((r) => r.status === 429)).toHaveLength(9);
    expect(await count(t, 'event_bookings', ['event_id', events[1]!])).toBe(3);
    expect(await reservations()).toBe(before + 3 * 3);
  });

  it('rolls back the reservation of a booking that the full group refuses', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const small = await createEvent(staff, 'hassleholm', { capacity: '1', title: 'Liten grupp', waitlist: undefined });
    const first = new Agent(t.app, {}, '198.51.100.43');
    await first.get(`/hassleholm/aktiviteter/${small}/boka`);
    expect((await book(first, small, 'plats@exempel.se')).status).toBe(303);
    const before = await reservations();
    const late = new Agent(t.app, {}, '198.51.100.44');
    await late.get(`/hassleholm/aktiviteter/${small}/boka`);
    const full = await book(late, small, 'sen@exempel.se');
    expect(full.status).toBe(400);
    expect(text(full, '.error-summary')).toContain('fullbokat');
    expect(await reservations()).toBe(before);
  });
});
