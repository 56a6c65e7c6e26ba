// Citizen pages in the municipality's languages (issue 16), over HTTP on each database:
// - the switcher on every public page shows exactly the languages the municipality offers;
//   a language it does not offer gives Swedish and says so in the language asked for; a
//   settings change shows at once (page cache);
// - the right-to-left pages (Arabic, Persian) contain no Swedish interface text outside
//   elements marked lang="sv" (compared with the Swedish catalogue);
// - booking e-mails and SMS are written in the language the booking was made in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { Agent, buildTestApp, demoUser, DIALECTS, expectServerErrors, nextAddress, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { CONTENT_LOCALES, type ContentLocale, LOCALE_HTML_LANG } from '../domain/vocab.js';
import type { Catalogue } from './catalogue.js';
import { MESSAGES } from './messages.js';
import { CATALOG_MESSAGES } from '../../modules/catalog/messages.js';
import { EVENTS_MESSAGES } from '../../modules/events/messages.js';
import { PAGES_MESSAGES } from '../../modules/pages/messages.js';
import { PARTNERS_MESSAGES } from '../../modules/partners/messages.js';
import { SELFCHECK_MESSAGES } from '../../modules/selfcheck/messages.js';
import { bookPublic, carer, createEvent } from '../../../test/events.js';

const CATALOGUES: Partial<Catalogue>[] = [MESSAGES, CATALOG_MESSAGES, EVENTS_MESSAGES, PAGES_MESSAGES, PARTNERS_MESSAGES, SELFCHECK_MESSAGES];

/** The Swedish interface strings that must not appear on a page in `l`: literal parts of every Swedish value that differs in `l`. */
function swedishStrings(l: ContentLocale): { whole: Set<string>; parts: string[] } {
  const whole = new Set<string>();
  const parts = new Set<string>();
  for (const c of CATALOGUES) {
    for (const [key, sv] of Object.entries(c.sv ?? {})) {
      if (c[l]?.[key] === sv) continue;
      const literals = sv.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/).map((s) => s.trim())
        .filter((s) => /\p{L}/u.test(s)); // a bare dash between two numbers is no language's
      for (const lit of literals) {
        whole.add(lit);
        if (lit.length >= 12) parts.add(lit);
      }
    }
  }
  return { whole, parts: [...parts] };
}

/** Texts of the page in its own language: every text node and label attribute not inside an element marked with another lang. */
function ownTexts($: CheerioAPI, pageLang: string): string[] {
  // The title names the page: staff text on a content page (its h1 is marked), interface text otherwise.
  const h1 = $('main h1').first();
  const contentPage = h1.closest('[lang]').attr('lang') !== pageLang || h1.find('[lang]').length > 0;
  const out: string[] = contentPage ? [] : [$('title').text().split(' – ')[0]];
  $('body *').each((_, el) => {
    const nearest = $(el).closest('[lang]').attr('lang');
    if (nearest !== pageLang) return;
    const own = $(el).contents().filter((_, n) => n.type === 'text').text().replace(/\s+/g, ' ').trim();
    if (own) out.push(own);
    for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
      const v = $(el).attr(a);
      if (v) out.push(v);
    }
  });
  return out;
}

function swedishOn(page: Page, l: ContentLocale): string[] {
  const { whole, parts } = swedishStrings(l);
  const found = new Set<string>();
  for (const text of ownTexts(page.$, LOCALE_HTML_LANG[l])) {
    if (whole.has(text)) found.add(text);
    for (const p of parts) if (text.includes(p)) found.add(p);
  }
  return [...found];
}

const switcher = (p: Page): string[] => p.$('.lang-switcher a').map((_, a) => new URL(p.$(a).attr('href')!, 'http://x').searchParams.get('lang')!).get();

