// HTTP tests of the events module on every dialect, the public side: the calendar and its
// filters, booking by a carer through the public form and the private link, bookings refused
// (bad input, one address's cap, closed booking) and CSRF. Staff side: events-staff.test.ts.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, count, createEvent } from '../../../test/events.js';

describe.each(DIALECTS)('public events and booking on %s', (dialect) => {
  let t: TestApp;
  let specialist: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
  });
  afterAll(async () => t?.close());

  it('shows each municipality its own public events, with filters, and keeps ambassador days out', async () => {
    const a = new Agent(t.app);
    const page = await a.get('/hassleholm/aktiviteter');
    expect(page.status).toBe(200);
    const titles = page.$('.cards h3').map((_, e) => page.$(e).text()).get();
    expect(titles).toContain('Anhörigcirkel med Röda Korset');
    expect(titles.some((x) => x.startsWith('Anhörigombudsdag'))).toBe(false);
    expect(titles).not.toContain('Kvällsgrupp för anhöriga inom psykiatrin'); // Södertälje's
    const lectures = await a.get('/hassleholm/aktiviteter?type=lecture');
    expect(lectures.$('.cards h3').map((_, e) => lectures.$(e).text()).get()).toEqual(['Anhörigforum: föreläsningsvecka']);
    const older = await a.get('/hassleholm/aktiviteter?group=substance_use');
    // Events for every target group match any group; the dementia group (older) does not.
    expect(text(older)).not.toContain('Anhöriggrupp demens');
    const bogus = await a.get('/hassleholm/aktiviteter?type=<script>&month=2026-13&group=x');
    expect(bogus.status).toBe(200);
    expect(bogus.body).not.toContain('<script>');
    const nextYear = await a.get('/hassleholm/aktiviteter?month=2030-01');
    expect(nextYear.$('.cards').length).toBe(0);
    expect(text(nextYear)).toContain('Inga aktiviteter');
  });

  it('gives 404 for unknown, malformed, draft, staff-only and other municipalities’ events', async () => {
    const a = new Agent(t.app);
    expect((await a.get('/hassleholm/aktiviteter/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await a.get('/hassleholm/aktiviteter/nope')).status).toBe(404);
    const sod = await a.get('/sodertalje/aktiviteter');
    const href = sod.$('.cards h3 a').first().attr('href')!;
    expect((await a.get(href)).status).toBe(200);
    expect((await a.get(href.replace('/sodertalje/', '/hassleholm/'))).status).toBe(404);
    const draft = await createEvent(specialist, 'hassleholm', { publish: 'no', title: 'Utkastgrupp' });
    expect((await a.get(`/hassleholm/aktiviteter/${draft}`)).status).toBe(404);
    const training = await createEvent(specialist, 'hassleholm', { audience: ['ambassadors'], title: 'Intern utbildning' });
    expect((await a.get(`/hassleholm/aktiviteter/${training}`)).status).toBe(404);
    expect((await a.post(`/hassleholm/aktiviteter/${training}/boka`, carer())).status).toBe(404);
  });

  it('lets a carer book with an alias and e-mail, see, change and cancel through the private link', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Bokningsprov', capacity: '5' });
    const { token, url } = await bookPublic(t, 'hassleholm', id, carer({ name: 'Sol', email: 'Sol@Exempel.se', hearingLoop: 'on', interpreter: 'arabiska' }));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored.
    const row = await t.db.selectFrom('event_bookings').selectAll().where('event_id', '=', id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.email).toBe('sol@exempel.se');
    const a = new Agent(t.app);
    const page = await a.get(url);
    expect(page.status).toBe(200);
    expect(text(page)).toContain('Tack! Du har en plats.');
    expect(text(page)).toContain('Vi har skickat en bekräftelse till sol@exempel.se');
    expect(page.$('a[href$="/kalender.ics"]').length).toBe(1);
    const ics = await a.get(`/hassleholm/bokning/${token}/kalender.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body.match(/BEGIN:VEVENT/g)?.length).toBe(8);
    const mail = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', `events:${id}:${row.id}:booked`).executeTakeFirstOrThrow();
    expect(mail.recipient).toBe('sol@exempel.se');
    expect(mail.body_text).toContain(`/hassleholm/bokning/${token}`);
    expect(JSON.parse(mail.attachments!)[0].content).toContain('BEGIN:VCALENDAR');

    const changed = await a.post(`/hassleholm/bokning/${token}/andra`, { name: 'Sol B', email: '', phone: '070-123 45 67', diet: 'Glutenfri' });
    expect(changed.status).toBe(303);
    const after = await t.db.selectFrom('event_bookings').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect([after.name, after.email, after.phone]).toEqual(['Sol B', null, '0701234567']);
    const badChange = await a.post(`/hassleholm/bokning/${token}/andra`, { name: '', email: '', phone: '' });
    expect(badChange.status).toBe(400);
    expect(badChange.$('.error-summary').text()).toContain('Fyll i e-post eller telefonnummer');

    expect((await a.post(`/hassleholm/bokning/${token}/avboka`, { confirm: 'yes' })).status).toBe(303);
    const cancelled = await a.get(url.split('?')[0]);
    expect(text(cancelled)).toContain('Bokningen är avslutad');
    expect(cancelled.$('a[href$="/avboka"]').length).toBe(0);
    const again = await a.post(`/hassleholm/bokning/${token}/avboka`, { confirm: 'yes' });
    expect(again.status).toBe(400);
    const ev = await t.db.selectFrom('events').select('places_taken').where('id', '=', id).executeTakeFirstOrThrow();
    expect(ev.places_taken).toBe(0);
    // A made-up or another municipality's token is simply not found.
    expect((await a.get(`/hassleholm/bokning/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await a.get(`/sodertalje/bokning/${token}`)).status).toBe(404);
    expect((await a.get('/hassleholm/bokning/short')).status).toBe(404);
  });

  it('refuses bad bookings with clear messages and stores nothing', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Felprov', capacity: '3' });
    const a = new Agent(t.app);
    await a.get(`/hassleholm/aktiviteter/${id}/boka`);
    const before = await count(t, 'event_bookings');
    const cases: [Record<string, string>, string][] = [
      [{}, 'Skriv ditt namn eller ett alias'],
      [{ name: '', email: 'kim@exempel.se' }, 'Skriv ditt namn eller ett alias'],
      [{ name: 'Kim' }, 'Fyll i e-post eller telefonnummer'],
      [{ name: 'Kim', email: 'inte-en-adress' }, 'giltig e-postadress'],
      [{ name: 'Kim', phone: 'ring mig' }, 'telefonnummer'],
      [{ name: 'x'.repeat(81), email: 'kim@exempel.se' }, 'Högst 80 tecken'],
      [{ name: 'Kim', email: 'kim@exempel.se', evil: '1' }, 'okända fält'],
      [{ name: 'Kim', email: 'kim@exempel.se', hearingLoop: 'kanske' }, 'alternativen'],
    ];
    for (const [form, message] of cases) {
      const res = await a.post(`/hassleholm/aktiviteter/${id}/boka`, form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
      expect(res.$('title').text()).toMatch(/^Det finns problem i formuläret: /);
    }
    expect(await count(t, 'event_bookings')).toBe(before);
    // Unknown event, another municipality's event.
    expect((await a.post('/hassleholm/aktiviteter/00000000-0000-4000-8000-000000000000/boka', carer())).status).toBe(404);
    const sod = await new Agent(t.app).get('/sodertalje/aktiviteter');
    const sodId = sod.$('.cards h3 a').first().attr('href')!.split('/').pop()!;
    expect((await a.post(`/hassleholm/aktiviteter/${sodId}/boka`, carer())).status).toBe(404);
    // One address, one booking: the second (and the ten-thousandth) is refused.
    await bookPublic(t, 'hassleholm', id, carer({ email: 'samma@exempel.se' }));
    for (let i = 0; i < 3; i++) {
      const dup = await a.post(`/hassleholm/aktiviteter/${id}/boka`, carer({ email: 'SAMMA@exempel.se', name: `Kopia ${i}` }));
      expect(dup.status).toBe(400);
      expect(dup.$('.error-summary').text()).toContain('Det finns redan en bokning');
    }
    expect(await count(t, 'event_bookings')).toBe(before + 1);
    // CSRF: without the token nothing is stored.
    const noCsrf = await a.post(`/hassleholm/aktiviteter/${id}/boka`, carer({ email: 'csrf@exempel.se' }), { csrf: null });
    expect(noCsrf.status).toBe(403);
    expect(await count(t, 'event_bookings')).toBe(before + 1);
  });

  it('caps the active bookings of one address across events', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) ids.push(await createEvent(specialist, 'hassleholm', { title: `Kapacitetsprov ${i}`, count: '1' }));
    for (const id of ids.slice(0, 10)) await bookPublic(t, 'hassleholm', id, carer({ email: 'flitig@exempel.se' }));
    const a = new Agent(t.app);
    await a.get(`/hassleholm/aktiviteter/${ids[10]}/boka`);
    const res = await a.post(`/hassleholm/aktiviteter/${ids[10]}/boka`, carer({ email: 'flitig@exempel.se' }));
    expect(res.status).toBe(400);
    expect(res.$('.error-summary').text()).toContain('högst 10 bokningar');
  });

  it('says when booking is closed: cancelled, started or not yet open', async () => {
    const a = new Agent(t.app);
    const opensLater = await createEvent(specialist, 'hassleholm', { title: 'Öppnar senare', bookingOpens: '2026-11-28T09:00' });
    const page = await a.get(`/hassleholm/aktiviteter/${opensLater}`);
    expect(text(page)).toContain('Bokningen öppnar 28 november 2026 kl. 09.00');
    const cancelled = await createEvent(specialist, 'hassleholm', { title: 'Ställs in' });
    expect((await specialist.post(`/hassleholm/personal/aktiviteter/${cancelled}/installa`, { confirm: 'yes', reason: 'Ledaren är sjuk.' })).status).toBe(303);
    await a.get(`/hassleholm/aktiviteter/${cancelled}/boka`);
    const res = await a.post(`/hassleholm/aktiviteter/${cancelled}/boka`, carer({ email: 'sent@exempel.se' }));
    expect(res.status).toBe(400);
    expect(res.$('.error-summary, .banner').text()).toContain('inställd');
    const started = await createEvent(specialist, 'hassleholm', { title: 'Har börjat', firstDate: '2026-11-25', startTime: '12:00', endTime: '13:00', count: '3' });
    t.clock.advance(4 * 3600_000);
    try {
      const late = await a.post(`/hassleholm/aktiviteter/${started}/boka`, carer({ email: 'sen@exempel.se' }));
      expect(late.status).toBe(400);
      expect(text(late)).toContain('Gruppen har redan startat');
    } finally {
      t.clock.advance(-4 * 3600_000);
    }
  });
});
