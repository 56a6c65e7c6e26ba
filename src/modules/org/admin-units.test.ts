import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { createUser } from './service.js';

const BASE = '/hassleholm/personal/admin';

describe.each(DIALECTS)('organisation editor on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
  });
  afterAll(async () => t?.close());

  const tenantId = (slug = 'hassleholm') => t.seeds.get(slug)!.tenantId;
  const unitId = (key: string, slug = 'hassleholm') => t.seeds.get(slug)!.unitIds.get(key)!;
  const unitCount = async () => (await t.db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId()).execute()).length;
  const unitRow = (id: string) => t.db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditActions = async () => (await t.db.selectFrom('audit_log').select('action').where('tenant_id', '=', tenantId()).execute()).map((r) => r.action);

  it('shows the admin start page and the whole organisation tree', async () => {
    const home = await admin.get(BASE);
    expect(home.status).toBe(200);
    expect(home.$('main .cards a').map((_, e) => home.$(e).attr('href')).get()).toEqual(
      ['organisation', 'grupper', 'anvandare', 'installningar', 'inloggning', 'tillganglighet', 'importera'].map((p) => `${BASE}/${p}`));
    const page = await admin.get(`${BASE}/organisation`);
    expect(page.status).toBe(200);
    const names = t.seeds.get('hassleholm')!.data.units.map((u) => u.name);
    for (const n of names) expect(text(page)).toContain(n);
    // Nothing of Herrljunga's organisation appears.
    for (const u of t.seeds.get('herrljunga')!.data.units.filter((x) => !names.includes(x.name))) expect(text(page)).not.toContain(u.name);
  });

  it('adds an administration and an area under it, renames and moves it, and audits each step', async () => {
    const before = await unitCount();
    const add = await admin.post(`${BASE}/organisation`, { name: 'Kultur- och fritidsförvaltningen', kind: 'administration', parentId: '' });
    expect(add.status).toBe(303);
    const adminRow = await t.db.selectFrom('org_units').selectAll().where('tenant_id', '=', tenantId()).where('name', '=', 'Kultur- och fritidsförvaltningen').executeTakeFirstOrThrow();
    expect(adminRow.parent_id).toBeNull();
    const area = await admin.post(`${BASE}/organisation`, { name: 'Fritidsgårdar', kind: 'area', parentId: adminRow.id, external: 'on', sortOrder: '3' });
    expect(area.status).toBe(303);
    expect(await unitCount()).toBe(before + 2);
    const areaRow = await t.db.selectFrom('org_units').selectAll().where('tenant_id', '=', tenantId()).where('name', '=', 'Fritidsgårdar').executeTakeFirstOrThrow();
    expect([areaRow.parent_id, areaRow.external, areaRow.sort_order]).toEqual([adminRow.id, 1, 3]);

    const edit = await admin.get(`${BASE}/organisation/${areaRow.id}`);
    expect(edit.status).toBe(200);
    expect(edit.$('#f-name').val()).toBe('Fritidsgårdar');
    // The unit itself is not offered as its own parent.
    expect(edit.$(`#f-parentId option[value="${areaRow.id}"]`).length).toBe(0);
    const moved = await admin.post(`${BASE}/organisation/${areaRow.id}`, { name: 'Fritid och ungdom', kind: 'area', parentId: unitId('sf'), sortOrder: '' });
    expect(moved.status).toBe(303);
    const after = await unitRow(areaRow.id);
    expect([after.name, after.parent_id, after.external]).toEqual(['Fritid och ungdom', unitId('sf'), 0]);
    const actions = await auditActions();
    expect(actions.filter((a) => a === 'org.unit_create').length).toBeGreaterThanOrEqual(2);
    expect(actions).toContain('org.unit_move');
  });

  it('refuses to move a unit in under itself', async () => {
    const res = await admin.post(`${BASE}/organisation/${unitId('of-hemvard')}`, { name: 'Hemvård', kind: 'area', parentId: unitId('hemvard-norr') });
    expect(res.status).toBe(400);
    expect(res.$('.error-summary').text()).toContain('under sig själv');
    expect((await unitRow(unitId('of-hemvard'))).parent_id).toBe(unitId('of'));
  });

  it('deactivates a leaf unit, refuses a unit with active children or a routing rule, and activates again', async () => {
    const withChildren = await admin.post(`${BASE}/organisation/${unitId('of-hemvard')}/inaktivera`);
    expect(withChildren.status).toBe(400);
    expect(withChildren.$('.error-summary').text()).toContain('aktiva enheter under sig');
    const routed = await admin.post(`${BASE}/organisation/${unitId('bus')}/inaktivera`);
    expect(routed.status).toBe(400);
    expect(routed.$('.error-summary').text()).toContain('regel');
    expect((await unitRow(unitId('bus'))).active).toBe(1);

    const leaf = unitId('hemvard-vinslov');
    expect((await admin.post(`${BASE}/organisation/${leaf}/inaktivera`)).status).toBe(303);
    expect((await unitRow(leaf)).active).toBe(0);
    const tree = await admin.get(`${BASE}/organisation`);
    expect(tree.$(`a[href="${BASE}/organisation/${leaf}"]`).parent().text()).toContain('Inaktiv');
    // An inactive unit is not offered as a parent.
    expect(tree.$(`#f-parentId option[value="${leaf}"]`).length).toBe(0);
    expect((await admin.post(`${BASE}/organisation/${leaf}/aktivera`)).status).toBe(303);
    expect((await unitRow(leaf)).active).toBe(1);
    expect(await auditActions()).toEqual(expect.arrayContaining(['org.unit_deactivate', 'org.unit_activate']));
  });

  it('refuses to deactivate the unit that takes violence-flagged requests (issue 15)', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const leaf = unitId('hemvard-vinslov');
    const row = await t.db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirstOrThrow();
    await t.db.updateTable('tenants').set({ settings: JSON.stringify({ ...JSON.parse(row.settings), violenceUnitId: leaf }) }).where('id', '=', tenantId).execute();
    try {
      const res = await admin.post(`${BASE}/organisation/${leaf}/inaktivera`);
      expect(res.status).toBe(400);
      expect(res.$('.error-summary').text()).toContain('våld i nära relation');
      expect((await unitRow(leaf)).active).toBe(1);
    } finally {
      await t.db.updateTable('tenants').set({ settings: row.settings }).where('id', '=', tenantId).execute();
    }
  });

  it.each([
    ['missing name', { name: '', kind: 'unit', parentId: 'PARENT' }, 'name'],
    ['too long name', { name: 'x'.repeat(121), kind: 'unit', parentId: 'PARENT' }, 'name'],
    ['wrong kind', { name: 'Ny enhet', kind: 'department', parentId: 'PARENT' }, 'kind'],
    ['administration with a parent', { name: 'Ny förvaltning', kind: 'administration', parentId: 'PARENT' }, 'parentId'],
    ['unit without parent', { name: 'Ny enhet', kind: 'unit', parentId: '' }, 'parentId'],
    ['malformed parent', { name: 'Ny enhet', kind: 'unit', parentId: 'abc' }, 'parentId'],
    ['unknown parent', { name: 'Ny enhet', kind: 'unit', parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
    ['another municipality’s parent', { name: 'Ny enhet', kind: 'unit', parentId: 'OTHER' }, 'parentId'],
    ['wrong type sort order', { name: 'Ny enhet', kind: 'unit', parentId: 'PARENT', sortOrder: 'först' }, 'sortOrder'],
    ['unknown field', { name: 'Ny enhet', kind: 'unit', parentId: 'PARENT', colour: 'red' }, '_form'],
  ])('rejects %s with a message at the field, and stores nothing', async (_label, form, field) => {
    const before = await unitCount();
    const body = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v === 'PARENT' ? unitId('of-hemvard') : v === 'OTHER' ? unitId(t.seeds.get('herrljunga')!.data.units[0].key, 'herrljunga') : v]));
    const res = await admin.post(`${BASE}/organisation`, body);
    expect(res.status).toBe(400);
    expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    if (field !== '_form') expect(res.$(`#f-${field}-error, #f-${field} .field-error`).text().length).toBeGreaterThan(0);
    expect(await unitCount()).toBe(before);
  });

  it('gives 404 for another municipality’s unit, an unknown id and a malformed id', async () => {
    const other = unitId(t.seeds.get('herrljunga')!.data.units[0].key, 'herrljunga');
    expect((await admin.get(`${BASE}/organisation/${other}`)).status).toBe(404);
    const post = await admin.post(`${BASE}/organisation/${other}`, { name: 'Kapad', kind: 'administration', parentId: '' });
    expect(post.status).toBe(404);
    expect((await admin.post(`${BASE}/organisation/${other}/inaktivera`)).status).toBe(404);
    expect((await unitRow(other)).name).not.toBe('Kapad');
    expect((await admin.get(`${BASE}/organisation/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await admin.get(`${BASE}/organisation/not-an-id`)).status).toBe(404);
  });

  it('refuses a post without CSRF token and roles without org:admin', async () => {
    const before = await unitCount();
    const noToken = await admin.post(`${BASE}/organisation`, { name: 'Utan token', kind: 'area', parentId: unitId('of') }, { csrf: null });
    expect(noToken.status).toBe(403);
    const specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await specialist.get(`${BASE}/organisation`)).status).toBe(403);
    expect((await specialist.post(`${BASE}/organisation`, { name: 'Smyg', kind: 'area', parentId: unitId('of') })).status).toBe(403);
    expect(await unitCount()).toBe(before);
    // A signed-out visitor is sent to sign in.
    expect((await new Agent(t.app).get(`${BASE}/organisation`)).status).toBe(303);
  });

  it('lets an admin held in a unit edit only that unit’s subtree', async () => {
    await createUser(t.db, tenantId(), { email: 'delegerad@hassleholm.example.se', name: 'Delegerad Admin', password: 'delegerad-admin-1', roles: [{ role: 'admin', unitId: unitId('of') }] }, t.clock.now());
    const scoped = await signIn(t.app, 'hassleholm', 'delegerad@hassleholm.example.se', 'delegerad-admin-1');
    const tree = await scoped.get(`${BASE}/organisation`);
    expect(tree.status).toBe(200);
    expect(tree.$(`a[href="${BASE}/organisation/${unitId('of-hemvard')}"]`).length).toBe(1);
    expect(tree.$(`a[href="${BASE}/organisation/${unitId('buf')}"]`).length).toBe(0);
    expect((await scoped.get(`${BASE}/organisation/${unitId('of-hemvard')}`)).status).toBe(200);
    expect((await scoped.get(`${BASE}/organisation/${unitId('buf')}`)).status).toBe(404);
    const top = await scoped.post(`${BASE}/organisation`, { name: 'Egen förvaltning', kind: 'administration', parentId: '' });
    expect(top.status).toBe(400);
    const outside = await scoped.post(`${BASE}/organisation`, { name: 'Smyg', kind: 'unit', parentId: unitId('buf-cebe') });
    expect(outside.status).toBe(400);
    expect((await scoped.post(`${BASE}/organisation`, { name: 'Hemvård Sösdala', kind: 'unit', parentId: unitId('of-hemvard') })).status).toBe(303);
    expect((await scoped.get(`${BASE}/grupper`)).status).toBe(403);
    expect((await scoped.get(`${BASE}/installningar`)).status).toBe(403);
  });
});

describe.each(DIALECTS)('governance bodies on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
  });
  afterAll(async () => t?.close());

  const bodyCount = async () => (await t.db.selectFrom('governance_bodies').select('id').where('tenant_id', '=', t.seeds.get('hassleholm')!.tenantId).execute()).length;

  it('lists the municipality’s bodies, adds one and edits it', async () => {
    const list = await admin.get('/hassleholm/personal/admin/grupper');
    expect(list.status).toBe(200);
    for (const b of t.seeds.get('hassleholm')!.data.bodies) expect(text(list)).toContain(b.name);
    for (const b of t.seeds.get('herrljunga')!.data.bodies) expect(text(list)).not.toContain(b.name);
    expect((await admin.get('/hassleholm/personal/admin/grupper/ny')).status).toBe(200);
    const add = await admin.post('/hassleholm/personal/admin/grupper', { kind: 'working_group', name: 'Nätverk för unga anhöriga', meetingsPerYear: '6', description: 'Skolkuratorer och anhörigstrateg.' });
    expect(add.status).toBe(303);
    const row = await t.db.selectFrom('governance_bodies').selectAll().where('name', '=', 'Nätverk för unga anhöriga').executeTakeFirstOrThrow();
    expect(row.meetings_per_year).toBe(6);
    const edit = await admin.post(`/hassleholm/personal/admin/grupper/${row.id}`, { kind: 'working_group', name: 'Nätverk för unga anhöriga', meetingsPerYear: '', description: 'Ändrad.' });
    expect(edit.status).toBe(303);
    const after = await t.db.selectFrom('governance_bodies').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect([after.meetings_per_year, after.description]).toEqual([null, 'Ändrad.']);
    const actions = (await t.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['org.body_create', 'org.body_update']));
  });

  it('rejects bad input and another municipality’s body', async () => {
    const before = await bodyCount();
    const bad = await admin.post('/hassleholm/personal/admin/grupper', { kind: 'club', name: '', meetingsPerYear: 'ofta', description: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    for (const f of ['kind', 'name', 'meetingsPerYear', 'description']) expect(bad.$(`#f-${f}-error`).text()).not.toBe('');
    expect(await bodyCount()).toBe(before);
    const other = t.seeds.get('herrljunga')!.bodyIds.values().next().value!;
    expect((await admin.get(`/hassleholm/personal/admin/grupper/${other}`)).status).toBe(404);
    expect((await admin.post(`/hassleholm/personal/admin/grupper/${other}`, { kind: 'other', name: 'Kapad', description: '' })).status).toBe(404);
  });
});
