// Rate limit of the public forms (issue 3 §7), kept in the database so that it holds across
// app instances. It reuses the sign-in throttle's table (platform/auth/rate-limit.ts): one row
// per attempt, keyed by a hash. The key is an HMAC of the client address under the app secret,
// so the table never holds an address in clear and a hash cannot be matched to an address
// without the secret. Rows older than the window are deleted here, on write, for the key
// written, and for every key by the hourly job `auth.prune-login-attempts` once older than the
// sign-in throttle's longest window (a day).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import { attemptsSince, keyedHash, WINDOW_MS } from '../../platform/auth/rate-limit.js';
import type { WriteLimits } from '../../platform/http/abuse-limits.js';

/**
 * The contact form's limits on the shared public-write limits (platform/http/abuse-limits.ts):
 * per address and per municipality, counting only accepted requests (issue 13).
 */
export const CONTACT_LIMITS: WriteLimits = { perAddress: 20, perMunicipality: 200 };

/** Each public form counts on its own (the accessibility report still counts every attempt here). */
export type PublicForm = 'contact' | 'accessibility-feedback';

export const RATE_LIMIT = { max: 20, windowMs: WINDOW_MS };

/** The stored key: HMAC-SHA256 of form and address under the app secret (hex). */
export function limitKey(secret: string, form: PublicForm, address: string): string {
  return keyedHash(secret, `public-form:${form}:${address}`);
}

/**
 * Counts one attempt from this address; false when it has used up its attempts in the window
 * (the refused attempt is not counted). Insert first, then count: two instances that race
 * may both refuse at the edge, but never let more than `max` through.
 */
export async function allowAttempt(db: Kysely<DB>, secret: string, form: PublicForm, address: string, now: Date,
  limit: { max: number; windowMs: number } = RATE_LIMIT): Promise<boolean> {
  const key = limitKey(secret, form, address);
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  await db.deleteFrom('login_attempts').where('key_hash', '=', key).where('at', '<=', since).execute();
  const id = newId();
  await db.insertInto('login_attempts').values({ id, key_hash: key, at: now.toISOString() }).execute();
  if (await attemptsSince(db, key, since) <= limit.max) return true;
  await db.deleteFrom('login_attempts').where('id', '=', id).execute();
  return false;
}
