// A data generator for a complete, realistic year (npm run cli -- generate …, the report benchmark
// and the independent recount test): carers, contacts, offers, groups, bookings, attendance,
// requests, referrals, needs assessments, self-checks, and (generate-more.ts) campaigns,
// anhörigombud, staff trainings, an activity plan and violence flags. Synthetic rows only: no real names (carers are
// "Anhörig 00017", bookings "Deltagare 17"), written in bulk inside one transaction. Contacts,
// carers, offers, needs assessments and self-checks go through their modules' services; the
// events and requests modules have no bulk import, so their tables are written directly with
// their column conventions (generate-tables.ts). The options, the counts and the seeded draws
// are in generate-model.ts.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { AGE_BANDS, GENDERS, HEARD_VIA, RELATIONSHIPS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ACTIVITY_TYPES, CHANNELS, ONWARD_TARGETS } from '../contacts/vocab.js';
import { seedContacts } from '../contacts/service.js';
import { seedGeneratedCarers, seedOffers } from '../carers/service.js';
import { seedNeedsAssessment } from '../referrals/service.js';
import { seedSelfcheckCounts } from '../selfcheck/service.js';
import { campaignPicker, insertAmbassadors, insertCampaigns, insertPlan, insertTrainings } from './generate-more.js';
import { dayOf, rng, skewed, type GenerateOptions, type Generated } from './generate-model.js';
import { insertGroups, insertRequestsAndReferrals } from './generate-tables.js';

export { rng, skewed, type GenerateOptions, type Generated } from './generate-model.js';

/** Counted up when the generator writes more or other rows, so a kept benchmark year is not reused stale. */
export const GENERATOR_VERSION = 2;

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

/** `days` after a date, kept within its year. */
function offerDay(date: string, days: number): string {
  const later = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
  return later.slice(0, 4) === date.slice(0, 4) ? later : `${date.slice(0, 4)}-12-31`;
}
