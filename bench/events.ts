// Booking throughput through HTTP: autocannon posts the public booking form of a demo group
// (a fresh e-mail address per request, so every request is a booking decision taken under the
// capacity lock: a place while there are places, then the waiting list). Counted as
// redirects to the private link (303); anything else is a failure.
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import autocannon from 'autocannon';
import type { DB } from '../src/platform/db/schema.js';

export interface BookingBench {
  perSecond: number;
  p50: number;
  p99: number;
  booked: number;
  /** Places held beyond capacity, or a counter out of step with the rows: must never happen */
  overbooked: boolean;
  failed: number;
}

export async function benchBookings(db: Kysely<DB>, base: string, seconds: number, connections: number): Promise<BookingBench> {
  const tenant = await db.selectFrom('tenants').select('id').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow();
  const event = await db.selectFrom('events').select('id').where('tenant_id', '=', tenant.id).where('title', '=', 'Anhöriggrupp demens').executeTakeFirstOrThrow();
  const path = `/hassleholm/aktiviteter/${event.id}/boka`;
  const page = await fetch(base + path);
  const html = await page.text();
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  process.env.BENCH_CSRF = /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const opts = {
    url: base + path, connections, workers: 1, method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    requests: [{ method: 'POST', setupRequest: fileURLToPath(new URL('./booking-request.cjs', import.meta.url)) }],
  };
  const run = autocannon as unknown as (o: typeof opts & { duration: number }) => Promise<Awaited<ReturnType<typeof autocannon>> & { '3xx': number }>;
  await run({ ...opts, duration: 1 }); // warm-up
  const r = await run({ ...opts, duration: seconds });
  const rows = await db.selectFrom('event_bookings').select('status').where('event_id', '=', event.id).execute();
  const ev = await db.selectFrom('events').select(['capacity', 'places_taken']).where('id', '=', event.id).executeTakeFirstOrThrow();
  const holding = rows.filter((x) => ['booked', 'pending', 'offered'].includes(x.status)).length;
  return {
    perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, booked: rows.length,
    overbooked: holding > ev.capacity || ev.places_taken !== holding, failed: r.requests.total - r['3xx'] + r.errors,
  };
}
