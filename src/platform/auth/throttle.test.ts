import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { passwordVerifier } from './passwords.js';
import { ACCOUNT_TIERS, MAX_PER_ACCOUNT, MAX_PER_ADDRESS } from './rate-limit.js';

describe.each(DIALECTS)('sign-in throttle under parallel guessing on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda'], config: { TRUST_PROXY: true } });
  });
  afterAll(async () => t.close());
  afterEach(() => vi.restoreAllMocks());

  const from = async (address: string) => {
    const a = new Agent(t.app, { 'x-forwarded-for': address });
    await a.get('/vetlanda/personal/logga-in');
    return a;
  };
  const countVerifications = () => vi.spyOn(passwordVerifier, 'verify');

  it('checks exactly the allowed number of 100 parallel guesses, then answers 429 with Retry-After', async () => {
    const email = demoUser(t, 'vetlanda', 'staff').email;
    const attacker = await from('198.51.100.7');
    const verify = countVerifications();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) =>
      attacker.post('/vetlanda/personal/logga-in', { email, password: `guess-${i}` })));
    const statuses = results.map((r) => r.status);
    expect(verify.mock.calls.length).toBe(MAX_PER_ACCOUNT);
    expect(statuses.filter((s) => s === 400).length).toBe(verify.mock.calls.length);
    expect(statuses.filter((s) => s === 429).length).toBe(100 - verify.mock.calls.length);
    const refused = results.find((r) => r.status === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.$('.error-summary').text()).toContain('För många');

    // Even the right password is not checked from this address until the wait is over …
    const blocked = await attacker.post('/vetlanda/personal/logga-in', { email, password: 'bredvid-demo' });
    expect(blocked.status).toBe(429);
    expect(verify.mock.calls.length).toBe(MAX_PER_ACCOUNT);
    // … but the person herself, from her own address, is not locked out by it.
    const colleague = await from('203.0.113.20');
    expect((await colleague.post('/vetlanda/personal/logga-in', { email, password: 'bredvid-demo' })).status).toBe(303);
    // After the window the right password works from the guessing address as well.
    t.clock.advance(Number(refused.headers['retry-after']) * 1000 + 1000);
    expect((await attacker.post('/vetlanda/personal/logga-in', { email, password: 'bredvid-demo' })).status).toBe(303);
    t.clock.advance(24 * 60 * 60 * 1000);
  });

  it('makes each further batch of wrong guesses wait longer', async () => {
    const email = demoUser(t, 'vetlanda', 'staff').email;
    const a = await from('198.51.100.8');
    const waits: number[] = [];
    for (let batch = 0; batch < 2; batch++) {
      for (let i = 0; i < MAX_PER_ACCOUNT; i++) expect((await a.post('/vetlanda/personal/logga-in', { email, password: 'wrong-password' })).status).toBe(400);
      const refused = await a.post('/vetlanda/personal/logga-in', { email, password: 'wrong-password' });
      expect(refused.status).toBe(429);
      waits.push(Number(refused.headers['retry-after']));
      t.clock.advance(waits[batch]! * 1000 + 1000);
    }
    expect(waits[0]).toBeLessThanOrEqual(ACCOUNT_TIERS[0]!.windowMs / 1000);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    t.clock.advance(24 * 60 * 60 * 1000);
  });

  it('has a ceiling per address across accounts, and a successful sign-in does not use it up', async () => {
    const a = await from('198.51.100.9');
    const ok = await from('198.51.100.9');
    for (let i = 0; i < 30; i++) await signInOnce(ok);
    const statuses: number[] = [];
    for (let i = 0; i < MAX_PER_ADDRESS + 5; i++) statuses.push((await a.post('/vetlanda/personal/logga-in', { email: `nobody${i}@vetlanda.example.se`, password: 'x' })).status);
    expect(statuses.slice(0, MAX_PER_ADDRESS).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(MAX_PER_ADDRESS).every((s) => s === 429)).toBe(true);
    t.clock.advance(24 * 60 * 60 * 1000);

    async function signInOnce(agent: Agent) {
      const email = demoUser(t, 'vetlanda', 'staff').email;
      const res = await agent.post('/vetlanda/personal/logga-in', { email, password: 'bredvid-demo' });
      expect(res.status).toBe(303);
      await agent.post('/vetlanda/personal/logga-ut', {});
      await agent.get('/vetlanda/personal/logga-in');
    }
  });
});

describe.each(DIALECTS)('sign-out cookie on %s in production mode', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda'], config: { isProduction: true } });
  });
  afterAll(async () => t.close());

  it('clears the session cookie with the attributes it was set with', async () => {
    const a = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'staff').email);
    const res = await t.app.inject({
      method: 'POST', url: '/vetlanda/personal/logga-ut', payload: `_csrf=${encodeURIComponent(a.csrf)}`,
      headers: { cookie: `__Host-bredvid_sid=${a.cookie('__Host-bredvid_sid')}; __Host-bredvid_csrf=${a.cookie('__Host-bredvid_csrf') ?? ''}`, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(303);
    const cleared = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-bredvid_sid='))!;
    expect(cleared).toBeDefined();
    expect(cleared).toMatch(/; Secure/i);
    expect(cleared).toMatch(/; HttpOnly/i);
    expect(cleared).toMatch(/; Path=\//i);
    expect(cleared).toMatch(/; SameSite=Lax/i);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/i);
  });
});
