// The second factor after a correct password (issue 12): an authenticator app (TOTP, RFC 6238)
// and one-time recovery codes. The seed is stored sealed (secret-box) so a database copy alone
// cannot mint codes; a used time step is remembered so a code works once; recovery codes are
// stored as keyed hashes. Codes are checked under the sign-in throttle (rate-limit.ts).
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import { audit } from '../audit/audit.js';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';
import { open, seal } from '../crypto/secret-box.js';
import { hasPasskey, pruneChallenges } from './passkeys.js';
import type { Permission } from './permissions.js';
import { can, type Principal } from './principal.js';
import { attemptsSince, keyedHash, WINDOW_MS } from './rate-limit.js';

export const RECOVERY_CODE_COUNT = 10;
const STEP_SECONDS = 30;

/** Roles holding any of these read identified personal data: the setting requires them to use a second factor.
 *  Moderating the mötesplats counts: posts are pseudonymous, but carers write about health and family. */
export const IDENTIFIED_DATA_PERMISSIONS: readonly Permission[] = [
  'carers:read', 'contacts:inbox', 'contacts:log', 'referrals:handle', 'needs_assessment:record', 'ambassadors:read', 'audit:read', 'users:admin',
  'motesplats:moderate',
];
export const readsIdentifiedData = (p: Principal): boolean => IDENTIFIED_DATA_PERMISSIONS.some((perm) => can(p, perm));

const context = (userId: string) => `totp:${userId}`;

export function totpFor(secretBase32: string, label: string, issuer: string): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: STEP_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

export interface TotpState { confirmed: boolean; secret: string }

/** The user's seed, making an unconfirmed one when there is none (enrolment starts here). */
export async function startTotpEnrolment(db: Kysely<DB>, key: Buffer, who: Principal, now: Date): Promise<TotpState> {
  const row = await db.selectFrom('totp_factors').select(['secret_sealed', 'confirmed_at'])
    .where('user_id', '=', who.userId).where('tenant_id', '=', who.tenantId).executeTakeFirst();
  const opened = row ? open(key, row.secret_sealed, context(who.userId)) : undefined;
  if (row && opened) return { confirmed: row.confirmed_at !== null, secret: opened };
  const secret = new Secret({ size: 20 }).base32;
  await db.deleteFrom('totp_factors').where('user_id', '=', who.userId).execute();
  await db.insertInto('totp_factors').values({
    user_id: who.userId, tenant_id: who.tenantId, secret_sealed: seal(key, secret, context(who.userId)),
    confirmed_at: null, last_step: null, created_at: now.toISOString(),
  }).execute();
  return { confirmed: false, secret };
}

export async function hasConfirmedFactor(db: Kysely<DB>, tenantId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('totp_factors').select('user_id').where('user_id', '=', userId)
    .where('tenant_id', '=', tenantId).where('confirmed_at', 'is not', null).executeTakeFirst();
  return !!row || hasPasskey(db, tenantId, userId);
}

/**
 * Checks a six-digit code against the user's seed, ±1 step, and records its step so the same
 * code (or an older one) is refused afterwards. The update is conditional on the stored step, so
 * two parallel requests with one code cannot both succeed.
 */
export async function checkTotp(db: Kysely<DB>, key: Buffer, tenantId: string, userId: string, code: string, now: Date, requireConfirmed: boolean): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const row = await db.selectFrom('totp_factors').select(['secret_sealed', 'confirmed_at', 'last_step'])
    .where('user_id', '=', userId).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row || (requireConfirmed && row.confirmed_at === null)) return false;
  const secret = open(key, row.secret_sealed, context(userId));
  if (!secret) return false;
  const totp = totpFor(secret, userId, 'Bredvid');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return false;
  const step = totp.counter({ timestamp: now.getTime() }) + delta;
  if (row.last_step !== null && step <= Number(row.last_step)) return false;
  const res = await db.updateTable('totp_factors').set({ last_step: step, confirmed_at: row.confirmed_at ?? now.toISOString() })
    .where('user_id', '=', userId)
    .where((eb) => (row.last_step === null ? eb('last_step', 'is', null) : eb('last_step', '=', row.last_step)))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// Recovery codes: 10 groups of 4+4 characters from an unambiguous alphabet, ~50 bits each. With
