// The seeded demo fills every tool in every municipality with something to look at, and every
// demo activity, meeting and booking falls on a Swedish working day (no weekends, public
// holidays, julafton, nyårsafton or midsommarafton), whatever day the demo is seeded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { createTestDb, DIALECTS, type TestDb } from './harness.js';
import { seedForTest } from '../src/demo/seed.js';
import { isWorkingDay } from '../src/modules/referrals/service.js';
import type { DB } from '../src/platform/db/schema.js';

const SLUGS = ['sodertalje', 'vetlanda', 'herrljunga', 'hassleholm'];

/** Each tool's main table (the one its staff page lists). */
const TOOLS: [string, keyof DB][] = [
  ['Stödutbud', 'offerings'], ['Informationssidor', 'info_pages'], ['Samarbetspartner', 'partners'],
  ['Aktiviteter', 'events'], ['Träffar', 'event_sessions'], ['Bokningar', 'event_bookings'],
  ['Kontaktlogg', 'contact_log'], ['Förfrågningar', 'contact_requests'], ['Förmedlingar', 'referrals'],
  ['Behovsbedömning', 'needs_assessments'], ['Anhöriga', 'carers'], ['Uppföljningar', 'carer_actions'],
  ['Stödkontakt', 'support_offers'], ['Styrning', 'governance_bodies'], ['Möten', 'governance_meetings'],
  ['Medlemmar', 'governance_members'], ['Uppsökande', 'outreach_campaigns'], ['Verksamhetsplaner', 'plans'],
  ['Planens aktiviteter', 'plan_activities'], ['Belastningskoll', 'selfcheck_counters'], ['Årsenkät', 'report_answers'],
];
/** SPEC §3: only Södertälje and Hässleholm have anhörigombud. */
const AMBASSADOR_SLUGS = ['sodertalje', 'hassleholm'];

const localDate = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm').toISODate()!;

describe.each(DIALECTS)('demo data on %s', (dialect) => {
  let t: TestDb;
  const now = new Date('2026-12-05T09:00:00Z');
  let tenants: Map<string, string>;
  beforeAll(async () => {
    t = await createTestDb(dialect);
    const seeds = await seedForTest(t.db, now, SLUGS);
    tenants = new Map([...seeds].map(([slug, s]) => [slug, s.tenantId]));
  }, 120_000);
  afterAll(async () => t?.drop());

  const count = async (table: keyof DB, tenantId: string, where?: (q: any) => any): Promise<number> => {
    let q = t.db.selectFrom(table as never).select(sql<number>`count(*)`.as('n')).where('tenant_id' as never, '=', tenantId as never);
    if (where) q = where(q);
    return Number((await q.executeTakeFirstOrThrow() as { n: number }).n);
  };

  it('has at least one row in every tool of every municipality', async () => {
    const empty: string[] = [];
    for (const slug of SLUGS) {
      const tools: [string, keyof DB][] = AMBASSADOR_SLUGS.includes(slug) ? [...TOOLS, ['Anhörigombud', 'ambassadors']] : TOOLS;
      for (const [tool, table] of tools) if ((await count(table, tenants.get(slug)!)) === 0) empty.push(`${slug}: ${tool} (${table})`);
    }
    expect(empty).toEqual([]);
  });

  it('gives every governance body members and meetings', async () => {
    const bare = await t.db.selectFrom('governance_bodies as b')
      .select(['b.name', 'b.tenant_id',
        (eb) => eb.selectFrom('governance_members as m').select(sql<number>`count(*)`.as('n')).whereRef('m.body_id', '=', 'b.id').as('members'),
        (eb) => eb.selectFrom('governance_meetings as g').select(sql<number>`count(*)`.as('n')).whereRef('g.body_id', '=', 'b.id').as('meetings')])
      .execute();
    expect(bare.length).toBeGreaterThan(4);
    expect(bare.filter((b) => Number(b.members) === 0 || Number(b.meetings) === 0).map((b) => b.name)).toEqual([]);
  });

  it('has trainings, this year’s web requests and this year’s bookings in every municipality', async () => {
    const year = String(now.getUTCFullYear());
    for (const slug of SLUGS) {
      const id = tenants.get(slug)!;
      const trainings = await t.db.selectFrom('events').select('audience').where('tenant_id', '=', id).execute();
      expect({ slug, trainings: trainings.some((e) => /staff|ambassador/.test(e.audience)) }).toEqual({ slug, trainings: true });
      expect({ slug, requests: await count('contact_requests', id, (q) => q.where('created_at', '>=', `${year}-01-01`)) }).not.toMatchObject({ requests: 0 });
      expect({ slug, bookings: await count('event_bookings', id, (q) => q.where('created_at', '>=', `${year}-01-01`)) }).not.toMatchObject({ bookings: 0 });
    }
  });

});

/** Every session, booking and meeting of the seeded demo is on a working day. */
async function offDays(db: TestDb['db']): Promise<string[]> {
  const bad: string[] = [];
  for (const s of await db.selectFrom('event_sessions').select(['starts_at']).execute()) {
    if (!isWorkingDay(localDate(s.starts_at))) bad.push(`session ${s.starts_at}`);
  }
  for (const b of await db.selectFrom('event_bookings').select(['created_at']).execute()) {
    if (!isWorkingDay(localDate(b.created_at))) bad.push(`booking ${b.created_at}`);
  }
  for (const m of await db.selectFrom('governance_meetings').select(['date']).execute()) {
    if (!isWorkingDay(m.date)) bad.push(`meeting ${m.date}`);
  }
  for (const r of await db.selectFrom('contact_requests').select(['created_at']).execute()) {
    if (!isWorkingDay(localDate(r.created_at))) bad.push(`request ${r.created_at}`);
  }
  return bad;
}

// Seeded on a Saturday before Christmas (sessions would reach julafton, nyårsafton and
// trettondagen) and in June (midsommarafton, nationaldagen).
describe.each(DIALECTS.flatMap((d) => ['2026-12-05T09:00:00Z', '2026-12-19T08:00:00Z', '2027-06-05T08:00:00Z'].map((at) => [d, at] as const)))('demo dates on %s seeded at %s', (dialect, at) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(dialect);
    await seedForTest(t.db, new Date(at), SLUGS);
  }, 120_000);
  afterAll(async () => t?.drop());

  it('puts no activity, meeting, booking or request on a weekend or holiday', async () => {
    expect(await t.db.selectFrom('event_sessions').select('id').limit(1).execute()).toHaveLength(1);
    expect(await offDays(t.db)).toEqual([]);
  });
});
