// Profiling aid for the yearly report (issue 14): builds (or reuses) a generated year in
// PROFILE_DB (a sqlite:/postgres: URL), then times the municipality and an area report and
// counts the queries each one runs. `npx tsx bench/reports-profile.ts`. PROFILE_TABLES=1 names the
// tables queried; PROFILE_QUERIES=1 lists the slowest statements of the last run (PROFILE_EXPLAIN=1: with
// SQLite's plans; PROFILE_DUMP=file: all of them with parameters, as JSON).
// For where the CPU goes: `node --cpu-prof --import tsx bench/reports-profile.ts`.
import { Kysely, PostgresDialect, SqliteDialect, sql, type KyselyPlugin, type LogEvent } from 'kysely';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { writeFileSync } from 'node:fs';
import type { DB } from '../src/platform/db/schema.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { findTenantBySlug, listUnits, pathTo, subtree } from '../src/platform/tenancy/tenancy.js';
import { generateYear } from '../src/modules/reports/generate.js';
import { yearlyReport } from '../src/modules/reports/service.js';

const URL_ = process.env.PROFILE_DB ?? 'sqlite:/tmp/bredvid-profile.sqlite';
const CONTACTS = Number(process.env.BENCH_REPORT_CONTACTS ?? 100_000);

let queries = 0;
const tables = new Map<string, number>();
const counter: KyselyPlugin = {
  transformQuery: (a) => {
    queries++;
    const from = (JSON.stringify(a.node).match(/"kind":"TableNode","table":\{[^}]*"name":"(\w+)"/) ?? JSON.stringify(a.node).match(/"name":"(\w+)"/))?.[1] ?? a.node.kind;
    tables.set(from, (tables.get(from) ?? 0) + 1);
    return a.node;
  },
  transformResult: async (a) => a.result,
};

async function main(): Promise<void> {
  const database = openDatabase(URL_);
  const now = new Date();
  const year = now.getUTCFullYear() - 1;
  await migrateToLatest(database);
  let tenant = await findTenantBySlug(database.db, 'hassleholm');
  if (!tenant) {
    await seedDemo(database.db, now);
    tenant = (await findTenantBySlug(database.db, 'hassleholm'))!;
    const all = await listUnits(database.db, tenant.id);
    const units = all.filter((u) => u.kind === 'unit' && !u.external).slice(0, 4).map((u) => u.id);
    await generateYear(database.db, tenant.id, { year, contacts: CONTACTS, bookings: CONTACTS / 10, unitIds: units, now });
  }
  // As bench/reports.ts: planner statistics (and PostgreSQL's visibility map) up to date.
  await sql.raw(database.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE').execute(database.db);
  const all = await listUnits(database.db, tenant.id);
  const timings: { sql: string; ms: number; full: string; params: readonly unknown[] }[] = [];
  const log = (e: LogEvent) => { timings.push({ sql: e.query.sql.replace(/\s+/g, ' ').slice(0, 160), ms: e.queryDurationMillis, full: e.query.sql, params: e.query.parameters }); };
  const lite = process.env.PROFILE_QUERIES && database.dialect === 'sqlite' ? new Sqlite(URL_.slice('sqlite:'.length)) : null;
  // PostgreSQL: a pool of its own with the log (statements overlap there, so their times add up to more than the wall time).
  const pool = process.env.PROFILE_QUERIES && database.dialect === 'postgres' ? new pg.Pool({ connectionString: URL_, max: 10 }) : null;
  const timed = lite ? new Kysely<DB>({ dialect: new SqliteDialect({ database: lite }), log })
    : pool ? new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log }) : database.db;
  const db = timed.withPlugin(counter);
  const clock = { now: () => now };
  const unit = all.find((u) => u.kind === 'unit' && !u.external)!;
  const area = pathTo(all, unit.id).find((u) => u.kind === 'area')!;
  const scopes = [
    { label: 'municipality', scope: { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' as const } },
    { label: 'area', scope: { unitId: area.id, unitName: area.name, unitIds: [...subtree(all, area.id)] } },
  ];
  for (const { label, scope } of scopes) {
    const times: number[] = [];
    const cpu: number[] = [];
    let q = 0;
    for (let i = 0; i < 3; i++) {
      queries = 0;
      tables.clear();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await yearlyReport(db, clock, tenant, year, scope, 'suppressed');
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      q = queries;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    // CPU time of this process (JS, and SQLite's SQL, which runs in it): moves far less with the machine's load than the wall time.
    console.log(`${database.dialect} ${label.padEnd(13)} median ${(times[1] / 1000).toFixed(3)} s  cpu ${(cpu[1] / 1000).toFixed(3)} s  queries ${q}`);
    if (timings.length > 0) {
      const all = timings.splice(0).slice(-q).sort((a, b) => b.ms - a.ms);
      // PROFILE_DUMP=file: every statement of the last run with its parameters, to try variants by hand.
      if (process.env.PROFILE_DUMP) writeFileSync(`${process.env.PROFILE_DUMP}.${label}.json`, JSON.stringify(all.map((t) => ({ ms: t.ms, sql: t.full, params: t.params })), null, 1));
      console.log(`  SQL ${all.reduce((a, t) => a + t.ms, 0).toFixed(0)} ms in all`);
      const last = all.slice(0, Number(process.env.PROFILE_TOP ?? 12));
      for (const t of last) {
        console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  ${t.sql}`);
        // PROFILE_EXPLAIN=1: SQLite's plan of each listed statement.
        if (process.env.PROFILE_EXPLAIN && lite) {
          const plan = lite!.prepare(`EXPLAIN QUERY PLAN ${t.full}`).all(...t.params) as { detail: string }[];
          for (const p of plan) console.log(`             ${p.detail}`);
        }
      }
    }
    if (process.env.PROFILE_TABLES) console.log([...tables].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', '));
  }
  await pool?.end();
  await database.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
