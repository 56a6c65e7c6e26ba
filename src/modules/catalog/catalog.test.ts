import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { createEvent } from '../../../test/events.js';

const validOffering = {
  title: 'Samtalsgrupp för unga anhöriga',
  summary: 'En grupp för dig mellan 13 och 17 år som har en förälder med psykisk ohälsa.',
  description: 'Vi träffas åtta gånger.\n\nDu får prata med andra i samma situation.',
  howToGet: 'Ring anhörigkonsulenten.',
  type: 'carer_group',
  supportKind: 'direct',
  needsAssessment: 'no',
  providerKind: 'municipality',
  providerName: 'Anhörigstödet',
  targetGroups: ['mental_health'],
  languages: ['sv', 'en'],
  carerMinAge: '13',
  carerMaxAge: '17',
  cost: 'Kostnadsfritt',
  contact: '08-000 00 00',
  sortOrder: '1',
  title_en: 'Group for young carers',
  summary_en: 'A group for you aged 13 to 17 whose parent has mental ill-health.',
};

describe.each(DIALECTS)('support catalogue on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['sodertalje', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('links an offering held as activities to the coming ones, and counts one more as soon as staff add it', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const offering = await t.db.selectFrom('offerings').select(['id', 'title']).where('tenant_id', '=', tenantId).where('type', '=', 'carer_group').orderBy('title').executeTakeFirstOrThrow();
    const conversation = await t.db.selectFrom('offerings').select('id').where('tenant_id', '=', tenantId).where('type', '=', 'support_conversation').executeTakeFirstOrThrow();
    const visitor = new Agent(t.app);
    const linkOf = async () => {
      const page = await visitor.get(`/hassleholm/stod/${offering.id}`);
      expect(page.status).toBe(200);
      const a = page.$('main a[href*="/hassleholm/aktiviteter?"]');
      return { heading: page.$('main h2').map((_, e) => page.$(e).text()).get(), href: a.attr('href'), text: a.text() };
    };
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    await createEvent(staff, 'hassleholm', { title: 'Cirkeln på tisdagar', type: 'carer_group', targetGroups: ['older'] });
    const before = await linkOf();
    expect(before.heading).toContain('Kommande träffar');
    expect(before.href).toMatch(/^\/hassleholm\/aktiviteter\?type=carer_group/);
    const n = Number(/\((\d+) aktivitet/.exec(before.text)?.[1]);
    expect(n).toBeGreaterThan(0);
    // The list the link opens shows them: one card per activity, the one just made among them.
    const list = await visitor.get(before.href!);
    expect(text(list)).toContain('Cirkeln på tisdagar');
    // A new group shows at once, though the offering page is kept in the render cache.
    await createEvent(staff, 'hassleholm', { title: 'Cirkeln på torsdagar', type: 'carer_group', targetGroups: ['older'] });
    expect((await linkOf()).text).toContain(`(${n + 1} aktiviteter)`);
    // Support that is not held as activities has no such link.
    const other = await visitor.get(`/hassleholm/stod/${conversation.id}`);
    expect(other.$('main h2').map((_, e) => other.$(e).text()).get()).not.toContain('Kommande träffar');
  });

  it('lists each municipality its own offerings, classified as its document does', async () => {
    const a = new Agent(t.app);
    const page = await a.get('/sodertalje/stod?page=1');
    expect(page.status).toBe(200);
    const titles = page.$('.cards h2').map((_, e) => page.$(e).text()).get();
    const expected = t.seeds.get('sodertalje')!.data.offerings.map((o) => o.title.sv);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(expected).toContain(title);
    // Nothing of Hässleholm's appears for Södertälje.
    const hassleholm = t.seeds.get('hassleholm')!.data.offerings.map((o) => o.title.sv).filter((x) => !expected.includes(x));
    for (const h of hassleholm) expect(titles).not.toContain(h);
  });

  it('filters by needs assessment, type, target group and free text', async () => {
    const a = new Agent(t.app);
    const without = await a.get('/sodertalje/stod?assessment=without');
    const data = t.seeds.get('sodertalje')!.data.offerings;
    const count = (p: typeof without) => p.$('.cards > li').length;
    expect(count(without)).toBe(Math.min(20, data.filter((o) => !o.needsAssessment).length));
    const groups = await a.get('/sodertalje/stod?type=carer_group');
    expect(count(groups)).toBe(data.filter((o) => o.type === 'carer_group').length);
    const first = data[0];
    const word = first.title.sv.split(' ')[0];
    const search = await a.get(`/sodertalje/stod?q=${encodeURIComponent(word)}`);
    expect(text(search)).toContain(first.title.sv);
    const bogus = await a.get('/sodertalje/stod?type=<script>&group=nope&page=-4');
    expect(bogus.status).toBe(200);
    expect(bogus.body).not.toContain('<script>');
  });

  it('shows one offering, falls back to Swedish and says so', async () => {
    const a = new Agent(t.app);
    const list = await a.get('/sodertalje/stod');
    const href = list.$('.cards h2 a').first().attr('href')!;
    const sv = await a.get(href);
    expect(sv.status).toBe(200);
    expect(sv.$('h1').text().length).toBeGreaterThan(0);
    const so = await a.get(`${href}?lang=so`);
    expect(so.status).toBe(200);
    expect(text(so)).toContain('Soomaali');
  });

  it('gives 404 for an unknown id, a malformed id and another municipality’s offering', async () => {
    const a = new Agent(t.app);
    expect((await a.get('/sodertalje/stod/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await a.get('/sodertalje/stod/not-an-id')).status).toBe(404);
    const other = await a.get('/hassleholm/stod');
    const href = other.$('.cards h2 a').first().attr('href')!;
    expect((await a.get(href.replace('/hassleholm/', '/sodertalje/'))).status).toBe(404);
    expect((await a.get('/ingenstans/stod')).status).toBe(404);
  });

  it('lets a specialist create, publish and unpublish an offering, and a citizen find it', async () => {
    const agent = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    const created = await agent.post('/sodertalje/personal/stod', { ...validOffering, publish: 'yes' });
    expect(created.status).toBe(303);
    const citizen = new Agent(t.app);
    const found = await citizen.get('/sodertalje/stod?q=unga+anh%C3%B6riga');
    expect(text(found)).toContain('Samtalsgrupp för unga anhöriga');
    const href = found.$('.cards h2 a').filter((_, e) => found.$(e).text() === 'Samtalsgrupp för unga anhöriga').attr('href')!;
    const en = await citizen.get(`${href}?lang=en`);
    expect(en.$('h1').text()).toBe('Group for young carers');
    expect(text(en)).toContain('13–17');
    const id = href.split('/').pop()!;
    expect((await agent.post(`/sodertalje/personal/stod/${id}/avpublicera`)).status).toBe(303);
    expect((await citizen.get(href)).status).toBe(404);
    // Not visible to another municipality's staff either.
    const other = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await other.get(`/hassleholm/personal/stod/${id}`)).status).toBe(404);
    expect((await other.post(`/hassleholm/personal/stod/${id}/publicera`)).status).toBe(404);
  });

  it('re-renders the form with Swedish messages and stores nothing on bad input', async () => {
    const agent = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    const before = await t.db.selectFrom('offerings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cases: Record<string, string | string[]>[] = [
      {},
      { ...validOffering, title: '' },
      { ...validOffering, title: 'x'.repeat(500) },
      { ...validOffering, type: 'teleport' },
      { ...validOffering, carerMinAge: 'tolv' },
      { ...validOffering, carerMinAge: '40', carerMaxAge: '20' },
      { ...validOffering, evil: 'unknown field' },
    ];
    for (const form of cases) {
      const res = await agent.post('/sodertalje/personal/stod', form);
      expect(res.status).toBe(400);
      expect(res.$('.error-summary').length).toBe(1);
      expect(res.$('.error-summary a, .error-summary span').first().text().length).toBeGreaterThan(0);
    }
    const tooLong = await agent.post('/sodertalje/personal/stod', { ...validOffering, title: 'x'.repeat(500) });
    expect(tooLong.$('#f-title-error').text()).toContain('Högst 120 tecken');
    const after = await t.db.selectFrom('offerings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('keeps citizens and staff without catalog:edit out of the editor', async () => {
    const citizen = new Agent(t.app);
    const res = await citizen.get('/sodertalje/personal/stod');
    expect(res.status).toBe(303);
    expect(res.location).toContain('/sodertalje/personal/logga-in');
    const staff = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'staff').email);
    expect((await staff.get('/sodertalje/personal/stod')).status).toBe(403);
    expect((await staff.post('/sodertalje/personal/stod', validOffering)).status).toBe(403);
  });
});
