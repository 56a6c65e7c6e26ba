#!/usr/bin/env node
// `npm test`: every tier this machine can run, saying clearly what it skipped and why.
//   REQUIRE_POSTGRES=1  fail instead of skipping when PostgreSQL is unreachable (CI sets it)
//   REQUIRE_BROWSER=1   fail instead of skipping when Chromium is missing (CI sets it)
//   TEST_DATABASE_URL   PostgreSQL server for the database tests (default: local trust auth)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const requirePg = process.env.REQUIRE_POSTGRES === '1';
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];

async function pgReachable(url) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

const env = { ...process.env };
if (await pgReachable(pgUrl)) {
  env.TEST_DATABASE_URL = pgUrl;
  console.log(`PostgreSQL: ${pgUrl.replace(/\/\/[^@]*@/, '//')} — database tests run on SQLite and PostgreSQL.`);
} else if (requirePg) {
  console.error(`PostgreSQL is required (REQUIRE_POSTGRES=1) but ${pgUrl} is unreachable.`);
  process.exit(1);
} else {
  delete env.TEST_DATABASE_URL;
  skipped.push('PostgreSQL tier: no server at TEST_DATABASE_URL (database tests ran on SQLite only)');
}

const run = (args) => spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env }).status ?? 1;

let failed = run([]) !== 0;

if (existsSync(chromium)) {
  env.CHROMIUM_PATH = chromium;
  if (run(['--config', 'vitest.e2e.config.ts']) !== 0) failed = true;
} else if (requireBrowser) {
  console.error(`Chromium is required (REQUIRE_BROWSER=1) but ${chromium} does not exist.`);
  failed = true;
} else {
  skipped.push(`browser tier (e2e/ with axe): ${chromium} not found — install it with apt-get install chromium`);
}

if (skipped.length) console.log(`\nSkipped:\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
process.exit(failed ? 1 : 0);
