// Every page staff and the public reach in Hässleholm, over the generated year of
// `npm run bench:reports` (1 M contacts, 100 000 bookings, 20 000 requests, 12 500 referrals,
// 684 events), timed as its users meet them: a page whose cost follows the municipality's
// history instead of what the viewer sees shows up here and not in the demo. A profiling aid
// like bench/profile.ts (one request at a time, wall time; the machine's noise is in it), not a
// goal. `npx tsx bench/year-pages.ts` after `npm run bench:reports` has made today's year;
// YEAR_PAGES_FILE names another SQLite file; YEAR_PAGES_LIMIT pages per visitor (default 120).
// The file is copied first (signing in writes sessions and audit rows).
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/db/clock.js';
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/app.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { GENERATOR_VERSION } from '../src/modules/reports/generate.js';

const DAY = new Date().toISOString().slice(0, 10);
const SOURCE = process.env.YEAR_PAGES_FILE ?? join(tmpdir(), `bredvid-report-bench-1000000-100000-${DAY}-g${GENERATOR_VERSION}.sqlite`);
const LIMIT = Number(process.env.YEAR_PAGES_LIMIT ?? 120);
/** One visitor per kind of staff (demo accounts, docs/demo-accounts.md), and the public. */
const STAFF = ['admin', 'josefin.kvist', 'robin.eklund', 'therese.blom', 'amina.warsame', 'mats.olofsson', 'kerstin.holmqvist', 'petra.wallin'];
/** Not followed: signing out, downloads, and the wheel's other years (an endless chain of links). */
const SKIP = /logga-ut|export|\.(csv|xlsx|pdf|ics)|ladda-ner|fil\/|arshjul\?ar=/;

interface Timed { ms: number; url: string; who: string; status: number; bytes: number }

async function main(): Promise<void> {
  if (!existsSync(SOURCE)) throw new Error(`${SOURCE} is missing: run npm run bench:reports first (it generates the year).`);
  const dir = mkdtempSync(join(tmpdir(), 'bredvid-year-pages-'));
  const file = join(dir, 'year.sqlite');
  copyFileSync(SOURCE, file);
  const url = `sqlite:${file}`;
  const database = openDatabase(url, { backgroundCheckpoints: true, readers: true });
  await migrateToLatest(database);
  const config = loadConfig({
    NODE_ENV: 'production', SESSION_SECRET: 'year-pages-secret-year-pages-secret-0123', PUBLIC_BASE_URL: 'https://year-pages.example.se',
    LOG_LEVEL: 'warn', DATABASE_URL: url, DEMO_SEED: 'false', JOBS_ENABLED: 'false',
  });
  const app = await createApp({ db: database.db, reads: database.reads, dialect: database.dialect, config, clock: systemClock },
    { logStream: pino.destination({ dest: '/dev/null', sync: false }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const results: Timed[] = [];
  try {
    await crawl(base, results, 'public', '/hassleholm', '/hassleholm');
    for (const who of STAFF) await crawl(base, results, who, '/hassleholm/personal', '/hassleholm/personal', await signIn(base, `${who}@hassleholm.example.se`));
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
  results.sort((a, b) => b.ms - a.ms);
  const over = (ms: number) => results.filter((r) => r.ms > ms).length;
  console.log(`${results.length} pages; ${results.filter((r) => r.status >= 500).length} answered 5xx; over 250 ms ${over(250)}, over 100 ms ${over(100)}, over 50 ms ${over(50)}`);
  for (const r of results.slice(0, 25)) console.log(`${r.ms.toFixed(0).padStart(6)} ms  ${r.status}  ${String(r.bytes).padStart(7)} B  ${r.who.padEnd(18)} ${r.url}`);
  for (const r of results.filter((x) => x.status >= 500)) console.log(`5xx: ${r.url} (${r.who})`);
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]!);

async function signIn(base: string, email: string): Promise<string> {
  const page = await fetch(`${base}/hassleholm/personal/logga-in`);
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${base}/hassleholm/personal/logga-in`, {
    method: 'POST', redirect: 'manual', headers: { cookie: cookiesOf(page).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password: DEMO_PASSWORD }).toString(),
  });
  const session = cookiesOf(res).find((c) => c.includes('bredvid_sid='));
  if (!session) throw new Error(`signing in ${email} answered ${res.status}`);
  return session;
}

/** Breadth first through the links under `within`, one request at a time. */
async function crawl(base: string, out: Timed[], who: string, start: string, within: string, cookie?: string): Promise<void> {
  const seen = new Set([start]);
  const queue = [start];
  for (let n = 0; queue.length > 0 && n < LIMIT; n++) {
    const path = queue.shift()!;
    const t0 = performance.now();
    const res = await fetch(base + path, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
    const body = await res.text();
    out.push({ ms: performance.now() - t0, url: path, who, status: res.status, bytes: body.length });
    if (res.status !== 200 || !String(res.headers.get('content-type')).includes('text/html')) continue;
    for (const m of body.matchAll(/href="([^"#]+)/g)) {
      const href = m[1]!.replaceAll('&amp;', '&');
      if (!href.startsWith(within) || seen.has(href) || SKIP.test(href)) continue;
      seen.add(href);
      queue.push(href);
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
