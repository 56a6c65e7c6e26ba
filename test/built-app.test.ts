// The built app as `npm start` runs it (scripts/build.mjs → dist/…/main.js, the launcher that
// loads app.cjs with V8's code cache), as a real process on a real database: it seeds an
// empty database, answers pages, loads the libraries it loads on first use (pdfkit, exceljs)
// from node_modules, writes its code cache once ready, reuses it on the next start, and
// starts from a cache that belongs to another bundle by ignoring and replacing it; with
// --enable-source-maps it is loaded by Node's require (mapped stack traces), without a cache.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './harness.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';

// Every start is a fresh process on a machine that may be busy: generous, but bounded.
const SLOW = 240_000;
const READY_LIMIT_MS = 90_000;
const out = join(process.cwd(), 'dist', `test-${randomBytes(4).toString('hex')}`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Started { base: string; child: ChildProcess; stderr: () => string }

async function start(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(out, 'main.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port),
      DATABASE_URL: databaseUrl, SESSION_SECRET: 'built-app-test-secret-0123456789abcdef',
      PUBLIC_BASE_URL: 'https://bredvid.example.se', DEMO_SEED: 'true', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn',
      ...extraEnv,
    },
  });
  let err = '';
  child.stderr!.on('data', (d) => { err += String(d); });
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  while (Date.now() - t0 < READY_LIMIT_MS) {
    if (child.exitCode !== null) throw new Error(`the built app exited with ${child.exitCode}: ${err}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { base, child, stderr: () => err };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`the built app was not ready after ${READY_LIMIT_MS} ms: ${err}`);
}

async function stop(app: Started): Promise<number | null> {
  if (app.child.exitCode !== null) return app.child.exitCode;
  const exited = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 10_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

const cacheFiles = () => readdirSync(out).filter((f) => /^app\.cjs\.[0-9a-f]{12}\.cache$/.test(f));

/** The code cache once the app has written it (it does so just after ready), or undefined. */
async function cacheFile(limitMs = 20_000): Promise<string | undefined> {
  const t0 = Date.now();
  while (Date.now() - t0 < limitMs) {
    const [f] = cacheFiles();
    if (f) return join(out, f);
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

async function signIn(base: string): Promise<string> {
  const page = await fetch(`${base}/hassleholm/personal/logga-in`);
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${base}/hassleholm/personal/logga-in`, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: cookiesOf(page).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: 'josefin.kvist@hassleholm.example.se', password: DEMO_PASSWORD }).toString(),
  });
  expect(res.status).toBe(303);
  const session = cookiesOf(res).find((c) => c.includes('bredvid_sid='));
  expect(session).toBeDefined();
  return session!;
}

async function database(dialect: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const file = join(out, `built-app-${randomBytes(4).toString('hex')}.sqlite`);
    return { url: `sqlite:${file}`, drop: async () => { for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true }); } };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `bredvid_built_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, SLOW);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(DIALECTS)('the built app (%s)', (dialect) => {
  let db: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    db = await database(dialect);
    for (const f of cacheFiles()) rmSync(join(out, f));
  });
  afterAll(async () => db?.drop());

  it('seeds, serves pages and first-use libraries, and writes its code cache once ready', async () => {
    const app = await start(db.url);
    try {
      const page = await fetch(`${app.base}/hassleholm`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Hässleholm');
      const session = await signIn(app.base);
      const pdf = await fetch(`${app.base}/hassleholm/personal/rapporter/rapport.pdf?ar=2025`, { headers: { cookie: session } });
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      const xlsx = await fetch(`${app.base}/hassleholm/personal/rapporter/rapport.xlsx?ar=2025`, { headers: { cookie: session } });
      expect(xlsx.status).toBe(200);
      expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
      expect(await cacheFile()).toBeDefined();
    } finally {
      expect(await stop(app)).toBe(0);
    }
    expect(app.stderr()).toBe('');
  }, SLOW);

  it('reuses its code cache on the next start', async () => {
    const file = (await cacheFile())!;
    const before = statSync(file).mtimeMs;
    const app = await start(db.url);
    try {
      expect((await fetch(`${app.base}/hassleholm`)).status).toBe(200);
      // Had it been refused, it would have been rewritten just after ready.
      await new Promise((r) => setTimeout(r, 1000));
      expect(statSync(file).mtimeMs).toBe(before);
    } finally {
      expect(await stop(app)).toBe(0);
    }
    expect(app.stderr()).toBe('');
  }, SLOW);

  it('ignores a cache made for another bundle and replaces it', async () => {
    const file = (await cacheFile())!;
    const data = readFileSync(file);
    const newline = data.indexOf(10);
    const header = data.subarray(0, newline).toString();
    // The same cache under the header of a bundle with another content hash.
    const stale = header.replace(/[0-9a-f]{64}$/, '0'.repeat(64));
    expect(stale).not.toBe(header);
    writeFileSync(file, Buffer.concat([Buffer.from(stale), data.subarray(newline)]));
    const app = await start(db.url);
    try {
      expect((await fetch(`${app.base}/hassleholm`)).status).toBe(200);
      const t0 = Date.now();
      while (readFileSync(file).subarray(0, newline).toString() !== header && Date.now() - t0 < 20_000) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(readFileSync(file).subarray(0, newline).toString()).toBe(header);
    } finally {
      expect(await stop(app)).toBe(0);
    }
    expect(app.stderr()).toBe('');
  }, SLOW);

  it('starts through Node\'s own require, without a code cache, when source maps are on', async () => {
    const before = cacheFiles();
    const app = await start(db.url, { NODE_OPTIONS: '--enable-source-maps' });
    try {
      expect((await fetch(`${app.base}/hassleholm`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1000));
      expect(cacheFiles()).toEqual(before);
    } finally {
      expect(await stop(app)).toBe(0);
    }
    expect(app.stderr()).toBe('');
  }, SLOW);
});