// that much entropy a keyed hash (HMAC-SHA256 under the app secret) resists guessing from a
// stolen database as well as argon2 would, without ten argon2 verifications per attempt.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const normalise = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
const codeHash = (secret: string, code: string) => createHmac('sha256', secret).update(`recovery:${normalise(code)}`).digest('hex');

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** New codes for the user (the old ones stop working); returns the plain codes to show once. */
export async function replaceRecoveryCodes(db: Kysely<DB>, secret: string, who: { tenantId: string; userId: string }, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recovery_codes').where('user_id', '=', who.userId).where('tenant_id', '=', who.tenantId).execute();
    await trx.insertInto('recovery_codes').values(codes.map((c) => ({
      id: newId(), tenant_id: who.tenantId, user_id: who.userId, code_hash: codeHash(secret, c), used_at: null, created_at: now.toISOString(),
    }))).execute();
    await audit(trx, { tenantId: who.tenantId, userId: who.userId, action: 'auth.recovery_codes_created', subjectType: 'user', subjectId: who.userId }, now);
  });
  return codes;
}

/** Uses up a recovery code: true once per code. */
export async function useRecoveryCode(db: Kysely<DB>, secret: string, tenantId: string, userId: string, code: string, now: Date): Promise<boolean> {
  if (normalise(code).length !== 10) return false;
  const res = await db.updateTable('recovery_codes').set({ used_at: now.toISOString() })
    .where('tenant_id', '=', tenantId).where('user_id', '=', userId).where('code_hash', '=', codeHash(secret, code)).where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodes(db: Kysely<DB>, tenantId: string, userId: string): Promise<number> {
  const r = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** An administrator removes a user's factors (lost phone): audited, and the user's sessions end. */
export async function resetFactors(db: Kysely<DB>, admin: Principal, userId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('totp_factors').where('user_id', '=', userId).where('tenant_id', '=', admin.tenantId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).where('tenant_id', '=', admin.tenantId).execute();
    await trx.deleteFrom('passkeys').where('user_id', '=', userId).where('tenant_id', '=', admin.tenantId).execute();
    await trx.deleteFrom('webauthn_challenges').where('user_id', '=', userId).where('tenant_id', '=', admin.tenantId).execute();
    await trx.deleteFrom('pending_sign_ins').where('user_id', '=', userId).where('tenant_id', '=', admin.tenantId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).where('tenant_id', '=', admin.tenantId).execute();
    await audit(trx, { tenantId: admin.tenantId, userId: admin.userId, action: 'auth.second_factor_reset', subjectType: 'user', subjectId: userId }, now);
  });
}

export const PENDING_TTL_MS = 5 * 60 * 1000;
export const pendingToken = (): string => randomBytes(32).toString('base64url');

/** Pending second steps and WebAuthn challenges nobody finished (the hourly job `auth.prune-pending-sign-ins`). */
export async function prunePendingSignIns(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('pending_sign_ins').where('created_at', '<', new Date(now.getTime() - PENDING_TTL_MS).toISOString()).execute();
  await pruneChallenges(db, now);
}

/**
 * Wrong codes per user from any address: the sign-in throttle counts per account *and address*,
 * so many addresses would multiply the guesses; this ceiling holds for the user as a whole
 * (rows in login_attempts under a keyed hash, pruned with them).
 */
export const MAX_WRONG_CODES_PER_USER = 10;
const userKey = (secret: string, tenantId: string, userId: string) => keyedHash(secret, `second-factor-user:${tenantId}:${userId}`);

export async function wrongCodesLeft(db: Kysely<DB>, secret: string, tenantId: string, userId: string, now: Date): Promise<number> {
  const n = await attemptsSince(db, userKey(secret, tenantId, userId), new Date(now.getTime() - WINDOW_MS).toISOString());
  return MAX_WRONG_CODES_PER_USER - n;
}

export async function recordWrongCode(db: Kysely<DB>, secret: string, tenantId: string, userId: string, now: Date): Promise<void> {
  await db.insertInto('login_attempts').values({ id: newId(), key_hash: userKey(secret, tenantId, userId), at: now.toISOString() }).execute();
}

export async function clearWrongCodes(db: Kysely<DB>, secret: string, tenantId: string, userId: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key_hash', '=', userKey(secret, tenantId, userId)).execute();
}
