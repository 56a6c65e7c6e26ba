// HTTP tests of the events module on every dialect, the staff side: the editor's checks,
// managing an event's life, scope and permissions, booking on a carer's behalf, participants
// and attendance, and ambassador days. Public side: events-public.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, count, createEvent, validEvent } from '../../../test/events.js';
import { attendedTrainingsByUsers } from './service.js';

describe.each(DIALECTS)('staff managing events on %s', (dialect) => {
  let t: TestApp;
  let specialist: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
  });
  afterAll(async () => t?.close());

  it('validates the editor: past dates, capacity 0 or negative, end before start, unknown fields', async () => {
    const before = await count(t, 'events');
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ firstDate: '2026-11-01' }, 'firstDate', 'redan varit'],
      [{ capacity: '0' }, 'capacity', 'mellan 1 och 1000'],
      [{ capacity: '-4' }, 'capacity', 'mellan 1 och 1000'],
      [{ capacity: 'tio' }, 'capacity', 'mellan 1 och 1000'],
      [{ endTime: '17:00' }, 'endTime', 'efter starttiden'],
      [{ audience: [] }, 'audience', 'minst en målgrupp'],
      [{ placeName: '' }, 'placeName', 'var ni träffas'],
      [{ online: 'on', onlineLink: 'javascript:alert(1)' }, 'onlineLink', 'https://'],
      [{ title: 'x'.repeat(121) }, 'title', 'Högst 120 tecken'],
      [{ firstDate: '2027-03-28', startTime: '02:30', endTime: '03:30', count: '1' }, 'startTime', 'sommartid'],
      [{ leaderUserIds: '00000000-0000-4000-8000-000000000000' }, 'leaderUserIds', 'ur listan'],
      [{ evil: 'x' }, '_form', 'okända fält'],
    ];
    for (const [over, field, message] of cases) {
      const form = validEvent(over);
      if (Array.isArray(over.audience) && over.audience.length === 0) delete form.audience;
      const res = await specialist.post('/hassleholm/personal/aktiviteter', form);
      expect({ over, status: res.status }).toEqual({ over, status: 400 });
      const where = field === '_form' ? res.$('.error-summary').text() : res.$(`#f-${field}-error`).text() || res.$('.error-summary').text();
      expect({ over, where }).toEqual({ over, where: expect.stringContaining(message) });
    }
    expect(await count(t, 'events')).toBe(before);
  });

  it('lets a specialist create, edit, copy, unpublish and cancel, telling the booked', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Livscykel', capacity: '2' });
    const overview = await specialist.get(`/hassleholm/personal/aktiviteter/${id}`);
    expect(overview.status).toBe(200);
    expect(overview.$('table caption').text()).toContain('Träffar (8)');
    const { page } = await bookPublic(t, 'hassleholm', id, carer({ email: 'livscykel@exempel.se' }));
    expect(page.status).toBe(303);
    // Capacity cannot go below the places taken; publish cannot be withdrawn with bookings.
    const tooSmall = await specialist.post(`/hassleholm/personal/aktiviteter/${id}`, { ...validEvent({ capacity: '0' }), publish: undefined, firstDate: undefined, startTime: undefined, endTime: undefined, count: undefined, intervalDays: undefined });
    expect(tooSmall.status).toBe(400);
    const edit = await specialist.get(`/hassleholm/personal/aktiviteter/${id}/andra`);
    expect(edit.$('#f-title').attr('value')).toBe('Livscykel');
    const editForm = { ...validEvent({ title: 'Livscykel (ändrad)', capacity: '3' }) };
    for (const k of ['publish', 'firstDate', 'startTime', 'endTime', 'count', 'intervalDays']) delete editForm[k];
    expect((await specialist.post(`/hassleholm/personal/aktiviteter/${id}`, editForm)).status).toBe(303);
    expect((await t.db.selectFrom('events').select(['title', 'capacity']).where('id', '=', id).executeTakeFirstOrThrow())).toEqual({ title: 'Livscykel (ändrad)', capacity: 3 });
    const unpublish = await specialist.post(`/hassleholm/personal/aktiviteter/${id}/avpublicera`);
    expect(unpublish.status).toBe(400);
    expect(unpublish.$('.error-summary').text()).toContain('Ställ in aktiviteten i stället');
    // Copy: the editor comes prefilled for the next round, after the last session.
    const copy = await specialist.get(`/hassleholm/personal/aktiviteter/ny?kopia=${id}`);
    expect(copy.$('#f-title').attr('value')).toBe('Livscykel (ändrad)');
    expect(copy.$('#f-startTime').attr('value')).toBe('17:30');
    expect(copy.$('#f-firstDate').attr('value')! > '2027-01-19').toBe(true);
    // Cancel: the booked person gets a message through the outbox.
    expect((await specialist.get(`/hassleholm/personal/aktiviteter/${id}/installa`)).status).toBe(200);
    expect((await specialist.post(`/hassleholm/personal/aktiviteter/${id}/installa`, { confirm: 'yes', reason: 'Lokalen är stängd.' })).status).toBe(303);
    const notice = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `events:${id}:%:event-cancelled`).execute();
    expect(notice.map((n) => n.recipient)).toEqual(['livscykel@exempel.se']);
    expect(notice[0].body_text).toContain('Lokalen är stängd.');
    const statuses = await t.db.selectFrom('event_bookings').select('status').where('event_id', '=', id).execute();
    expect(statuses.map((s) => s.status)).toEqual(['cancelled']);
    const pub = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}`);
    expect(text(pub)).toContain('Aktiviteten är inställd');
  });

  it('keeps staff out by permission and unit scope: 303, 403, 404', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Omfattning' });
    const citizen = new Agent(t.app);
    const res = await citizen.get('/hassleholm/personal/aktiviteter');
    expect(res.status).toBe(303);
    expect(res.location).toContain('/hassleholm/personal/logga-in');
    const staff = await signIn(t.app, 'hassleholm', t.seeds.get('hassleholm')!.data.staff.find((s) => s.roles.every((r) => r.role === 'staff'))!.email);
    expect((await staff.get('/hassleholm/personal/aktiviteter')).status).toBe(403);
    expect((await staff.get(`/hassleholm/personal/aktiviteter/${id}/deltagare`)).status).toBe(403);
    expect((await staff.post('/hassleholm/personal/aktiviteter', validEvent())).status).toBe(403);
    expect((await staff.get('/hassleholm/personal/aktiviteter/boka')).status).toBe(403);
    // A specialist of another unit (BUS) does not see the carer-support unit's events.
    const bus = await signIn(t.app, 'hassleholm', t.seeds.get('hassleholm')!.data.staff.find((s) => s.key === 'behandlare-bus')!.email);
    expect((await bus.get(`/hassleholm/personal/aktiviteter/${id}`)).status).toBe(404);
    expect((await bus.get(`/hassleholm/personal/aktiviteter/${id}/deltagare`)).status).toBe(404);
    expect((await bus.post(`/hassleholm/personal/aktiviteter/${id}/installa`, { confirm: 'yes' })).status).toBe(404);
    const busList = await bus.get('/hassleholm/personal/aktiviteter');
    expect(text(busList)).not.toContain('Omfattning');
    // Another municipality's specialist: not found.
    const other = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    expect((await other.get(`/sodertalje/personal/aktiviteter/${id}`)).status).toBe(404);
    expect((await other.post(`/sodertalje/personal/aktiviteter/${id}/installa`, { confirm: 'yes' })).status).toBe(404);
    // CSRF on staff forms.
    expect((await specialist.post(`/hassleholm/personal/aktiviteter/${id}/installa`, { confirm: 'yes' }, { csrf: null })).status).toBe(403);
    expect((await t.db.selectFrom('events').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('published');
  });

  it('lets staff book on a carer’s behalf with the same outcome, audited', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Telefonbokning', capacity: '4' });
    const ambassador = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'ambassador').email);
    const list = await ambassador.get('/hassleholm/personal/aktiviteter/boka');
    expect(list.status).toBe(200);
    expect(text(list)).toContain('Telefonbokning');
    expect((await ambassador.get('/hassleholm/personal/aktiviteter')).status).toBe(403);
    const form = await ambassador.get(`/hassleholm/personal/aktiviteter/boka/${id}`);
    expect(form.$('#f-name').length).toBe(1);
    const bad = await ambassador.post(`/hassleholm/personal/aktiviteter/boka/${id}`, { name: 'Ringde' });
    expect(bad.status).toBe(400);
    const res = await ambassador.post(`/hassleholm/personal/aktiviteter/boka/${id}`, { name: 'Ringde in', phone: '0451-123 45' });
    expect(res.status).toBe(303);
    const done = await ambassador.get(res.location!);
    expect(done.status).toBe(200);
    const link = done.$('a.private-link').attr('href')!;
    expect(link).toMatch(/\/hassleholm\/bokning\/[A-Za-z0-9_-]{43}$/);
    const row = await t.db.selectFrom('event_bookings').selectAll().where('event_id', '=', id).executeTakeFirstOrThrow();
    expect(row.booked_by_user_id).not.toBeNull();
    expect(row.status).toBe('booked');
    // The carer's private link works the same; the SMS went to the phone.
    const carerPage = await new Agent(t.app).get(new URL(link).pathname);
    expect(text(carerPage)).toContain('Tack! Du har en plats.');
    const sms = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', `events:${id}:${row.id}:booked`).executeTakeFirstOrThrow();
    expect([sms.channel, sms.recipient]).toEqual(['sms', '045112345']);
    // Another staff member cannot open the outcome page.
    expect((await specialist.get(res.location!)).status).toBe(404);
    const audits = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    expect(audits.map((x) => x.action)).toEqual(expect.arrayContaining(['event_booking.create', 'event_booking.read']));
  });

  it('shows participants (audited), exports CSV safe from formula injection, and records attendance', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Närvaroprov', firstDate: '2026-11-26', count: '2' });
    await bookPublic(t, 'hassleholm', id, carer({ name: '=HYPERLINK("http://x")', email: 'formel@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Uteblir', email: 'uteblir@exempel.se' }));
    const auditsBefore = await count(t, 'audit_log');
    const list = await specialist.get(`/hassleholm/personal/aktiviteter/${id}/deltagare`);
    expect(list.status).toBe(200);
    expect(text(list)).toContain('formel@exempel.se');
    expect(await count(t, 'audit_log')).toBeGreaterThan(auditsBefore);
    const csv = await specialist.get(`/hassleholm/personal/aktiviteter/${id}/deltagare.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.body).not.toMatch(/(^|;)"=/m);
    const exported = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).where('action', '=', 'event_booking.export').execute();
    expect(exported.length).toBe(1);

    const overview = await specialist.get(`/hassleholm/personal/aktiviteter/${id}`);
    const sessionHref = overview.$('table a[href*="/traffar/"]').first().attr('href')!;
    const early = await specialist.post(`${sessionHref}/narvaro`, { headCount: '3' });
    expect(early.status).toBe(400);
    expect(early.$('.error-summary').text()).toContain('när träffen har börjat');
    t.clock.set('2026-11-26T18:00:00.000Z');
    try {
      // Hours later: the staff session has expired, so sign in again.
      const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
      const sessionPage = await staff.get(sessionHref);
      const boxes = sessionPage.$('input[name="present"]');
      expect(boxes.length).toBe(2);
      const present = boxes.filter((_, e) => sessionPage.$(`label[for="${sessionPage.$(e).attr('id')}"]`).text().startsWith('=')).attr('value')!;
      const wrong = await staff.post(`${sessionHref}/narvaro`, { present: '00000000-0000-4000-8000-000000000000' });
      expect(wrong.status).toBe(400);
      const bad = await staff.post(`${sessionHref}/narvaro`, { headCount: '-2' });
      expect(bad.status).toBe(400);
      expect((await staff.post(`${sessionHref}/narvaro`, { present, headCount: '4' })).status).toBe(303);
      const rows = await t.db.selectFrom('event_attendance').select(['attended']).where('session_id', '=', sessionHref.split('/').pop()!).orderBy('attended').execute();
      expect(rows.map((r) => r.attended)).toEqual([0, 1]);
      const session = await t.db.selectFrom('event_sessions').select('head_count').where('id', '=', sessionHref.split('/').pop()!).executeTakeFirstOrThrow();
      expect(session.head_count).toBe(4);
    } finally {
      t.clock.set('2026-11-25T09:00:00.000Z');
      specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    }
  });

  it('lets ambassadors sign up for ambassador days and feeds their training history', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Temadag för ombud', audience: ['ambassadors'], firstDate: '2026-11-27', startTime: '08:30', endTime: '12:00', count: '1' });
    const amb = demoUser(t, 'hassleholm', 'ambassador');
    const agent = await signIn(t.app, 'hassleholm', amb.email);
    const list = await agent.get('/hassleholm/personal/utbildningar');
    expect(list.status).toBe(200);
    expect(text(list)).toContain('Temadag för ombud');
    expect((await agent.post(`/hassleholm/personal/utbildningar/${id}/anmal`, {})).status).toBe(303);
    const again = await agent.post(`/hassleholm/personal/utbildningar/${id}/anmal`, {});
    expect(again.status).toBe(400);
    expect(again.$('.error-summary').text()).toContain('redan anmäld');
    const userId = t.seeds.get('hassleholm')!.userIds.get(amb.key)!;
    const booking = await t.db.selectFrom('event_bookings').selectAll().where('event_id', '=', id).executeTakeFirstOrThrow();
    expect(booking.user_id).toBe(userId);
    t.clock.set('2026-11-27T09:00:00.000Z');
    try {
      const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
      const overview = await staff.get(`/hassleholm/personal/aktiviteter/${id}`);
      const sessionHref = overview.$('table a[href*="/traffar/"]').first().attr('href')!;
      expect((await staff.post(`${sessionHref}/narvaro`, { present: booking.id })).status).toBe(303);
    } finally {
      t.clock.set('2026-11-25T09:00:00.000Z');
    }
    const history = await attendedTrainingsByUsers(t.db, t.seeds.get('hassleholm')!.tenantId, [userId, 'nobody'], new Date('2026-01-01'));
    expect(history.nobody).toEqual([]);
    expect(history[userId].map((h) => h.title)).toContain('Temadag för ombud');
    // The demo's past ambassador day counts too (seeded relative to the seed time).
    expect(history[userId].some((h) => h.title.startsWith('Anhörigombudsdag'))).toBe(true);
  });
});
