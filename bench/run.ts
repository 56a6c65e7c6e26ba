// npm run bench: the app on a fresh SQLite database with the demo data, on 127.0.0.1 (random
// port), loaded by autocannon for a bounded time against the public support catalogue
// /hassleholm/stod and, in the same run and process, against a bench-only route on the same
// Fastify instance that returns a fixed string (it passes the same platform hooks: security
// headers, locale, CSRF cookie). Prints req/s of both and their ratio.
//   BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { systemClock } from '../src/platform/db/clock.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { benchBookings } from './events.js';
import { benchReports } from './reports.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const FIXED = '/__bench/fixed';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bredvid-bench-'));
  const database = openDatabase(`sqlite:${join(dir, 'bench.sqlite')}`);
  try {
    await migrateToLatest(database);
    await seedDemo(database.db, systemClock.now());
    const app = await createApp({ db: database.db, dialect: database.dialect, config: testConfig({ LOG_LEVEL: 'silent' }), clock: systemClock });
    // Bench-only baseline, registered here and never in the app.
    app.get(FIXED, async (_req, reply) => reply.type('text/plain; charset=utf-8').send('Bredvid'));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const check = await fetch(`${base}/hassleholm/stod`);
    const html = await check.text();
    if (check.status !== 200 || !html.includes('<h1')) throw new Error(`/hassleholm/stod answered ${check.status}`);

    const run = async (path: string) => {
      // The load generator runs in a worker thread, so it does not share the server's event loop.
      await autocannon({ url: base + path, connections, duration: 1, workers: 1 }); // warm-up
      return autocannon({ url: base + path, connections, duration: seconds, workers: 1 });
    };
    console.log(`Bredvid benchmark: ${seconds} s per route, ${connections} connections, SQLite, Node ${process.version}\n`);
    const page = await run('/hassleholm/stod');
    const fixed = await run(FIXED);
    const row = (name: string, r: Awaited<ReturnType<typeof autocannon>>) =>
      `${name.padEnd(24)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   ${r.non2xx + r.errors + r.timeouts} failed`;
    console.log(row('/hassleholm/stod', page));
    console.log(row('fixed string (baseline)', fixed));
    const ratio = page.requests.average / fixed.requests.average;
    console.log(`\nratio /hassleholm/stod ÷ baseline: ${ratio.toFixed(3)} (the catalogue page costs ${(1 / ratio).toFixed(1)}× a fixed string)`);
    console.log(`page size: ${Buffer.byteLength(html)} bytes of HTML`);
    // Booking throughput (events module) against the same baseline.
    const booking = await benchBookings(database.db, base, seconds, connections);
    console.log(`\n${'booking POST'.padEnd(24)} ${booking.perSecond.toFixed(0).padStart(8)} bookings/s   p50 ${String(booking.p50).padStart(3)} ms   p99 ${String(booking.p99).padStart(3)} ms   ${booking.failed} failed`);
    console.log(`ratio bookings ÷ baseline: ${(booking.perSecond / fixed.requests.average).toFixed(3)} (${booking.booked} booking decisions stored, ${booking.overbooked ? 'OVERBOOKED' : 'never over capacity'})`);
    if (booking.failed > 0 || booking.overbooked) process.exitCode = 1;
    await app.close();
    // The yearly report over a generated big year, on its own databases (reports module).
    await benchReports();
    if (page.non2xx + page.errors + fixed.non2xx + fixed.errors > 0) process.exitCode = 1;
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
