// Sign-in throttling kept in the database, so it holds across app instances. Keys are keyed
// hashes (HMAC with the app's secret): the table never holds an e-mail address or an IP address,
// and without the secret a copy of the database cannot be matched against a list of addresses.
//
// An attempt is counted and recorded *before* the password hash is verified, in one transaction
// that holds a lock per key (PostgreSQL: transaction advisory locks; SQLite: its single writer),
// so N parallel guesses get exactly the allowed number verified. A refused attempt is not
// recorded, so hammering does not extend the wait. Limits are per account *and address* (a
// colleague elsewhere cannot lock someone out) with a progressively longer wait, plus a ceiling
// per address across accounts.
import { createHmac } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 20;

interface Tier { max: number; windowMs: number }

/** Per account+address: 5 in 15 min, 10 in an hour, 20 in a day — each batch waits longer. */
export const ACCOUNT_TIERS: readonly Tier[] = [
  { max: MAX_PER_ACCOUNT, windowMs: WINDOW_MS },
  { max: 2 * MAX_PER_ACCOUNT, windowMs: 60 * 60 * 1000 },
  { max: 4 * MAX_PER_ACCOUNT, windowMs: 24 * 60 * 60 * 1000 },
];
/** Per address, across accounts: failed sign-ins (a successful one gives its slot back). */
export const ADDRESS_TIERS: readonly Tier[] = [{ max: MAX_PER_ADDRESS, windowMs: WINDOW_MS }];
/** How long a row is kept: the longest window. */
export const KEEP_MS = Math.max(...[...ACCOUNT_TIERS, ...ADDRESS_TIERS].map((t) => t.windowMs));

/** The stored form of a throttle key: HMAC-SHA256 under the app secret (hex). */
export const keyedHash = (secret: string, value: string): string => createHmac('sha256', secret).update(value).digest('hex');
const keys = (secret: string, tenantId: string, email: string, address: string) => ({
  account: keyedHash(secret, `account:${tenantId}:${email.toLowerCase()}:${address}`),
  address: keyedHash(secret, `address:${address}`),
});

/** Attempts recorded under a key after `since` (ISO). Shared with the public forms' limiter. */
export async function attemptsSince(db: Kysely<DB>, key: string, since: string): Promise<number> {
  const r = await db.selectFrom('login_attempts').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key_hash', '=', key).where('at', '>', since).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Seconds until the key is under every tier again, or 0 when it already is. */
async function waitFor(db: Kysely<DB>, key: string, tiers: readonly Tier[], now: Date): Promise<number> {
  let wait = 0;
  for (const tier of tiers) {
    const since = new Date(now.getTime() - tier.windowMs).toISOString();
    const n = await attemptsSince(db, key, since);
    if (n < tier.max) continue;
    // The attempt that must leave the window before one more fits: the (n - max + 1)-th oldest.
    const row = await db.selectFrom('login_attempts').select('at').where('key_hash', '=', key).where('at', '>', since)
      .orderBy('at').orderBy('id').offset(n - tier.max).limit(1).executeTakeFirst();
    const leaves = row ? new Date(row.at).getTime() + tier.windowMs : now.getTime() + tier.windowMs;
    wait = Math.max(wait, Math.ceil((leaves - now.getTime()) / 1000), 1);
  }
  return wait;
}

export type Admission =
  | { ok: true; attempt: { accountRow: string; addressRow: string; accountKey: string } }
  | { ok: false; retryAfterSeconds: number };

/**
 * Records a sign-in attempt and decides whether its password may be checked. Call it before
 * verifying the hash; report the outcome with `signInSucceeded` (failures need nothing more).
 */
export async function admitAttempt(db: Kysely<DB>, dialect: Dialect, secret: string, tenantId: string, email: string, address: string, now: Date): Promise<Admission> {
  const k = keys(secret, tenantId, email, address);
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') await lockKeys(trx, [k.account, k.address]);
    const wait = Math.max(await waitFor(trx, k.account, ACCOUNT_TIERS, now), await waitFor(trx, k.address, ADDRESS_TIERS, now));
    if (wait > 0) return { ok: false, retryAfterSeconds: wait } as const;
    const at = now.toISOString();
    const accountRow = newId();
    const addressRow = newId();
    await trx.insertInto('login_attempts').values([
      { id: accountRow, key_hash: k.account, at },
      { id: addressRow, key_hash: k.address, at },
    ]).execute();
    return { ok: true, attempt: { accountRow, addressRow, accountKey: k.account } } as const;
  });
}

/** Held until the transaction ends; taken in a fixed order so two requests never deadlock. */
export async function lockKeys(trx: Transaction<DB>, keyHashes: string[]): Promise<void> {
  for (const key of [...keyHashes].sort()) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

/** A right password clears this account's attempts from this address and gives back the address slot. */
export async function signInSucceeded(db: Kysely<DB>, attempt: { addressRow: string; accountKey: string }): Promise<void> {
  await db.deleteFrom('login_attempts').where((eb) => eb.or([eb('key_hash', '=', attempt.accountKey), eb('id', '=', attempt.addressRow)])).execute();
}

export async function pruneAttempts(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', new Date(now.getTime() - KEEP_MS).toISOString()).execute();
}
