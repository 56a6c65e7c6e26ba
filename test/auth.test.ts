import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from './harness.js';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from '../src/platform/auth/sessions.js';
import { MAX_PER_ACCOUNT } from '../src/platform/auth/rate-limit.js';
import { createUser } from '../src/modules/org/service.js';

describe.each(DIALECTS)('sign-in, sessions, CSRF and audit on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['sodertalje', 'vetlanda'] });
  });
  afterAll(async () => t?.close());

  const specialist = () => demoUser(t, 'sodertalje', 'specialist').email;

  it('signs in, lands on the start page with the roles shown, and gets a new session id each time', async () => {
    const a = new Agent(t.app);
    await a.get('/sodertalje/personal/logga-in');
    const first = await a.post('/sodertalje/personal/logga-in', { email: specialist(), password: 'bredvid-demo' });
    expect(first.status).toBe(303);
    expect(first.location).toBe('/sodertalje/personal');
    const sid1 = a.cookie('bredvid_sid');
    expect(sid1).toBeTruthy();
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(first.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
    const home = await a.get('/sodertalje/personal');
    expect(home.status).toBe(200);
    expect(text(home)).toContain('Anhörigkonsulent');
    expect(home.$('a[href="/sodertalje/personal/stod"]').length).toBeGreaterThan(0);
    await a.get('/sodertalje/personal/logga-in');
    // Sign in again on the same browser: a fresh id, the old one dead.
    const again = await a.post('/sodertalje/personal/logga-in', { email: specialist(), password: 'bredvid-demo' });
    expect(again.status).toBe(303);
    expect(a.cookie('bredvid_sid')).not.toBe(sid1);
    const old = new Agent(t.app, { cookie: `bredvid_sid=${sid1}` });
    expect((await old.get('/sodertalje/personal')).status).toBe(303);
  });

  it('refuses a wrong password with a message, and records the failure', async () => {
    const a = new Agent(t.app);
    await a.get('/sodertalje/personal/logga-in');
    const res = await a.post('/sodertalje/personal/logga-in', { email: specialist(), password: 'fel' });
    expect(res.status).toBe(400);
    expect(res.$('.error-summary').text()).toContain('stämmer inte');
    const rows = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'auth.sign_in_failed').execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it('signs out and kills the session', async () => {
    const a = await signIn(t.app, 'sodertalje', specialist());
    const sid = a.cookie('bredvid_sid')!;
    const out = await a.post('/sodertalje/personal/logga-ut');
    expect(out.status).toBe(303);
    const replay = new Agent(t.app, { cookie: `bredvid_sid=${sid}` });
    expect((await replay.get('/sodertalje/personal')).status).toBe(303);
    const actions = (await t.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
    expect(actions).toContain('auth.sign_in');
    expect(actions).toContain('auth.sign_out');
  });

  it('ends a session after 30 minutes idle and after 12 hours in all', async () => {
    const a = await signIn(t.app, 'sodertalje', specialist());
    t.clock.advance(IDLE_TIMEOUT_MS - 60_000);
    expect((await a.get('/sodertalje/personal')).status).toBe(200);
    t.clock.advance(IDLE_TIMEOUT_MS + 1000);
    expect((await a.get('/sodertalje/personal')).status).toBe(303);

    const b = await signIn(t.app, 'sodertalje', specialist());
    for (let spent = 0; spent < ABSOLUTE_TIMEOUT_MS - 20 * 60_000; spent += 20 * 60_000) {
      t.clock.advance(20 * 60_000);
      expect((await b.get('/sodertalje/personal')).status).toBe(200);
    }
    t.clock.advance(40 * 60_000);
    expect((await b.get('/sodertalje/personal')).status).toBe(303);
  });

  it('refuses state-changing requests without the right CSRF token', async () => {
    const a = await signIn(t.app, 'sodertalje', specialist());
    const none = await a.post('/sodertalje/personal/logga-ut', {}, { csrf: null });
    expect(none.status).toBe(403);
    expect(text(none)).toContain('Formuläret har gått ut');
    const wrong = await a.post('/sodertalje/personal/logga-ut', {}, { csrf: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect((await a.get('/sodertalje/personal')).status).toBe(200);
    const anon = new Agent(t.app);
    expect((await anon.post('/sodertalje/personal/logga-in', { email: specialist(), password: 'bredvid-demo' }, { csrf: null })).status).toBe(403);
  });

  it('rate limits sign-in per account with a Swedish 429', async () => {
    const email = demoUser(t, 'vetlanda', 'staff').email;
    const a = new Agent(t.app);
    await a.get('/vetlanda/personal/logga-in');
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) await a.post('/vetlanda/personal/logga-in', { email, password: 'wrong-password' });
    const blocked = await a.post('/vetlanda/personal/logga-in', { email, password: 'bredvid-demo' });
    expect(blocked.status).toBe(429);
    // Only keyed hashes are stored: not the address, and not a plain hash anyone could recompute.
    const tenantId = t.seeds.get('vetlanda')!.tenantId;
    const plain = createHash('sha256').update(`account:${tenantId}:${email.toLowerCase()}`).digest('hex');
    const stored = (await t.db.selectFrom('login_attempts').select('key_hash').execute()).map((r) => r.key_hash);
    expect(stored.length).toBeGreaterThanOrEqual(MAX_PER_ACCOUNT);
    expect(stored).not.toContain(plain);
    expect(stored.join(' ')).not.toContain(email);
    expect(blocked.$('.error-summary').text()).toContain('För många');
    t.clock.advance(16 * 60_000);
    const ok = await a.post('/vetlanda/personal/logga-in', { email, password: 'bredvid-demo' });
    expect(ok.status).toBe(303);
  });

  it('rate limits sign-in per address across accounts', async () => {
    const a = new Agent(t.app, { 'x-test': 'same-address' });
    await a.get('/vetlanda/personal/logga-in');
    let last = 0;
    for (let i = 0; i < 25; i++) last = (await a.post('/vetlanda/personal/logga-in', { email: `nobody${i}@vetlanda.example.se`, password: 'x' })).status;
    expect(last).toBe(429);
    t.clock.advance(16 * 60_000);
  });

  it('does not let a session of one municipality act in another', async () => {
    const a = await signIn(t.app, 'sodertalje', specialist());
    const other = await a.get('/vetlanda/personal');
    expect(other.status).toBe(303);
    expect(other.location).toContain('/vetlanda/personal/logga-in');
    await a.get('/vetlanda/personal/logga-in');
    const wrongTenant = await a.post('/vetlanda/personal/logga-in', { email: specialist(), password: 'bredvid-demo' });
    expect(wrongTenant.status).toBe(400);
  });

  it('keeps disabled users out', async () => {
    const tenantId = t.seeds.get('sodertalje')!.tenantId;
    await createUser(t.db, tenantId, { email: 'tillfallig@sodertalje.example.se', name: 'Tillfällig Testperson', password: 'ett-langt-losenord', roles: [{ role: 'staff', unitId: null }] }, t.clock.now());
    const a = await signIn(t.app, 'sodertalje', 'tillfallig@sodertalje.example.se', 'ett-langt-losenord');
    await t.db.updateTable('users').set({ disabled: 1 }).where('email', '=', 'tillfallig@sodertalje.example.se').execute();
    expect((await a.get('/sodertalje/personal')).status).toBe(303);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(sql`update audit_log set action = 'tampered'`.execute(t.db)).rejects.toThrow();
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow();
  });

  it('sends security headers with a strict CSP on every page', async () => {
    const res = await new Agent(t.app).get('/sodertalje/stod');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers health and readiness', async () => {
    const a = new Agent(t.app);
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    expect((await a.get('/')).status).toBe(200);
  });
});
