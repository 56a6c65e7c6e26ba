// Test harness: a real database per test file (SQLite in memory always; PostgreSQL when
// TEST_DATABASE_URL is set), the app built exactly as main.ts builds it, and an agent that
// keeps cookies and carries the CSRF token like a browser does. No safety is switched off.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { load, type CheerioAPI } from 'cheerio';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { testConfig, type Config } from '../src/config.js';
import { openDatabase, type Database, type Dialect } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { TestClock } from '../src/platform/db/clock.js';
import { DEMO_PASSWORD, seedForTest } from '../src/demo/seed.js';
import type { SeedContext } from '../src/demo/seeders.js';
import '../src/platform/jobs/jobs.js';

export const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb extends Database {
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database of the given dialect. SQLite is in memory, or with
 *  `sqliteFile` a file in a temporary folder whose `reads` run on worker threads, as main.ts opens it. */
export async function createTestDb(dialect: Dialect, opts: { sqliteFile?: boolean } = {}): Promise<TestDb> {
  if (dialect === 'sqlite' && opts.sqliteFile) {
    const dir = mkdtempSync(join(tmpdir(), 'bredvid-test-'));
    const database = openDatabase(`sqlite:${join(dir, 'test.sqlite')}`, { readers: 2 });
    await migrateToLatest(database);
    return { ...database, drop: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  if (dialect === 'sqlite') {
    const database = openDatabase('sqlite::memory:');
    await migrateToLatest(database);
    return { ...database, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `bredvid_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  await migrateToLatest(database);
  return {
    ...database,
    drop: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      // pool.end() resolves before its clients have disconnected; give them a moment so FORCE
      // does not kill a closing connection (which surfaces as an unhandled 57P01 error).
      for (let i = 0; i < 50; i++) {
        const open = await a.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (open.rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDb['db'];
  /** The read connections the app's reports use (db itself unless `sqliteFile`). */
  reads: TestDb['db'];
  dialect: Dialect;
  clock: TestClock;
  config: Config;
  seeds: Map<string, SeedContext>;
  /** Every 5xx the app answered ("METHOD url → status"); close() fails when there is any. */
  serverErrors: string[];
  close(): Promise<void>;
}

/** The app on a fresh database, seeded with the named demo municipalities (default: all four). */
export async function buildTestApp(dialect: Dialect, opts: { slugs?: string[]; config?: Partial<Config>; sqliteFile?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDb(dialect, { sqliteFile: opts.sqliteFile });
  const clock = new TestClock();
  const config = testConfig(opts.config);
  const seeds = await seedForTest(database.db, clock.now(), opts.slugs);
  const app = await createApp({ db: database.db, reads: database.reads, dialect, config, clock });
  // No test run passes while the app answers 5xx anywhere (issue 13): the hook records each one
  // and close() (every file's afterAll) fails the run with the list. A test that provokes a
  // server error on purpose says so with expectServerErrors().
  const serverErrors: string[] = [];
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500) serverErrors.push(`${req.method} ${req.url.slice(0, 200)} → ${reply.statusCode}`);
  });
  await app.ready();
  return {
    app, db: database.db, reads: database.reads, dialect, clock, config, seeds, serverErrors,
    close: async () => {
      await app.close();
      await database.drop();
      if (serverErrors.length > 0) throw new Error(`the app answered ${serverErrors.length} × 5xx (${dialect}):\n${serverErrors.slice(0, 20).join('\n')}`);
    },
  };
}

export interface Page {
  status: number;
  headers: LightMyRequestResponse['headers'];
  body: string;
  $: CheerioAPI;
  location?: string;
}

/** A browser-like client: cookies, CSRF token from the last page, form posts. */
export class Agent {
  private cookies = new Map<string, string>();
  csrf = '';

  /** `address` is the client's IP address as the app sees it (default: inject's 127.0.0.1). */
  constructor(private readonly app: FastifyInstance, readonly headers: Record<string, string> = {}, readonly address?: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private absorb(res: LightMyRequestResponse): Page {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const $ = load(res.body);
    const token = $('meta[name="csrf-token"]').attr('content');
    if (token) this.csrf = token;
    return { status: res.statusCode, headers: res.headers, body: res.body, $, location: res.headers.location as string | undefined };
  }

  async get(url: string): Promise<Page> {
    const res = await this.app.inject({ method: 'GET', url, headers: { ...this.headers, cookie: this.cookieHeader() }, remoteAddress: this.address });
    return this.absorb(res);
  }

  /** POST a form. The CSRF token is added unless the form sets _csrf itself (or null to omit it). */
  async post(url: string, form: Record<string, string | string[] | undefined> = {}, opts: { csrf?: string | null } = {}): Promise<Page> {
    // Like a browser that first opens a page with a form: the public pages a browser may keep
    // carry no token (they have no form), the sign-in page always does.
    if (!this.csrf && opts.csrf === undefined) {
      const prefix = url.split('/').slice(0, 2).join('/');
      await this.get(prefix || '/');
      if (!this.csrf && prefix) await this.get(`${prefix}/personal/logga-in`);
    }
    const params = new URLSearchParams();
    const csrf = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (csrf !== null) params.append('_csrf', csrf);
    for (const [k, v] of Object.entries(form)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    }
    const res = await this.app.inject({
      method: 'POST', url, payload: params.toString(), remoteAddress: this.address,
      headers: { ...this.headers, cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    return this.absorb(res);
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** Sign in a demo user by e-mail (every demo account shares DEMO_PASSWORD). */
export async function signIn(app: FastifyInstance, slug: string, email: string, password = DEMO_PASSWORD): Promise<Agent> {
  const agent = new Agent(app);
  await agent.get(`/${slug}/personal/logga-in`);
  const res = await agent.post(`/${slug}/personal/logga-in`, { email, password });
  if (res.status !== 303) throw new Error(`sign-in of ${email} failed with ${res.status}: ${res.$('.error-summary').text()}`);
  await agent.get(res.location!); // follow the redirect as a browser does (new CSRF token)
  return agent;
}

/** The demo staff member of a municipality holding the given role (first match). */
export function demoUser(t: TestApp, slug: string, role: string): { email: string; name: string; key: string } {
  const data = t.seeds.get(slug)!.data;
  const s = data.staff.find((st) => st.roles.some((r) => r.role === role));
  if (!s) throw new Error(`no demo user with role ${role} in ${slug}`);
  return { email: s.email, name: s.name, key: s.key };
}

/** Visible text with collapsed whitespace. */
export const text = (p: Page, selector = 'main'): string => p.$(selector).text().replace(/\s+/g, ' ').trim();

/** Takes the 5xx answers recorded so far, for a test that provokes them on purpose. */
export function expectServerErrors(t: TestApp): string[] {
  return t.serverErrors.splice(0);
}

/** A different client address each call (10.x.y.z), for tests where each agent is another person. */
let addressSeq = 0;
export const nextAddress = (): string => { addressSeq++; return `10.${(addressSeq >> 16) & 255}.${(addressSeq >> 8) & 255}.${addressSeq & 255}`; };
