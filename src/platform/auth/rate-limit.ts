// Sign-in throttling kept in the database, so it holds across app instances. Keys are keyed
// hashes (HMAC with the app's secret): the table never holds an e-mail address or an IP address,
// and without the secret a copy of the database cannot be matched against a list of addresses.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 20;

/** The stored form of a throttle key: HMAC-SHA256 under the app secret (hex). */
export const keyedHash = (secret: string, value: string): string => createHmac('sha256', secret).update(value).digest('hex');
const keys = (secret: string, tenantId: string, email: string, address: string) => ({
  account: keyedHash(secret, `account:${tenantId}:${email.toLowerCase()}`),
  address: keyedHash(secret, `address:${address}`),
});

/** Attempts recorded under a key after `since` (ISO). Shared with the public forms' limiter. */
export async function attemptsSince(db: Kysely<DB>, key: string, since: string): Promise<number> {
  const r = await db.selectFrom('login_attempts').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key_hash', '=', key).where('at', '>', since).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function isThrottled(db: Kysely<DB>, secret: string, tenantId: string, email: string, address: string, now: Date): Promise<boolean> {
  const k = keys(secret, tenantId, email, address);
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const [a, b] = await Promise.all([attemptsSince(db, k.account, since), attemptsSince(db, k.address, since)]);
  return a >= MAX_PER_ACCOUNT || b >= MAX_PER_ADDRESS;
}

export async function recordFailure(db: Kysely<DB>, secret: string, tenantId: string, email: string, address: string, now: Date): Promise<void> {
  const k = keys(secret, tenantId, email, address);
  const at = now.toISOString();
  await db.insertInto('login_attempts').values([
    { id: newId(), key_hash: k.account, at },
    { id: newId(), key_hash: k.address, at },
  ]).execute();
}

export async function clearAccountFailures(db: Kysely<DB>, secret: string, tenantId: string, email: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key_hash', '=', keys(secret, tenantId, email, '').account).execute();
}

export async function pruneAttempts(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', new Date(now.getTime() - WINDOW_MS).toISOString()).execute();
}
