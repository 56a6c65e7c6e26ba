// A data generator for a complete, realistic year (npm run cli -- generate …, the report benchmark
// and the independent recount test): carers, contacts, offers, groups, bookings, attendance,
// requests, referrals, needs assessments, self-checks, and (generate-more.ts) campaigns,
// anhörigombud, staff trainings, an activity plan and violence flags. Synthetic rows only: no real names (carers are
// "Anhörig 00017", bookings "Deltagare 17"), written in bulk inside one transaction. Contacts,
// carers, offers, needs assessments and self-checks go through their modules' services; the
// events and requests modules have no bulk import, so their tables are written directly with
// their column conventions.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { toJson } from '../../platform/db/helpers.js';
import { AGE_BANDS, GENDERS, HEARD_VIA, RELATIONSHIPS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ACTIVITY_TYPES, CHANNELS, ONWARD_TARGETS } from '../contacts/vocab.js';
import { seedContacts } from '../contacts/service.js';
import { seedGeneratedCarers, seedOffers } from '../carers/service.js';
import { seedNeedsAssessment } from '../referrals/service.js';
import { seedSelfcheckCounts } from '../selfcheck/service.js';
import { REQUEST_TOPICS, PREFERRED_TIMES } from '../requests/schema.js';
import { REFERRAL_TOPICS } from '../referrals/vocab.js';
import { campaignPicker, insertAmbassadors, insertAttendance, insertCampaigns, insertPlan, insertTrainings } from './generate-more.js';

/** Counted up when the generator writes more or other rows, so a kept benchmark year is not reused stale. */
export const GENERATOR_VERSION = 2;

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks with weights falling steeply, so late list items are rare (small numbers). */
export function skewed<T>(r: () => number, items: readonly T[]): T {
  const weights = items.map((_, i) => 1 / (i + 1) ** 2.2);
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    x -= weights[i];
    if (x <= 0) return items[i];
  }
  return items[items.length - 1];
}

export interface GeneratedContact {
  id: string;
  unit_id: string;
  contact_date: string;
  channel: string;
  duration_min: number;
  activity_type: string;
  target_group: string | null;
  relationship: string | null;
  age_band: string | null;
  gender: string | null;
  heard_via: string | null;
  referred_onward: number;
  referred_to: string | null;
  carer_id: string | null;
}

export function* contactRows(opts: { year: number; n: number; unitIds: string[]; seed?: number; carers?: number; carerIds?: string[]; carerUnits?: string[] }): Generator<GeneratedContact> {
  const r = rng(opts.seed ?? 7);
  // Identified contacts link to carers that exist when they are given (generateYear); the test
  // fixtures count carers from the rows alone.
  const carers = opts.carerIds ?? Array.from({ length: opts.carers ?? 12 }, () => randomUUID());
  for (let i = 0; i < opts.n; i++) {
    // Logged day by day through the year, as a contact log fills (rows in date order).
    const day = new Date(Date.UTC(opts.year, 0, 1) + Math.floor((i * 365) / Math.max(1, opts.n)) * 86400_000).toISOString().slice(0, 10);
    const referred = r() < 0.15;
    const unit = opts.unitIds[Math.floor(r() * opts.unitIds.length)];
    const carer = carers.length > 0 && r() < 0.2 ? Math.floor(r() * carers.length) : -1;
    yield {
      id: randomUUID(),
      // A carer's contacts are mostly logged by their own unit (when the generator knows it).
      unit_id: carer >= 0 && opts.carerUnits && r() < 0.9 ? opts.carerUnits[carer] : unit,
      contact_date: day,
      channel: skewed(r, CHANNELS),
      duration_min: 15 + Math.floor(r() * 4) * 15,
      activity_type: skewed(r, ACTIVITY_TYPES),
      target_group: r() < 0.05 ? null : skewed(r, TARGET_GROUPS),
      relationship: r() < 0.05 ? null : skewed(r, RELATIONSHIPS),
      age_band: r() < 0.04 ? null : skewed(r, [...AGE_BANDS].reverse()),
      gender: skewed(r, GENDERS),
      heard_via: r() < 0.3 ? null : skewed(r, HEARD_VIA),
      referred_onward: referred ? 1 : 0,
      referred_to: referred ? skewed(r, ONWARD_TARGETS) : null,
      carer_id: carer >= 0 ? carers[carer] : null,
    };
  }
}

