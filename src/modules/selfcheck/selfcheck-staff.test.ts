// HTTP tier: staff use with an identified carer, the anonymous statistics, and who may see what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import type { Principal } from '../../platform/auth/principal.js';
import { scopeFor } from '../../platform/auth/principal.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { createCarer } from '../carers/service.js';
import { BREDVID_INSTRUMENT } from './bredvid-instrument.js';
import { selfcheckStats } from './service.js';
import { formFields, rowCounts, submit, walkOnePerScreen } from '../../../test/form-kit.js';

const items = BREDVID_INSTRUMENT.items;

async function principalOf(t: TestApp, slug: string, staffKey: string): Promise<Principal> {
  const seed = t.seeds.get(slug)!;
  const s = seed.data.staff.find((x) => x.key === staffKey)!;
  return {
    userId: seed.userIds.get(staffKey)!, tenantId: seed.tenantId, name: s.name, email: s.email, title: s.title,
    roles: s.roles.map((r) => ({ role: r.role, unitId: r.unitKey ? seed.unitIds.get(r.unitKey)! : null })),
    units: await listUnits(t.db, seed.tenantId),
  };
}

async function newCarer(t: TestApp, slug: string, staffKey: string, unitKey: string, name: string): Promise<string> {
  const p = await principalOf(t, slug, staffKey);
  const res = await createCarer(t.db, t.clock, p, scopeFor(p, 'carers:read')!, scopeFor(p, 'carers:write')!, {
    name, phone: '070-000 00 00', email: null, personnummer: null, targetGroup: 'older', relationship: null, ageBand: null, gender: null,
    supportContactUserId: null, unitId: t.seeds.get(slug)!.unitIds.get(unitKey)!, consentGiven: true, consentDate: '2026-11-25',
    confirmNotDuplicate: 'yes', fromReferral: null,
  });
  if (!res.created) throw new Error('carer not created');
  return res.id;
}

