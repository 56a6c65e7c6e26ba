import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { createUser } from '../../modules/org/service.js';

describe.each(DIALECTS)('changing passwords on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda'] });
  });
  afterAll(async () => t.close());

  const PAGE = '/vetlanda/personal/byt-losenord';
  const newcomer = async (email: string, password: string) => createUser(t.db, t.seeds.get('vetlanda')!.tenantId,
    { email, name: 'Nora Nyanställd', password, mustChangePassword: true, roles: [{ role: 'staff', unitId: null }] }, t.clock.now());

  it('forces a one-time password set by someone else to be changed before anything else', async () => {
    await newcomer('nora@vetlanda.example.se', 'engangs-losen-fran-admin');
    const other = await signIn(t.app, 'vetlanda', 'nora@vetlanda.example.se', 'engangs-losen-fran-admin');
    const a = new Agent(t.app);
    await a.get('/vetlanda/personal/logga-in');
    const signedIn = await a.post('/vetlanda/personal/logga-in', { email: 'nora@vetlanda.example.se', password: 'engangs-losen-fran-admin' });
    expect(signedIn.location).toBe(PAGE);
    expect((await a.get('/vetlanda/personal')).location).toBe(PAGE);
    expect((await a.get('/vetlanda/personal/anhoriga')).location).toBe(PAGE);
    const page = await a.get(PAGE);
    expect(page.status).toBe(200);
    expect(text(page)).toContain('Välj ett eget lösenord');

    for (const [form, field, message] of [
      [{ current: 'fel-losenord-helt-och-hallet', password: 'kanel-tulpan-cykel-sjö', repeat: 'kanel-tulpan-cykel-sjö' }, 'current', 'stämmer inte'],
      [{ current: 'engangs-losen-fran-admin', password: 'aaaaaaaaaaaa', repeat: 'aaaaaaaaaaaa' }, 'password', 'för lätt'],
      [{ current: 'engangs-losen-fran-admin', password: 'password1234', repeat: 'password1234' }, 'password', 'för lätt'],
      [{ current: 'engangs-losen-fran-admin', password: 'kort', repeat: 'kort' }, 'password', 'minst 12'],
      [{ current: 'engangs-losen-fran-admin', password: 'engangs-losen-fran-admin', repeat: 'engangs-losen-fran-admin' }, 'password', 'annat lösenord'],
      [{ current: 'engangs-losen-fran-admin', password: 'kanel-tulpan-cykel-sjö', repeat: 'kanel-tulpan-cykel' }, 'repeat', 'inte likadana'],
    ] as const) {
      const res = await a.post(PAGE, form);
      expect(res.status).toBe(400);
      expect(res.$('.error-summary').text()).toContain(message);
      expect(res.$(`#f-${field}-error`).text()).toContain(message);
      expect(res.body).not.toContain(form.password);
    }
    const changed = await a.post(PAGE, { current: 'engangs-losen-fran-admin', password: 'kanel-tulpan-cykel-sjö', repeat: 'kanel-tulpan-cykel-sjö' });
    expect(changed.location).toBe('/vetlanda/personal');
    expect((await a.get('/vetlanda/personal')).status).toBe(200);
    // The other session, signed in with the one-time password, has ended.
    expect((await other.get('/vetlanda/personal')).status).toBe(303);
    const row = await t.db.selectFrom('users').select(['id', 'must_change_password']).where('email', '=', 'nora@vetlanda.example.se').executeTakeFirstOrThrow();
    expect(row.must_change_password).toBe(0);
    const audited = await t.db.selectFrom('audit_log').select(['action', 'purpose']).where('subject_id', '=', row.id).where('action', '=', 'auth.password_change').execute();
    expect(audited).toEqual([{ action: 'auth.password_change', purpose: 'first_sign_in' }]);
    const stale = new Agent(t.app);
    await stale.get('/vetlanda/personal/logga-in');
    expect((await stale.post('/vetlanda/personal/logga-in', { email: 'nora@vetlanda.example.se', password: 'engangs-losen-fran-admin' })).status).toBe(400);
    await signIn(t.app, 'vetlanda', 'nora@vetlanda.example.se', 'kanel-tulpan-cykel-sjö');
  });

  it('lets anyone change their own password with the old one, without being forced', async () => {
    const email = demoUser(t, 'vetlanda', 'staff').email;
    const a = await signIn(t.app, 'vetlanda', email);
    expect((await a.get('/vetlanda/personal')).status).toBe(200);
    const page = await a.get(PAGE);
    expect(text(page)).not.toContain('Välj ett eget lösenord');
    const res = await a.post(PAGE, { current: 'bredvid-demo', password: 'gurka-fyrtorn-vals-84', repeat: 'gurka-fyrtorn-vals-84' });
    expect(res.location).toBe(`${PAGE}?klart=1`);
    expect(text(await a.get(res.location!))).toContain('Lösenordet är bytt');
    await signIn(t.app, 'vetlanda', email, 'gurka-fyrtorn-vals-84');
  });

  it('needs a signed-in person', async () => {
    expect((await new Agent(t.app).get(PAGE)).status).toBe(303);
  });
});