describe.each(DIALECTS)('citizen pages in the municipality’s languages on %s', (dialect) => {
  let t: TestApp;
  let eventId: string;
  let offeringId: string;
  let pageSlug: string;
  const paths = () => [
    '/hassleholm', '/hassleholm/stod', `/hassleholm/stod/${offeringId}`, '/hassleholm/information', `/hassleholm/information/${pageSlug}`,
    '/hassleholm/samarbetspartner', '/hassleholm/aktiviteter', `/hassleholm/aktiviteter/${eventId}`, `/hassleholm/aktiviteter/${eventId}/boka`,
    '/hassleholm/belastningskoll', '/hassleholm/tillganglighet', '/hassleholm/finns-inte',
  ];

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
    const tenantId = (slug: string) => t.seeds.get(slug)!.tenantId;
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    eventId = await createEvent(staff, 'hassleholm', { title: 'Samtalsgrupp för anhöriga', capacity: '1', firstDate: '2026-12-08', count: '3' });
    offeringId = (await t.db.selectFrom('offerings').select('id').where('tenant_id', '=', tenantId('hassleholm')).where('published', '=', 1).executeTakeFirstOrThrow()).id;
    pageSlug = (await t.db.selectFrom('info_pages').select('slug').where('tenant_id', '=', tenantId('hassleholm')).where('published', '=', 1).executeTakeFirstOrThrow()).slug;
  });
  afterAll(async () => {
    expect(expectServerErrors(t)).toEqual([]);
    await t?.close();
  });

  it('shows exactly the offered languages in the switcher on every public page, Finnish included', async () => {
    const herrljunga = ['/herrljunga', '/herrljunga/stod', '/herrljunga/information', '/herrljunga/aktiviteter', '/herrljunga/samarbetspartner', '/herrljunga/belastningskoll'];
    for (const path of herrljunga) {
      const page = await new Agent(t.app).get(path);
      expect({ path, langs: switcher(page) }).toEqual({ path, langs: ['sv', 'sv-easy', 'en', 'fi'] });
    }
    for (const path of paths()) {
      const page = await new Agent(t.app).get(`${path}?lang=fi`);
      expect({ path, langs: switcher(page) }).toEqual({ path, langs: [...CONTENT_LOCALES] });
      expect(page.$('html').attr('lang')).toBe('fi');
      const current = page.$('.lang-switcher a[aria-current=true]');
      expect([current.text().trim(), current.attr('lang')]).toEqual(['Suomi', 'fi']);
    }
  });

  it('gives Swedish for a language the municipality does not offer, and says so in that language', async () => {
    const a = new Agent(t.app);
    const page = await a.get('/herrljunga/stod?lang=ar');
    expect(page.status).toBe(200);
    expect([page.$('html').attr('lang'), page.$('html').attr('dir')]).toEqual(['sv', 'ltr']);
    expect(page.$('main h1').text()).toBe('Stöd och hjälp');
    const notice = page.$('main > p.banner');
    expect([notice.text(), notice.attr('lang'), notice.attr('dir')]).toEqual([MESSAGES.ar['layout.notOffered'], 'ar', 'rtl']);
    // The cookie remembers Arabic, and the next page says the same; an offered language needs no notice.
    expect((await a.get('/herrljunga/aktiviteter')).$('main > p.banner[lang=ar]').length).toBe(1);
    expect((await a.get('/herrljunga/aktiviteter?lang=fi')).$('main > p.banner[lang]').length).toBe(0);
  });

  it('follows a change of the offered languages at once, through the admin’s settings page', async () => {
    const before = await new Agent(t.app).get('/herrljunga?lang=fa');
    expect(before.$('html').attr('lang')).toBe('sv');
    const admin = await signIn(t.app, 'herrljunga', demoUser(t, 'herrljunga', 'admin').email);
    const form = await admin.get('/herrljunga/personal/admin/installningar');
    const checked = form.$('input[name=languages][checked]').map((_, e) => form.$(e).attr('value')!).get();
    expect(checked).toEqual(['sv-easy', 'en', 'fi']);
    const body: Record<string, string | string[]> = {};
    form.$('form[action$="/installningar"] :input[name]').each((_, el) => {
      const e = form.$(el);
      const name = e.attr('name')!;
      const type = e.attr('type');
      if (name === '_csrf' || name === 'languages' || ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined)) return;
      body[name] = e.is('select') ? (e.find('option[selected]').attr('value') ?? '') : e.is('textarea') ? e.text() : (e.attr('value') ?? '');
    });
    body.languages = ['en', 'fa'];
    const saved = await admin.post('/herrljunga/personal/admin/installningar', body);
    expect(saved.status).toBe(303);
    const after = await new Agent(t.app).get('/herrljunga?lang=fa');
    expect([after.$('html').attr('lang'), after.$('html').attr('dir')]).toEqual(['fa', 'rtl']);
    expect(switcher(after)).toEqual(['sv', 'en', 'fa']);
    expect((await new Agent(t.app).get('/herrljunga?lang=fi')).$('html').attr('lang')).toBe('sv');
  });

  it.each(['ar', 'fa'] as const)('has no Swedish interface text on the right-to-left pages in %s', async (l) => {
    const a = new Agent(t.app, {}, nextAddress());
    for (const path of paths()) {
      const page = await a.get(`${path}${path.includes('?') ? '&' : '?'}lang=${l}`);
      expect([path, page.$('html').attr('lang'), page.$('html').attr('dir')]).toEqual([path, l, 'rtl']);
      if (path.endsWith('/tillganglighet')) continue; // the statement is the municipality's own text (org module)
      expect({ path, swedish: swedishOn(page, l) }).toEqual({ path, swedish: [] });
      // Swedish staff text is marked, and reads left to right inside the page.
      const rtlSwedish = page.$('[lang=sv]').filter((_, el) => page.$(el).closest('[dir]').attr('dir') !== 'ltr').map((_, el) => page.$.html(el).slice(0, 120)).get();
      expect({ path, rtlSwedish }).toEqual({ path, rtlSwedish: [] });
    }
    const refused = await a.post(`/hassleholm/aktiviteter/${eventId}/boka`, { email: 'inte-en-adress' });
    expect(refused.status).toBe(400);
    expect({ path: 'refused booking', swedish: swedishOn(refused, l) }).toEqual({ path: 'refused booking', swedish: [] });
    const booked = await bookPublic(t, 'hassleholm', eventId, carer({ email: `rtl.${l}@exempel.se` }), a);
    const mine = await a.get(booked.url);
    expect({ path: 'booking page', swedish: swedishOn(mine, l) }).toEqual({ path: 'booking page', swedish: [] });
  });

  it('writes booking e-mails and SMS in the language the booking was made in', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { title: 'Kursen om demens', capacity: '1', firstDate: '2026-12-15', count: '1' });
    const outbox = async (to: string) => t.db.selectFrom('outbox').select(['channel', 'subject', 'body_text']).where('recipient', '=', to).orderBy('created_at').execute();

    const fi = new Agent(t.app, {}, nextAddress());
    await fi.get('/hassleholm?lang=fi');
    const first = await bookPublic(t, 'hassleholm', id, carer({ name: 'Aino', email: 'aino@exempel.se' }), fi);
    const [mail] = await outbox('aino@exempel.se');
    expect(mail.channel).toBe('email');
    expect(mail.subject).toBe('Varausvahvistus: Kursen om demens');
    expect(mail.body_text).toContain('Hei Aino!');
    expect(mail.body_text).toContain('Sinulla on paikka: Kursen om demens.');
    expect(mail.body_text).toContain('tiistaina 15. joulukuuta 2026 klo');
    expect(mail.body_text).not.toMatch(/Hej|Hälsningar|avboka/);

    const so = new Agent(t.app, {}, nextAddress());
    await so.get('/hassleholm?lang=so');
    await bookPublic(t, 'hassleholm', id, { name: 'Hodan', phone: '070-111 22 33' }, so);
    const [sms] = await outbox('0701112233');
    expect([sms.channel, sms.body_text]).toEqual(['sms', expect.any(String)]);
    expect(sms.body_text).toContain('Kursen om demens way buuxday, sidaas darteed waxaad ku jirtaa safka.');
    expect(sms.body_text).toContain('Qabsashadaada: ');

    const ar = new Agent(t.app, {}, nextAddress());
    await ar.get('/hassleholm?lang=ar');
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Nour', email: 'nour.ar@exempel.se' }), ar);
    expect((await outbox('nour.ar@exempel.se'))[0].subject).toBe('أنت في قائمة الانتظار: Kursen om demens');

    // Aino cancels from a browser now set to Swedish: the messages still follow her booking's language,
    // and the freed place is offered to the next in the queue in Somali.
    const sv = new Agent(t.app, {}, nextAddress());
    await sv.get(`/hassleholm/bokning/${first.token}?lang=sv`);
    const cancelled = await sv.post(`/hassleholm/bokning/${first.token}/avboka`, { confirm: 'yes' });
    expect(cancelled.status).toBe(303);
    const afterCancel = await outbox('aino@exempel.se');
    expect(afterCancel.map((m) => m.subject)).toEqual(['Varausvahvistus: Kursen om demens', 'Peruutus: Kursen om demens']);
    expect(afterCancel[1].body_text).toContain('Varauksesi on peruttu: Kursen om demens.');
    const offer = await outbox('0701112233');
    expect(offer.length).toBe(2);
    expect(offer[1].body_text).toContain('Boos ayaa ka banaanaaday Kursen om demens.');
  });

  it('gives the calendar files in the reader’s language', async () => {
    const feed = await new Agent(t.app).get('/hassleholm/aktiviteter.ics?lang=fi');
    expect(feed.status).toBe(200);
    expect(feed.body).toContain('X-WR-CALNAME:Toiminta – Hässleholms kommun');
    expect(feed.body).toContain('Lisätietoa: ');
    const sv = await new Agent(t.app).get('/hassleholm/aktiviteter.ics');
    expect(sv.body).toContain('X-WR-CALNAME:Aktiviteter – Hässleholms kommun');
    const calendar = await new Agent(t.app).get('/hassleholm/aktiviteter?lang=fi');
    expect(calendar.$('a[href^="/hassleholm/aktiviteter.ics"]').attr('href')).toBe('/hassleholm/aktiviteter.ics?lang=fi');
  });
});
