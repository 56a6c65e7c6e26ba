import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { getPartner, listPartners } from './service.js';

const validPartner = {
  name: 'Parkinsonföreningen i Exempelby',
  kind: 'association',
  offers: 'Träffar och samtalsgrupper för anhöriga till personer med Parkinsons sjukdom.',
  targetGroups: ['long_term_illness', 'older'],
  contact: 'Föreningens telefon 0451-00 00 00',
  url: 'https://example.se/parkinson',
  councilMember: 'on',
  sortOrder: '3',
  offers_en: 'Meetings and talk groups for carers of people with Parkinson’s disease.',
};

describe.each(DIALECTS)('partner directory on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'vetlanda'] });
  });
  afterAll(async () => t?.close());

  it('lists the partners each document names, with Hässleholm’s anhörigråd associations marked', async () => {
    const a = new Agent(t.app);
    const page = await a.get('/hassleholm/samarbetspartner');
    expect(page.status).toBe(200);
    const names = page.$('.cards h2').map((_, e) => page.$(e).text()).get();
    const data = t.seeds.get('hassleholm')!.data.partners;
    expect(names.sort()).toEqual(data.map((p) => p.name).sort());
    const council = data.filter((p) => p.councilMember);
    expect(council.length).toBeGreaterThan(0);
    expect(page.$('.tag').filter((_, e) => page.$(e).text() === 'Med i anhörigrådet').length).toBe(council.length);
    const vetlanda = t.seeds.get('vetlanda')!.data.partners.map((p) => p.name).filter((n) => !data.some((p) => p.name === n));
    for (const v of vetlanda) expect(names).not.toContain(v);
  });

  it('filters by kind and target group, ignoring nonsense', async () => {
    const a = new Agent(t.app);
    const data = t.seeds.get('vetlanda')!.data.partners;
    const churches = await a.get('/vetlanda/samarbetspartner?kind=church');
    expect(churches.$('.cards > li').length).toBe(data.filter((p) => p.kind === 'church').length);
    const group = await a.get('/vetlanda/samarbetspartner?group=mental_health');
    expect(group.$('.cards > li').length).toBe(data.filter((p) => p.targetGroups.length === 0 || p.targetGroups.includes('mental_health')).length);
    const bogus = await a.get('/vetlanda/samarbetspartner?kind=<script>&group=x');
    expect(bogus.status).toBe(200);
    expect(bogus.$('.cards > li').length).toBe(data.length);
    const en = await a.get('/vetlanda/samarbetspartner?lang=en');
    expect(en.$('h1').text()).toBe('Partners');
  });

  it('lets staff create, edit and delete a partner, and exposes it to other modules through the service', async () => {
    const agent = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await agent.post('/hassleholm/personal/samarbetspartner', validPartner)).status).toBe(303);
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const created = (await listPartners(t.db, tenantId)).find((p) => p.name === validPartner.name)!;
    expect(created).toMatchObject({ kind: 'association', councilMember: true, url: 'https://example.se/parkinson', targetGroups: ['long_term_illness', 'older'] });
    expect((await getPartner(t.db, tenantId, created.id)).name).toBe(validPartner.name);
    await expect(getPartner(t.db, t.seeds.get('vetlanda')!.tenantId, created.id)).rejects.toThrow();
    const en = await new Agent(t.app).get('/hassleholm/samarbetspartner?lang=en&kind=association');
    expect(text(en)).toContain('Meetings and talk groups for carers');
    const edit = await agent.get(`/hassleholm/personal/samarbetspartner/${created.id}`);
    expect(edit.$('#f-councilMember').attr('checked')).toBeDefined();
    expect((await agent.post(`/hassleholm/personal/samarbetspartner/${created.id}`, { ...validPartner, councilMember: undefined, name: 'Parkinsonföreningen' })).status).toBe(303);
    expect((await getPartner(t.db, tenantId, created.id))).toMatchObject({ name: 'Parkinsonföreningen', councilMember: false });
    // Another municipality cannot touch it.
    const other = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'specialist').email);
    expect((await other.get(`/vetlanda/personal/samarbetspartner/${created.id}`)).status).toBe(404);
    expect((await other.post(`/vetlanda/personal/samarbetspartner/${created.id}/ta-bort`, { confirm: 'yes' })).status).toBe(404);
    expect((await agent.post(`/hassleholm/personal/samarbetspartner/${created.id}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    await expect(getPartner(t.db, tenantId, created.id)).rejects.toThrow();
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', created.id).execute();
    expect(audit.map((r) => r.action).sort()).toEqual(['partner.create', 'partner.delete', 'partner.update']);
  });

  it('re-renders the editor with Swedish messages and stores nothing on bad input', async () => {
    const agent = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const count = async () => Number((await t.db.selectFrom('partners').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const cases: [Record<string, string | string[] | undefined>, string, string][] = [
      [{}, 'name', 'Fältet måste fyllas i'],
      [{ ...validPartner, name: 'x'.repeat(121) }, 'name', 'Högst 120 tecken'],
      [{ ...validPartner, kind: 'sect' }, 'kind', 'Välj vilken sorts aktör'],
      [{ ...validPartner, url: 'javascript:alert(1)' }, 'url', 'börjar med https://'],
      [{ ...validPartner, url: 'inte en adress' }, 'url', 'börjar med https://'],
      [{ ...validPartner, councilMember: 'kanske' }, 'councilMember', 'Välj ett av alternativen'],
      [{ ...validPartner, offers_so: 'x'.repeat(1001) }, 'offers_so', 'Högst 1000 tecken'],
      [{ ...validPartner, secret: '1' }, '_form', 'okända fält'],
    ];
    for (const [form, field, message] of cases) {
      const res = await agent.post('/hassleholm/personal/samarbetspartner', form);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
    }
    expect((await agent.post('/hassleholm/personal/samarbetspartner', validPartner, { csrf: null })).status).toBe(403);
    expect((await agent.get('/hassleholm/personal/samarbetspartner/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('keeps citizens and roles without partners:edit out of the editor', async () => {
    expect((await new Agent(t.app).get('/hassleholm/personal/samarbetspartner')).status).toBe(303);
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'staff').email);
    expect((await staff.get('/hassleholm/personal/samarbetspartner')).status).toBe(403);
    expect((await staff.post('/hassleholm/personal/samarbetspartner', validPartner)).status).toBe(403);
  });
});