export interface GenerateOptions {
  year: number;
  contacts: number;
  bookings: number;
  /** Units the contacts, carers, groups, requests and referrals belong to (e.g. the specialists' units). */
  unitIds: string[];
  /** Contact requests routed to the units (default: one per 50 contacts). */
  requests?: number;
  /** Referrals received by the units (default: one per 80 contacts). */
  referrals?: number;
  /** Identified carers registered in the year (default: one per 100 contacts, at least 5). */
  carers?: number;
  seed?: number;
  now: Date;
}

/** What was generated, counted as it was written: the self-check a caller compares the report with. */
export interface Generated {
  contacts: number;
  identifiedContacts: number;
  carers: number;
  carersWithSupportContact: number;
  followUps: number;
  offers: number;
  events: number;
  eventsWithoutUnit: number;
  sessions: number;
  bookings: number;
  requests: number;
  referrals: number;
  needsAssessments: number;
  selfchecks: number;
  /** Carer groups' bookings ticked present / absent per session, and late cancellations. */
  attended: number;
  absent: number;
  lateCancellations: number;
  campaigns: number;
  campaignContacts: number;
  campaignRequests: number;
  ambassadors: number;
  trainingSessions: number;
  trainingAttended: number;
  planActivities: number;
  violenceRequests: number;
  violenceReferrals: number;
}

const BATCH = 2000;

/**
 * A complete year for one municipality, the same for the same seed and options: carers that
 * exist (registered in the year in the units, some with a named stödkontakt, with follow-ups),
 * contacts (a fifth linked to those carers, mostly in the carer's unit), stödkontakt offers,
 * groups with sessions and bookings (a fifth with no unit), requests routed to the units,
 * referrals between them, needs assessments and anonymous self-checks. Written in one transaction.
 */
