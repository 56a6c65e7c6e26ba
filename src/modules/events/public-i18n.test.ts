// The public events pages in every content language (Arabic and Persian right to left), with
// text staff wrote marked in its own language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { bookPublic, carer, createEvent } from '../../../test/events.js';
import { formMessage, type Lang, refusalText } from './views/labels.js';
import { MESSAGES } from '../../platform/i18n/messages.js';
import { REFUSALS_SV, type RefusalKey } from './refusals.js';

const SWEDISH_WORDS = /Fältet|Fyll i|Välj|Högst|okända|bokning|Aktiviteter|Boka/;
const summary = (p: Page) => p.$('.error-summary li').map((_, li) => p.$(li).text()).get();

describe('texts of the public events pages', () => {
  it('translate every refusal and form message into English and Arabic, and lätt svenska where it differs', () => {
    const formMessagesSv = Object.entries(MESSAGES.sv).filter(([k]) => k.startsWith('form.')).map(([, v]) => v);
    for (const l of ['en', 'ar', 'fi', 'fa', 'so'] as Lang[]) {
      for (const key of Object.keys(REFUSALS_SV) as RefusalKey[]) {
        const t = refusalText({ key, at: '2026-12-20T11:00:00.000Z' }, l);
        expect({ l, key, same: t === REFUSALS_SV[key] || SWEDISH_WORDS.test(t) }).toEqual({ l, key, same: false });
      }
      for (const sv of formMessagesSv) {
        const m = formMessage(sv.replace(/\{\w+\}/g, '80'), l);
        expect({ l, sv, translated: m.translated, swedish: SWEDISH_WORDS.test(m.text) }).toEqual({ l, sv, translated: true, swedish: false });
      }
      expect(formMessage('Formuläret innehöll okända fält: evil', l).text).toMatch(/: evil$/);
      expect(formMessage('Något helt annat', l)).toEqual({ text: 'Något helt annat', translated: false });
    }
    expect(refusalText({ key: 'opensAt', at: '2026-12-20T11:00:00.000Z' }, 'en')).toBe('Booking opens 20 December 2026 at 12:00.');
    expect(refusalText({ key: 'opensAt', at: '2026-12-20T11:00:00.000Z' }, 'ar')).toBe('يبدأ الحجز في 20 ديسمبر 2026، الساعة \u206612:00\u2069.');
    expect(refusalText({ key: 'opensAt', at: '2026-12-20T11:00:00.000Z' }, 'sv-easy')).toBe('Du kan boka från 20 december 2026 kl. 12.00.');
  });
});

