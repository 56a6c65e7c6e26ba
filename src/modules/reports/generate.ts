// A data generator for a realistic year (npm run cli -- generate …, and the report benchmark):
// anonymous contacts in the contact log, and groups with sessions and bookings. Synthetic rows
// only: no names (bookings get an alias like "Deltagare 17"), written in bulk inside one
// transaction. Contacts go through the contacts service; the events module has no bulk
// import, so its three tables are written directly with its column conventions.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { toJson } from '../../platform/db/helpers.js';
import { AGE_BANDS, GENDERS, HEARD_VIA, RELATIONSHIPS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ACTIVITY_TYPES, CHANNELS, ONWARD_TARGETS } from '../contacts/vocab.js';
import { seedContacts } from '../contacts/service.js';
import { REQUEST_TOPICS, PREFERRED_TIMES } from '../requests/schema.js';
import { REFERRAL_TOPICS } from '../referrals/vocab.js';

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

export function* contactRows(opts: { year: number; n: number; unitIds: string[]; seed?: number; carers?: number; carerIds?: string[] }): Generator<GeneratedContact> {
  const r = rng(opts.seed ?? 7);
  // Identified contacts link to carers that exist when they are given (generateYear); the test
  // fixtures count carers from the rows alone.
  const carers = opts.carerIds ?? Array.from({ length: opts.carers ?? 12 }, () => randomUUID());
  for (let i = 0; i < opts.n; i++) {
    // Logged day by day through the year, as a contact log fills (rows in date order).
    const day = new Date(Date.UTC(opts.year, 0, 1) + Math.floor((i * 365) / Math.max(1, opts.n)) * 86400_000).toISOString().slice(0, 10);
    const referred = r() < 0.15;
    yield {
      id: randomUUID(),
      unit_id: opts.unitIds[Math.floor(r() * opts.unitIds.length)],
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
      carer_id: carers.length > 0 && r() < 0.2 ? carers[Math.floor(r() * carers.length)] : null,
    };
  }
}

export interface GenerateOptions {
  year: number;
  contacts: number;
  bookings: number;
  /** Units the contacts, groups, requests and referrals belong to (e.g. the specialists' units). */
  unitIds: string[];
  /** Contact requests routed to the units (default: one per 50 contacts). */
  requests?: number;
  /** Referrals received by the units (default: one per 80 contacts). */
  referrals?: number;
  seed?: number;
  now: Date;
}

const BATCH = 2000;

export async function generateYear(db: Kysely<DB>, tenantId: string, o: GenerateOptions): Promise<{ contacts: number; events: number; sessions: number; bookings: number; requests: number; referrals: number }> {
  const at = o.now.toISOString();
  const carerIds = (await db.selectFrom('carers').select('id').where('tenant_id', '=', tenantId).orderBy('id').execute()).map((c) => c.id);
  let batch: GeneratedContact[] = [];
  const flush = async (trx: Kysely<DB>) => {
    await seedContacts(trx, batch.map((c) => ({ ...c, tenant_id: tenantId, user_id: null, district: null, campaign_id: null, created_at: at, updated_at: at })));
    batch = [];
  };
  const r = rng((o.seed ?? 7) + 1);
  let sessionsMade = 0;
  let eventsMade = 0;
  await db.transaction().execute(async (trx) => {
    for (const c of contactRows({ year: o.year, n: o.contacts, unitIds: o.unitIds, seed: o.seed, carerIds })) {
      batch.push(c);
      if (batch.length >= BATCH) await flush(trx);
    }
    if (batch.length > 0) await flush(trx);

    // Groups of 8 weekly sessions, 12 places, about 150 bookings a group (waiting lists fill).
    let left = o.bookings;
    while (left > 0) {
      const id = randomUUID();
      const month = 1 + Math.floor(r() * 11);
      const first = new Date(Date.UTC(o.year, month - 1, 1 + Math.floor(r() * 20), 16, 30));
      const starts = Array.from({ length: 8 }, (_, i) => new Date(first.getTime() + i * 7 * 86400_000));
      const group = skewed(r, [...TARGET_GROUPS, null]);
      await trx.insertInto('events').values({
        id, tenant_id: tenantId, unit_id: o.unitIds[eventsMade % Math.max(1, o.unitIds.length)] ?? null, kind: 'series', type: 'carer_group', title: `Anhöriggrupp ${eventsMade + 1}`, summary: 'Genererad grupp.',
        description: '', place_name: 'Träffpunkten', address: '', accessibility: '', online: 0, online_link: null, capacity: 12, places_taken: 0,
        leader_user_ids: '[]', external_leaders: '[]', audience: toJson(['carers']), target_groups: toJson(group ? [group] : []), language: 'sv', booking_mode: 'series',
        booking_opens_at: null, booking_closes_at: null, requires_approval: 0, waitlist_enabled: 1, reminder_hours: 24, status: 'published', cancel_reason: null,
        cancelled_at: null, first_starts_at: starts[0].toISOString(), last_ends_at: new Date(starts[7].getTime() + 90 * 60_000).toISOString(),
        contacts_erased_at: null, created_by: null, created_at: at, updated_at: at,
      }).execute();
      await trx.insertInto('event_sessions').values(starts.map((s) => ({
        id: randomUUID(), tenant_id: tenantId, event_id: id, starts_at: s.toISOString(), ends_at: new Date(s.getTime() + 90 * 60_000).toISOString(),
        capacity: 12, places_taken: 0, status: 'scheduled', head_count: 6 + Math.floor(r() * 6), attendance_recorded_at: s.toISOString(), reminded_at: null, created_at: at,
      }))).execute();
      const n = Math.min(left, 150);
      const rows = Array.from({ length: n }, (_, i) => {
        const created = new Date(first.getTime() - (1 + Math.floor(r() * 40)) * 86400_000).toISOString();
        return {
          id: randomUUID(), tenant_id: tenantId, event_id: id, session_id: null, status: i < 12 ? 'booked' : r() < 0.2 ? 'cancelled' : 'waitlisted', queue_pos: i < 12 ? null : i,
          name: `Deltagare ${i + 1}`, email: null, phone: null, needs: '{}', token_hash: createHash('sha256').update(randomUUID()).digest('hex'), user_id: null,
          booked_by_user_id: null, offer_expires_at: null, late_cancellation: 0, cancelled_by: null, cancelled_at: null, contact_erased_at: null,
          created_at: created, updated_at: created,
        };
      });
      for (let i = 0; i < rows.length; i += 100) await trx.insertInto('event_bookings').values(rows.slice(i, i + 100)).execute();
      await trx.updateTable('events').set({ places_taken: Math.min(12, n) }).where('id', '=', id).execute();
      left -= n;
      eventsMade++;
      sessionsMade += 8;
    }
    const requests = o.requests ?? Math.round(o.contacts / 50);
    const referrals = o.referrals ?? Math.round(o.contacts / 80);
    await insertRequestsAndReferrals(trx, tenantId, o, r, requests, referrals);
  });
  return { contacts: o.contacts, events: eventsMade, sessions: sessionsMade, bookings: o.bookings, requests: o.requests ?? Math.round(o.contacts / 50), referrals: o.referrals ?? Math.round(o.contacts / 80) };
}

