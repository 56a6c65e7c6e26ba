// Where a request's CPU time goes (issue 17): the app in this process as in production
// (NODE_ENV production, log level info, log lines written to /dev/null), loaded by autocannon
// in a worker thread, the main thread sampled by the V8 profiler. For each page: a warm-up, then
// PROFILE_REQUESTS requests under the profiler; prints the main thread's busy CPU µs per request
// (deterministic enough to compare before/after, unlike req/s on a shared machine), database
// queries per request, and the self time by component and by function.
//   npx tsx bench/profile.ts            (SQLite; PROFILE_DB=postgres://… for PostgreSQL)
//   PROFILE_PATHS=/hassleholm/stod,… PROFILE_REQUESTS=4000 PROFILE_TOP=15
//   PROFILE_PATHS=BOOKING   the public booking POST, a new address each time (as bench/events.ts)
//   PROFILE_PATHS=MOTESPLATS  a signed-in carer's new thread in a mötesplats room (as bench/motesplats.ts)
//   PROFILE_PATHS=ROOM   a mötesplats room page with 200 posts, as its member sees it (as bench/motesplats.ts)
//   PROFILE_BACKGROUND_CHECKPOINTS=0   SQLite WAL checkpoints inside commits (before; on as in production)
//   PROFILE_STATEMENTS=1   SQLite: wall µs per request of each statement (better-sqlite3 all/get/run timed)
// After each profiled run, the same number of requests again without the profiler: the CPU the
// main thread actually ran (and on PostgreSQL the CPU of this database's backends), read from
// /proc (Linux). Unlike the sampled busy time, it leaves out time the thread was descheduled, so
// it moves less with the machine's load; it still moves with caches and clock speed.
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pino from 'pino';
import { sql, type KyselyPlugin } from 'kysely';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { seedDemo, DEMO_PASSWORD } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/db/clock.js';
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/app.js';
import { setUpMotesplats } from './motesplats.js';
import SqliteDatabase from 'better-sqlite3';

const requests = Number(process.env.PROFILE_REQUESTS ?? 3000);
const top = Number(process.env.PROFILE_TOP ?? 12);

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

let queries = 0;
let tables: string[] | undefined;
const counter: KyselyPlugin = {
  transformQuery: (a) => {
    queries++;
    tables?.push(`${a.node.kind} ${JSON.stringify(a.node).match(/"identifier":\{"kind":"IdentifierNode","name":"(\w+)"/)?.[1] ?? ''}`);
    return a.node;
  },
  transformResult: async (a) => a.result,
};

// PROFILE_STATEMENTS=1: each SQLite statement's own time (binding, stepping, rows to objects).
const statementTime = new Map<string, { us: number; calls: number }>();
if (process.env.PROFILE_STATEMENTS) {
  const proto = (SqliteDatabase as unknown as { Statement?: { prototype: Record<string, unknown> } }).Statement?.prototype
    ?? Object.getPrototypeOf(new SqliteDatabase(':memory:').prepare('select 1')) as Record<string, unknown>;
  for (const name of ['all', 'get', 'run']) {
    const original = proto[name] as (this: { source: string }, ...a: unknown[]) => unknown;
    proto[name] = function (this: { source: string }, ...a: unknown[]) {
      const start = process.hrtime.bigint();
      try { return original.apply(this, a); } finally {
        const e = statementTime.get(this.source) ?? { us: 0, calls: 0 };
        e.us += Number(process.hrtime.bigint() - start) / 1000;
        e.calls++;
        statementTime.set(this.source, e);
      }
    };
  }
}
function printStatements(n: number): void {
  if (!process.env.PROFILE_STATEMENTS) return;
  const all = [...statementTime].sort((a, b) => b[1].us - a[1].us);
  console.log(`  SQLite statements: ${(all.reduce((s, [, e]) => s + e.us, 0) / n).toFixed(0)} µs per request`);
  for (const [text, e] of all.slice(0, top)) console.log(`    ${(e.us / n).toFixed(1).padStart(7)} µs ${(e.calls / n).toFixed(2)}×  ${text.slice(0, 110)}`);
  statementTime.clear();
}

function component(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : 'native/builtin';
  const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/src/')) return `app ${url.slice(url.indexOf('/src/') + 5)}`;
  if (url.startsWith('node:')) return url;
  return url;
}

