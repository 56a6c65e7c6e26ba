import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { createUser } from './service.js';
import { generatePassword } from './users.js';

const BASE = '/hassleholm/personal/admin/anvandare';

describe('generated passwords', () => {
  it('are four groups of four from an alphabet without look-alikes, and differ', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), () => {
      const p = generatePassword();
      expect(p).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
      expect(p).not.toBe(generatePassword());
    }));
  });
});

describe.each(DIALECTS)('user administration on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
  });
  afterAll(async () => t?.close());

  const tenantId = (slug = 'hassleholm') => t.seeds.get(slug)!.tenantId;
  const unitId = (key: string, slug = 'hassleholm') => t.seeds.get(slug)!.unitIds.get(key)!;
  const userId = (key: string, slug = 'hassleholm') => t.seeds.get(slug)!.userIds.get(key)!;
  const userCount = async () => (await t.db.selectFrom('users').select('id').where('tenant_id', '=', tenantId()).execute()).length;
  const roleCount = async () => (await t.db.selectFrom('user_roles').select('id').where('tenant_id', '=', tenantId()).execute()).length;
  const audits = async (action: string) => t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
  const newUser = (over: Record<string, string> = {}) => ({
    name: 'Kim Testsson', email: 'kim.testsson@hassleholm.example.se', title: 'Undersköterska', role: 'staff',
    unitId: unitId('hemvard-norr'), passwordMode: 'manual', password: 'ett-langt-losenord', ...over,
  });

  it('lists the municipality’s users with their roles and units, and logs the read', async () => {
    const page = await admin.get(BASE);
    expect(page.status).toBe(200);
    for (const s of t.seeds.get('hassleholm')!.data.staff) expect(text(page)).toContain(s.email);
    for (const s of t.seeds.get('herrljunga')!.data.staff) expect(text(page)).not.toContain(s.email);
    // Roles shown with the unit, and the specialist in Hässleholm's own word.
    const strateg = page.$(`a[href="${BASE}/${userId('strateg')}"]`).closest('tr').text();
    expect(strateg).toContain('Anhörigstrateg');
    expect(strateg).toContain('Anhörigstrateg – Anhörigstöd och frivilligsamordning');
    const detail = await admin.get(`${BASE}/${userId('strateg')}`);
    expect(text(detail)).toContain('Omsorgsförvaltningen › Myndighet › Anhörigstöd och frivilligsamordning');
    expect((await audits('user.list')).length).toBeGreaterThan(0);
  });

  it('creates a user with a typed password, who can then sign in', async () => {
    expect((await admin.get(`${BASE}/ny`)).status).toBe(200);
    const res = await admin.post(BASE, newUser());
    expect(res.status).toBe(201);
    expect(text(res)).toContain('Användaren är skapad');
    expect(res.body).not.toContain('ett-langt-losenord');
    const row = await t.db.selectFrom('users').selectAll().where('email', '=', 'kim.testsson@hassleholm.example.se').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const roles = await t.db.selectFrom('user_roles').selectAll().where('user_id', '=', row.id).execute();
    expect(roles.map((r) => [r.role, r.unit_id])).toEqual([['staff', unitId('hemvard-norr')]]);
    expect((await audits('user.create')).some((a) => a.subject_id === row.id)).toBe(true);
    // The admin set it, so Kim must choose an own password before anything else.
    const kim = await signIn(t.app, 'hassleholm', 'kim.testsson@hassleholm.example.se', 'ett-langt-losenord');
    expect((await kim.get('/hassleholm/personal')).location).toBe('/hassleholm/personal/byt-losenord');
    expect((await kim.post('/hassleholm/personal/byt-losenord', { current: 'ett-langt-losenord', password: 'kims-egen-fras-i-snon', repeat: 'kims-egen-fras-i-snon' })).status).toBe(303);
    expect((await kim.get('/hassleholm/personal')).status).toBe(200);
  });

  it('creates a user with a generated password shown once', async () => {
    const res = await admin.post(BASE, newUser({ email: 'generated@hassleholm.example.se', passwordMode: 'generate', password: '' }));
    expect(res.status).toBe(201);
    const password = res.$('main code').first().text();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(res.headers['cache-control']).toContain('no-store');
    const user = await signIn(t.app, 'hassleholm', 'generated@hassleholm.example.se', password);
    expect((await user.get('/hassleholm/personal')).location).toBe('/hassleholm/personal/byt-losenord');
    const id = (await t.db.selectFrom('users').select('id').where('email', '=', 'generated@hassleholm.example.se').executeTakeFirstOrThrow()).id;
    expect((await admin.get(`${BASE}/${id}`)).body).not.toContain(password);
    expect((await admin.get(BASE)).body).not.toContain(password);
  });

  it.each([
    ['missing name', { name: '' }, 'name'],
    ['a bad e-mail', { email: 'inte-en-adress' }, 'email'],
    ['a too long title', { title: 'x'.repeat(121) }, 'title'],
    ['an unknown role', { role: 'superuser' }, 'role'],
    ['a malformed unit', { unitId: 'hemvard' }, 'unitId'],
    ['an unknown unit', { unitId: '00000000-0000-4000-8000-000000000000' }, 'unitId'],
    ['another municipality’s unit', { unitId: 'OTHER' }, 'unitId'],
    ['a short password', { password: 'kort' }, 'password'],
    ['a guessable password', { password: 'password1234' }, 'password'],
    ['no password choice', { passwordMode: '' }, 'passwordMode'],
    ['an e-mail already in use', { email: 'ADMIN@hassleholm.example.se' }, 'email'],
    ['an unknown field', { isAdmin: 'yes' }, '_form'],
  ])('rejects %s with a message, and stores nothing', async (_label, over, field) => {
    const [users, roles] = [await userCount(), await roleCount()];
    const form = newUser({ email: `bad-${field}@hassleholm.example.se`, ...over });
    if (form.unitId === 'OTHER') form.unitId = unitId(t.seeds.get('herrljunga')!.data.units[0].key, 'herrljunga');
    const res = await admin.post(BASE, form);
    expect(res.status).toBe(400);
    expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    if (field !== '_form') expect(res.$(`#f-${field}-error`).text()).not.toBe('');
    // The typed password is never sent back in the form.
    expect(res.$('#f-password').val()).toBe('');
    expect([await userCount(), await roleCount()]).toEqual([users, roles]);
  });

  it('disables a user, ending their sessions at once, and enables them again', async () => {
    const email = demoUser(t, 'hassleholm', 'case_officer').email;
    const victim = await signIn(t.app, 'hassleholm', email);
    expect((await victim.get('/hassleholm/personal')).status).toBe(200);
    const id = (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    const res = await admin.post(`${BASE}/${id}/inaktivera`);
    expect(res.status).toBe(303);
    expect(text(await admin.get(res.location!))).toContain('inaktiverat');
    expect((await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', id).execute()).length).toBe(0);
    expect((await victim.get('/hassleholm/personal')).status).toBe(303);
    await expect(signIn(t.app, 'hassleholm', email)).rejects.toThrow(/400/);
    expect((await admin.post(`${BASE}/${id}/aktivera`)).status).toBe(303);
    expect((await (await signIn(t.app, 'hassleholm', email)).get('/hassleholm/personal')).status).toBe(200);
    const actions = (await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
  });

  it('adds and removes roles; the user’s tools follow at their next request', async () => {
    const email = demoUser(t, 'hassleholm', 'board').email;
    const id = (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    const member = await signIn(t.app, 'hassleholm', email);
    expect((await member.get('/hassleholm/personal/stod')).status).toBe(403);
    expect((await admin.post(`${BASE}/${id}/roller`, { role: 'specialist', unitId: unitId('anhorigstod') })).status).toBe(303);
    expect((await member.get('/hassleholm/personal/stod')).status).toBe(200);
    const dup = await admin.post(`${BASE}/${id}/roller`, { role: 'specialist', unitId: unitId('anhorigstod') });
    expect(dup.status).toBe(400);
    expect(dup.$('.error-summary').text()).toContain('redan');
    const other = await admin.post(`${BASE}/${id}/roller`, { role: 'staff', unitId: unitId(t.seeds.get('herrljunga')!.data.units[0].key, 'herrljunga') });
    expect(other.status).toBe(400);
    const role = await t.db.selectFrom('user_roles').select('id').where('user_id', '=', id).where('role', '=', 'specialist').executeTakeFirstOrThrow();
    expect((await admin.post(`${BASE}/${id}/roller/${role.id}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    expect((await member.get('/hassleholm/personal/stod')).status).toBe(403);
    const actions = (await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.role_add', 'user.role_remove']));
  });

  it('does not let an admin remove their own last admin role or disable themselves', async () => {
    const me = userId('admin');
    const [own] = await t.db.selectFrom('user_roles').select('id').where('user_id', '=', me).where('role', '=', 'admin').execute();
    const res = await admin.post(`${BASE}/${me}/roller/${own.id}/ta-bort`, { confirm: 'yes' });
    expect(res.status).toBe(400);
    expect(res.$('.error-summary').text()).toContain('Du kan inte ta bort din sista administratörsroll');
    const self = await admin.post(`${BASE}/${me}/inaktivera`);
    expect(self.status).toBe(400);
    expect(self.$('.error-summary').text()).toContain('ditt eget konto');
    expect((await t.db.selectFrom('user_roles').select('id').where('user_id', '=', me).execute()).length).toBe(1);
    // With a second admin role, the first one may go.
    expect((await admin.post(`${BASE}/${me}/roller`, { role: 'admin', unitId: unitId('of') })).status).toBe(303);
    expect((await admin.post(`${BASE}/${me}/roller/${own.id}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    const left = await t.db.selectFrom('user_roles').select(['role', 'unit_id']).where('user_id', '=', me).execute();
    expect(left).toEqual([{ role: 'admin', unit_id: unitId('of') }]);
  });

  it('gives 404 for another municipality’s user, unknown and malformed ids, and roles of another user', async () => {
    const other = userId('admin', 'herrljunga');
    expect((await admin.get(`${BASE}/${other}`)).status).toBe(404);
    expect((await admin.post(`${BASE}/${other}/inaktivera`)).status).toBe(404);
    expect((await admin.post(`${BASE}/${other}/roller`, { role: 'admin', unitId: 'all' })).status).toBe(404);
    expect((await t.db.selectFrom('users').select('disabled').where('id', '=', other).executeTakeFirstOrThrow()).disabled).toBe(0);
    expect((await admin.get(`${BASE}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await admin.get(`${BASE}/abc`)).status).toBe(404);
    const foreignRole = await t.db.selectFrom('user_roles').select('id').where('user_id', '=', userId('strateg')).executeTakeFirstOrThrow();
    expect((await admin.post(`${BASE}/${userId('konsulent')}/roller/${foreignRole.id}/ta-bort`, { confirm: 'yes' })).status).toBe(404);
  });

  it('refuses without a CSRF token, and for roles without users:admin', async () => {
    const before = await userCount();
    expect((await admin.post(BASE, newUser({ email: 'csrf@hassleholm.example.se' }), { csrf: null })).status).toBe(403);
    const manager = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'unit_manager').email);
    expect((await manager.get(BASE)).status).toBe(403);
    expect((await manager.post(BASE, newUser({ email: 'smyg@hassleholm.example.se' }))).status).toBe(403);
    expect(await userCount()).toBe(before);
  });

  it('shows an admin held in a unit only the users of that unit', async () => {
    await createUser(t.db, tenantId(), { email: 'buf-admin@hassleholm.example.se', name: 'Buf Admin', password: 'buf-admin-losen', roles: [{ role: 'admin', unitId: unitId('buf') }] }, t.clock.now());
    await createUser(t.db, tenantId(), { email: 'larare@hassleholm.example.se', name: 'Lärare Lund', password: 'larare-losenord', roles: [{ role: 'staff', unitId: unitId('grundskola-7-9') }] }, t.clock.now());
    const scoped = await signIn(t.app, 'hassleholm', 'buf-admin@hassleholm.example.se', 'buf-admin-losen');
    const list = await scoped.get(BASE);
    expect(text(list)).toContain('larare@hassleholm.example.se');
    expect(text(list)).not.toContain(demoUser(t, 'hassleholm', 'specialist').email);
    expect((await scoped.get(`${BASE}/${userId('strateg')}`)).status).toBe(404);
    const form = await scoped.get(`${BASE}/ny`);
    expect(form.$('#f-unitId option[value="all"]').length).toBe(0);
    const wide = await scoped.post(BASE, newUser({ email: 'bred@hassleholm.example.se', unitId: 'all' }));
    expect(wide.status).toBe(400);
    const ok = await scoped.post(BASE, newUser({ email: 'elevhalsa@hassleholm.example.se', unitId: unitId('elevhalsa') }));
    expect(ok.status).toBe(201);
  });
});
