// Jobs and numbers: reminders (once, with the .ics; again only when a session moves),
// retention of contact details, and the yearly statistics other modules build on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, count, createEvent } from '../../../test/events.js';
import { eraseOldContactDetails, sendReminders, yearlyEventStats } from './service.js';
import { JOBS, runJobOnce } from '../../platform/jobs/scheduler.js';

describe.each(DIALECTS)('event jobs and statistics on %s', (dialect) => {
  let t: TestApp;
  const specialist = () => signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
  const at = async <T>(iso: string, fn: () => Promise<T>): Promise<T> => {
    const before = t.clock.now();
    t.clock.set(iso);
    try {
      return await fn();
    } finally {
      t.clock.set(before);
    }
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('sends each reminder once a day before, with the .ics, and again only when the session moves', async () => {
    const staff = await specialist();
    const id = await createEvent(staff, 'hassleholm', { title: 'Påminnelseprov', firstDate: '2026-12-10', count: '2', capacity: '1' });
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Mejl', email: 'mejl@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Kö', email: 'ko@exempel.se' }));
    const reminders = () => t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `events:${id}:%:reminder:%`).execute();
    // Two days before: nothing yet (the seeded demo events may get theirs).
    await at('2026-12-08T12:00:00.000Z', () => sendReminders(t.app.deps));
    expect(await reminders()).toHaveLength(0);
    await at('2026-12-09T17:00:00.000Z', async () => {
      await sendReminders(t.app.deps);
      await sendReminders(t.app.deps);
    });
    const sent = await reminders();
    expect(sent.map((m) => m.recipient)).toEqual(['mejl@exempel.se']); // not the one in the queue
    expect(sent[0].body_text).toContain('torsdag 10 december 2026 kl. 17.30–19.00');
    const ics = JSON.parse(sent[0].attachments!)[0];
    expect(ics.filename).toBe('bokning.ics');
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    // Moving the session: a notice now, and a new reminder before the new time.
    const sid = (await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).orderBy('starts_at').executeTakeFirstOrThrow()).id;
    await at('2026-12-09T17:10:00.000Z', async () => {
      const s = await specialist();
      const moved = await s.post(`/hassleholm/personal/aktiviteter/${id}/traffar/${sid}/flytta`, { date: '2026-12-11', startTime: '10:00', endTime: '11:30' });
      expect(moved.status).toBe(303);
    });
    const notice = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `events:${id}:%:session-moved:%`).execute();
    expect(notice.map((m) => m.recipient)).toEqual(['mejl@exempel.se']);
    expect(notice[0].body_text).toContain('fredag 11 december 2026 kl. 10.00–11.30');
    await at('2026-12-10T12:00:00.000Z', () => sendReminders(t.app.deps));
    expect(await reminders()).toHaveLength(2);
  });

  it('erases contact details after the retention period, keeping counts and attendance, audited', async () => {
    const staff = await specialist();
    const old = await createEvent(staff, 'hassleholm', { title: 'Gallringsprov', firstDate: '2026-11-26', count: '1' });
    const fresh = await createEvent(staff, 'hassleholm', { title: 'Ny grupp', firstDate: '2027-06-01', count: '1' });
    const { token } = await bookPublic(t, 'hassleholm', old, carer({ name: 'Gallras', email: 'gallras@exempel.se' }));
    await bookPublic(t, 'hassleholm', fresh, carer({ name: 'Stannar', email: 'stannar@exempel.se' }));
    await at('2026-11-26T20:00:00.000Z', async () => {
      const s = await specialist();
      const sid = (await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', old).executeTakeFirstOrThrow()).id;
      const present = (await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', old).executeTakeFirstOrThrow()).id;
      expect((await s.post(`/hassleholm/personal/aktiviteter/${old}/traffar/${sid}/narvaro`, { present })).status).toBe(303);
    });
    expect(await count(t, 'outbox')).toBeGreaterThan(0);
    await at('2026-12-20T00:00:00.000Z', () => eraseOldContactDetails(t.app.deps)); // 24 days: too early
    expect((await t.db.selectFrom('event_bookings').select('email').where('event_id', '=', old).executeTakeFirstOrThrow()).email).toBe('gallras@exempel.se');
    const erased = await at('2026-12-28T00:00:00.000Z', () => eraseOldContactDetails(t.app.deps));
    expect(erased).toBeGreaterThanOrEqual(1);
    const row = await t.db.selectFrom('event_bookings').selectAll().where('event_id', '=', old).executeTakeFirstOrThrow();
    expect([row.name, row.email, row.phone, row.needs, row.token_hash]).toEqual([null, null, null, null, null]);
    expect(row.status).toBe('booked');
    expect(await count(t, 'event_attendance', ['booking_id', row.id])).toBe(1);
    expect((await t.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', `events:${old}:%`).execute()).length).toBe(0);
    expect((await new Agent(t.app).get(`/hassleholm/bokning/${token}`)).status).toBe(404);
    expect((await t.db.selectFrom('event_bookings').select('email').where('event_id', '=', fresh).executeTakeFirstOrThrow()).email).toBe('stannar@exempel.se');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'purpose']).where('subject_id', '=', old).where('action', '=', 'event_booking.erase').execute();
    expect(audit).toEqual([{ action: 'event_booking.erase', purpose: 'retention:1' }]);
    // Running again erases nothing more; the scheduled job is registered and runs the same code.
    expect(await at('2026-12-29T00:00:00.000Z', () => eraseOldContactDetails(t.app.deps))).toBe(0);
    expect(JOBS.map((j) => j.name)).toEqual(expect.arrayContaining(['events.reminders', 'events.expire-offers', 'events.retention']));
    expect(await at('2026-12-29T00:00:00.000Z', () => runJobOnce(t.app.deps, JOBS.find((j) => j.name === 'events.retention')!))).toBe(true);
  });

  it('counts a year for the report: events, sessions, places, bookings, attendance, no-shows, late cancellations', async () => {
    const staff = await specialist();
    const group = await createEvent(staff, 'hassleholm', { title: 'Statistikgrupp', firstDate: '2028-01-11', count: '2', capacity: '5', targetGroups: ['older'] });
    const evening = await createEvent(staff, 'hassleholm', { title: 'Statistikkväll', firstDate: '2028-02-01', count: '1', capacity: '30', targetGroups: [], bookingMode: 'session' });
    const training = await createEvent(staff, 'hassleholm', { title: 'Statistikutbildning', firstDate: '2028-01-20', count: '1', audience: ['staff'] });
    const amb = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'ambassador').email);
    expect((await amb.post(`/hassleholm/personal/utbildningar/${training}/anmal`, {})).status).toBe(303);
    await bookPublic(t, 'hassleholm', group, carer({ name: 'A', email: 'stat-a@exempel.se' }));
    await bookPublic(t, 'hassleholm', group, carer({ name: 'B', email: 'stat-b@exempel.se' }));
    const c = await bookPublic(t, 'hassleholm', group, carer({ name: 'C', email: 'stat-c@exempel.se' }));
    // C cancels the same morning: a late cancellation.
    await at('2028-01-11T08:00:00.000Z', async () => {
      expect((await new Agent(t.app).post(`/hassleholm/bokning/${c.token}/avboka`, { confirm: 'yes' })).status).toBe(303);
    });
    const sessions = async (id: string) => (await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).orderBy('starts_at').execute()).map((s) => s.id);
    const [g1, g2] = await sessions(group);
    const a = (await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', group).where('name', '=', 'A').executeTakeFirstOrThrow()).id;
    await at('2028-03-01T10:00:00.000Z', async () => {
      const s = await specialist();
      expect((await s.post(`/hassleholm/personal/aktiviteter/${group}/traffar/${g1}/narvaro`, { present: a })).status).toBe(303);
      expect((await s.post(`/hassleholm/personal/aktiviteter/${group}/traffar/${g2}/narvaro`, { headCount: '7' })).status).toBe(303);
      expect((await s.post(`/hassleholm/personal/aktiviteter/${evening}/traffar/${(await sessions(evening))[0]}/narvaro`, { headCount: '12' })).status).toBe(303);
      const tb = (await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', training).executeTakeFirstOrThrow()).id;
      expect((await s.post(`/hassleholm/personal/aktiviteter/${training}/traffar/${(await sessions(training))[0]}/narvaro`, { present: tb })).status).toBe(303);
    });
    const stats = await yearlyEventStats(t.db, t.seeds.get('hassleholm')!.tenantId, 2028);
    expect(stats).toEqual({
      events: 2, sessions: 3, places: 40, bookings: 2, namedParticipants: 1, headCount: 19, noShows: 1, lateCancellations: 1,
      byTargetGroup: {
        older: { events: 1, sessions: 2, participants: 8 }, all: { events: 1, sessions: 1, participants: 12 },
        disability: { events: 0, sessions: 0, participants: 0 }, mental_health: { events: 0, sessions: 0, participants: 0 },
        substance_use: { events: 0, sessions: 0, participants: 0 }, long_term_illness: { events: 0, sessions: 0, participants: 0 },
        dementia: { events: 0, sessions: 0, participants: 0 },
      },
      trainings: { events: 1, sessions: 1, namedParticipants: 1 },
    });
    // Another municipality's year is its own (and an empty year is all zeros).
    const empty = await yearlyEventStats(t.db, 'no-such-tenant', 2028);
    expect([empty.events, empty.sessions, empty.bookings]).toEqual([0, 0, 0]);
  });
});