// PROFILE_CALLERS=writeSync,all prints who calls those functions (three frames up, by self time).
function callers(p: Profile, self: Map<number, number>, n: number): void {
  const names = process.env.PROFILE_CALLERS?.split(',');
  if (!names) return;
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const frame = (id: number) => { const f = byId.get(id)!.callFrame; return `${f.functionName || '(anon)'} ${component(f.url, f.functionName)}:${f.lineNumber}`; };
  const chains = new Map<string, number>();
  for (const [id, us] of self) {
    if (!names.includes(byId.get(id)!.callFrame.functionName)) continue;
    const chain: string[] = [];
    for (let at = parent.get(id), i = 0; at !== undefined && i < 4; at = parent.get(at), i++) chain.push(frame(at));
    const key = `${byId.get(id)!.callFrame.functionName} <- ${chain.join(' <- ')}`;
    chains.set(key, (chains.get(key) ?? 0) + us);
  }
  for (const [k, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(us / n).toFixed(1).padStart(8)} µs  ${k}`);
}

function summarise(p: Profile, n: number): void {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  let busy = 0;
  const comps = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const c = component(url, functionName);
    comps.set(c, (comps.get(c) ?? 0) + us);
    const f = `${functionName || '(anonymous)'} ${url ? `${c.replace(/^app /, '')}:${lineNumber + 1}` : ''}`;
    fns.set(f, (fns.get(f) ?? 0) + us);
  }
  console.log(`  busy CPU ${(busy / n).toFixed(0)} µs per request; ${(queries / n).toFixed(2)} database queries per request`);
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, us]) => `    ${(us / n).toFixed(1).padStart(7)} µs  ${k}`).join('\n');
  console.log(`  by component:\n${fmt(comps)}\n  by function:\n${fmt(fns)}`);
  callers(p, self, n);
}

/** CPU time (user + system, in ticks of 1/100 s) a thread or process has run, from /proc; 0 where unreadable. */
function cpuTicks(path: string): number {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The requests again without the profiler: main-thread CPU per request, and PostgreSQL backends' CPU. */
async function measureCpu(database: ReturnType<typeof openDatabase>, opts: Parameters<typeof autocannon>[0], n: number): Promise<void> {
  const backends = async () => database.dialect === 'postgres'
    ? (await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(database.db)).rows.map((r) => r.pid)
    : [];
  const before = new Map((await backends()).map((pid) => [pid, cpuTicks(`/proc/${pid}/stat`)]));
  const main = `/proc/self/task/${process.pid}/stat`;
  const start = cpuTicks(main);
  const r = await autocannon({ ...opts, amount: n });
  const mainTicks = cpuTicks(main) - start;
  let pgTicks = 0;
  for (const pid of await backends()) pgTicks += cpuTicks(`/proc/${pid}/stat`) - (before.get(pid) ?? 0);
  const ok = Math.max(1, r['2xx'] + (r as unknown as { '3xx': number })['3xx']);
  console.log(`  unprofiled: main thread ran ${((mainTicks * 10_000) / ok).toFixed(0)} µs of CPU per request`
    + (database.dialect === 'postgres' ? `, PostgreSQL backends ${((pgTicks * 10_000) / ok).toFixed(0)} µs` : '') + ` (${r.requests.average.toFixed(0)} req/s)`);
}

async function signIn(base: string, slug: string, email: string): Promise<string> {
  const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const page = await fetch(`${base}/${slug}/personal/logga-in`);
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${base}/${slug}/personal/logga-in`, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: cookiesOf(page).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password: DEMO_PASSWORD }).toString(),
  });
  return cookiesOf(res).find((c) => c.includes('bredvid_sid='))!;
}

/** The demo group's booking form: its address, and the cookie and token a browser would post with. */
async function bookingTarget(db: ReturnType<typeof openDatabase>['db'], base: string): Promise<{ path: string; headers: Record<string, string> }> {
  const tenant = await db.selectFrom('tenants').select('id').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow();
  const event = await db.selectFrom('events').select('id').where('tenant_id', '=', tenant.id).where('title', '=', 'Anhöriggrupp demens').executeTakeFirstOrThrow();
  const path = `/hassleholm/aktiviteter/${event.id}/boka`;
  const page = await fetch(base + path);
  process.env.BENCH_CSRF = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { path, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } };
}

