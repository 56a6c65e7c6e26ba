// The rules on one person's bookings, checked the same way when booking and when changing
// contact details through the private link: one active booking per holder (series or session)
// per e-mail address or phone number, and at most MAX_ACTIVE_BOOKINGS_PER_CONTACT active
// bookings per address across the municipality's events that are not yet over.
//
// The cap is a count over many events, so the capacity row locks (one event or session) do not
// protect it. Every transaction that may add a booking to an address first takes a lock named
// by that address: on PostgreSQL a transaction-scoped advisory lock whose key is a keyed hash
// (HMAC under the server secret) of the address, so nothing is stored and the address is not
// readable from pg_locks; on SQLite Kysely runs every transaction on its one connection one
// after the other, so the transaction itself is the lock. Locks are taken after the capacity
// row's lock and in key order, the one order every writer uses, so two bookings never deadlock.
import { createHmac } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import * as bq from './booking-queries.js';
import type { Deps } from './model.js';
import { MAX_ACTIVE_BOOKINGS_PER_CONTACT } from './vocab.js';
import { refuse } from './refusals.js';

export interface Contact {
  email: string | null;
  phone: string | null;
}

/** The addresses of a contact, each tagged with its kind (an e-mail never equals a phone number). */
const addressesOf = (c: Contact): string[] => [c.email ? `email:${c.email}` : null, c.phone ? `phone:${c.phone}` : null].filter((x): x is string => x !== null);

/** A signed 64-bit advisory-lock key for one address of one municipality. */
export function contactLockKey(secret: string, tenantId: string, address: string): bigint {
  return createHmac('sha256', secret).update(`event-contact-lock:${tenantId}:${address}`).digest().readBigInt64BE(0);
}

/** Hold the locks of the contact's addresses until the transaction ends (see the top of the file). */
export async function lockContact(trx: Transaction<DB>, deps: Deps, tenantId: string, c: Contact): Promise<void> {
  if (deps.dialect !== 'postgres') return;
  const keys = [...new Set(addressesOf(c).map((a) => contactLockKey(deps.config.sessionSecret, tenantId, a)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) await sql`select pg_advisory_xact_lock(${key.toString()}::bigint)`.execute(trx);
}

export interface ContactCheck {
  tenantId: string;
  eventId: string;
  /** The holder's session id (null = the whole series) */
  holderSessionId: string | null;
  contact: Contact;
  nowIso: string;
  /** Changing an existing booking: it is not its own duplicate and does not count against itself. */
  changing?: { bookingId: string; before: Contact };
}

/**
 * Refuse a second booking of the same holder by the same address, and an address over the cap.
 * Call with the holder's lock and the contact's lock held. A change that adds no new address
 * is not held to the cap (it cannot raise any address's count).
 */
export async function checkContactRules(trx: Transaction<DB>, c: ContactCheck): Promise<void> {
  const exclude = c.changing?.bookingId;
  if (await bq.hasDuplicate(trx, c.tenantId, c.eventId, c.holderSessionId, c.contact, exclude)) {
    const field = c.contact.email ? 'email' : 'phone';
    throw refuse(field, exclude ? 'duplicateChange' : 'duplicateNew');
  }
  if (c.changing) {
    const before = new Set(addressesOf(c.changing.before));
    if (addressesOf(c.contact).every((a) => before.has(a))) return;
  }
  if (await bq.countActiveByContact(trx, c.tenantId, c.contact, c.nowIso, exclude) >= MAX_ACTIVE_BOOKINGS_PER_CONTACT) {
    throw refuse('_form', 'cap');
  }
}
