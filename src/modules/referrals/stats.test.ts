// The yearly referral figures are counted in SQL (kinds, and days of arrival and first contact as
// day keys) rather than read a row at a time. Checked here against the plain row-by-row answer
// (each instant's Stockholm date through luxon), with instants every twenty minutes around both
// changes of summer time and the turn of the year, where the UTC and the local date differ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { newId } from '../../platform/db/helpers.js';
import { yearlyReferralStats } from './service.js';
import { localDateOf, startOfLocalDay } from './time.js';
import { workingDaysBetween } from './working-days.js';

const YEAR = 2024;
const TODAY = '2024-11-15';
const WINDOWS: [string, string][] = [
  ['2023-12-31T20:00:00Z', '2024-01-01T04:00:00Z'], // the turn of the year (local midnight is 23:00 UTC)
  ['2024-03-29T18:00:00Z', '2024-04-01T04:00:00Z'], // summer time from 31 March
  ['2024-10-25T18:00:00Z', '2024-10-28T04:00:00Z'], // winter time from 27 October
  ['2024-12-31T20:00:00Z', '2025-01-01T02:00:00Z'], // and out of the year again
];

describe.each(DIALECTS)('yearly referral statistics on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('counts arrival and first-contact days by the Stockholm date, as reading every referral would', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const units = await t.db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('kind', '=', 'unit').orderBy('name').limit(3).execute();
    const [a, b, c] = units.map((u) => u.id);
    const model = await t.db.selectFrom('referrals').selectAll().where('tenant_id', '=', tenantId).limit(1).executeTakeFirstOrThrow();
    expect(Number((await t.db.selectFrom('referrals').select((eb) => eb.fn.countAll().as('n')).where('created_at', '<', '2025-06-01').executeTakeFirstOrThrow()).n)).toBe(0);
    const rows: { to: string | null; from: string | null; created: string; contacted: string | null; target: string; status: string }[] = [];
    let i = 0;
    for (const [start, end] of WINDOWS) {
      for (let at = Date.parse(start); at < Date.parse(end); at += 20 * 60_000, i++) {
        const created = new Date(at + 7_123).toISOString();
        // First contact some hours later (up to nine days, across weekends and the changes), or not yet.
        const contacted = i % 5 === 4 ? null : new Date(at + ((i * 7) % 220) * 3_600_000 + 59_000).toISOString();
        const target = localDateOf(new Date(at + ((i % 4) + 1) * 86_400_000).toISOString());
        rows.push({ to: [a, b, c, null][i % 4], from: [b, null][i % 2], created, contacted, target, status: contacted ? 'contacted' : 'new' });
      }
    }
    await t.db.insertInto('referrals').values(rows.map((r) => ({
      ...model, id: newId(), to_unit_id: r.to, from_unit_id: r.from, created_at: r.created, first_contact_at: r.contacted, target_date: r.target,
      status: r.status, close_reason: null, closed_at: null,
    }))).execute();

    // The answer row by row, for the whole municipality and for one unit.
    const expected = (inScope: (to: string | null) => boolean) => {
      const from = startOfLocalDay(`${YEAR}-01-01`);
      const to = startOfLocalDay(`${YEAR + 1}-01-01`);
      const mine = rows.filter((r) => r.created >= from && r.created < to && inScope(r.to));
      const days: number[] = [];
      let within = 0;
      let measured = 0;
      for (const r of mine) {
        if (r.contacted) {
          const contactDay = localDateOf(r.contacted);
          days.push(workingDaysBetween(localDateOf(r.created), contactDay));
          measured++;
          if (contactDay <= r.target) within++;
        } else if (r.target < TODAY) measured++;
      }
      const time = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6-10', '11+'].map((k) => [k, 0]));
      for (const d of days) time[d <= 5 ? String(d) : d <= 10 ? '6-10' : '11+']++;
      days.sort((x, y) => x - y);
      const median = days.length % 2 === 1 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
      return { total: mine.length, notYet: mine.filter((r) => !r.contacted).length, within, measured, time, median };
    };
    for (const [scope, inScope] of [['all', () => true], [[a], (to: string | null) => to === a]] as const) {
      const want = expected(inScope);
      const got = await yearlyReferralStats(t.db, tenantId, YEAR, TODAY, scope === 'all' ? 'all' : [...scope]);
      expect(got.total).toBe(want.total);
      expect(got.notYetContacted).toBe(want.notYet);
      expect(got.timeToFirstContact).toEqual(want.time);
      expect(got.medianWorkingDays).toBe(want.median);
      expect([got.withinTarget, got.measured]).toEqual([want.within, want.measured]);
      expect(got.byStatus).toEqual({ contacted: want.total - want.notYet, new: want.notYet });
    }
    // The windows reach both sides of the year; the instants in it are counted, the others not.
    const all = await yearlyReferralStats(t.db, tenantId, YEAR, TODAY);
    expect(all.total).toBeGreaterThan(350);
    expect(all.total).toBeLessThan(rows.length);
    expect(all.byReferringUnit.reduce((n, r) => n + r.count, 0)).toBe(all.total);
  });
});
