import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, nextAddress, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { SoftAuthenticator } from '../../../test/soft-authenticator.js';

const optionsOf = (page: Page, kind: 'create' | 'get') => {
  const raw = page.$(`form[data-passkey="${kind}"]`).attr('data-options');
  expect(raw, `a ${kind} form with options`).toBeTruthy();
  return JSON.parse(raw!) as { challenge: string; rp?: { id: string }; rpId?: string; allowCredentials?: { id: string }[]; excludeCredentials?: { id: string }[] };
};

describe.each(DIALECTS)('passkeys on %s', (dialect) => {
  let t: TestApp;
  let rpId: string;
  let origin: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda'] });
    const url = new URL(t.config.PUBLIC_BASE_URL);
    rpId = url.hostname;
    origin = url.origin;
  });
  afterAll(async () => t.close());

  const BASE = '/vetlanda/personal';
  const ENROL = `${BASE}/tvastegsverifiering`;
  const CODE = `${BASE}/logga-in/kod`;
  const KEY_SIGN_IN = `${BASE}/logga-in/nyckel`;

  const userId = async (email: string) => (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const auditRows = async (id: string, action: string) => t.db.selectFrom('audit_log').select(['auth_method', 'subject_id', 'outcome'])
    .where('user_id', '=', id).where('action', '=', action).orderBy('at').execute();

  /** A signed-in user adds a passkey from the enrolment page. */
  async function register(email: string, name = 'Jobbtelefonen') {
    const a = await signIn(t.app, 'vetlanda', email);
    const page = await a.get(ENROL);
    expect(page.status).toBe(200);
    const options = optionsOf(page, 'create');
    expect(options.rp!.id).toBe(rpId);
    const key = new SoftAuthenticator(rpId, origin);
    const res = await a.post(`${ENROL}/nyckel`, { name, response: JSON.stringify(key.create(options.challenge)) });
    // The first factor of someone without the app: recovery codes, shown once.
    expect(res.status).toBe(200);
    expect(text(res)).toContain('Nyckeln är tillagd');
    const codes = res.$('ul.recovery-codes code').map((_, el) => res.$(el).text()).get();
    expect(codes).toHaveLength(10);
    return { a, key, codes };
  }

  /** The password step: the agent on the code page, with the passkey options it offers. */
  async function password(email: string) {
    const a = new Agent(t.app, {}, nextAddress());
    await a.get(`${BASE}/logga-in`);
    const res = await a.post(`${BASE}/logga-in`, { email, password: 'bredvid-demo' });
    expect(res.location).toBe(CODE);
    const page = await a.get(CODE);
    expect(page.status).toBe(200);
    return { a, page };
  }

  it('registers a passkey: only the public key is stored, audited, listed, and the ceremony is progressive enhancement', async () => {
    const email = demoUser(t, 'vetlanda', 'specialist').email;
    const { a, key } = await register(email);
    const id = await userId(email);
    expect(await t.db.selectFrom('recovery_codes').select('id').where('user_id', '=', id).execute()).toHaveLength(10);
    const rows = await t.db.selectFrom('passkeys').select(['credential_id', 'public_key', 'counter', 'transports', 'name']).where('user_id', '=', id).execute();
    expect(rows).toEqual([{ credential_id: key.id, public_key: expect.stringMatching(/^[\w-]+$/), counter: 1, transports: 'internal', name: 'Jobbtelefonen' }]);
    expect(await auditRows(id, 'auth.passkey_added')).toHaveLength(1);
    const page = await a.get(`${ENROL}?klart=nyckel`);
    expect(text(page)).toContain('Nyckeln är tillagd');
    expect(page.$('table caption').text()).toBe('Dina nycklar');
    expect(page.$('tbody td').first().text()).toBe('Jobbtelefonen');
    // The add form stays hidden without the script; the script is a fingerprinted static file.
    const form = page.$('form[data-passkey="create"]');
    expect(form.attr('hidden')).toBeDefined();
    expect(optionsOf(page, 'create').excludeCredentials!.map((c) => c.id)).toEqual([key.id]);
    const src = page.$('script').attr('src')!;
    expect(src).toMatch(/^\/static\/passkey\.[0-9a-f]{10}\.js$/);
    const js = await a.get(src);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(page.$('script:not([src])')).toHaveLength(0);
  });

  it('refuses a replayed, foreign-origin or unnamed registration with 400', async () => {
    const email = demoUser(t, 'vetlanda', 'case_officer').email;
    const a = await signIn(t.app, 'vetlanda', email);
    const options = optionsOf(await a.get(ENROL), 'create');
    const key = new SoftAuthenticator(rpId, origin);
    const foreign = await a.post(`${ENROL}/nyckel`, { name: 'Nyckel', response: JSON.stringify(key.create(options.challenge, { origin: 'https://evil.example' })) });
    expect(foreign.status).toBe(400);
    expect(foreign.$('.error-summary').text()).toContain('Det gick inte att lägga till nyckeln');
    // The failed attempt used up its challenge: the same challenge does not work again.
    const used = await a.post(`${ENROL}/nyckel`, { name: 'Nyckel', response: JSON.stringify(key.create(options.challenge)) });
    expect(used.status).toBe(400);
    const fresh = optionsOf(used, 'create');
    const response = JSON.stringify(key.create(fresh.challenge));
    expect((await a.post(`${ENROL}/nyckel`, { name: '', response })).status).toBe(400);
    expect((await a.post(`${ENROL}/nyckel`, { name: 'Nyckel', response: 'inte json' })).status).toBe(400);
    const last = optionsOf(await a.get(ENROL), 'create');
    const ok = JSON.stringify(key.create(last.challenge));
    expect((await a.post(`${ENROL}/nyckel`, { name: 'Nyckel', response: ok })).status).toBe(200);
    expect((await a.post(`${ENROL}/nyckel`, { name: 'Nyckel', response: ok })).status).toBe(400);
    expect(await t.db.selectFrom('passkeys').select('id').where('user_id', '=', await userId(email)).execute()).toHaveLength(1);
    // A second key: the recovery codes stay as they were, and the page follows post/redirect/get.
    const second = new SoftAuthenticator(rpId, origin);
    const more = await a.post(`${ENROL}/nyckel`, { name: 'Säkerhetsnyckel', response: JSON.stringify(second.create(optionsOf(await a.get(ENROL), 'create').challenge)) });
    expect(more.location).toBe(`${ENROL}?klart=nyckel`);
    expect(await t.db.selectFrom('passkeys').select('id').where('user_id', '=', await userId(email)).execute()).toHaveLength(2);
  });

  it('signs in with a passkey after the password: method passkey, counter moves, audited', async () => {
    const email = demoUser(t, 'vetlanda', 'unit_manager').email;
    const { key } = await register(email);
    const id = await userId(email);
    // A passkey counts as a second factor: the password alone opens no session.
    const { a, page } = await password(email);
    expect((await a.get(`${BASE}/anhoriga`)).status).toBe(303);
    const form = page.$('form[data-passkey="get"]');
    expect(form.attr('hidden')).toBeDefined();
    expect(form.find('button').text()).toBe('Logga in med nyckel');
    // Without the script the code form is there as before.
    expect(page.$('input[name="code"]')).toHaveLength(1);
    const options = optionsOf(page, 'get');
    expect(options.rpId).toBe(rpId);
    expect(options.allowCredentials!.map((c) => c.id)).toEqual([key.id]);
    const ok = await a.post(KEY_SIGN_IN, { response: JSON.stringify(key.get(options.challenge)) });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(BASE);
    expect((await a.get(BASE)).status).toBe(200);
    expect((await auditRows(id, 'auth.sign_in')).at(-1)!.auth_method).toBe('passkey');
    const row = await t.db.selectFrom('passkeys').select(['counter', 'last_used_at']).where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(Number(row.counter)).toBe(2);
    expect(row.last_used_at).toBe(t.clock.now().toISOString());
    const session = await t.db.selectFrom('sessions').select('auth_method').where('user_id', '=', id).execute();
    expect(session.map((s) => s.auth_method)).toContain('passkey');
  });

  it('refuses a replayed response, a wrong challenge, an unknown key and a counter going backwards', async () => {
    const email = demoUser(t, 'vetlanda', 'director').email;
    const { key, codes } = await register(email);
    const id = await userId(email);
    const first = await password(email);
    const answer = JSON.stringify(key.get(optionsOf(first.page, 'get').challenge));
    expect((await first.a.post(KEY_SIGN_IN, { response: answer })).location).toBe(BASE);

    // The same answer in a new sign-in: its challenge is used up.
    const replay = await password(email);
    const replayed = await replay.a.post(KEY_SIGN_IN, { response: answer });
    expect(replayed.status).toBe(400);
    expect(replayed.$('.error-summary').text()).toContain('Det gick inte att logga in med nyckeln');
    // A challenge the server never issued.
    const wrong = await password(email);
    expect((await wrong.a.post(KEY_SIGN_IN, { response: JSON.stringify(key.get('AAAAAAAAAAAAAAAAAAAAAA')) })).status).toBe(400);
    // A key the user never registered, signing the real challenge.
    const unknown = await password(email);
    const stranger = new SoftAuthenticator(rpId, origin);
    expect((await unknown.a.post(KEY_SIGN_IN, { response: JSON.stringify(stranger.get(optionsOf(unknown.page, 'get').challenge)) })).status).toBe(400);
    // A cloned key: its counter is behind the stored one.
    const clone = await password(email);
    const stored = Number((await t.db.selectFrom('passkeys').select('counter').where('user_id', '=', id).executeTakeFirstOrThrow()).counter);
    expect((await clone.a.post(KEY_SIGN_IN, { response: JSON.stringify(key.get(optionsOf(clone.page, 'get').challenge, { counter: stored - 1 })) })).status).toBe(400);
    // Without the script (or WebAuthn), a recovery code from the first key still signs in.
    const fallback = await password(email);
    expect((await fallback.a.post(CODE, { code: codes[0]! })).location).toBe(BASE);
    // Garbage is a 400 too.
    const junk = await password(email);
    expect((await junk.a.post(KEY_SIGN_IN, { response: '{"id":1}' })).status).toBe(400);
    expect((await auditRows(id, 'auth.passkey_failed')).length).toBe(5);
    expect((await auditRows(id, 'auth.sign_in')).map((r) => r.auth_method)).toEqual(['password', 'passkey', 'password+recovery']);
    // No pending sign-in: back to the password.
    expect((await new Agent(t.app).post(KEY_SIGN_IN, { response: answer })).location).toBe(`${BASE}/logga-in`);
  });

  it('lets the user remove a passkey (audited), never someone else\'s', async () => {
    const email = demoUser(t, 'vetlanda', 'area_manager').email;
    const { a } = await register(email);
    const id = await userId(email);
    const keyId = (await t.db.selectFrom('passkeys').select('id').where('user_id', '=', id).executeTakeFirstOrThrow()).id;
    const other = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'staff').email);
    await other.get(ENROL);
    expect((await other.post(`${ENROL}/nyckel/${keyId}/ta-bort`, { confirm: 'yes' })).status).toBe(404);
    const page = await a.get(ENROL);
    expect(page.$(`form[action="${ENROL}/nyckel/${keyId}/ta-bort"] button`).attr('aria-label')).toBe('Ta bort nyckeln Jobbtelefonen');
    const removed = await a.post(`${ENROL}/nyckel/${keyId}/ta-bort`, { confirm: 'yes' });
    expect(removed.location).toBe(`${ENROL}?klart=borttagen`);
    expect(text(await a.get(removed.location!))).toContain('Du har inga nycklar');
    expect(await t.db.selectFrom('passkeys').select('id').where('user_id', '=', id).execute()).toEqual([]);
    expect(await auditRows(id, 'auth.passkey_removed')).toEqual([{ auth_method: null, subject_id: keyId, outcome: expect.anything() }]);
    // Without a factor left, the password alone signs in again.
    const b = new Agent(t.app, {}, nextAddress());
    await b.get(`${BASE}/logga-in`);
    expect((await b.post(`${BASE}/logga-in`, { email, password: 'bredvid-demo' })).location).toBe(BASE);
  });

  it('removes passkeys when an administrator resets the factors', async () => {
    const email = demoUser(t, 'vetlanda', 'auditor').email;
    await register(email);
    const id = await userId(email);
    const admin = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
    expect(text(await admin.get(`${BASE}/admin/anvandare/${id}`))).toMatch(/Tvåstegsverifiering ?På/);
    const reset = await admin.post(`${BASE}/admin/anvandare/${id}/tvastegsverifiering/aterstall`, { confirm: 'yes' });
    expect(reset.status).toBe(303);
    expect(await t.db.selectFrom('passkeys').select('id').where('user_id', '=', id).execute()).toEqual([]);
    expect(await t.db.selectFrom('webauthn_challenges').select('challenge').where('user_id', '=', id).execute()).toEqual([]);
    const b = new Agent(t.app, {}, nextAddress());
    await b.get(`${BASE}/logga-in`);
    expect((await b.post(`${BASE}/logga-in`, { email, password: 'bredvid-demo' })).location).toBe(BASE);
  });

  it('lets someone the municipality forces to enrol do so with a passkey', async () => {
    const row = await t.db.selectFrom('tenants').select('settings').where('slug', '=', 'vetlanda').executeTakeFirstOrThrow();
    await t.db.updateTable('tenants').set({ settings: JSON.stringify({ ...JSON.parse(row.settings), requireSecondFactor: true }) }).where('slug', '=', 'vetlanda').execute();
    t.clock.advance(5_000); // past the tenant cache's revalidation
    const a = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
    expect((await a.get(BASE)).location).toBe(ENROL);
    const page = await a.get(ENROL);
    expect(text(page)).toContain('Kommunen kräver tvåstegsverifiering');
    const key = new SoftAuthenticator(rpId, origin);
    const added = await a.post(`${ENROL}/nyckel`, { name: 'Datorn', response: JSON.stringify(key.create(optionsOf(page, 'create').challenge)) });
    expect(added.status).toBe(200);
    // The key counts: this session was proven with it, and nothing is forced any more.
    expect((await a.get(BASE)).status).toBe(200);
  });
});