/** A moment in the year, spread evenly, at 10:00 UTC. */
const dayOf = (year: number, i: number, n: number) => new Date(Date.UTC(year, 0, 1, 10) + Math.floor((i * 364) / Math.max(1, n)) * 86400_000);

/** Anonymous requests routed to the units and referrals between them, with no contact details. */
async function insertRequestsAndReferrals(trx: Kysely<DB>, tenantId: string, o: GenerateOptions, r: () => number, requests: number, referrals: number): Promise<void> {
  const unit = () => (o.unitIds.length > 0 ? o.unitIds[Math.floor(r() * o.unitIds.length)] : null);
  const reqRows = Array.from({ length: requests }, (_, i) => {
    const created = dayOf(o.year, i, requests).toISOString();
    return {
      id: randomUUID(), tenant_id: tenantId, reference: `G${String(i).padStart(7, '0')}`, status_token_hash: createHash('sha256').update(randomUUID()).digest('hex'),
      mode: r() < 0.6 ? 'anonymous' : 'named', name: null, phone: null, email: null, message: null, selfcheck_summary: null, channel: 'phone',
      topic: skewed(r, REQUEST_TOPICS), target_group: r() < 0.1 ? null : skewed(r, TARGET_GROUPS), age_band: r() < 0.1 ? null : skewed(r, [...AGE_BANDS].reverse()),
      preferred_language: 'sv', preferred_time: skewed(r, PREFERRED_TIMES), heard_via: r() < 0.3 ? null : skewed(r, HEARD_VIA), campaign_id: null,
      routed_unit_id: r() < 0.05 ? null : unit(), routing_note: '', status: 'closed', assigned_user_id: null, close_reason: 'contacted',
      created_at: created, updated_at: created, contacted_at: created, closed_at: created, erased_at: created,
    };
  });
  for (let i = 0; i < reqRows.length; i += 200) await trx.insertInto('contact_requests').values(reqRows.slice(i, i + 200)).execute();
  const refRows = Array.from({ length: referrals }, (_, i) => {
    const created = dayOf(o.year, i, referrals);
    const contacted = r() < 0.9 ? new Date(created.getTime() + Math.floor(r() * 8) * 86400_000).toISOString() : null;
    return {
      id: randomUUID(), tenant_id: tenantId, from_unit_id: r() < 0.05 ? null : unit(), from_user_id: null, to_unit_id: unit(),
      carer_name: null, carer_phone: null, carer_email: null, reach_note: null, message: null, topic: skewed(r, REFERRAL_TOPICS),
      target_group: skewed(r, TARGET_GROUPS), carer_age_band: null, urgency: 'normal', consent_carer: 1, consent_carer_wording: 'Genererad.',
      consent_cared_for: 'not_asked', consent_cared_for_wording: null, status: contacted ? 'closed' : 'new', assigned_user_id: null,
      target_date: new Date(created.getTime() + 7 * 86400_000).toISOString().slice(0, 10), first_contact_at: contacted, closed_at: contacted,
      close_reason: contacted ? 'contacted' : null, carer_id: null, contact_deleted_at: contacted, created_at: created.toISOString(), updated_at: created.toISOString(),
    };
  });
  for (let i = 0; i < refRows.length; i += 200) await trx.insertInto('referrals').values(refRows.slice(i, i + 200)).execute();
}
