// Browser journeys for groups and events, with axe on every page:
// 1. A carer on a phone without JavaScript finds an evening group, books it with an alias and
//    an e-mail, receives the confirmation (read from a loopback SMTP server) with a working
//    .ics, cancels through the private link; the next person in the queue is offered the
//    place and told.
// 2. A carer who reads Arabic switches the language, finds a group and books it right to left,
//    with the form, its messages and the confirmation in Arabic.
// 3. A specialist books on a carer's behalf (a phone booking) and records attendance.
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { Agent, demoUser, signIn } from '../test/harness.js';
import { deliverDue, smtpSender } from '../src/platform/mail/outbox.js';
import { bookPublic, carer, createEvent } from '../test/events.js';

interface Mail {
  to: string[];
  raw: string;
}

/** The decoded body of the MIME part whose headers match (quoted-printable or base64). */
function mimePart(raw: string, headerMatch: RegExp): string | undefined {
  for (const part of raw.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!headerMatch.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n--[^\r\n]*--\s*$/, '');
    if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    return body;
  }
  return undefined;
}

describe('groups and events in a real browser', () => {
  let rig: BrowserRig;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  let deliver: () => Promise<void>;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    rig = await startRig({ slugs: ['hassleholm'] });
    const sender = smtpSender({ ...rig.t.config, SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` })!;
    deliver = async () => void (await deliverDue(rig.t.db, sender, rig.t.clock.now(), 100));
  });
  afterAll(async () => {
    await rig?.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('lets a carer on a phone without JavaScript book an evening group, get the e-mail with a working .ics and cancel; the next in line is told', async () => {
    const staff = await signIn(rig.t.app, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', {
      title: 'Kvällsgrupp för anhöriga', summary: 'Sex torsdagskvällar i liten grupp, med fika.', capacity: '2', firstDate: '2026-12-03',
      startTime: '18:00', endTime: '19:30', count: '6', targetGroups: ['long_term_illness'],
    });
    await bookPublic(rig.t, 'hassleholm', id, carer({ name: 'Redan bokad', email: 'redan@exempel.se' }));

    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await page.goto('/hassleholm/aktiviteter');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-calendar-phone.png', fullPage: true });
    // Filter without JavaScript: a plain GET form.
    await page.selectOption('#f-group', 'long_term_illness');
    await page.getByRole('button', { name: 'Visa aktiviteter' }).click();
    await expect.poll(() => page.url()).toContain('group=long_term_illness');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Kvällsgrupp för anhöriga' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kvällsgrupp för anhöriga');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-event-phone.png', fullPage: true });
    await page.getByRole('link', { name: 'Boka plats' }).click();
    await expectNoAxeViolations(page);
    // A mistake first: the error summary, tied to the fields.
    await page.getByLabel('Namn eller alias').fill('Lönnen');
    await page.getByRole('button', { name: 'Boka' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByLabel('E-postadress').fill('lonnen@exempel.se');
    await page.getByLabel('Jag behöver hörslinga').check();
    await page.getByRole('button', { name: 'Boka' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Din bokning');
    expect(await page.locator('main').textContent()).toContain('Tack! Du har en plats.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-booked-phone.png', fullPage: true });
    const privatePath = new URL(page.url()).pathname;

    // Someone else books now and lands in the queue.
    const next = await bookPublic(rig.t, 'hassleholm', id, carer({ name: 'Nästa i kön', email: 'nasta@exempel.se' }));
    expect(next.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await deliver();
    const confirmation = mails.find((m) => m.to.includes('lonnen@exempel.se'));
    expect(confirmation).toBeDefined();
    const text = mimePart(confirmation!.raw, /content-type:\s*text\/plain/i)!;
    expect(text).toContain('Du har en plats på Kvällsgrupp för anhöriga.');
    expect(text).toContain(privatePath);
    const ics = mimePart(confirmation!.raw, /bokning\.ics/i)!;
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).toHaveLength(6);
    for (const v of vevents) {
      const start = DateTime.fromJSDate(v.startDate.toJSDate(), { zone: 'Europe/Stockholm' });
      expect([start.weekday, start.toFormat('HH:mm')]).toEqual([4, '18:00']);
      expect(v.summary).toBe('Kvällsgrupp för anhöriga');
    }

    // The link from the e-mail: cancel.
    await page.goto(privatePath);
    await expectNoAxeViolations(page);
    // "Avboka min plats" leads to a confirmation step; nothing is cancelled before "Ja, avboka".
    await page.getByRole('link', { name: 'Avboka min plats' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, avboka' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Din bokning är avbokad.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-cancelled-phone.png', fullPage: true });

    await deliver();
    const offer = mails.find((m) => m.to.includes('nasta@exempel.se') && /En plats har blivit ledig/.test(mimePart(m.raw, /text\/plain/i) ?? ''));
    expect(offer).toBeDefined();
    const offerText = mimePart(offer!.raw, /text\/plain/i)!;
    expect(offerText).toContain(`/hassleholm/bokning/${next.token}`);
    expect(offerText).toMatch(/Bekräfta senast \d+ \w+ 2026 kl\. \d\d\.\d\d/);
    // The promoted person confirms from a phone without JavaScript.
    await page.goto(`/hassleholm/bokning/${next.token}`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, jag vill ha platsen' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Platsen är din.');
    await ctx.close();
  });

  it('lets a carer book in Arabic, right to left, with the form, its messages and the confirmation in Arabic', async () => {
    const staff = await signIn(rig.t.app, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', {
      title: 'Samtalsgrupp på lördagar', summary: 'Tre lördagar med samtal och fika.', capacity: '8', firstDate: '2026-12-05', count: '3',
    });
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await page.goto('/hassleholm/aktiviteter');
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('h1').textContent()).toBe('الأنشطة');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-calendar-ar-phone.png', fullPage: true });
    await page.getByRole('link', { name: 'Samtalsgrupp på lördagar' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Samtalsgrupp på lördagar');
    expect(await page.locator('h1').getAttribute('lang')).toBe('sv');
    expect(await page.locator('main table td').first().textContent()).toContain('السبت 5 ديسمبر 2026');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'احجز مقعدًا' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('الاسم أو اسم مستعار').fill('نور');
    await page.getByRole('button', { name: 'احجز', exact: true }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    expect(await page.locator('.error-summary').textContent()).toContain('اكتب بريدًا إلكترونيًا أو رقم هاتف حتى نتمكن من التواصل معك');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-booking-error-ar-phone.png', fullPage: true });
    await page.getByLabel('البريد الإلكتروني').fill('nour@exempel.se');
    await page.getByLabel('أحتاج إلى حلقة سمعية').check();
    await page.getByRole('button', { name: 'احجز', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('حجزك');
    expect(await page.locator('main').textContent()).toContain('شكرًا! لقد حصلت على مقعد.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-booked-ar-phone.png', fullPage: true });
    const booking = await rig.t.db.selectFrom('event_bookings').select(['name', 'email', 'needs']).where('event_id', '=', id).executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ name: 'نور', email: 'nour@exempel.se' });
    expect(JSON.parse(booking.needs!)).toEqual({ hearingLoop: true });
    await ctx.close();
  });

  it('lets a specialist book on a carer’s behalf and record attendance', async () => {
    const specialist = demoUser(rig.t, 'hassleholm', 'specialist').email;
    const staffAgent = await signIn(rig.t.app, 'hassleholm', specialist);
    const id = await createEvent(staffAgent, 'hassleholm', { title: 'Temakväll om demens', type: 'theme_evening', bookingMode: 'session', count: '1', firstDate: '2026-11-30', capacity: '30' });
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', specialist);
    await page.goto('/hassleholm/personal/aktiviteter');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-staff-list.png', fullPage: true });
    await page.goto('/hassleholm/personal/aktiviteter/ny');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara och publicera' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.goto(`/hassleholm/personal/aktiviteter/${id}`);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/events-staff-event.png', fullPage: true });
    await page.getByRole('link', { name: 'Boka åt någon' }).first().click();
    await expectNoAxeViolations(page);
    await page.getByLabel(/måndag 30 november 2026/).check();
    await page.getByLabel('Namn eller alias').fill('Ringde in');
    await page.getByLabel('Telefonnummer').fill('0451-123 456');
    await page.getByLabel('Specialkost eller allergi').fill('Laktosfri');
    await page.getByRole('button', { name: 'Boka' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bokningen är gjord');
    await expectNoAxeViolations(page);
    const link = await page.locator('a.private-link').getAttribute('href');
    expect(link).toMatch(/\/hassleholm\/bokning\/[A-Za-z0-9_-]{43}$/);

    await page.goto(`/hassleholm/personal/aktiviteter/${id}/deltagare`);
    await expectNoAxeViolations(page);
    expect(await page.locator('main').textContent()).toContain('Ringde in');
    expect(await page.locator('main').textContent()).toContain('Kost: Laktosfri');
    await page.goto(`/hassleholm/personal/aktiviteter/${id}/meddelanden`);
    await expectNoAxeViolations(page);

    // The evening has started: record attendance (a fresh sign-in, hours later).
    rig.t.clock.set('2026-11-30T17:30:00.000Z');
    try {
      await signInUi(page, 'hassleholm', specialist);
      await page.goto(`/hassleholm/personal/aktiviteter/${id}`);
      await page.locator('table a[href*="/traffar/"]').first().click();
      await expectNoAxeViolations(page);
      await page.getByLabel('Ringde in').check();
      await page.getByLabel('Antal deltagare (anonymt, frivilligt)').fill('17');
      await page.getByRole('button', { name: 'Spara närvaro' }).click();
      await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Närvaron är sparad.');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: 'test-results/events-attendance.png', fullPage: true });
      const session = await rig.t.db.selectFrom('event_sessions').select(['head_count', 'attendance_recorded_at']).where('event_id', '=', id).executeTakeFirstOrThrow();
      expect(session.head_count).toBe(17);
      const att = await rig.t.db.selectFrom('event_attendance').select('attended').execute();
      expect(att.map((a) => a.attended)).toContain(1);
      // Trainings page for the same person.
      await page.goto('/hassleholm/personal/utbildningar');
      await expectNoAxeViolations(page);
    } finally {
      rig.t.clock.set('2026-11-25T09:00:00.000Z');
    }
    await ctx.close();
    expect(new Agent(rig.t.app)).toBeDefined();
  });
});
