// The rest of a generated year (generate.ts), so that every section of the yearly report has
// something to count: outreach campaigns that contacts and requests name, anhörigombud with
// training histories, staff trainings with attendance in the events engine, an activity plan
// with budget and outcome, and the violence flags staff set on requests and referrals.
// Campaigns and ambassadors go through their modules' seed functions; the plans and events
// modules have no bulk import, so their tables are written directly with their conventions.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { toJson } from '../../platform/db/helpers.js';
import { seedCampaign } from '../campaigns/service.js';
import { seedAmbassador } from '../ambassadors/service.js';

type Rand = () => number;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export interface CampaignPeriod { id: string; from: string; to: string }

/**
 * Four campaigns that ran at some point in the year (one started the year before), with costs.
 * Returns their periods, for picking the campaign a contact or request names.
 */
export async function insertCampaigns(trx: Kysely<DB>, tenantId: string, year: number, now: Date): Promise<CampaignPeriod[]> {
  const plan = [
    { name: 'Vinterbrev till anhöriga', from: iso(year - 1, 11, 1), to: iso(year, 2, 28), channels: ['letter'] as const, costKr: 18_000 },
    { name: 'Vårens annonser', from: iso(year, 3, 1), to: iso(year, 5, 31), channels: ['advert', 'newspaper'] as const, costKr: 42_500 },
    { name: 'Anhörigdagen på torget', from: iso(year, 10, 1), to: iso(year, 10, 31), channels: ['fair'] as const, costKr: 9_800 },
    { name: 'Hembesök hos äldre', from: iso(year, 1, 1), to: iso(year, 12, 31), channels: ['home_visit'] as const, costKr: 0 },
  ];
  const out: CampaignPeriod[] = [];
  for (const c of plan) {
    const id = await seedCampaign(trx, tenantId, now, {
      name: `${c.name} ${year}`, target: 'Anhöriga i kommunen', description: 'Genererad kampanj.', channels: [...c.channels], startsOn: c.from, endsOn: c.to, costKr: c.costKr,
    });
    out.push({ id, from: c.from, to: c.to });
  }
  return out;
}

/** About one contact or request in twelve names a campaign running on its day (none when none runs). */
export function campaignPicker(campaigns: CampaignPeriod[], r: Rand): (day: string) => string | null {
  return (day) => {
    const running = campaigns.filter((c) => c.from <= day && day <= c.to);
    if (running.length === 0 || r() >= 0.08) return null;
    return running[Math.floor(r() * running.length)].id;
  };
}

/**
 * Anhörigombud in the units, by the unit's place in the list: one who ended during the year; one
 * trained during the year; one last trained years ago; two, one of them trained in the year and
 * again after it and ended the year after (coverage is counted as it stood at the end of the
 * year, so neither the later training nor the later end may change it).
 */
export async function insertAmbassadors(trx: Kysely<DB>, tenantId: string, year: number, now: Date, unitIds: string[], r: Rand): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const day = () => iso(year, 1 + Math.floor(r() * 11), 1 + Math.floor(r() * 28));
  let n = 0;
  const add = async (unitId: string, since: string, dates: string[], endedOn: string | null = null) => {
    n++;
    await seedAmbassador(trx, tenantId, now, {
      unitId, userId: null, personName: `Ombud ${String(n).padStart(4, '0')}`, personTitle: 'Undersköterska', designatedBy: null, since,
      trainings: dates.filter((d) => d <= today).map((date) => ({ date, title: 'Grundutbildning för anhörigombud', minutes: 180 })),
      endedOn: endedOn !== null && endedOn < today ? endedOn : null,
    });
  };
  for (const [i, unitId] of unitIds.entries()) {
    const kind = i % 4;
    // Ended during the year: no longer in place at its end.
    if (kind === 0) await add(unitId, iso(year - 2, 4, 1), [iso(year, 2, 3)], iso(year, 10, 1));
    if (kind === 1) await add(unitId, iso(year - 1, 9, 1), [day()]);
    if (kind === 2) await add(unitId, iso(year - 3, 2, 1), [iso(year - 3, 3, 10)]);
    if (kind === 3) {
      // In place and trained at the end of the year, ended the year after.
      await add(unitId, iso(year, 1, 15), [day(), iso(year + 1, 3, 12)], iso(year + 1, 6, 30));
      await add(unitId, iso(year - 2, 5, 1), []);
    }
  }
  return n;
}

