// Yearly referral figures for the report to the nämnd (SPEC C6): by referring unit, time to
// first contact in Swedish working days, the share within the target date, by status.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import * as q from './queries.js';
import { workingDaysBetween } from './working-days.js';
import { localDateOf, localDayOfKey, startOfLocalDay } from './time.js';

export interface ReferralStats {
  year: number;
  total: number;
  byReferringUnit: { unitId: string | null; unitName: string; count: number }[];
  byStatus: Record<string, number>;
  byTopic: Record<string, number>;
  byUrgency: Record<string, number>;
  byCloseReason: Record<string, number>;
  /** Working days from arrival to first contact: '0'…'5', '6-10', '11+'; plus those not yet contacted. */
  timeToFirstContact: Record<string, number>;
  notYetContacted: number;
  medianWorkingDays: number | null;
  /** Contacted on or before the target date. */
  withinTarget: number;
  /** Referrals whose outcome against the target is known: contacted, or not contacted and past the date. */
  measured: number;
  /** withinTarget / measured (0–1), null when nothing is measured yet. */
  shareWithinTarget: number | null;
}

const BUCKETS = ['0', '1', '2', '3', '4', '5', '6-10', '11+'];
const bucket = (d: number) => (d <= 5 ? String(d) : d <= 10 ? '6-10' : '11+');
const add = (m: Record<string, number>, k: string, n: number) => { m[k] = (m[k] ?? 0) + n; };

/** One receiving unit's referrals of the year, counted once; a scope adds up its units. */
interface UnitReferrals {
  total: number;
  byFrom: Map<string | null, number>;
  byStatus: Record<string, number>;
  byTopic: Record<string, number>;
  byUrgency: Record<string, number>;
  byCloseReason: Record<string, number>;
  time: Record<string, number>;
  /** working days to first contact → referrals (for the median over any set of units) */
  days: Map<number, number>;
  within: number;
  measured: number;
  notYet: number;
}

/**
 * Every receiving unit's figures from the year's referrals counted in SQL (their kinds, and their
 * days of arrival and first contact), read once per shared call (the reports module builds the
 * whole organisation tree's reports together).
 */
function yearByUnit(db: Kysely<DB>, tenantId: string, year: number, day: string): Promise<Map<string | null, UnitReferrals>> {
  return sharedRead(db, `referrals.year-by-unit:${tenantId}:${year}:${day}`, async () => {
    const dayOf = localDayOfKey();
    const from = startOfLocalDay(`${year}-01-01`);
    const to = startOfLocalDay(`${year + 1}-01-01`);
    const [kinds, times] = await Promise.all([q.referralKindsOfPeriod(db, tenantId, from, to), q.referralTimesOfPeriod(db, tenantId, from, to)]);
    const out = new Map<string | null, UnitReferrals>();
    const unit = (id: string | null) => {
      let u = out.get(id);
      if (!u) {
        out.set(id, u = {
          total: 0, byFrom: new Map(), byStatus: {}, byTopic: {}, byUrgency: {}, byCloseReason: {},
          time: Object.fromEntries(BUCKETS.map((b) => [b, 0])), days: new Map(), within: 0, measured: 0, notYet: 0,
        });
      }
      return u;
    };
    for (const r of kinds) {
      const u = unit(r.to_unit_id);
      u.total += r.n;
      u.byFrom.set(r.from_unit_id, (u.byFrom.get(r.from_unit_id) ?? 0) + r.n);
      add(u.byStatus, r.status, r.n);
      add(u.byTopic, r.topic, r.n);
      add(u.byUrgency, r.urgency, r.n);
      if (r.close_reason) add(u.byCloseReason, r.close_reason, r.n);
    }
    for (const r of times) {
      const u = unit(r.to_unit_id);
      if (r.contacted !== null) {
        const contactDay = dayOf(r.contacted);
        const d = workingDaysBetween(dayOf(r.received), contactDay);
        u.days.set(d, (u.days.get(d) ?? 0) + r.n);
        add(u.time, bucket(d), r.n);
        u.measured += r.n;
        if (contactDay <= r.target_date) u.within += r.n;
      } else {
        u.notYet += r.n;
        if (r.target_date < day) u.measured += r.n;
      }
    }
    return out;
  });
}

const addInto = (to: Record<string, number>, from: Record<string, number>) => { for (const [k, v] of Object.entries(from)) to[k] = (to[k] ?? 0) + v; };

/** The median of a histogram of whole numbers. */
function medianOf(hist: Map<number, number>): number | null {
  const n = [...hist.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sorted = [...hist].sort((a, b) => a[0] - b[0]);
  const at = (i: number) => { // the i-th smallest value (0-based)
    let seen = 0;
    for (const [v, c] of sorted) if ((seen += c) > i) return v;
    return sorted[sorted.length - 1][0];
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

export async function yearlyReferralStats(db: Kysely<DB>, tenantId: string, year: number, today?: string, unitIds: 'all' | string[] = 'all'): Promise<ReferralStats> {
  // A report for part of the organisation counts the referrals its units received.
  const inScope = unitIds === 'all' ? null : new Set(unitIds);
  const day = today ?? localDateOf(new Date().toISOString());
  const [perUnit, units] = await Promise.all([yearByUnit(db, tenantId, year, day), sharedRead(db, `org.units:${tenantId}`, () => listUnits(db, tenantId))]);
  const byUnit = new Map<string | null, number>();
  const byStatus: Record<string, number> = {};
  const byTopic: Record<string, number> = {};
  const byUrgency: Record<string, number> = {};
  const byCloseReason: Record<string, number> = {};
  const time: Record<string, number> = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
  const days = new Map<number, number>();
  let total = 0;
  let within = 0;
  let measured = 0;
  let notYet = 0;
  for (const [to, u] of perUnit) {
    if (inScope !== null && (to === null || !inScope.has(to))) continue;
    total += u.total;
    for (const [from, n] of u.byFrom) byUnit.set(from, (byUnit.get(from) ?? 0) + n);
    addInto(byStatus, u.byStatus);
    addInto(byTopic, u.byTopic);
    addInto(byUrgency, u.byUrgency);
    addInto(byCloseReason, u.byCloseReason);
    addInto(time, u.time);
    for (const [d, n] of u.days) days.set(d, (days.get(d) ?? 0) + n);
    within += u.within;
    measured += u.measured;
    notYet += u.notYet;
  }
  return {
    year, total,
    byReferringUnit: [...byUnit].map(([unitId, count]) => ({ unitId, unitName: units.find((u) => u.id === unitId)?.name ?? 'Okänd enhet', count }))
      .sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName, 'sv')),
    byStatus, byTopic, byUrgency, byCloseReason, timeToFirstContact: time, notYetContacted: notYet, medianWorkingDays: medianOf(days),
    withinTarget: within, measured, shareWithinTarget: measured === 0 ? null : within / measured,
  };
}
