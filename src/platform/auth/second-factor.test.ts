import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../jobs/scheduler.js';
import { Agent, buildTestApp, demoUser, DIALECTS, nextAddress, signIn, text, type TestApp } from '../../../test/harness.js';

const secretOf = (page: { $: (s: string) => { text(): string } }) => page.$('code.secret').text().replace(/\s/g, '');
const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at.getTime() });

describe.each(DIALECTS)('second factor on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda'] });
  });
  afterAll(async () => t.close());

  const BASE = '/vetlanda/personal';
  const ENROL = `${BASE}/tvastegsverifiering`;
  const CODE = `${BASE}/logga-in/kod`;

  /** Signs in with the password only; returns the agent on the page the password led to. */
  async function password(email: string) {
    const a = new Agent(t.app, {}, nextAddress());
    await a.get(`${BASE}/logga-in`);
    const res = await a.post(`${BASE}/logga-in`, { email, password: 'bredvid-demo' });
    return { a, res };
  }

  async function enrol(email: string) {
    const a = await signIn(t.app, 'vetlanda', email);
    const page = await a.get(ENROL);
    expect(page.status).toBe(200);
    expect(page.$('svg.qr path').attr('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    const secret = secretOf(page);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const wrong = await a.post(ENROL, { code: '000000' === codeAt(secret, t.clock.now()) ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.$('#f-code-error').text()).toContain('stämmer inte');
    const done = await a.post(ENROL, { code: codeAt(secret, t.clock.now()) });
    expect(done.status).toBe(200);
    const codes = done.$('ul.recovery-codes code').map((_, el) => done.$(el).text()).get();
    expect(codes).toHaveLength(10);
    return { a, secret, codes };
  }

  const userId = async (email: string) => (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const signInRows = async (id: string) => t.db.selectFrom('audit_log').select(['auth_method']).where('user_id', '=', id)
    .where('action', '=', 'auth.sign_in').orderBy('at').execute();

  it('enrols with a confirmed code, stores the seed sealed, then asks for a code after the password', async () => {
    const email = demoUser(t, 'vetlanda', 'specialist').email;
    const { secret, codes } = await enrol(email);
    const id = await userId(email);
    const row = await t.db.selectFrom('totp_factors').select(['secret_sealed', 'confirmed_at']).where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(row.confirmed_at).not.toBeNull();
    expect(row.secret_sealed).not.toContain(secret);
    const stored = await t.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', id).execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(codes[0]);

    t.clock.advance(60_000);
    const { a, res } = await password(email);
    expect(res.location).toBe(CODE);
    // The password alone opened no session.
    expect((await a.get(`${BASE}/anhoriga`)).status).toBe(303);
    const form = await a.get(CODE);
    expect(form.status).toBe(200);
    expect(form.$('input[name="code"]').attr('autocomplete')).toBe('one-time-code');
    const wrong = await a.post(CODE, { code: '12345x' });
    expect(wrong.status).toBe(400);
    expect(wrong.$('.error-summary').text()).toContain('Koden stämmer inte');
    const code = codeAt(secret, t.clock.now());
    const ok = await a.post(CODE, { code });
    expect(ok.location).toBe(BASE);
    expect((await a.get(BASE)).status).toBe(200);

    // The same code again, in a new sign-in within its 30 seconds, is refused.
    const second = await password(email);
    expect(second.res.location).toBe(CODE);
    await second.a.get(CODE);
    expect((await second.a.post(CODE, { code })).status).toBe(400);
    expect((await signInRows(id)).map((r) => r.auth_method)).toContain('password+totp');
    const failed = await t.db.selectFrom('audit_log').select('action').where('user_id', '=', id).where('action', '=', 'auth.second_factor_failed').execute();
    expect(failed.length).toBe(2);
  });

  it('accepts a recovery code exactly once, as method password+recovery', async () => {
    const email = demoUser(t, 'vetlanda', 'case_officer').email;
    const { codes } = await enrol(email);
    const first = await password(email);
    await first.a.get(CODE);
    const ok = await first.a.post(CODE, { code: codes[3]!.toUpperCase() });
    expect(ok.location).toBe(BASE);
    const again = await password(email);
    await again.a.get(CODE);
    expect((await again.a.post(CODE, { code: codes[3]! })).status).toBe(400);
    const rows = await signInRows(await userId(email));
    expect(rows.at(-1)!.auth_method).toBe('password+recovery');
    // New codes: the old ones stop working.
    expect(text(await first.a.get(ENROL))).toContain('9 oanvända reservkoder');
    const fresh = await first.a.post(`${ENROL}/reservkoder`);
    expect(fresh.$('ul.recovery-codes code')).toHaveLength(10);
    const old = await password(email);
    await old.a.get(CODE);
    expect((await old.a.post(CODE, { code: codes[4]! })).status).toBe(400);
  });

  it('throttles guessing: after five wrong codes even the right one waits', async () => {
    const email = demoUser(t, 'vetlanda', 'unit_manager').email;
    const { secret } = await enrol(email);
    t.clock.advance(60_000);
    const { a } = await password(email);
    await a.get(CODE);
    for (let i = 0; i < 5; i++) expect((await a.post(CODE, { code: String(100000 + i) })).status).toBe(400);
    const blocked = await a.post(CODE, { code: codeAt(secret, t.clock.now()) });
    expect(blocked.status).toBe(429);
    // Five more from another address reach the per-user ceiling: a third address waits too.
    const b = await password(email);
    await b.a.get(CODE);
    for (let i = 0; i < 5; i++) expect((await b.a.post(CODE, { code: String(200000 + i) })).status).toBe(400);
    t.clock.advance(31_000);
    const c = await password(email);
    await c.a.get(CODE);
    expect((await c.a.post(CODE, { code: codeAt(secret, t.clock.now()) })).status).toBe(429);
  });

  it('forgets the pending step after five minutes', async () => {
    const email = demoUser(t, 'vetlanda', 'specialist').email;
    const { a } = await password(email);
    t.clock.advance(6 * 60_000);
    expect((await a.get(CODE)).location).toBe(`${BASE}/logga-in`);
    await JOBS.find((j) => j.name === 'auth.prune-pending-sign-ins')!.run(t.app.deps, t.clock.now());
    expect(await t.db.selectFrom('pending_sign_ins').select('id_hash').execute()).toEqual([]);
  });

  it('lets an administrator reset a lost factor: audited, and the user is signed out', async () => {
    const email = demoUser(t, 'vetlanda', 'director').email;
    const { a } = await enrol(email);
    const id = await userId(email);
    const admin = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
    const page = await admin.get(`${BASE}/admin/anvandare/${id}`);
    expect(text(page)).toMatch(/Tvåstegsverifiering ?På/);
    const reset = await admin.post(`${BASE}/admin/anvandare/${id}/tvastegsverifiering/aterstall`, { confirm: 'yes' });
    expect(reset.location).toBe(`${BASE}/admin/anvandare/${id}?klart=tvasteg`);
    expect(text(await admin.get(reset.location!))).toMatch(/Tvåstegsverifiering ?Av/);
    expect((await a.get(BASE)).status).toBe(303);
    expect(await t.db.selectFrom('recovery_codes').select('id').where('user_id', '=', id).execute()).toEqual([]);
    const rows = await t.db.selectFrom('audit_log').select(['subject_id']).where('action', '=', 'auth.second_factor_reset').execute();
    expect(rows).toEqual([{ subject_id: id }]);
    // The password alone signs in again.
    expect((await password(email)).res.location).toBe(BASE);
  });

  it('shows the sign-in method in the access-log review', async () => {
    const auditor = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'auditor').email);
    const log = await auditor.get(`${BASE}/logg?action=auth.sign_in`);
    expect(log.status).toBe(200);
    const cells = log.$('td').map((_, el) => log.$(el).text().trim()).get();
    expect(cells).toContain('Inloggning: lösenord och kod från app');
    expect(cells).toContain('Inloggning: lösenord och reservkod');
    expect(cells).toContain('Inloggning: bara lösenord');
  });

  it('lets the municipality require a second factor of those who read identified data', async () => {
    const admin = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
    const settings = await admin.get(`${BASE}/admin/installningar`);
    const form: Record<string, string | string[]> = {};
    settings.$('form[action$="/installningar"] :input[name]').each((_, el) => {
      const e = settings.$(el);
      const type = e.attr('type');
      if ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined) return;
      form[e.attr('name')!] = e.is('textarea') ? e.text() : (e.val() as string) ?? '';
    });
    delete form._csrf;
    const saved = await admin.post(`${BASE}/admin/installningar`, { ...form, requireSecondFactor: 'on' });
    expect(saved.status).toBe(303);
    const stored = await t.db.selectFrom('tenants').select('settings').where('slug', '=', 'vetlanda').executeTakeFirstOrThrow();
    expect(JSON.parse(stored.settings).requireSecondFactor).toBe(true);
    // The administrator can reset others' factors and set passwords: forced too.
    expect((await admin.get(`${BASE}/admin/installningar`)).location).toBe(ENROL);

    // A specialist without a factor reaches nothing but the enrolment page.
    const email = demoUser(t, 'vetlanda', 'area_manager').email;
    const staff = demoUser(t, 'vetlanda', 'staff').email;
    const { a, res } = await password(email);
    expect(res.location).toBe(BASE);
    // area_manager reads ambassadors (identified): forced.
    expect((await a.get(BASE)).location).toBe(ENROL);
    const page = await a.get(ENROL);
    expect(text(page)).toContain('Kommunen kräver tvåstegsverifiering');
    await a.post(ENROL, { code: codeAt(secretOf(page), t.clock.now()) });
    expect((await a.get(BASE)).status).toBe(200);
    // A role without identified data is not forced.
    const plain = await password(staff);
    expect((await plain.a.get(BASE)).status).toBe(200);
  });
});
