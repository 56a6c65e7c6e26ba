import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { activeCampaignOptions, campaignResults } from './service.js';

const email = (t: TestApp, slug: string, key: string) => t.seeds.get(slug)!.data.staff.find((s) => s.key === key)!.email;
const count = async (t: TestApp) => Number((await t.db.selectFrom('outreach_campaigns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const valid = {
  name: 'Brev till äldre anhöriga, vintern',
  target: 'Äldre anhöriga som bor med sin make eller maka',
  description: 'Brev med erbjudande om hembesök.',
  channels: ['letter', 'home_visit'],
  startsOn: '2026-12-01',
  endsOn: '2027-02-28',
  cost: '12 500',
};

describe.each(DIALECTS)('outreach on %s', (dialect) => {
  let t: TestApp;
  let strateg: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    strateg = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'strateg'));
  });
  afterAll(async () => t?.close());

  it('lists the municipality’s own campaigns with target, channels, period and cost', async () => {
    const page = await strateg.get('/hassleholm/personal/uppsokande');
    expect(page.status).toBe(200);
    const body = text(page);
    expect(body).toContain('Dolda äldre anhöriga – brev och hembesök med belastningsskalan');
    expect(body).toContain('Tidningen Anhöringen');
    expect(body).toContain('En bra plats (webbforum)');
    expect(body).toContain('24 000 kr');
    expect(body).not.toContain('Annonser i lokaltidningen'); // Södertälje's
    const ours = await strateg.get('/hassleholm/personal/uppsokande?ar=2026');
    expect(ours.$('tbody tr').length).toBe(5);
    expect((await strateg.get('/hassleholm/personal/uppsokande?ar=2031')).$('tbody tr').length).toBe(0);
  });

  it('creates and edits a campaign; its page shows every month of the period', async () => {
    const res = await strateg.post('/hassleholm/personal/uppsokande', valid);
    expect(res.status).toBe(303);
    const page = await strateg.get(res.location!);
    expect(page.$('h1').text()).toBe(valid.name);
    expect(text(page)).toContain('12 500 kr');
    expect(text(page)).toContain('Brev hem, Hembesök');
    const months = page.$('tbody tr td:first-child').map((_, e) => page.$(e).text()).get();
    expect(months).toEqual(['december 2026', 'januari 2027', 'februari 2027']);
    const id = res.location!.split('/').pop()!.split('?')[0];
    const edit = await strateg.get(`/hassleholm/personal/uppsokande/${id}/andra`);
    expect(edit.$('#f-cost').attr('value')).toBe('12500');
    expect((await strateg.post(`/hassleholm/personal/uppsokande/${id}`, { ...valid, cost: '15000', channels: 'letter' })).status).toBe(303);
    const after = await strateg.get(`/hassleholm/personal/uppsokande/${id}`);
    expect(text(after)).toContain('15 000 kr');
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['outreach.create', 'outreach.update']);
  });

  it('re-renders the form with Swedish messages on bad input and stores nothing', async () => {
    const before = await count(t);
    const cases: [Record<string, string | string[]>, string][] = [
      [{}, 'name'],
      [{ ...valid, name: 'x'.repeat(121) }, 'name'],
      [{ ...valid, channels: [] }, 'channels'],
      [{ ...valid, channels: ['carrier_pigeon'] }, 'channels'],
      [{ ...valid, endsOn: '2026-11-01' }, 'endsOn'],
      [{ ...valid, startsOn: 'i morgon' }, 'startsOn'],
      [{ ...valid, cost: 'tolv tusen' }, 'cost'],
      [{ ...valid, cost: '-5' }, 'cost'],
      [{ ...valid, budget: '1' }, '_form'],
    ];
    for (const [form, field] of cases) {
      const res = await strateg.post('/hassleholm/personal/uppsokande', form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
      if (field !== '_form') expect(res.$(`#f-${field}-error`).text().length, JSON.stringify(form)).toBeGreaterThan(0);
    }
    expect((await strateg.post('/hassleholm/personal/uppsokande', valid, { csrf: null })).status).toBe(403);
    expect(await count(t)).toBe(before);
  });

  it('keeps other roles and other municipalities out', async () => {
    const sodertaljeCampaign = (await t.db.selectFrom('outreach_campaigns').select('id').where('tenant_id', '=', t.seeds.get('sodertalje')!.tenantId).executeTakeFirstOrThrow()).id;
    expect((await strateg.get(`/hassleholm/personal/uppsokande/${sodertaljeCampaign}`)).status).toBe(404);
    expect((await strateg.post(`/hassleholm/personal/uppsokande/${sodertaljeCampaign}`, valid)).status).toBe(404);
    expect((await strateg.get('/hassleholm/personal/uppsokande/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    for (const key of ['namndordforande', 'enhetschef-tyringe', 'medarbetare-tyringe']) {
      const agent = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', key));
      expect((await agent.get('/hassleholm/personal/uppsokande')).status).toBe(403);
      expect((await agent.post('/hassleholm/personal/uppsokande', valid)).status).toBe(403);
    }
    expect((await new Agent(t.app).get('/hassleholm/personal/uppsokande')).status).toBe(303);
  });

  it('offers running campaigns, and those ended within 90 days, to the pickers', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const labels = async (date: string) => (await activeCampaignOptions(t.db, tenantId, date)).map((o) => o.label);
    const in2026Nov = await labels('2026-11-25');
    expect(in2026Nov).toContain('En bra plats – digital gemenskap för anhöriga');
    expect(in2026Nov).toContain('Anhöringen – höstnumret'); // ended 31 October
    expect(in2026Nov).not.toContain('Anhöringen – vårnumret'); // ended in April
    expect(await labels('2026-03-01')).toContain('Dolda äldre anhöriga – brev och hembesök med belastningsskalan');
    expect(await activeCampaignOptions(t.db, t.seeds.get('sodertalje')!.tenantId, '2026-03-01')).toEqual([]);
    const results = await campaignResults(t.db, tenantId, 2026);
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const r of results) {
      expect(r.byMonth).toHaveLength(12);
      expect(r.contacts).toBe(r.byMonth.reduce((a, m) => a + m.contacts, 0));
    }
  });
});