/** A mötesplats room's posting form, as one signed-in member (bench/motesplats.ts sets it up). */
async function postTarget(db: ReturnType<typeof openDatabase>['db'], base: string): Promise<{ path: string; headers: Record<string, string>; body: string }> {
  const { postPath, posters: [poster] } = await setUpMotesplats(db, base, 1);
  const body = new URLSearchParams({ _csrf: poster!.csrf, body: 'Tack för att ni finns. I natt sov jag fyra timmar i sträck.', threadId: '' }).toString();
  return { path: postPath, headers: { cookie: poster!.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body };
}

/** A mötesplats room page with 200 posts, as its member reads it (bench/motesplats.ts sets it up). */
async function roomTarget(db: ReturnType<typeof openDatabase>['db'], base: string): Promise<{ path: string; headers: Record<string, string> }> {
  const { pagePath, cookie } = await setUpMotesplats(db, base, 0);
  return { path: pagePath, headers: { cookie } };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bredvid-profile-'));
  const url = process.env.PROFILE_DB ?? `sqlite:${join(dir, 'profile.sqlite')}`;
  const database = openDatabase(url, { backgroundCheckpoints: process.env.PROFILE_BACKGROUND_CHECKPOINTS !== '0' });
  await migrateToLatest(database);
  await seedDemo(database.db, systemClock.now());
  const config = loadConfig({
    NODE_ENV: 'production', SESSION_SECRET: 'profile-secret-profile-secret-profile-0123', PUBLIC_BASE_URL: 'https://profile.example.se',
    LOG_LEVEL: 'info', DATABASE_URL: url, DEMO_SEED: 'false', JOBS_ENABLED: 'false', PUBLIC_WRITE_LIMIT_FACTOR: '100000',
  });
  // The production destination (asynchronous), pointed at /dev/null instead of standard output.
  const app = await createApp({ db: database.db.withPlugin(counter), dialect: database.dialect, config, clock: systemClock },
    { logStream: pino.destination({ dest: '/dev/null', sync: false }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const session = await signIn(base, 'hassleholm', 'josefin.kvist@hassleholm.example.se');
  const info = /\/hassleholm\/information\/[a-z0-9-]+/.exec(await (await fetch(`${base}/hassleholm/information`)).text())?.[0];
  const carer = /\/hassleholm\/personal\/anhoriga\/[0-9a-f-]{36}/.exec(await (await fetch(`${base}/hassleholm/personal/anhoriga`, { headers: { cookie: session } })).text())?.[0];
  const paths = (process.env.PROFILE_PATHS?.replace("CARER", carer ?? "") ?? `/hassleholm,/hassleholm/stod,${info},/hassleholm/aktiviteter,/hassleholm/personal/forfragningar,${carer}`).split(',');
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 });
  try {
    for (const wanted of paths) {
      const booking = wanted === 'BOOKING' ? await bookingTarget(database.db, base)
        : wanted === 'MOTESPLATS' ? await postTarget(database.db, base)
        : wanted === 'ROOM' ? await roomTarget(database.db, base) : undefined;
      const path = booking?.path ?? wanted;
      const headers: Record<string, string> = { 'accept-encoding': 'br, gzip', ...(path.includes('/personal') ? { cookie: session } : {}), ...booking?.headers };
      const post = booking && 'body' in booking ? { method: 'POST' as const, body: booking.body }
        : wanted === 'BOOKING' ? { method: 'POST' as const, requests: [{ method: 'POST' as const, setupRequest: fileURLToPath(new URL('./booking-request.cjs', import.meta.url)) }] } : {};
      const opts = { url: base + path, connections: 10, workers: 1, headers, ...post };
      await autocannon({ ...opts, amount: 500 });
      if (process.env.PROFILE_SQL) {
        tables = [];
        await fetch(base + path, { headers });
        console.log(`${path}: ${tables.join(', ')}`);
        tables = undefined;
      }
      queries = 0;
      statementTime.clear();
      await inspector.post('Profiler.start');
      const r = await autocannon({ ...opts, amount: requests });
      const { profile } = await inspector.post('Profiler.stop');
      console.log(`${path} (${database.dialect}, ${r['2xx'] + (r as unknown as { '3xx': number })['3xx']} × 2xx/3xx of ${requests}, ${Math.round(r.throughput.average / Math.max(1, r.requests.average))} B each)`);
      summarise(profile as unknown as Profile, requests);
      printStatements(requests);
      await measureCpu(database, opts, requests);
    }
  } finally {
    inspector.disconnect();
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
