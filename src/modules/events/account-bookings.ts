// Bookings owned by a carer's Mina sidor account (issue 18): listed with their private link
// (where cancelling, with its confirmation step, and the calendar file already live), found by
// that link for a claim, and erased when the carer deletes the account.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { audit } from '../../platform/audit/audit.js';
import { forgetMessages } from '../../platform/mail/outbox.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { lockHolder } from './locking.js';
import { cancelLocked } from './bookings.js';
import { type BookingInfo, type Deps, type EventInfo, type SessionInfo, toBooking, toEvent, toSession } from './model.js';
import { bookingToken, tokenHash } from './tokens.js';
import { ACTIVE, type BookingStatus } from './vocab.js';

export interface OwnedBooking {
  booking: BookingInfo;
  event: EventInfo;
  sessions: SessionInfo[];
  /** the private link's token (an HMAC of the id, so it can be shown again) */
  token: string;
}

export async function bookingsByIds(deps: Deps, tenantId: string, ids: string[]): Promise<OwnedBooking[]> {
  const out: OwnedBooking[] = [];
  for (const id of ids) {
    const row = await bq.findBooking(deps.db, tenantId, id);
    if (!row || row.contact_erased_at !== null) continue;
    const ev = await sq.findEvent(deps.db, tenantId, row.event_id);
    if (!ev) continue;
    const sessions = (await sq.listSessions(deps.db, tenantId, [row.event_id])).map(toSession)
      .filter((s) => row.session_id === null || s.id === row.session_id);
    out.push({ booking: toBooking(row), event: toEvent(ev), sessions, token: bookingToken(deps.config.sessionSecret, row.id) });
  }
  return out;
}

/** The booking behind a private link (or its token) and the address it was made with, for a claim. */
export async function bookingClaimTarget(deps: Deps, tenantId: string, linkOrToken: string): Promise<{ id: string; email: string | null; phone: string | null } | undefined> {
  const token = linkOrToken.trim().split('/').filter(Boolean).pop()?.split('?')[0] ?? '';
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await bq.findBookingByTokenHash(deps.db, tenantId, tokenHash(token));
  if (!row || row.contact_erased_at !== null) return undefined;
  return { id: row.id, email: row.email, phone: row.phone };
}

/**
 * The carer deleted the account: an active booking is cancelled (its place passes on), then its
 * contact details and the messages that carried them are erased. Status and attendance stay as
 * statistics, as after the retention period.
 */
export async function eraseBookingsForAccount(trx: Transaction<DB>, deps: Deps, tenant: Tenant, ids: string[]): Promise<void> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  for (const id of ids) {
    const first = await bq.findBooking(trx, tenant.id, id);
    if (!first) continue;
    if (ACTIVE.includes(first.status as BookingStatus)) {
      const l = await lockHolder(trx, deps, tenant.id, first.event_id, first.session_id);
      const row = await bq.findBooking(trx, tenant.id, id);
      if (row && ACTIVE.includes(row.status as BookingStatus)) await cancelLocked(trx, deps, tenant, l, toBooking(row), 'self');
    }
    await bq.updateBooking(trx, tenant.id, id, { name: null, email: null, phone: null, needs: null, token_hash: null, contact_erased_at: nowIso, updated_at: nowIso });
    await forgetMessages(trx, tenant.id, `events:${first.event_id}:${id}:`);
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'event_booking.erase', subjectType: 'event_booking', subjectId: id, purpose: 'account_deleted' }, now);
  }
}
