// Logs carry no personal data (SPEC §5.3, ASVS V7): across a sign-in, a failed sign-in and a
// refused request, no e-mail address, IP address, user agent, cookie value, CSRF token,
// password or raw URL appears in the JSON log lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { TestClock } from '../src/platform/db/clock.js';
import { seedForTest, DEMO_PASSWORD } from '../src/demo/seed.js';
import { Agent, createTestDb, DIALECTS, type TestDb } from './harness.js';

describe.each(DIALECTS)('log lines on %s', (dialect) => {
  let database: TestDb;
  let app: FastifyInstance;
  const lines: string[] = [];
  let email = '';
  beforeAll(async () => {
    database = await createTestDb(dialect);
    const clock = new TestClock();
    const seeds = await seedForTest(database.db, clock.now(), ['vetlanda']);
    email = seeds.get('vetlanda')!.data.staff.find((s) => s.roles.some((r) => r.role === 'specialist'))!.email;
    app = await createApp({ db: database.db, dialect, config: testConfig({ LOG_LEVEL: 'info' }), clock }, { logStream: { write: (l) => { lines.push(l); } } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('are JSON lines with method, route and status, and nothing identifying', async () => {
    const userAgent = 'UnikWebbläsare/9.9 (hemlig-agent)';
    const forwarded = '198.51.100.23';
    const a = new Agent(app, { 'user-agent': userAgent, 'x-forwarded-for': forwarded });
    await a.get('/vetlanda/personal/logga-in?next=/vetlanda/personal/hemlig-sokvag');
    const failedEmail = 'finns.inte@vetlanda.example.se';
    const failed = await a.post('/vetlanda/personal/logga-in', { email: failedEmail, password: 'fel-losenord-123' });
    expect(failed.status).toBe(400);
    const wrong = await a.post('/vetlanda/personal/logga-in', { email, password: 'ocksa-fel-losenord' });
    expect(wrong.status).toBe(400);
    const ok = await a.post('/vetlanda/personal/logga-in', { email, password: DEMO_PASSWORD });
    expect(ok.status).toBe(303);
    const home = await a.get('/vetlanda/personal');
    expect(home.status).toBe(200);
    expect((await a.post('/vetlanda/personal/logga-ut', {}, { csrf: null })).status).toBe(403);
    expect((await a.get('/vetlanda/stod/ett-privat-token-i-url')).status).toBe(404);

    const log = lines.join('');
    const records = lines.flatMap((l) => l.split('\n')).filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = records.filter((r) => r.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(7);
    expect(requests.map((r) => r.route)).toContain('/:tenant/personal/logga-in');
    expect(requests.every((r) => typeof r.status === 'number' && typeof r.method === 'string')).toBe(true);

    const secrets = {
      email, failedEmail, ip: '127.0.0.1', forwarded, userAgent, password: DEMO_PASSWORD, wrongPassword: 'ocksa-fel-losenord',
      session: a.cookie('bredvid_sid')!, csrfCookie: a.cookie('bredvid_csrf')!, csrfToken: a.csrf, rawUrl: 'hemlig-sokvag', urlToken: 'ett-privat-token-i-url',
    };
    expect(secrets.session.length).toBeGreaterThan(20);
    for (const [what, value] of Object.entries(secrets)) {
      expect({ what, found: log.toLowerCase().includes(value.toLowerCase()) }).toEqual({ what, found: false });
    }
  });
});
