// The public form's rate limit lives in the database: two app instances over one database
// share it, and what is stored is a keyed hash of the address, never the address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createApp } from '../../app.js';
import { Agent, buildTestApp, DIALECTS, text, type TestApp } from '../../../test/harness.js';
import { invalidateTenant } from '../../platform/tenancy/cache.js';
import { JOBS, runJobOnce } from '../../platform/jobs/scheduler.js';
import { keyedHash, KEEP_MS } from '../../platform/auth/rate-limit.js';
import { CONTACT_LIMITS, HANDOVER_LIMITS } from './limiter.js';
import { LIMIT_WINDOW_MS, recordAccepted } from '../../platform/http/abuse-limits.js';
import { anonymousForm, sendForm } from '../../../test/requests.js';

const ADDRESS = '198.51.100.23';
const OTHER = '203.0.113.77';

describe.each(DIALECTS)('rate limit of the public form across instances on %s', (dialect) => {
  let t: TestApp;
  let second: FastifyInstance;
  beforeAll(async () => {
    // Behind a load balancer: the client's address comes in X-Forwarded-For.
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'], config: { TRUST_PROXY: true } });
    second = await createApp({ db: t.db, dialect, config: t.config, clock: t.clock });
    await second.ready();
    const settings = JSON.parse((await t.db.selectFrom('tenants').select('settings').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow()).settings) as Record<string, unknown>;
    await t.db.updateTable('tenants').set({ settings: JSON.stringify({ ...settings, contactPhone: '0451-26 70 00', contactEmail: 'anhorig@hassleholm.example.se' }) }).where('slug', '=', 'hassleholm').execute();
    // Written behind the app's back: tell the tenant cache, as the admin settings service does.
    invalidateTenant(t.seeds.get('hassleholm')!.tenantId);
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const contactKey = (address: string, slug = 'hassleholm') =>
    keyedHash(t.config.sessionSecret, `public-write:contact:${t.seeds.get(slug)!.tenantId}:address:${address}`);
  const rowsFor = async (address: string) => t.db.selectFrom('login_attempts').selectAll()
    .where('key_hash', '=', contactKey(address)).execute();

  it('counts the accepted requests of one address on both instances together, and refuses with a 429 page that keeps the form', async () => {
    const one = new Agent(t.app, { 'x-forwarded-for': ADDRESS });
    const two = new Agent(second, { 'x-forwarded-for': ADDRESS });
    const half = CONTACT_LIMITS.perAddress / 2;
    // Each instance alone stays under the limit; together they use it up.
    for (let i = 0; i < half; i++) expect((await sendForm(t, one, 'hassleholm', anonymousForm)).status).toBe(303);
    for (let i = 0; i < CONTACT_LIMITS.perAddress - half; i++) expect((await sendForm(t, two, 'hassleholm', anonymousForm)).status).toBe(303);
    const message = 'Jag tar hand om min mamma och behöver prata med någon.';
    for (const agent of [one, two]) {
      const limited = await sendForm(t, agent, 'hassleholm', { ...anonymousForm, message });
      expect(limited.status).toBe(429);
      expect(limited.$('html').attr('lang')).toBe('sv');
      expect(text(limited)).toContain('Det du skrev finns kvar i formuläret');
      expect(limited.$('main form input[name="message"]').attr('value')).toBe(message);
      expect(limited.$('input[name="phone"]').attr('value')).toBe(anonymousForm.phone);
    }
    // Refused requests are not counted: the window's rows are exactly the limit.
    expect(await rowsFor(ADDRESS)).toHaveLength(CONTACT_LIMITS.perAddress);
    // Another address is not affected, on either instance.
    const other = new Agent(second, { 'x-forwarded-for': OTHER });
    expect((await sendForm(t, other, 'hassleholm', anonymousForm)).status).toBe(303);
    // When the window has passed, the address may send again.
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    expect((await sendForm(t, one, 'hassleholm', anonymousForm)).status).toBe(303);
  });

  it('stores no address anywhere: only the HMAC under the app secret, removed by the hourly job', async () => {
    const keys = (await t.db.selectFrom('login_attempts').select('key_hash').execute()).map((r) => r.key_hash);
    expect(keys).toContain(contactKey(ADDRESS));
    expect(keys).toContain(contactKey(OTHER));
    // Not even an unkeyed hash of the address that anyone could compute from the address alone.
    expect(keys).not.toContain(keyedHash('', `public-write:contact:${t.seeds.get('hassleholm')!.tenantId}:address:${ADDRESS}`));
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

  it('lets at most the limit through when requests race, on two instances, and counts only those accepted', async () => {
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    const address = '192.0.2.50';
    const one = new Agent(t.app, { 'x-forwarded-for': address });
    const two = new Agent(second, { 'x-forwarded-for': address });
    const n = CONTACT_LIMITS.perAddress + 10;
    // One browser per instance that has opened the form once: the racing walks through the
    // steps then share its CSRF cookie (walks starting without one would overwrite each
    // other's cookie and token mid-way and be refused as expired forms, not by the limit).
    for (const agent of [one, two]) await agent.get('/hassleholm/kontakt');
    const since = t.clock.now().toISOString();
    const sent = await Promise.all(Array.from({ length: n }, (_, i) => sendForm(t, i % 2 ? one : two, 'hassleholm', anonymousForm)));
    const accepted = sent.filter((r) => r.status === 303).length;
    // Exactly the limit gets through (none refused at the edge), every other one is a 429,
    // and only the accepted stay counted.
    expect(accepted).toBe(CONTACT_LIMITS.perAddress);
    expect(sent.filter((r) => r.status === 429)).toHaveLength(n - accepted);
    expect(sent.find((r) => r.status === 429)?.headers['retry-after']).toBe(String(LIMIT_WINDOW_MS / 1000));
    expect(await rowsFor(address)).toHaveLength(accepted);
    const requests = await t.db.selectFrom('contact_requests').select('id')
      .where('tenant_id', '=', t.seeds.get('hassleholm')!.tenantId).where('created_at', '>=', since).execute();
    expect(requests).toHaveLength(accepted);
  });

  it('speaks the visitor\'s language at the limit, and limits the self-check hand-over too', async () => {
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    const address = '192.0.2.60';
    const a = new Agent(t.app, { 'x-forwarded-for': address });
    for (let i = 0; i < CONTACT_LIMITS.perAddress; i++) expect((await sendForm(t, a, 'hassleholm', anonymousForm)).status).toBe(303);
    await a.get('/hassleholm/kontakt?lang=en');
    const english = await sendForm(t, a, 'hassleholm', anonymousForm);
    expect(english.status).toBe(429);
    expect(text(english)).toContain('What you wrote is still in the form');
    expect(text(english)).toContain('0451-26 70 00');
    // The hand-over from the self-check stores nothing, but a script cannot run it without end.
    await a.get('/hassleholm/kontakt?lang=sv');
    const handover = { prefill: '1', selfcheck: 'Resultat: hög belastning' };
    for (let i = 0; i < HANDOVER_LIMITS.perAddress; i++) expect((await a.post('/hassleholm/kontakt', handover)).status).toBe(200);
    const limited = await a.post('/hassleholm/kontakt', handover);
    expect(limited.status).toBe(429);
    expect(text(limited)).toContain('Resultat: hög belastning');
  });

  it('does not count 25 invalid posts, and names the municipality\'s phone and e-mail at the limit', async () => {
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    const address = '192.0.2.80';
    const a = new Agent(t.app, { 'x-forwarded-for': address });
    for (let i = 0; i < 25; i++) expect((await sendForm(t, a, 'hassleholm', { ...anonymousForm, consent: undefined })).status).toBe(400);
    expect(await rowsFor(address)).toHaveLength(0);
    for (let i = 0; i < CONTACT_LIMITS.perAddress; i++) expect((await sendForm(t, a, 'hassleholm', anonymousForm)).status).toBe(303);
    const limited = await sendForm(t, a, 'hassleholm', { ...anonymousForm, message: 'Kan ni ringa mig?' });
    expect(limited.status).toBe(429);
    expect(text(limited)).toContain('0451-26 70 00');
    expect(text(limited)).toContain('anhorig@hassleholm.example.se');
    expect(limited.$('main form input[name="message"]').attr('value')).toBe('Kan ni ringa mig?');
  });

  it('limits one municipality as a whole, without touching another municipality', async () => {
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    const now = t.clock.now();
    const secret = t.config.sessionSecret;
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    // Accepted requests from many addresses use up Hässleholm's limit.
    for (let i = 0; i < CONTACT_LIMITS.perMunicipality; i++) {
      await recordAccepted(t.db, secret, now, { form: 'contact', tenantId, address: `10.1.${Math.floor(i / 200)}.${i % 200}` }, CONTACT_LIMITS);
    }
    const fresh = new Agent(t.app, { 'x-forwarded-for': '192.0.2.90' });
    const limited = await sendForm(t, fresh, 'hassleholm', anonymousForm);
    expect(limited.status).toBe(429);
    expect(limited.$('input[name="name"]').attr('value')).toBe(anonymousForm.name);
    // The same address in another municipality is not limited.
    expect((await sendForm(t, fresh, 'herrljunga', anonymousForm)).status).toBe(303);
  });

  it('multiplies every limit by PUBLIC_WRITE_LIMIT_FACTOR, and still refuses beyond it', async () => {
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    const large = await createApp({ db: t.db, dialect, config: { ...t.config, PUBLIC_WRITE_LIMIT_FACTOR: 2 }, clock: t.clock });
    try {
      const agent = new Agent(large, { 'x-forwarded-for': '192.0.2.140' });
      for (let i = 0; i < CONTACT_LIMITS.perAddress * 2; i++) expect((await sendForm(t, agent, 'herrljunga', anonymousForm)).status).toBe(303);
      expect((await sendForm(t, agent, 'herrljunga', anonymousForm)).status).toBe(429);
    } finally {
      await large.close();
    }
  });
});
