// Yearly referral figures for the report to the nämnd (SPEC C6): by referring unit, time to
// first contact in Swedish working days, the share within the target date, by status.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import * as q from './queries.js';
import { workingDaysBetween } from './working-days.js';
import { localDateOf, startOfLocalDay } from './time.js';

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

/** Memoized per call: Stockholm's offset is whole hours, so a UTC hour has one local date. */
function memo<T>(f: (k: string) => T, key: (k: string) => string = (k) => k): (k: string) => T {
  const seen = new Map<string, T>();
  return (k) => {
    const at = key(k);
    let v = seen.get(at);
    if (v === undefined) seen.set(at, v = f(k));
    return v;
  };
}

const BUCKETS = ['0', '1', '2', '3', '4', '5', '6-10', '11+'];
const bucket = (d: number) => (d <= 5 ? String(d) : d <= 10 ? '6-10' : '11+');
const inc = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };

export async function yearlyReferralStats(db: Kysely<DB>, tenantId: string, year: number, today?: string, unitIds: 'all' | string[] = 'all'): Promise<ReferralStats> {
  // A report for part of the organisation counts the referrals its units received.
  // Read once (with each row's working days) per shared call: the whole organisation tree's
  // reports are built together, each filtering the same rows by its units.
  const inScope = unitIds === 'all' ? null : new Set(unitIds);
  const dayOf = memo(localDateOf, (iso) => iso.slice(0, 13));
  const between = memo((k) => workingDaysBetween(k.slice(0, 10), k.slice(11)));
  const daysBetween = (from: string, to: string) => between(`${from}|${to}`);
  const rows = (await sharedRead(`referrals.year:${tenantId}:${year}`, async () => (await q.referralsOfYear(db, tenantId, startOfLocalDay(`${year}-01-01`), startOfLocalDay(`${year + 1}-01-01`)))
    .map((r) => {
      const contactDay = r.first_contact_at ? dayOf(r.first_contact_at) : null;
      return { ...r, contactDay, workingDays: contactDay === null ? null : daysBetween(dayOf(r.created_at), contactDay) };
    })))
    .filter((r) => inScope === null || (r.to_unit_id !== null && inScope.has(r.to_unit_id)));
  const units = await sharedRead(`org.units:${tenantId}`, () => listUnits(db, tenantId));
  const day = today ?? localDateOf(new Date().toISOString());
  const byUnit = new Map<string | null, number>();
  const byStatus: Record<string, number> = {};
  const byTopic: Record<string, number> = {};
  const byUrgency: Record<string, number> = {};
  const byCloseReason: Record<string, number> = {};
  const time: Record<string, number> = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
  const days: number[] = [];
  let within = 0;
  let measured = 0;
  let notYet = 0;
  for (const r of rows) {
    byUnit.set(r.from_unit_id, (byUnit.get(r.from_unit_id) ?? 0) + 1);
    inc(byStatus, r.status);
    inc(byTopic, r.topic);
    inc(byUrgency, r.urgency);
    if (r.close_reason) inc(byCloseReason, r.close_reason);
    if (r.contactDay !== null && r.workingDays !== null) {
      const contactDay = r.contactDay;
      const d = r.workingDays;
      days.push(d);
      inc(time, bucket(d));
      measured++;
      if (contactDay <= r.target_date) within++;
    } else {
      notYet++;
      if (r.target_date < day) measured++;
    }
  }
  days.sort((a, b) => a - b);
  const median = days.length === 0 ? null : days.length % 2 === 1 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
  return {
    year, total: rows.length,
    byReferringUnit: [...byUnit].map(([unitId, count]) => ({ unitId, unitName: units.find((u) => u.id === unitId)?.name ?? 'Okänd enhet', count }))
      .sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName, 'sv')),
    byStatus, byTopic, byUrgency, byCloseReason, timeToFirstContact: time, notYetContacted: notYet, medianWorkingDays: median,
    withinTarget: within, measured, shareWithinTarget: measured === 0 ? null : within / measured,
  };
}
