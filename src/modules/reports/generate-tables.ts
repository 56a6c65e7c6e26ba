// The generated year's rows of the modules with no bulk import (generate.ts): groups with their
// sessions and bookings (events), anonymous requests and referrals. Their tables are written
// directly with their column conventions.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { toJson } from '../../platform/db/helpers.js';
import { AGE_BANDS, HEARD_VIA, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { REQUEST_TOPICS, PREFERRED_TIMES } from '../requests/schema.js';
import { REFERRAL_TOPICS } from '../referrals/vocab.js';
import { insertAttendance } from './generate-more.js';
import { dayOf, skewed, type GenerateOptions, type Generated } from './generate-model.js';

/** Groups of 8 weekly sessions, 12 places, about 150 bookings a group (waiting lists fill); a fifth with no unit. */
export async function insertGroups(trx: Kysely<DB>, tenantId: string, o: GenerateOptions, r: () => number, x: () => number, at: string, made: Generated): Promise<void> {
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


/** Anonymous requests routed to the units and referrals between them, with no contact details. */
export async function insertRequestsAndReferrals(trx: Kysely<DB>, tenantId: string, o: GenerateOptions, r: () => number, more: { x: () => number; campaignOf: (day: string) => string | null; made: Generated }): Promise<void> {
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
