// The iCalendar feed and per-booking files, read back with a real iCalendar parser (ical.js):
// local Stockholm times stay right across the changes to and from summer time, the text is
// RFC 5545 shaped (CRLF, folded lines of at most 75 octets, UTC 'Z' times).
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, createEvent } from '../../../test/events.js';

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid, summary: e.summary, location: e.location, description: e.description,
      start: DateTime.fromJSDate(e.startDate.toJSDate(), { zone: 'Europe/Stockholm' }),
      end: DateTime.fromJSDate(e.endDate.toJSDate(), { zone: 'Europe/Stockholm' }),
    };
  });
}

function checkShape(ics: string) {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const lines = ics.split('\r\n');
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const starts = lines.filter((l) => l.startsWith('DTSTART'));
  expect(starts.length).toBeGreaterThan(0);
  for (const l of [...starts, ...lines.filter((x) => x.startsWith('DTEND'))]) expect(l).toMatch(/^DT(START|END):\d{8}T\d{6}Z$/);
  expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(lines.filter((l) => l === 'END:VEVENT').length);
}

describe('iCalendar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp('sqlite', { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('keeps 17:30 local across the change to and from summer time, in a feed a real parser reads', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    // Tuesdays over 28 March 2027 (to summer time) and over 31 October 2027 (back).
    const spring = await createEvent(staff, 'hassleholm', { title: 'Vårgrupp, lång beskrivning med å, ä och ö som ska vikas på rätt sätt i kalenderfilen', firstDate: '2027-03-16', count: '4' });
    const autumn = await createEvent(staff, 'hassleholm', { title: 'Höstgrupp', firstDate: '2027-10-19', count: '4' });
    const res = await new Agent(t.app).get('/hassleholm/aktiviteter.ics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    checkShape(res.body);
    const events = parse(res.body);
    for (const id of [spring, autumn]) {
      const mine = events.filter((e) => e.description.includes(id));
      expect(mine.length).toBe(4);
      for (const e of mine) {
        expect(e.start.toFormat('HH:mm')).toBe('17:30');
        expect(e.end.toFormat('HH:mm')).toBe('19:00');
        expect(e.start.weekday).toBe(2);
      }
      // The UTC instants differ by an hour across the change: the wall clock does not.
      expect(new Set(mine.map((e) => e.start.toUTC().hour)).size).toBe(2);
    }
    const springDates = events.filter((e) => e.description.includes(spring)).map((e) => e.start.toFormat('yyyy-MM-dd'));
    expect(springDates).toEqual(['2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06']);
    expect(events.find((e) => e.description.includes(spring))!.summary).toContain('å, ä och ö');
    // The public feed never carries an online meeting link.
    const online = await createEvent(staff, 'hassleholm', { title: 'Onlineträff', online: 'on', onlineLink: 'https://mote.exempel.se/hemlig', placeName: '' });
    const feed = await new Agent(t.app).get('/hassleholm/aktiviteter.ics');
    expect(feed.body).not.toContain('hemlig');
    const { token } = await bookPublic(t, 'hassleholm', online, carer({ email: 'online@exempel.se' }));
    const mine = await new Agent(t.app).get(`/hassleholm/bokning/${token}/kalender.ics`);
    checkShape(mine.body);
    expect(parse(mine.body)[0].description).toContain('https://mote.exempel.se/hemlig');
  });
});

describe.each(DIALECTS)('iCalendar updates on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')), sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
    status: String(v.getFirstPropertyValue('status') ?? ''), description: String(v.getFirstPropertyValue('description') ?? ''),
    start: String(v.getFirstPropertyValue('dtstart')),
  }));

  it('counts SEQUENCE up on every change, marks cancelled sessions, gives a booking its own UID, and sets no cookie on the feed', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { title: 'Sekvensgrupp', firstDate: '2027-02-02', count: '3' });
    const { token } = await bookPublic(t, 'hassleholm', id, carer({ email: 'sekvens@exempel.se' }));
    const feed = async () => {
      const res = await new Agent(t.app).get('/hassleholm/aktiviteter.ics');
      expect(res.headers['set-cookie']).toBeUndefined();
      return vevents(res.body).filter((e) => e.description.includes(id)).sort((a, b) => a.start.localeCompare(b.start));
    };
    const before = await feed();
    expect(before.map((e) => e.sequence)).toEqual([0, 0, 0]);
    expect(before.every((e) => e.status === 'CONFIRMED')).toBe(true);

    const sessions = await t.db.selectFrom('event_sessions').select('id').where('event_id', '=', id).orderBy('starts_at').execute();
    const page = await staff.get(`/hassleholm/personal/aktiviteter/${id}/traffar/${sessions[0].id}`);
    expect(page.status).toBe(200);
    expect((await staff.post(`/hassleholm/personal/aktiviteter/${id}/traffar/${sessions[0].id}/flytta`, { date: '2027-02-03', startTime: '18:00', endTime: '19:30' })).status).toBe(303);
    expect((await staff.post(`/hassleholm/personal/aktiviteter/${id}/traffar/${sessions[1].id}/installa`, { confirm: 'yes' })).status).toBe(303);
    const after = await feed();
    const moved = after.find((e) => e.uid === `${sessions[0].id}@bredvid`)!;
    const cancelled = after.find((e) => e.uid === `${sessions[1].id}@bredvid`)!;
    const untouched = after.find((e) => e.uid === `${sessions[2].id}@bredvid`)!;
    expect(moved.sequence).toBe(1);
    expect(moved.start).toContain('2027-02-03');
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(0);
    expect(untouched.sequence).toBe(0);

    const mine = await new Agent(t.app).get(`/hassleholm/bokning/${token}/kalender.ics`);
    const uids = vevents(mine.body).map((e) => e.uid);
    expect(uids.length).toBeGreaterThan(0);
    for (const uid of uids) {
      expect(after.map((e) => e.uid)).not.toContain(uid);
      expect(uid).toMatch(/^[0-9a-f-]{36}\.[0-9a-f-]{36}@bredvid$/);
    }
  });

  it('keeps a cancelled published event in the feed as STATUS:CANCELLED with a higher SEQUENCE, and never shows a cancelled draft', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const feed = async (id: string) => vevents((await new Agent(t.app).get('/hassleholm/aktiviteter.ics')).body).filter((e) => e.description.includes(id));
    const published = await createEvent(staff, 'hassleholm', { title: 'Inställd grupp', firstDate: '2027-03-02', count: '2' });
    const before = await feed(published);
    expect(before.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect((await staff.post(`/hassleholm/personal/aktiviteter/${published}/installa`, { confirm: 'yes', reason: 'Ledaren är sjuk' })).status).toBe(303);
    const after = await feed(published);
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    for (const e of after) {
      expect(e.status).toBe('CANCELLED');
      expect(e.sequence).toBeGreaterThan(before.find((b) => b.uid === e.uid)!.sequence);
    }
    // Not on the public events list any more.
    expect((await new Agent(t.app).get('/hassleholm/aktiviteter')).body).not.toContain(`/hassleholm/aktiviteter/${published}"`);

    const draft = await createEvent(staff, 'hassleholm', { title: 'Utkast som ställs in', firstDate: '2027-03-03', count: '1', publish: '' });
    expect((await staff.post(`/hassleholm/personal/aktiviteter/${draft}/installa`, { confirm: 'yes' })).status).toBe(303);
    expect(await feed(draft)).toEqual([]);
  });
});
