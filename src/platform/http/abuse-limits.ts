// Limits on the public writes (issue 13): one address, and one municipality as a whole, may
// make only so many accepted submissions of a form in a window; a booking also has a ceiling
// per event and address. Kept in the database (the sign-in throttle's table, keys as HMACs
// under the app secret, pruned by its hourly job) so several instances share them. Only
// accepted submissions are recorded: a form with mistakes costs the person nothing.
// Check before the write, record after it: two instances racing at the edge may let one extra
// through, never a flood.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';
import { attemptsSince, keyedHash, WINDOW_MS } from '../auth/rate-limit.js';

export interface WriteLimits {
  perAddress: number;
  perMunicipality: number;
  /** Per address and per `item` (an event), when the write names one. */
  perItemAndAddress?: number;
}

export interface PublicWrite {
  form: string;
  tenantId: string;
  address: string;
  item?: string;
}

/** Which limit a write would pass, or undefined when it may go ahead. */
export type LimitHit = 'address' | 'municipality' | 'item';

function keysOf(secret: string, w: PublicWrite, limits: WriteLimits): { hit: LimitHit; key: string; max: number }[] {
  const base = `public-write:${w.form}:${w.tenantId}`;
  const keys: { hit: LimitHit; key: string; max: number }[] = [
    { hit: 'address', key: keyedHash(secret, `${base}:address:${w.address}`), max: limits.perAddress },
    { hit: 'municipality', key: keyedHash(secret, `${base}:all`), max: limits.perMunicipality },
  ];
  if (w.item && limits.perItemAndAddress !== undefined) {
    keys.push({ hit: 'item', key: keyedHash(secret, `${base}:item:${w.item}:address:${w.address}`), max: limits.perItemAndAddress });
  }
  return keys;
}

export async function limitHit(db: Kysely<DB>, secret: string, now: Date, w: PublicWrite, limits: WriteLimits): Promise<LimitHit | undefined> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  for (const k of keysOf(secret, w, limits)) if (await attemptsSince(db, k.key, since) >= k.max) return k.hit;
  return undefined;
}

/** Records one accepted submission under every key of the write. */
export async function recordAccepted(db: Kysely<DB>, secret: string, now: Date, w: PublicWrite, limits: WriteLimits): Promise<void> {
  const at = now.toISOString();
  await db.insertInto('login_attempts').values(keysOf(secret, w, limits).map((k) => ({ id: newId(), key_hash: k.key, at }))).execute();
}

/** The Swedish message of a limit page: what was typed is kept, and other ways to reach the municipality. */
export function limitMessage(contact: { phone?: string; email?: string }): string {
  const ways = [contact.phone ? `ring ${contact.phone}` : '', contact.email ? `skriv till ${contact.email}` : ''].filter(Boolean);
  return 'Det har kommit för många inskick härifrån just nu. Det du skrev finns kvar i formuläret; försök igen om en kvart'
    + (ways.length > 0 ? `, eller ${ways.join(' eller ')}.` : '.');
}

export const LIMIT_WINDOW_MS = WINDOW_MS;
