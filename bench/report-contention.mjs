/* global process, fetch, setTimeout, URLSearchParams, performance, console */
// A report beside everyone else (issue 14, issue 17's p99), SQLite: while a board member opens
// the yearly report of the 1 M year again and again (one after the other), a citizen loads the
// public start page 20 times a second. Prints the start page's latency and the reports' time,
// with the report's reads on worker threads (default) and on the request thread (SQLITE_READERS=0),
// alternately, `rounds` times. The built app (npm run build) on a copy of the year that
// `npm run bench:reports` keeps in the temporary folder (or BENCH_REPORT_FILE).
//   node bench/report-contention.mjs [seconds=15] [rounds=2]
import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [seconds = '15', rounds = '2'] = process.argv.slice(2);
const kept = readdirSync(tmpdir()).filter((f) => /^bredvid-report-bench-1000000-.*\.sqlite$/.test(f)).map((f) => join(tmpdir(), f));
const source = process.env.BENCH_REPORT_FILE ?? kept.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!source) throw new Error('No generated year: run `npm run bench:reports` first (or set BENCH_REPORT_FILE).');
const db = join(tmpdir(), `bredvid-contention-${process.pid}.sqlite`);

async function measure(readers) {
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  copyFileSync(source, db);
  const env = { ...process.env, DATABASE_URL: `sqlite:${db}`, PORT: '3112', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', JOBS_ENABLED: 'false', SESSION_SECRET: 'x'.repeat(40), SECRETS_KEY: 'a'.repeat(64), PUBLIC_BASE_URL: 'https://bredvid.example.se' };
  if (readers !== 'default') env.SQLITE_READERS = readers;
  const app = spawn('node', ['dist/bundle/main.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = 'http://127.0.0.1:3112';
  for (let i = 0; i < 100; i++) { try { await fetch(base + '/hassleholm'); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
  // Sign in as the board member: a session cookie and the CSRF token of the form.
  const jar = new Map();
  const keep = (res) => { for (const c of res.headers.getSetCookie()) { const [kv] = c.split(';'); const [k, v] = kv.split('='); jar.set(k, v); } };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let res = await fetch(base + '/hassleholm/personal/logga-in', { headers: { cookie: cookie() } });
  keep(res);
  const token = /name="_csrf" value="([^"]+)"/.exec(await res.text())[1];
  res = await fetch(base + '/hassleholm/personal/logga-in', { method: 'POST', redirect: 'manual', headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, email: 'kerstin.holmqvist@hassleholm.example.se', password: 'bredvid-demo' }) });
  keep(res);
  if (res.status !== 303) throw new Error(`sign-in ${res.status}`);
  const year = new Date().getUTCFullYear() - 1;
  const end = Date.now() + Number(seconds) * 1000;
  let reports = 0;
  const reportTimes = [];
  const reporter = (async () => {
    while (Date.now() < end) {
      const t = performance.now();
      const r = await fetch(`${base}/hassleholm/personal/rapporter/rapport?ar=${year}`, { headers: { cookie: cookie() } });
      await r.text();
      if (r.status !== 200) throw new Error(`report ${r.status}`);
      reportTimes.push(performance.now() - t);
      reports++;
    }
  })();
  const lat = [];
  const pending = [];
  while (Date.now() < end) {
    const t = performance.now();
    pending.push(fetch(base + '/hassleholm').then((r) => r.text()).then(() => lat.push(performance.now() - t)));
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.all(pending);
  await reporter;
  app.kill('SIGTERM');
  await new Promise((r) => app.once('exit', r));
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  lat.sort((a, b) => a - b);
  reportTimes.sort((a, b) => a - b);
  const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(0);
  console.log(`${readers === 'default' ? 'reads on worker threads ' : 'reads on the request thread'}: start page ${lat.length} requests p50 ${q(lat, 0.5)} ms, p99 ${q(lat, 0.99)} ms, max ${q(lat, 1)} ms; reports ${reports}, median ${q(reportTimes, 0.5)} ms`);
}

for (let i = 0; i < Number(rounds); i++) for (const readers of ['default', '0']) await measure(readers);
