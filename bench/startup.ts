// Start to ready, alone: bare Fastify and one or more ways of starting the app, interleaved
// (A B C A B C …), medians, on an existing migrated and seeded SQLite database and, when
// PostgreSQL answers, on a PostgreSQL database made for the run and dropped after it.
// For the app it also times the first public page (/hassleholm) answered after ready.
//   npx tsx bench/startup.ts                      # bare Fastify and `appCommand()` (what npm start runs)
//   STARTUP_ROUNDS=9 (default 7)
//   STARTUP_COMPARE='cache=node dist/bundle/main.js;no cache=env BREDVID_CODE_CACHE=off node dist/bundle/main.js'
//   STARTUP_DB=sqlite|postgres (default both)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/db/clock.js';
import { appCommand, startApp, startBaseline, type AppCommand } from './processes.js';

const rounds = Number(process.env.STARTUP_ROUNDS ?? 7);
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const which = process.env.STARTUP_DB;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function commands(): AppCommand[] {
  const spec = process.env.STARTUP_COMPARE;
  if (!spec) return [appCommand()];
  return spec.split(';').map((part) => {
    const eq = part.indexOf('=');
    const [cmd, ...args] = part.slice(eq + 1).trim().split(/\s+/);
    return { label: part.slice(0, eq).trim(), cmd: cmd === 'node' ? process.execPath : cmd, args };
  });
}

async function firstPageMs(base: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}/hassleholm`);
  await res.text();
  if (res.status !== 200) throw new Error(`/hassleholm answered ${res.status}`);
  return performance.now() - t0;
}

async function measure(label: string, url: string): Promise<void> {
  const list = commands();
  const ready = new Map<string, number[]>([['bare Fastify', []], ...list.map((c) => [c.label, []] as [string, number[]])]);
  const page = new Map<string, number[]>(list.map((c) => [c.label, []]));
  console.log(`\n${label} (load ${load()}):`);
  // One untimed start each first, so a built app's code cache exists (as after `npm start`'s
  // first start); BREDVID_CODE_CACHE=off in a command times a start without it.
  for (const c of list) await (await startApp(url, c)).stop();
  for (let i = 0; i < rounds; i++) {
    const b = await startBaseline();
    await b.stop();
    ready.get('bare Fastify')!.push(b.readyMs);
    for (const c of list) {
      const a = await startApp(url, c);
      try {
        page.get(c.label)!.push(await firstPageMs(a.base));
      } finally {
        await a.stop();
      }
      ready.get(c.label)!.push(a.readyMs);
    }
  }
  const bare = median(ready.get('bare Fastify')!);
  for (const [name, xs] of ready) {
    const p = page.get(name);
    const first = p ? `  then first /hassleholm ${median(p).toFixed(0).padStart(4)} ms` : '';
    const all = xs.map((x) => x.toFixed(0)).join(' ');
    console.log(`  ${name.padEnd(14)} ready ${median(xs).toFixed(0).padStart(5)} ms  ${(median(xs) / bare).toFixed(2)}× bare${first}   [${all}]`);
  }
  console.log(`  (load ${load()})`);
}

async function postgresReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  console.log(`start to ready, ${rounds} rounds interleaved, medians; Node ${process.version}`);
  if (which !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'bredvid-startup-'));
    const file = join(dir, 'startup.sqlite');
    const lite = openDatabase(`sqlite:${file}`);
    try {
      await migrateToLatest(lite);
      await seedDemo(lite.db, systemClock.now());
      await lite.close();
      await measure('SQLite', `sqlite:${file}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (which === 'sqlite') return;
  if (!(await postgresReachable(pgUrl))) {
    console.log(`\nPostgreSQL skipped: nothing answers at ${new URL(pgUrl).host}.`);
    return;
  }
  const name = `bredvid_startup_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const database = openDatabase(url.toString());
    try {
      await migrateToLatest(database);
      await seedDemo(database.db, systemClock.now());
    } finally {
      await database.close();
    }
    await measure('PostgreSQL', url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exit(1);
});