describe.each(DIALECTS)('belastningskoll for staff on %s', (dialect) => {
  let t: TestApp;
  let carerA: string; // in Äldreomsorg (the older-people specialist's scope)
  let carerB: string; // in Socialpsykiatri
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['sodertalje', 'hassleholm'] });
    carerA = await newCarer(t, 'sodertalje', 'konsulent-aldre', 'omsorg-aldre', 'Vera Testsson');
    carerB = await newCarer(t, 'sodertalje', 'konsulent-psyk', 'social-psyk', 'Ola Exempelsson');
  });
  afterAll(async () => t?.close());

  const emailOf = (key: string) => t.seeds.get('sodertalje')!.data.staff.find((s) => s.key === key)!.email;
  const auditActions = async (subjectId: string) =>
    (await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', subjectId).execute()).map((r) => r.action);

  it('lets a specialist go through the instrument with a carer and save it only with consent', async () => {
    const a = await signIn(t.app, 'sodertalje', emailOf('konsulent-aldre'));
    const page = await a.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`);
    expect(page.status).toBe(200);
    expect(page.$('h1').text()).toBe('Belastningskoll – Vera Testsson');
    expect(text(page)).toContain('Inga sparade resultat ännu');
    expect(await auditActions(carerA)).toContain('selfcheck.result.read');
    const all = await submit(a, page, 'main form', { mode: 'all' }, ['action', 'start']);
    expect(all.$('main fieldset').length).toBe(14);
    const answers = Object.fromEntries(items.map((i) => [`a_${i.key}`, i.reversed ? '3' : '2']));
    const result = await submit(a, all, 'main form', answers, ['action', 'result']);
    expect(result.$('h1').text()).toBe('Resultat för Vera Testsson');
    expect(text(result)).toContain('Viss belastning');
    expect(result.$('form[action$="/kontakt"]').length).toBe(0);
    const before = await rowCounts(t.db, dialect);
    const noConsent = await submit(a, result, 'form[action$="/spara"]', {});
    expect(noConsent.status).toBe(400);
    expect(noConsent.$('#f-consent-error').text()).toContain('samtyckt');
    expect((await rowCounts(t.db, dialect)).selfcheck_results).toBe(before.selfcheck_results);
    const saved = await submit(a, noConsent, 'form[action$="/spara"]', { consent: 'on' });
    expect(saved.status).toBe(303);
    const rows = await t.db.selectFrom('selfcheck_results').selectAll().where('carer_id', '=', carerA).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].unit_id).toBe(t.seeds.get('sodertalje')!.unitIds.get('omsorg-aldre'));
    expect(JSON.parse(rows[0].answers)).toMatchObject({ tid1: 2, tid4: 3 });
    expect(await auditActions(carerA)).toEqual(expect.arrayContaining(['selfcheck.conduct', 'selfcheck.result.create']));
    // Staff checks are not citizen statistics.
    expect((await rowCounts(t.db, dialect)).selfcheck_counters).toBe(before.selfcheck_counters);
  });

  it('compares occasions in an accessible SVG chart with the numbers as a table', async () => {
    t.clock.advance(40 * 24 * 3600 * 1000);
    const a = await signIn(t.app, 'sodertalje', emailOf('konsulent-aldre'));
    const page = await a.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`);
    let screen = await submit(a, page, 'main form', { mode: 'one' }, ['action', 'start']);
    for (const i of items) screen = await submit(a, screen, 'main form', { [`a_${i.key}`]: i.reversed ? '4' : '1' }, ['action', 'next']);
    expect((await submit(a, screen, 'form[action$="/spara"]', { consent: 'on' })).status).toBe(303);
    const res = await a.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}?sparad=1`);
    const svg = res.$('main svg.chart');
    expect(svg.attr('role')).toBe('img');
    expect(svg.find('title').text()).toBe('Belastningskoll över tid');
    const desc = svg.find('desc').text();
    expect(desc).toContain('vid 2 tillfällen');
    expect(desc).toContain('Tid och påfrestning: 2,0, 1,0.');
    expect(svg.find('polyline').length).toBe(4);
    const table = res.$('main table');
    expect(table.find('tbody tr').length).toBe(2);
    expect(table.find('thead th').map((_, e) => res.$(e).text()).get()).toEqual(['Tillfälle', ...BREDVID_INSTRUMENT.dimensions.map((d) => d.name.sv)]);
    expect(table.find('tbody tr').last().text()).toContain('1,0 (Låg belastning)');
  });

  it('puts results in the carer’s register extract and deletes them when the carer is erased', async () => {
    const carer = await newCarer(t, 'sodertalje', 'konsulent-aldre', 'omsorg-aldre', 'Rut Raderasson');
    const a = await signIn(t.app, 'sodertalje', emailOf('konsulent-aldre'));
    const page = await a.get(`/sodertalje/personal/belastningskoll/anhorig/${carer}`);
    const all = await submit(a, page, 'main form', { mode: 'all' }, ['action', 'start']);
    const answers = Object.fromEntries(items.map((i) => [`a_${i.key}`, '3']));
    const result = await submit(a, all, 'main form', answers, ['action', 'result']);
    expect((await submit(a, result, 'form[action$="/spara"]', { consent: 'on' })).status).toBe(303);
    const stored = async () => Number((await t.db.selectFrom('selfcheck_results').select((eb) => eb.fn.countAll<number>().as('n')).where('carer_id', '=', carer).executeTakeFirstOrThrow()).n);
    expect(await stored()).toBe(1);
    const seed = t.seeds.get('sodertalje')!;
    const p = await principalOf(t, 'sodertalje', 'konsulent-aldre');
    const { exportCarer } = await import('../carers/rights.js');
    const tenant = { id: seed.tenantId, slug: 'sodertalje', name: seed.data.name, settings: (await import('../../platform/tenancy/settings.js')).tenantSettingsSchema.parse({}) };
    const extract = await exportCarer(t.db, t.clock, p, scopeFor(p, 'carers:read')!, tenant, carer, 'json');
    expect(extract.selfchecks.length).toBe(1);
    expect(extract.selfchecks[0].Resultat).toMatch(/tid: \d\.\d/);
    const erased = await a.post(`/sodertalje/personal/anhoriga/${carer}/radera`, { confirm: 'yes', requested: 'on' });
    expect(erased.status).toBe(303);
    expect(await stored()).toBe(0);
  });

  it('keeps a carer outside the user’s scope, another municipality’s and unknown ids not found', async () => {
    const aldre = await signIn(t.app, 'sodertalje', emailOf('konsulent-aldre'));
    const psyk = await signIn(t.app, 'sodertalje', emailOf('konsulent-psyk'));
    expect((await aldre.get(`/sodertalje/personal/belastningskoll/anhorig/${carerB}`)).status).toBe(404);
    expect((await psyk.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`)).status).toBe(404);
    const before = await rowCounts(t.db, dialect);
    const v = (await psyk.get(`/sodertalje/personal/belastningskoll/anhorig/${carerB}`)).$('select[name=v] option').first().attr('value')!;
    expect((await psyk.post(`/sodertalje/personal/belastningskoll/anhorig/${carerA}/spara`, { v, mode: 'all', a_tid1: '4', consent: 'on' })).status).toBe(404);
    const other = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await other.get(`/hassleholm/personal/belastningskoll/anhorig/${carerA}`)).status).toBe(404);
    expect((await other.post(`/hassleholm/personal/belastningskoll/anhorig/${carerA}/spara`, { v, mode: 'all', a_tid1: '4', consent: 'on' })).status).toBe(404);
    expect((await aldre.get('/sodertalje/personal/belastningskoll/anhorig/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await aldre.get('/sodertalje/personal/belastningskoll/anhorig/inte-ett-id')).status).toBe(404);
    // Another municipality's instrument version is not accepted for a carer in scope.
    const hv = (await other.get('/hassleholm/belastningskoll')).$('input[name=v]').attr('value')!;
    const foreign = await aldre.post(`/sodertalje/personal/belastningskoll/anhorig/${carerA}/spara`, { v: hv, mode: 'all', a_tid1: '4', consent: 'on' });
    expect(foreign.status).toBe(400);
    expect(text(foreign)).toContain('Välj ett instrument');
    const unknownField = await aldre.post(`/sodertalje/personal/belastningskoll/anhorig/${carerA}/spara`, { v, mode: 'all', a_tid1: '4', consent: 'on', evil: '1' });
    expect(unknownField.status).toBe(400);
    expect((await aldre.post(`/sodertalje/personal/belastningskoll/anhorig/${carerA}/spara`, { v, mode: 'all', a_tid1: '4', consent: 'on' }, { csrf: null })).status).toBe(403);
    const after = await rowCounts(t.db, dialect);
    expect(after.selfcheck_results).toBe(before.selfcheck_results);
  });

  it('finds carers in the user’s scope from the hub, by a posted search', async () => {
    const aldre = await signIn(t.app, 'sodertalje', emailOf('konsulent-aldre'));
    const hub = await aldre.get('/sodertalje/personal/belastningskoll');
    expect(hub.status).toBe(200);
    const found = await submit(aldre, hub, 'main form.filters', { q: 'Vera' });
    expect(found.status).toBe(200);
    expect(found.$('main table a').attr('href')).toBe(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`);
    const outside = await submit(aldre, hub, 'main form.filters', { q: 'Ola Exempelsson' });
    expect(outside.$('main table').length).toBe(0);
    expect(text(outside)).toContain('Ingen anhörig i dina enheter matchar');
    const empty = await submit(aldre, hub, 'main form.filters', { q: '' });
    expect(empty.status).toBe(400);
    expect(empty.$('#f-q-error').text()).toContain('Fältet måste fyllas i');
    expect((await aldre.post('/sodertalje/personal/belastningskoll/sok', { q: 'Vera', evil: '1' })).status).toBe(400);
    expect((await aldre.post('/sodertalje/personal/belastningskoll/sok', { q: 'Vera' }, { csrf: null })).status).toBe(403);
    const admin = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'admin').email);
    expect((await admin.post('/sodertalje/personal/belastningskoll/sok', { q: 'Vera' })).status).toBe(403);
  });

  it('gives roles without selfcheck:staff no access to carers’ results', async () => {
    const admin = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'admin').email);
    expect((await admin.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`)).status).toBe(403);
    const staff = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'staff').email);
    expect((await staff.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`)).status).toBe(403);
    expect((await staff.get('/sodertalje/personal/belastningskoll')).status).toBe(403);
    expect((await staff.get('/sodertalje/personal/belastningskoll/statistik')).status).toBe(403);
    const citizen = new Agent(t.app);
    const res = await citizen.get(`/sodertalje/personal/belastningskoll/anhorig/${carerA}`);
    expect(res.status).toBe(303);
    expect(res.location).toContain('/sodertalje/personal/logga-in');
    // The hub shows each role what it may do.
    const hub = await admin.get('/sodertalje/personal/belastningskoll');
    expect(hub.status).toBe(200);
    expect(hub.$('main a[href="/sodertalje/personal/belastningskoll/instrument"]').length).toBe(1);
  });

  it('counts completed citizen checks per month and overall band, without answers', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    // The demo has counted completions in the half year before its seed date (not March–April).
    const demo = await selfcheckStats(t.db, tenantId, 2026);
    t.clock.set('2026-03-10T10:00:00Z');
    await walkOnePerScreen(new Agent(t.app), 'hassleholm', (k) => (items.find((i) => i.key === k)!.reversed ? 4 : 1)); // lag
    await walkOnePerScreen(new Agent(t.app), 'hassleholm', (k) => (items.find((i) => i.key === k)!.reversed ? 1 : 4)); // hog
    t.clock.set('2026-03-31T22:30:00Z'); // already April in Stockholm
    await walkOnePerScreen(new Agent(t.app), 'hassleholm', (k) => (items.find((i) => i.key === k)!.reversed ? 1 : 4));
    await walkOnePerScreen(new Agent(t.app), 'hassleholm', (_, i) => (i < 12 ? 'skip' : 3)); // too few answers: unscored
    const stats = await selfcheckStats(t.db, tenantId, 2026);
    expect(stats.total - demo.total).toBe(4);
    expect(stats.months.find((m) => m.month === '2026-03')!.byBand).toEqual({ lag: 1, hog: 1 });
    expect(stats.months.find((m) => m.month === '2026-04')!.byBand).toEqual({ hog: 1, unscored: 1 });
    expect(stats.bands.map((b) => b.key)).toEqual(expect.arrayContaining(['lag', 'hog', 'unscored']));
    expect(stats.months).toHaveLength(12);
    expect((await selfcheckStats(t.db, tenantId, 2025)).total).toBe(0);
    expect((await selfcheckStats(t.db, t.seeds.get('sodertalje')!.tenantId, 2026)).months.find((m) => m.month === '2026-03')!.total).toBe(0);
    const specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const page = await specialist.get('/hassleholm/personal/belastningskoll/statistik?ar=2026');
    expect(page.status).toBe(200);
    const march = page.$('main tbody tr').filter((_, e) => page.$(e).text().includes('mars'));
    // Columns: month, låg, viss (the demo's completions bring this band into the year), hög, unscored, total.
    expect(march.find('td').map((_, e) => page.$(e).text()).get()).toEqual(['mars', '1', '0', '1', '0', '2']);
    expect(formFields(page, 'main form.filters').fields.ar).toBe('2026');
  });
});
