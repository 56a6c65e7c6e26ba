// The public form's rate limit lives in the database: two app instances over one database
// share it, and what is stored is a keyed hash of the address, never the address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createApp } from '../../app.js';
import { Agent, buildTestApp, DIALECTS, text, type TestApp } from '../../../test/harness.js';
import { JOBS, runJobOnce } from '../../platform/jobs/scheduler.js';
import { KEEP_MS } from '../../platform/auth/rate-limit.js';
import { allowAttempt, limitKey, RATE_LIMIT } from './limiter.js';
import { anonymousForm, sendForm } from './test-helpers.js';

const ADDRESS = '198.51.100.23';
const OTHER = '203.0.113.77';

describe.each(DIALECTS)('rate limit of the public form across instances on %s', (dialect) => {
  let t: TestApp;
  let second: FastifyInstance;
  beforeAll(async () => {
    // Behind a load balancer: the client's address comes in X-Forwarded-For.
    t = await buildTestApp(dialect, { slugs: ['hassleholm'], config: { TRUST_PROXY: true } });
    second = await createApp({ db: t.db, dialect, config: t.config, clock: t.clock });
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const rowsFor = async (address: string) => t.db.selectFrom('login_attempts').selectAll()
    .where('key_hash', '=', limitKey(t.config.sessionSecret, 'contact', address)).execute();

  it('counts the attempts of one address on both instances together, and refuses with the Swedish 429 page', async () => {
    const one = new Agent(t.app, { 'x-forwarded-for': ADDRESS });
    const two = new Agent(second, { 'x-forwarded-for': ADDRESS });
    const started = (await one.get('/hassleholm/kontakt')).$('input[name="started"]').attr('value');
    const startedTwo = (await two.get('/hassleholm/kontakt')).$('input[name="started"]').attr('value');
    t.clock.advance(5000);
    const half = RATE_LIMIT.max / 2;
    // Each instance alone stays under the limit; together they use it up.
    for (let i = 0; i < half; i++) expect((await one.post('/hassleholm/kontakt', { ...anonymousForm, started, consent: undefined })).status).toBe(400);
    for (let i = 0; i < RATE_LIMIT.max - half; i++) expect((await two.post('/hassleholm/kontakt', { ...anonymousForm, started: startedTwo, consent: undefined })).status).toBe(400);
    for (const [agent, stamp] of [[one, started], [two, startedTwo]] as const) {
      const limited = await agent.post('/hassleholm/kontakt', { ...anonymousForm, started: stamp });
      expect(limited.status).toBe(429);
      expect(limited.$('html').attr('lang')).toBe('sv');
      expect(text(limited)).toContain('För många försök');
    }
    // Refused attempts are not counted: the window's rows are exactly the limit.
    expect(await rowsFor(ADDRESS)).toHaveLength(RATE_LIMIT.max);
    // Another address is not affected, on either instance.
    const other = new Agent(second, { 'x-forwarded-for': OTHER });
    expect((await sendForm(t, other, 'hassleholm', anonymousForm)).status).toBe(303);
    // When the window has passed, the address may send again, and its old rows are gone.
    t.clock.advance(RATE_LIMIT.windowMs + 1000);
    expect((await sendForm(t, one, 'hassleholm', anonymousForm)).status).toBe(303);
    expect(await rowsFor(ADDRESS)).toHaveLength(1);
  });

  it('stores no address anywhere: only the HMAC under the app secret, removed by the hourly job', async () => {
    const keys = (await t.db.selectFrom('login_attempts').select('key_hash').execute()).map((r) => r.key_hash);
    expect(keys).toContain(limitKey(t.config.sessionSecret, 'contact', ADDRESS));
    expect(keys).toContain(limitKey(t.config.sessionSecret, 'contact', OTHER));
    // Not even an unkeyed hash of the address that anyone could compute from the address alone.
    expect(keys).not.toContain(limitKey('', 'contact', ADDRESS));
    const tables = await t.db.introspection.getTables();
    for (const table of tables.filter((x) => !x.name.startsWith('kysely_'))) {
      const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table.name)}`.execute(t.db);
      const dump = JSON.stringify(rows.rows);
      expect({ table: table.name, hasAddress: dump.includes(ADDRESS) || dump.includes(OTHER) }).toEqual({ table: table.name, hasAddress: false });
    }
    t.clock.advance(KEEP_MS + 1000);
    const job = JOBS.find((j) => j.name === 'auth.prune-login-attempts')!;
    expect(await runJobOnce(t.app.deps, job)).toBe(true);
    expect(await rowsFor(ADDRESS)).toHaveLength(0);
    expect(await rowsFor(OTHER)).toHaveLength(0);
  });

  it('lets at most the limit through when attempts race, and forgets the refused ones', async () => {
    t.clock.advance(RATE_LIMIT.windowMs + 1000);
    const now = t.clock.now();
    const secret = t.config.sessionSecret;
    const address = '192.0.2.50';
    const tries = Array.from({ length: RATE_LIMIT.max + 10 }, () => allowAttempt(t.db, secret, 'accessibility-feedback', address, now));
    const allowed = (await Promise.all(tries)).filter(Boolean).length;
    // Racing attempts may all be refused at the edge (PostgreSQL runs them truly in parallel),
    // but never more than the limit get through, and only the allowed ones stay counted.
    expect(allowed).toBeLessThanOrEqual(RATE_LIMIT.max);
    const key = limitKey(secret, 'accessibility-feedback', address);
    const counted = await t.db.selectFrom('login_attempts').select('id').where('key_hash', '=', key).execute();
    expect(counted).toHaveLength(allowed);
    // One at a time, the address gets exactly what is left of its limit.
    let more = 0;
    for (let i = 0; i < RATE_LIMIT.max; i++) if (await allowAttempt(t.db, secret, 'accessibility-feedback', address, now)) more++;
    expect(more).toBe(RATE_LIMIT.max - allowed);
    // The contact form's own count for that address is untouched: each form counts on its own.
    expect(await allowAttempt(t.db, secret, 'contact', address, now)).toBe(true);
  });
});