export async function generateYear(db: Kysely<DB>, tenantId: string, o: GenerateOptions): Promise<Generated> {
  const at = o.now.toISOString();
  const made: Generated = {
    contacts: 0, identifiedContacts: 0, carers: 0, carersWithSupportContact: 0, followUps: 0, offers: 0, events: 0, eventsWithoutUnit: 0,
    sessions: 0, bookings: 0, requests: 0, referrals: 0, needsAssessments: 0, selfchecks: 0, attended: 0, absent: 0, lateCancellations: 0,
    campaigns: 0, campaignContacts: 0, campaignRequests: 0, ambassadors: 0, trainingSessions: 0, trainingAttended: 0, planActivities: 0, violenceRequests: 0, violenceReferrals: 0,
  };
  const specialists = (await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('users.id')
    .where('user_roles.tenant_id', '=', tenantId).where('user_roles.role', '=', 'specialist').where('users.disabled', '=', 0).orderBy('users.id').distinct().execute()).map((u) => u.id);
  const r = rng((o.seed ?? 7) + 1);
  // The additions of generate-more.ts draw from a stream of their own, so the rest stays as it was.
  const x = rng((o.seed ?? 7) + 3);
  await db.transaction().execute(async (trx) => {
    const carers = await insertCarers(trx, tenantId, o, r, specialists, made);
    const campaigns = await insertCampaigns(trx, tenantId, o.year, o.now);
    made.campaigns = campaigns.length;
    const campaignOf = campaignPicker(campaigns, x);
    let batch: GeneratedContact[] = [];
    const offers: Parameters<typeof seedOffers>[2] = [];
    const flush = async () => {
      await seedContacts(trx, batch.map((c) => {
        const campaign = campaignOf(c.contact_date);
        if (campaign) made.campaignContacts++;
        return { ...c, tenant_id: tenantId, user_id: null, district: null, campaign_id: campaign, created_at: at, updated_at: at };
      }));
      batch = [];
    };
    for (const c of contactRows({ year: o.year, n: o.contacts, unitIds: o.unitIds, seed: o.seed, carerIds: carers.map((x) => x.id), carerUnits: carers.map((x) => x.unitId) })) {
      batch.push(c);
      made.contacts++;
      if (c.carer_id) made.identifiedContacts++;
      // About one contact in twenty records a stödkontakt offer and its answer.
      if (r() < 0.05) {
        offers.push({
          // Offered the same day or up to nine days after the first contact (never past the year).
          unitId: c.unit_id, carerId: c.carer_id, contactId: c.id, firstContactOn: c.contact_date, offeredOn: offerDay(c.contact_date, Math.floor(x() * 10)),
          answer: skewed(r, ['accepted', 'declined', 'not_reached'] as const), supportContactUserId: null, recordedBy: null, recordedAt: at,
        });
      }
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    for (let i = 0; i < offers.length; i += 500) await seedOffers(trx, tenantId, offers.slice(i, i + 500));
    made.offers = offers.length;
    await insertGroups(trx, tenantId, o, r, x, at, made);
    made.requests = o.requests ?? Math.round(o.contacts / 50);
    made.referrals = o.referrals ?? Math.round(o.contacts / 80);
    await insertRequestsAndReferrals(trx, tenantId, o, r, { x, campaignOf, made });
    made.ambassadors = await insertAmbassadors(trx, tenantId, o.year, o.now, o.unitIds, x);
    const trainings = await insertTrainings(trx, tenantId, o.year, at, o.unitIds, x);
    made.trainingSessions = trainings.sessions;
    made.trainingAttended = trainings.attended;
    made.planActivities = await insertPlan(trx, tenantId, o.year, at, x);
    made.needsAssessments = specialists.length === 0 ? 0 : Math.max(3, Math.round(o.contacts / 200));
    for (let i = 0; i < made.needsAssessments; i++) {
      const views = skewed(r, ['yes', 'partly', 'no', 'unknown'] as const);
      await seedNeedsAssessment(trx, tenantId, {
        unitId: o.unitIds[i % Math.max(1, o.unitIds.length)], userId: specialists[0], assessedOn: dayOf(o.year, i, made.needsAssessments).toISOString().slice(0, 10),
        tookPart: r() < 0.7, views, ownSupport: r() < 0.2,
      });
    }
    const checks = Math.max(5, Math.round(o.contacts / 100));
    made.selfchecks = Object.values(await seedSelfcheckCounts(trx, tenantId, o.year, checks, (bands) => skewed(r, bands))).reduce((a, b) => a + b, 0);
  });
  return made;
}

/** Carers registered during the year in the units, in a fixed order (ids from the seeded generator). */
async function insertCarers(trx: Kysely<DB>, tenantId: string, o: GenerateOptions, r: () => number, specialists: string[], made: Generated): Promise<{ id: string; unitId: string }[]> {
  const n = o.unitIds.length === 0 ? 0 : o.carers ?? Math.max(5, Math.round(o.contacts / 100));
  const rows = Array.from({ length: n }, (_, i) => {
    const created = dayOf(o.year, i, n);
    const supported = specialists.length > 0 && r() < 0.4;
    // Follow-ups and other actions due in the year: some done, some cancelled, some still planned.
    const actions = Array.from({ length: Math.floor(r() * 3) }, (_, k) => ({
      kind: r() < 0.6 ? 'follow_up' as const : 'action' as const, actionType: 'recontact',
      dueOn: new Date(Math.min(created.getTime() + (k + 1) * 30 * 86400_000, Date.UTC(o.year, 11, 31))).toISOString().slice(0, 10),
      status: skewed(r, ['done', 'planned', 'cancelled'] as const),
    }));
    made.followUps += actions.length;
    if (supported) made.carersWithSupportContact++;
    return {
      id: seededId(r), unitId: o.unitIds[Math.floor(r() * o.unitIds.length)], name: `Anhörig ${String(i + 1).padStart(5, '0')}`,
      targetGroup: skewed(r, TARGET_GROUPS), relationship: skewed(r, RELATIONSHIPS), ageBand: skewed(r, [...AGE_BANDS].reverse()), gender: skewed(r, GENDERS),
      supportContactUserId: supported ? specialists[Math.floor(r() * specialists.length)] : null, createdAt: created.toISOString(), actions,
    };
  });
  await seedGeneratedCarers(trx, tenantId, rows);
  made.carers = n;
  return rows.map((c) => ({ id: c.id, unitId: c.unitId }));
}

/** A UUID-shaped id from the seeded generator, so a carer's place in every order is repeatable. */
function seededId(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Groups of 8 weekly sessions, 12 places, about 150 bookings a group (waiting lists fill); a fifth with no unit. */
async function insertGroups(trx: Kysely<DB>, tenantId: string, o: GenerateOptions, r: () => number, x: () => number, at: string, made: Generated): Promise<void> {
  let left = o.bookings;
  while (left > 0) {
    const id = randomUUID();
    const month = 1 + Math.floor(r() * 11);
    const first = new Date(Date.UTC(o.year, month - 1, 1 + Math.floor(r() * 20), 16, 30));
    const starts = Array.from({ length: 8 }, (_, i) => new Date(first.getTime() + i * 7 * 86400_000));
    const group = skewed(r, [...TARGET_GROUPS, null]);
    const unitId = made.events % 5 === 4 ? null : (o.unitIds[made.events % Math.max(1, o.unitIds.length)] ?? null);
    if (unitId === null) made.eventsWithoutUnit++;
    await trx.insertInto('events').values({
      id, tenant_id: tenantId, unit_id: unitId, kind: 'series', type: 'carer_group', title: `Anhöriggrupp ${made.events + 1}`, summary: 'Genererad grupp.',
      description: '', place_name: 'Träffpunkten', address: '', accessibility: '', online: 0, online_link: null, capacity: 12, places_taken: 0,
      leader_user_ids: '[]', external_leaders: '[]', audience: toJson(['carers']), target_groups: toJson(group ? [group] : []), language: 'sv', booking_mode: 'series',
      booking_opens_at: null, booking_closes_at: null, requires_approval: 0, waitlist_enabled: 1, reminder_hours: 24, status: 'published', cancel_reason: null,
      cancelled_at: null, first_starts_at: starts[0].toISOString(), last_ends_at: new Date(starts[7].getTime() + 90 * 60_000).toISOString(),
      contacts_erased_at: null, created_by: null, created_at: at, updated_at: at,
    }).execute();
    const sessions = starts.map((s) => ({
      id: randomUUID(), tenant_id: tenantId, event_id: id, starts_at: s.toISOString(), ends_at: new Date(s.getTime() + 90 * 60_000).toISOString(),
      capacity: 12, places_taken: 0, status: 'scheduled', head_count: 6 + Math.floor(r() * 6), attendance_recorded_at: s.toISOString(), reminded_at: null, created_at: at,
    }));
    await trx.insertInto('event_sessions').values(sessions).execute();
    const n = Math.min(left, 150);
    const rows = Array.from({ length: n }, (_, i) => {
      const created = new Date(first.getTime() - (1 + Math.floor(r() * 40)) * 86400_000).toISOString();
      const status = i < 12 ? 'booked' : r() < 0.2 ? 'cancelled' : 'waitlisted';
      // A third of the cancellations came the day before the first session: late.
      const late = status === 'cancelled' && x() < 0.33;
      if (late) made.lateCancellations++;
      const cancelledAt = status === 'cancelled' ? new Date(first.getTime() - (late ? 20 * 3600_000 : 10 * 86400_000)).toISOString() : null;
      return {
        id: randomUUID(), tenant_id: tenantId, event_id: id, session_id: null, status, queue_pos: i < 12 ? null : i,
        name: `Deltagare ${i + 1}`, email: null, phone: null, needs: '{}', token_hash: createHash('sha256').update(randomUUID()).digest('hex'), user_id: null,
        booked_by_user_id: null, offer_expires_at: null, late_cancellation: late ? 1 : 0, cancelled_by: null, cancelled_at: cancelledAt, contact_erased_at: null,
        created_at: created, updated_at: created,
      };
    });
    for (let i = 0; i < rows.length; i += 100) await trx.insertInto('event_bookings').values(rows.slice(i, i + 100)).execute();
    // The booked places ticked present or absent at every session.
    await insertAttendance(trx, tenantId, sessions, rows.filter((b) => b.status === 'booked').map((b) => b.id), x, made);
    await trx.updateTable('events').set({ places_taken: Math.min(12, n) }).where('id', '=', id).execute();
    left -= n;
    made.bookings += n;
    made.events++;
    made.sessions += 8;
  }
}

/** A referral's carer age band by its index: a few children under 13 and 13–17, mostly adults, some not recorded. */
const referralAgeBand = (i: number): string | null => (i % 23 === 0 ? 'under_13' : i % 11 === 0 ? '13_17' : i % 9 === 0 ? null : AGE_BANDS[2 + (i % 5)]);

/** `days` after a date, kept within its year. */
function offerDay(date: string, days: number): string {
  const later = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
  return later.slice(0, 4) === date.slice(0, 4) ? later : `${date.slice(0, 4)}-12-31`;
}

/** A moment in the year, spread evenly, at 10:00 UTC. */
const dayOf = (year: number, i: number, n: number) => new Date(Date.UTC(year, 0, 1, 10) + Math.floor((i * 364) / Math.max(1, n)) * 86400_000);

/** Anonymous requests routed to the units and referrals between them, with no contact details. */
async function insertRequestsAndReferrals(trx: Kysely<DB>, tenantId: string, o: GenerateOptions, r: () => number, more: { x: () => number; campaignOf: (day: string) => string | null; made: Generated }): Promise<void> {
  const { x, campaignOf, made } = more;
  const { requests, referrals } = made;
  // Staff flag a few requests and referrals for suspected violence in a close relationship.
  const violence = (created: string, kind: 'violenceRequests' | 'violenceReferrals') => {
    const flagged = x() < 0.05;
    if (flagged) made[kind]++;
    return { violence_flag: flagged ? 1 : 0, violence_note: null, violence_flagged_at: flagged ? created : null, violence_flagged_by: null };
  };
  const unit = () => (o.unitIds.length > 0 ? o.unitIds[Math.floor(r() * o.unitIds.length)] : null);
  const reqRows = Array.from({ length: requests }, (_, i) => {
    const created = dayOf(o.year, i, requests).toISOString();
    return {
      id: randomUUID(), tenant_id: tenantId, reference: `G${String(i).padStart(7, '0')}`, status_token_hash: createHash('sha256').update(randomUUID()).digest('hex'),
      mode: r() < 0.6 ? 'anonymous' : 'named', name: null, phone: null, email: null, message: null, selfcheck_summary: null, channel: 'phone',
      topic: skewed(r, REQUEST_TOPICS), target_group: r() < 0.1 ? null : skewed(r, TARGET_GROUPS), age_band: r() < 0.1 ? null : skewed(r, [...AGE_BANDS].reverse()),
      preferred_language: 'sv', preferred_time: skewed(r, PREFERRED_TIMES), heard_via: r() < 0.3 ? null : skewed(r, HEARD_VIA), campaign_id: campaignOf(created.slice(0, 10)),
      routed_unit_id: r() < 0.05 ? null : unit(), routing_note: '', status: 'closed', assigned_user_id: null, close_reason: 'contacted',
      created_at: created, updated_at: created, contacted_at: created, closed_at: created, erased_at: created, ...violence(created, 'violenceRequests'),
    };
  });
  made.campaignRequests = reqRows.filter((q) => q.campaign_id !== null).length;
  for (let i = 0; i < reqRows.length; i += 200) await trx.insertInto('contact_requests').values(reqRows.slice(i, i + 200)).execute();
  const refRows = Array.from({ length: referrals }, (_, i) => {
    const created = dayOf(o.year, i, referrals);
    const contacted = r() < 0.9 ? new Date(created.getTime() + Math.floor(r() * 8) * 86400_000).toISOString() : null;
    return {
      id: randomUUID(), tenant_id: tenantId, from_unit_id: r() < 0.05 ? null : unit(), from_user_id: null, to_unit_id: unit(),
      carer_name: null, carer_phone: null, carer_email: null, reach_note: null, message: null, topic: skewed(r, REFERRAL_TOPICS),
      target_group: skewed(r, TARGET_GROUPS), carer_age_band: referralAgeBand(i), urgency: 'normal', consent_carer: 1, consent_carer_wording: 'Genererad.',
      consent_cared_for: 'not_asked', consent_cared_for_wording: null, status: contacted ? 'closed' : 'new', assigned_user_id: null,
      target_date: new Date(created.getTime() + 7 * 86400_000).toISOString().slice(0, 10), first_contact_at: contacted, closed_at: contacted,
      close_reason: contacted ? 'contacted' : null, carer_id: null, contact_deleted_at: contacted, created_at: created.toISOString(), updated_at: created.toISOString(),
      ...violence(created.toISOString(), 'violenceReferrals'),
    };
  });
  for (let i = 0; i < refRows.length; i += 200) await trx.insertInto('referrals').values(refRows.slice(i, i + 200)).execute();
}