/** Two trainings for staff and ambassadors (two sessions each) with bookings and attendance ticked per session. */
export async function insertTrainings(trx: Kysely<DB>, tenantId: string, year: number, at: string, unitIds: string[], r: Rand): Promise<{ sessions: number; attended: number; absent: number }> {
  const made = { sessions: 0, attended: 0, absent: 0 };
  for (const [k, month] of [3, 9].entries()) {
    const id = randomUUID();
    const starts = [0, 14].map((d) => new Date(Date.UTC(year, month - 1, 5 + d, 7, 0)));
    await trx.insertInto('events').values({
      id, tenant_id: tenantId, unit_id: unitIds[k % Math.max(1, unitIds.length)] ?? null, kind: 'series', type: 'training', title: `Ombudsutbildning ${k + 1}`, summary: 'Genererad utbildning.',
      description: '', place_name: 'Kommunhuset', address: '', accessibility: '', online: 0, online_link: null, capacity: 20, places_taken: 0,
      leader_user_ids: '[]', external_leaders: '[]', audience: toJson(['staff', 'ambassadors']), target_groups: '[]', language: 'sv', booking_mode: 'series',
      booking_opens_at: null, booking_closes_at: null, requires_approval: 0, waitlist_enabled: 0, reminder_hours: 24, status: 'published', cancel_reason: null,
      cancelled_at: null, first_starts_at: starts[0].toISOString(), last_ends_at: new Date(starts[1].getTime() + 3 * 3600_000).toISOString(),
      contacts_erased_at: null, created_by: null, created_at: at, updated_at: at,
    }).execute();
    const sessions = starts.map((s) => ({
      id: randomUUID(), tenant_id: tenantId, event_id: id, starts_at: s.toISOString(), ends_at: new Date(s.getTime() + 3 * 3600_000).toISOString(),
      capacity: 20, places_taken: 0, status: 'scheduled', head_count: null, attendance_recorded_at: s.toISOString(), reminded_at: null, created_at: at,
    }));
    await trx.insertInto('event_sessions').values(sessions).execute();
    const bookings = Array.from({ length: 9 + k * 4 }, (_, i) => ({
      id: randomUUID(), tenant_id: tenantId, event_id: id, session_id: null, status: 'booked', queue_pos: null, name: `Deltagare ${i + 1}`, email: null, phone: null, needs: '{}',
      token_hash: createHash('sha256').update(randomUUID()).digest('hex'), user_id: null, booked_by_user_id: null, offer_expires_at: null, late_cancellation: 0,
      cancelled_by: null, cancelled_at: null, contact_erased_at: null, created_at: at, updated_at: at,
    }));
    await trx.insertInto('event_bookings').values(bookings).execute();
    await trx.updateTable('events').set({ places_taken: bookings.length }).where('id', '=', id).execute();
    await insertAttendance(trx, tenantId, sessions, bookings.map((b) => b.id), r, made);
    made.sessions += sessions.length;
  }
  return made;
}

/** Each booked person ticked present (most) or absent at each session. */
export async function insertAttendance(trx: Kysely<DB>, tenantId: string, sessions: { id: string; starts_at: string }[], bookingIds: string[], r: Rand, made: { attended: number; absent: number }): Promise<void> {
  const rows = sessions.flatMap((s) => bookingIds.map((b) => {
    const attended = r() < 0.85 ? 1 : 0;
    if (attended) made.attended++;
    else made.absent++;
    return { id: randomUUID(), tenant_id: tenantId, session_id: s.id, booking_id: b, attended, recorded_at: s.starts_at, recorded_by: null };
  }));
  for (let i = 0; i < rows.length; i += 200) await trx.insertInto('event_attendance').values(rows.slice(i, i + 200)).execute();
}

/**
 * An activity plan for the year and the next: three overarching goals, each with two sub-goals of
 * two activities, a budget for both years and an outcome for the generated year (some activities
 * without one yet). Returns the number of activities.
 */
export async function insertPlan(trx: Kysely<DB>, tenantId: string, year: number, at: string, r: Rand): Promise<number> {
  const planId = randomUUID();
  await trx.insertInto('plans').values({
    id: planId, tenant_id: tenantId, title: `Genererad verksamhetsplan ${year}–${year + 1}`, description: 'Genererad.', start_year: year, end_year: year + 1,
    grant_per_inhabitant_ore: 3100, created_at: at, updated_at: at,
  }).execute();
  let activities = 0;
  for (const [g, title] of ['Anhöriga får stöd tidigt', 'Personalen ser anhöriga', 'Barn som anhöriga uppmärksammas'].entries()) {
    const goalId = randomUUID();
    await trx.insertInto('plan_goals').values({ id: goalId, tenant_id: tenantId, plan_id: planId, parent_id: null, title, sort_order: g * 10, created_at: at }).execute();
    for (let s = 0; s < 2; s++) {
      const subId = randomUUID();
      await trx.insertInto('plan_goals').values({ id: subId, tenant_id: tenantId, plan_id: planId, parent_id: goalId, title: `Delmål ${g + 1}.${s + 1}`, sort_order: g * 10 + s + 1, created_at: at }).execute();
      for (let a = 0; a < 2; a++) {
        const id = randomUUID();
        activities++;
        await trx.insertInto('plan_activities').values({
          id, tenant_id: tenantId, plan_id: planId, goal_id: subId, title: `Aktivitet ${g + 1}.${s + 1}.${a + 1}`, target_group: 'Anhöriga', responsible: 'Anhörigkonsulent',
          responsible_body_id: null, budget_line: 'Anhörigstöd', status: 'ongoing', comment: '', sort_order: activities, created_at: at, updated_at: at,
        }).execute();
        const budget = 5_000 * (1 + Math.floor(r() * 20));
        await trx.insertInto('plan_activity_years').values([
          { tenant_id: tenantId, activity_id: id, year, budget_kr: budget, actual_kr: r() < 0.15 ? null : Math.round(budget * (0.6 + r() * 0.7)) },
          { tenant_id: tenantId, activity_id: id, year: year + 1, budget_kr: budget, actual_kr: null },
        ]).execute();
      }
    }
  }
  return activities;
}
