import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';

const validPage = {
  slug: 'avlosning-i-hemmet',
  title: 'Avlösning i hemmet',
  summary: 'Någon tar över omsorgen en stund så att du kan göra något för dig själv.',
  body: 'Avlösning är gratis upp till tolv timmar i månaden.\n\n## Så ansöker du\n\n- Ring kontaktcenter\n- [Läs mer](https://example.se/avlosning)',
  targetGroups: ['older'],
  sortOrder: '7',
  lastReviewedOn: '2026-11-20',
  published: 'yes',
  'title_sv-easy': 'Någon hjälper till hemma',
  'body_sv-easy': 'Någon kommer hem till er. Då kan du vila.',
};

describe.each(DIALECTS)('information pages on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
  });
  afterAll(async () => t?.close());

  it('lists each municipality its own pages from its document', async () => {
    const a = new Agent(t.app);
    const list = await a.get('/hassleholm/information');
    expect(list.status).toBe(200);
    const titles = list.$('.cards h2').map((_, e) => list.$(e).text()).get();
    const own = t.seeds.get('hassleholm')!.data.pages.map((p) => p.title.sv);
    // Besides its own pages, every municipality has the default page on the law (issue 15).
    expect(titles.sort()).toEqual([...own, 'Lagen om stöd till anhöriga'].sort());
    const herrljunga = t.seeds.get('herrljunga')!.data.pages.map((p) => p.title.sv).filter((x) => !own.includes(x));
    for (const h of herrljunga) expect(titles).not.toContain(h);
    // The filter keeps pages for every carer and those for the chosen group.
    const filtered = await a.get('/hassleholm/information?group=substance_use&bogus=1');
    expect(filtered.status).toBe(200);
    expect(filtered.$('.cards h2').length).toBeGreaterThan(0);
  });

  it('shows a page in lätt svenska and Arabic (right to left), and offers only the languages it exists in', async () => {
    const data = t.seeds.get('hassleholm')!.data.pages.find((p) => p.title.ar && p.body.ar)!;
    const a = new Agent(t.app);
    const easy = await a.get(`/hassleholm/information/${data.slug}?lang=sv-easy`);
    expect(easy.$('h1').text()).toBe(data.title['sv-easy']);
    expect(easy.$('.banner').text()).not.toContain('finns inte');
    const ar = await a.get(`/hassleholm/information/${data.slug}?lang=ar`);
    expect(ar.$('html').attr('dir')).toBe('rtl');
    expect(ar.$('html').attr('lang')).toBe('ar');
    expect(ar.$('h1').text()).toBe(data.title.ar);
    const offered = ar.$('.lang-switcher a').map((_, e) => ar.$(e).attr('hreflang')).get();
    const written = (['sv', 'sv-easy', 'en', 'ar', 'fi', 'fa', 'so'] as const).filter((l) => data.title[l as 'sv'] && data.body[l as 'sv']);
    expect(offered).toHaveLength(written.length);
  });

  it('falls back to Swedish and says so in the reader’s language', async () => {
    const agent = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await agent.post('/hassleholm/personal/information', validPage)).status).toBe(303);
    const a = new Agent(t.app);
    const en = await a.get('/hassleholm/information/avlosning-i-hemmet?lang=en');
    expect(en.status).toBe(200);
    expect(en.$('h1').text()).toBe('Avlösning i hemmet');
    // The Swedish text is marked, the interface around it is English.
    expect(en.$('main').attr('lang')).toBeUndefined();
    expect(en.$('main h1').closest('[lang]').attr('lang')).toBe('sv');
    expect(en.$('main dl dt').first().text()).toBe('For carers of');
    expect(text(en)).toContain('This text is not yet available in English. It is shown in Swedish.');
    const ar = await a.get('/hassleholm/information/avlosning-i-hemmet?lang=ar');
    expect(text(ar)).toContain('هذا النص غير متوفر بالعربية بعد');
    expect([ar.$('main h1').closest('[lang]').attr('lang'), ar.$('main h1').closest('[dir]').attr('dir')]).toEqual(['sv', 'ltr']);
    // The switcher offers the municipality's languages; the page lists the two it is written in.
    expect(ar.$('.lang-switcher a').length).toBe(7);
    expect(ar.$('main dl dd span[lang]').map((_, e) => ar.$(e).text().trim()).get()).toEqual(['Svenska', 'Lätt svenska']);
    // The tiny markup: heading, list and a safe link.
    const sv = await a.get('/hassleholm/information/avlosning-i-hemmet?lang=sv');
    expect(sv.$('.rich-text h2').text()).toBe('Så ansöker du');
    expect(sv.$('.rich-text li').length).toBe(2);
    expect(sv.$('.rich-text a').attr('href')).toBe('https://example.se/avlosning');
    expect(text(sv)).toContain('20 november 2026');
  });

  it('lets staff edit, unpublish and publish a page; drafts are not public', async () => {
    const agent = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const created = await agent.post('/hassleholm/personal/information', { ...validPage, slug: 'utkast-sida', published: 'no' });
    expect(created.status).toBe(303);
    const citizen = new Agent(t.app);
    expect((await citizen.get('/hassleholm/information/utkast-sida')).status).toBe(404);
    const id = created.location!.split('/').pop()!.split('?')[0];
    expect((await agent.post(`/hassleholm/personal/information/${id}/publicera`)).status).toBe(303);
    expect((await citizen.get('/hassleholm/information/utkast-sida')).status).toBe(200);
    const edit = await agent.get(`/hassleholm/personal/information/${id}`);
    expect(edit.$('#f-title').attr('value')).toBe('Avlösning i hemmet');
    expect((await agent.post(`/hassleholm/personal/information/${id}`, { ...validPage, slug: 'utkast-sida', title: 'Ny rubrik' })).status).toBe(303);
    expect((await citizen.get('/hassleholm/information/utkast-sida')).$('h1').text()).toBe('Ny rubrik');
    expect((await agent.post(`/hassleholm/personal/information/${id}/avpublicera`)).status).toBe(303);
    expect((await citizen.get('/hassleholm/information/utkast-sida')).status).toBe(404);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['page.create', 'page.update', 'page.publish', 'page.unpublish']));
    // Another municipality's staff cannot reach it.
    const other = await signIn(t.app, 'herrljunga', demoUser(t, 'herrljunga', 'specialist').email);
    expect((await other.get(`/herrljunga/personal/information/${id}`)).status).toBe(404);
    expect((await other.post(`/herrljunga/personal/information/${id}/publicera`)).status).toBe(404);
    expect((await other.post(`/herrljunga/personal/information/${id}`, validPage)).status).toBe(404);
    expect((await citizen.get('/herrljunga/information/utkast-sida')).status).toBe(404);
  });

  it('re-renders the editor with Swedish messages and stores nothing on bad input', async () => {
    const agent = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const count = async () => Number((await t.db.selectFrom('info_pages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const cases: [Record<string, string | string[] | undefined>, string, string][] = [
      [{}, 'title', 'Fältet måste fyllas i'],
      [{ ...validPage, title: 'x'.repeat(500) }, 'title', 'Högst 120 tecken'],
      [{ ...validPage, slug: 'Med Mellanslag' }, 'slug', 'små bokstäver'],
      [{ ...validPage, slug: 'vad-ar-anhorigstod' }, 'slug', 'Det finns redan en sida med den adressen'],
      [{ ...validPage, lastReviewedOn: '2026-02-30' }, 'lastReviewedOn', 'ÅÅÅÅ-MM-DD'],
      [{ ...validPage, sortOrder: 'först' }, 'sortOrder', 'Skriv ett heltal'],
      [{ ...validPage, targetGroups: ['aliens'] }, 'targetGroups', 'Värdet är inte giltigt'],
      [{ ...validPage, title_en: 'Only a title' }, 'body_en', 'En översättning behöver en brödtext'],
      [{ ...validPage, evil: '<script>' }, '_form', 'okända fält'],
    ];
    for (const [form, field, message] of cases) {
      const res = await agent.post('/hassleholm/personal/information', form);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
      if (field !== '_form') expect(res.$(`#f-${field}-error`).text()).toContain(message);
    }
    expect(await count()).toBe(before);
    expect((await agent.get('/hassleholm/personal/information/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await agent.get('/hassleholm/personal/information/inte-ett-id')).status).toBe(404);
    expect((await agent.post('/hassleholm/personal/information', validPage, { csrf: null })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('keeps citizens and roles without pages:edit out of the editor', async () => {
    const citizen = await new Agent(t.app).get('/hassleholm/personal/information');
    expect(citizen.status).toBe(303);
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'staff').email);
    expect((await staff.get('/hassleholm/personal/information')).status).toBe(403);
    expect((await staff.post('/hassleholm/personal/information', validPage)).status).toBe(403);
  });
});