describe.each(DIALECTS)('public event pages in the portal’s languages on %s', (dialect) => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    id = await createEvent(staff, 'hassleholm', { title: 'Språkprovgrupp', capacity: '4', firstDate: '2026-12-01', count: '2' });
  });
  afterAll(async () => t?.close());

  it('shows the calendar in lätt svenska, English and Arabic, right to left in Arabic, marking Swedish event text', async () => {
    const cases: [string, string, string, string, 'ltr' | 'rtl'][] = [
      ['sv', 'sv', 'Aktiviteter', 'Visa aktiviteter', 'ltr'],
      ['sv-easy', 'sv', 'Aktiviteter', 'Visa', 'ltr'],
      ['en', 'en', 'Activities', 'Show activities', 'ltr'],
      ['ar', 'ar', 'الأنشطة', 'اعرض الأنشطة', 'rtl'],
    ];
    for (const [lang, htmlLang, h1, apply, dir] of cases) {
      const page = await new Agent(t.app).get(`/hassleholm/aktiviteter?lang=${lang}`);
      expect(page.status).toBe(200);
      expect([page.$('html').attr('lang'), page.$('html').attr('dir')]).toEqual([htmlLang, dir]);
      expect(page.$('main').attr('lang')).toBeUndefined();
      expect(page.$('main h1').text()).toBe(h1);
      expect(page.$('main form[role=search] button').text()).toBe(apply);
      const title = page.$(`main a[href="/hassleholm/aktiviteter/${id}"]`);
      expect(title.text()).toBe('Språkprovgrupp');
      // The title is Swedish: marked so on pages in another language (and left to right in Arabic).
      expect([title.attr('lang'), title.attr('dir')]).toEqual(htmlLang === 'sv' ? [undefined, undefined] : ['sv', dir === 'rtl' ? 'ltr' : undefined]);
      expect(page.$('main .fallback-notice, main p.muted').length).toBe(0);
    }
    const ar = await new Agent(t.app).get('/hassleholm/aktiviteter?lang=ar');
    expect(text(ar)).toContain('ديسمبر 2026');
    expect(ar.$('main [role=status]').text()).toMatch(/أنشطة|نشاط/);
    expect(ar.$('#f-group option[value=older]').text()).toBe('كبار السن');
    const en = await new Agent(t.app).get('/hassleholm/aktiviteter?lang=en');
    for (const p of [en, ar]) expect(p.$('main form[role=search]').text()).not.toMatch(/Typ av aktivitet|Din närstående|Månad/);
  });

  it('shows an event and its booking form in Arabic, and refuses in Arabic', async () => {
    const a = new Agent(t.app);
    const page = await a.get(`/hassleholm/aktiviteter/${id}?lang=ar`);
    expect(page.$('main h1').attr('lang')).toBe('sv');
    expect(page.$('main h1').attr('dir')).toBe('ltr');
    expect(page.$('main table td').first().text()).toBe('الثلاثاء 1 ديسمبر 2026، الساعة \u206617:30–19:00\u2069');
    expect(page.$('main dl dt').map((_, e) => page.$(e).text()).get()).toContain('نوع النشاط');
    expect(page.$('main a.button-primary').text()).toBe('احجز مقعدًا');
    const form = await a.get(`/hassleholm/aktiviteter/${id}/boka`);
    expect(form.$('label[for=f-name]').text()).toBe('الاسم أو اسم مستعار');
    expect(form.$('main h1 span[lang=sv]').text()).toBe('Språkprovgrupp');

    const empty = await a.post(`/hassleholm/aktiviteter/${id}/boka`, {});
    expect(empty.status).toBe(400);
    expect(empty.$('.error-summary h2').text()).toBe('هناك مشكلة');
    expect(summary(empty)).toContain('اكتب اسمك أو اسمًا مستعارًا');
    for (const m of summary(empty)) expect(m).not.toMatch(SWEDISH_WORDS);
    const badMail = await a.post(`/hassleholm/aktiviteter/${id}/boka`, { name: 'Nour', email: 'inte-en-adress' });
    expect(summary(badMail)).toEqual(['اكتب بريدًا إلكترونيًا صحيحًا، مثل name@example.com']);
    expect(badMail.$('#f-name').attr('value')).toBe('Nour');

    const booked = await a.post(`/hassleholm/aktiviteter/${id}/boka`, { name: 'Nour', email: 'nour@exempel.se' });
    expect(booked.status).toBe(303);
    const mine = await a.get(booked.location!);
    expect(mine.$('html').attr('dir')).toBe('rtl');
    expect(text(mine)).toContain('شكرًا! لقد حصلت على مقعد.');
    expect(text(mine)).toContain('أرسلنا تأكيدًا إلى nour@exempel.se.');
    const again = await a.post(`/hassleholm/aktiviteter/${id}/boka`, { name: 'Nour igen', email: 'NOUR@exempel.se' });
    expect(summary(again)).toEqual(['يوجد حجز بهذه البيانات بالفعل. استخدم الرابط الموجود في رسالة التأكيد لتغييره.']);
  });

  it('translates the messages of the booking forms and the private link in English and lätt svenska', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{}, 'Enter your name or an alias', 'Skriv ditt namn'],
      [{ name: 'Kim' }, 'Enter an e-mail address or a phone number so that we can reach you', 'Skriv din e-post eller ditt telefonnummer. Annars kan vi inte nå dig.'],
      [{ name: 'Kim', phone: 'ring mig' }, 'Enter a phone number in digits, for example 070-123 45 67', 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67'],
      [{ name: 'x'.repeat(81), email: 'kim@exempel.se' }, 'At most 80 characters', 'Du kan skriva högst 80 tecken'],
      [{ name: 'Kim', email: 'kim@exempel.se', evil: '1' }, 'The form contained unknown fields: evil', 'Något i formuläret var fel: evil'],
      [{ name: 'Kim', email: 'kim@exempel.se', hearingLoop: 'kanske' }, 'Choose one of the options', 'Välj ett av svaren'],
    ];
    for (const [lang, col] of [['en', 1], ['sv-easy', 2]] as const) {
      const a = new Agent(t.app);
      await a.get(`/hassleholm/aktiviteter/${id}/boka?lang=${lang}`);
      for (const c of cases) {
        const res = await a.post(`/hassleholm/aktiviteter/${id}/boka`, c[0]);
        expect({ lang, form: c[0], status: res.status, has: summary(res).includes(c[col]) }).toEqual({ lang, form: c[0], status: 400, has: true });
      }
    }
    // The private link refuses someone else's address on the same event in English.
    const first = await bookPublic(t, 'hassleholm', id, carer({ email: 'forsta.sprak@exempel.se' }));
    const second = await bookPublic(t, 'hassleholm', id, carer({ email: 'andra.sprak@exempel.se' }));
    const a = new Agent(t.app);
    const page = await a.get(`/hassleholm/bokning/${second.token}?lang=en`);
    expect(page.$('main h2').map((_, e) => page.$(e).text()).get()).toContain('Change your details');
    const refused = await a.post(`/hassleholm/bokning/${second.token}/andra`, { name: 'Andra', email: 'forsta.sprak@exempel.se' });
    expect(summary(refused)).toEqual(['Another booking for the same activity already has these contact details. Use the link to that booking instead.']);
    expect(refused.$('#f-email').attr('value')).toBe('forsta.sprak@exempel.se');
    expect(first.token).not.toBe(second.token);
    const unknown = await a.post(`/hassleholm/bokning/${second.token}/avboka`, { confirm: 'yes', evil: '1' });
    expect(summary(unknown)).toEqual(['The form contained unknown fields']);
  });

  it('says when booking opens in the reader’s language', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const later = await createEvent(staff, 'hassleholm', { title: 'Öppnar senare', firstDate: '2027-01-12', bookingOpens: '2026-12-20T12:00' });
    const en = await new Agent(t.app).get(`/hassleholm/aktiviteter/${later}?lang=en`);
    expect(en.$('.banner-title').text()).toContain('Booking is closed');
    expect(text(en)).toContain('Booking opens 20 December 2026 at 12:00.');
    const ar = await new Agent(t.app).get(`/hassleholm/aktiviteter/${later}/boka?lang=ar`);
    expect(text(ar)).toContain('يبدأ الحجز في 20 ديسمبر 2026');
    const sv = await new Agent(t.app).get(`/hassleholm/aktiviteter/${later}?lang=sv`);
    expect(text(sv)).toContain('Bokningen öppnar 20 december 2026 kl. 12.00.');
  });

  it('shows the pages in Finnish and Persian too, with the Swedish event text marked', async () => {
    const fi = await new Agent(t.app).get('/hassleholm/aktiviteter?lang=fi');
    expect(fi.$('html').attr('lang')).toBe('fi');
    expect(fi.$('main').attr('lang')).toBeUndefined();
    expect(fi.$('main h1').text()).toBe('Toiminta');
    expect(text(fi)).toContain('joulukuu 2026');
    const fa = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}?lang=fa`);
    expect([fa.$('html').attr('lang'), fa.$('html').attr('dir')]).toEqual(['fa', 'rtl']);
    expect(fa.$('main a.button-primary').text()).toBe('رزرو جا');
    expect([fa.$('main h1').text(), fa.$('main h1').attr('lang'), fa.$('main h1').attr('dir')]).toEqual(['Språkprovgrupp', 'sv', 'ltr']);
  });
});
