import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { openContactStep, stepOfPage, walkContactForm } from '../../../test/contact-flow.js';
import { activeCampaignOptions } from '../campaigns/service.js';
import { campaignResults } from './service.js';

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

  it('shows, per campaign and month, the contacts that named it — also one logged through the contact log’s picker', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const named = async (name: string) => {
      const c = await t.db.selectFrom('outreach_campaigns').select(['id', 'cost_kr']).where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow();
      const n = Number((await t.db.selectFrom('contact_log').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', c.id).executeTakeFirstOrThrow()).n);
      return { ...c, n };
    };
    const letters = await named('Dolda äldre anhöriga – brev och hembesök med belastningsskalan');
    expect(letters.n).toBeGreaterThan(0); // the demo contact log names the campaign for some contacts
    const list = await strateg.get('/hassleholm/personal/uppsokande');
    const row = list.$('tbody tr').filter((_, e) => list.$(e).find('a').attr('href')?.endsWith(letters.id) ?? false);
    expect(row.find('td').last().text()).toBe(String(letters.n));
    const before = await strateg.get(`/hassleholm/personal/uppsokande/${letters.id}`);
    const perMonth = before.$('tbody tr').map((_, e) => Number(before.$(e).find('td').eq(1).text())).get();
    expect(perMonth.reduce((a, b) => a + b, 0)).toBe(letters.n);
    const perReached = before.$('.summary-row').filter((_, e) => before.$(e).find('dt').text() === 'Kostnad per nådd anhörig').find('dd').text();
    expect(perReached.replace(/\s/g, ' ')).toBe(`${new Intl.NumberFormat('sv-SE').format(Math.round(letters.cost_kr / letters.n)).replace(/\s/g, ' ')} kr`);

    // The contact log offers the campaigns of the last months; a contact naming one is counted.
    const log = await strateg.get('/hassleholm/personal/kontakter');
    expect(log.status).toBe(200);
    const option = log.$('#f-campaignId option').filter((_, e) => log.$(e).text() === 'Anhöringen – höstnumret');
    expect(option.length).toBe(1);
    const saved = await strateg.post('/hassleholm/personal/kontakter', {
      contactDate: '2026-11-20', channel: 'phone', durationMin: '30', activityType: 'support_conversation', heardVia: 'newspaper', campaignId: option.attr('value')!,
    });
    expect(saved.status).toBe(303);
    const autumn = await strateg.get(`/hassleholm/personal/uppsokande/${option.attr('value')}`);
    const november = autumn.$('tbody tr').filter((_, e) => autumn.$(e).find('td').first().text() === 'november 2026');
    expect(november.find('td').eq(1).text()).toBe('1');
    const results = await campaignResults(t.db, tenantId, 2026);
    const autumnResult = results.find((r) => r.campaign.name === 'Anhöringen – höstnumret')!;
    expect(autumnResult.contacts).toBe((await named('Anhöringen – höstnumret')).n);
    expect(autumnResult.byMonth.find((m) => m.month === '2026-11')!.contacts).toBe(1); // the campaign ended in October
    // Another municipality's campaign is not a valid choice in the log.
    const other = (await t.db.selectFrom('outreach_campaigns').select('id').where('tenant_id', '=', t.seeds.get('sodertalje')!.tenantId).executeTakeFirstOrThrow()).id;
    const refused = await strateg.post('/hassleholm/personal/kontakter', { contactDate: '2026-11-20', channel: 'phone', durationMin: '30', activityType: 'support_conversation', campaignId: other });
    expect(refused.status).toBe(400);
  });

  it('lets a carer name a campaign in the public contact form, and the campaign page counts the request', async () => {
    const citizen = new Agent(t.app);
    const answers = {
      consent: 'on', mode: 'anonymous', name: 'Vildros', channel: 'phone', phone: '070-555 12 34', email: '', topic: 'talk', targetGroup: 'older',
      ageBand: '65_79', language: 'sv', time: 'morning', heardVia: 'website', message: '',
    };
    // The campaign question is in the stepped form's "om dig" step.
    const form = await openContactStep(citizen, 'hassleholm', 'om-dig', answers);
    const option = form.$('#f-campaignId option').filter((_, e) => form.$(e).text() === 'En bra plats – digital gemenskap för anhöriga');
    expect(option.length).toBe(1);
    expect(form.$('label[for="f-campaignId"]').text()).toBe('Såg du något av det här?');
    // The choice is carried through the later steps to the check page and stored on "Skicka".
    const sent = await walkContactForm(t, citizen, 'hassleholm', { ...answers, campaignId: option.attr('value')! }, form);
    expect(sent.status).toBe(303);
    const page = await strateg.get(`/hassleholm/personal/uppsokande/${option.attr('value')}`);
    const requests = page.$('.summary-row').filter((_, e) => page.$(e).find('dt').text() === 'Förfrågningar via webben').find('dd').text();
    expect(requests).toBe('1');
    const november = page.$('tbody tr').filter((_, e) => page.$(e).find('td').first().text() === 'november 2026');
    expect(november.find('td').eq(2).text()).toBe('1');
    // No picker in Södertälje's form for Hässleholm's campaigns; a foreign id sent anyway is not stored.
    const other = new Agent(t.app);
    const sodertalje = await openContactStep(other, 'sodertalje', 'om-dig', answers);
    expect(stepOfPage(sodertalje)).toBe('om-dig');
    expect(sodertalje.$('#f-campaignId option').map((_, e) => sodertalje.$(e).text()).get()).not.toContain('En bra plats – digital gemenskap för anhöriga');
    t.clock.advance(5000);
    const foreign = await other.post('/sodertalje/kontakt', {
      started: sodertalje.$('input[name="started"]').attr('value'), mode: 'anonymous', name: 'Ek', channel: 'phone', phone: '070-555 12 35', email: '', topic: 'talk',
      language: 'sv', time: 'any', campaignId: option.attr('value')!, message: '', consent: 'on',
    });
    expect(foreign.status).toBe(303);
    const stored = await t.db.selectFrom('contact_requests').select('campaign_id').where('tenant_id', '=', t.seeds.get('sodertalje')!.tenantId).execute();
    expect(stored.every((r) => r.campaign_id === null)).toBe(true);
  });
});
