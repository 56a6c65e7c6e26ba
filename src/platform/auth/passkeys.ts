// WebAuthn passkeys (issue 12), the better second factor: a staff member registers a key on the
// enrolment page and can then sign in with it after the password instead of a code. Only the
// public key and the signature counter are stored; a fingerprint or face never leaves the
// person's device. Every ceremony uses a challenge from `webauthn_challenges`, bound to the user
// and the purpose, that works once and for five minutes.
import type { Kysely } from 'kysely';
import type {
  AuthenticationResponseJSON, AuthenticatorTransportFuture, PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { loadWebAuthn } from '../lazy-libs.js';
import { audit } from '../audit/audit.js';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
type Purpose = 'register' | 'authenticate';

export interface RelyingParty { rpID: string; origin: string; rpName: string }

/** The relying party is the public address: its hostname is the rpID, its origin the expected origin. */
export function relyingParty(publicBaseUrl: string): RelyingParty {
  const url = new URL(publicBaseUrl);
  return { rpID: url.hostname, origin: url.origin, rpName: 'Bredvid' };
}

interface Who { tenantId: string; userId: string }

async function storeChallenge(db: Kysely<DB>, who: Who, purpose: Purpose, challenge: string, now: Date): Promise<void> {
  // One ceremony of each kind at a time per user: older challenges stop working.
  await db.deleteFrom('webauthn_challenges').where('user_id', '=', who.userId).where('purpose', '=', purpose).execute();
  await db.insertInto('webauthn_challenges').values({ challenge, tenant_id: who.tenantId, user_id: who.userId, purpose, created_at: now.toISOString() }).execute();
}

/** Uses up a challenge: true once, only for its user and purpose, only within five minutes. */
async function consumeChallenge(db: Kysely<DB>, who: Who, purpose: Purpose, challenge: string, now: Date): Promise<boolean> {
  if (challenge.length > 200) return false;
  const res = await db.deleteFrom('webauthn_challenges').where('challenge', '=', challenge).where('tenant_id', '=', who.tenantId)
    .where('user_id', '=', who.userId).where('purpose', '=', purpose)
    .where('created_at', '>=', new Date(now.getTime() - CHALLENGE_TTL_MS).toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export async function pruneChallenges(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('created_at', '<', new Date(now.getTime() - CHALLENGE_TTL_MS).toISOString()).execute();
}

export interface PasskeySummary { id: string; name: string; createdAt: string; lastUsedAt: string | null }

export async function listPasskeys(db: Kysely<DB>, tenantId: string, userId: string): Promise<PasskeySummary[]> {
  const rows = await db.selectFrom('passkeys').select(['id', 'name', 'created_at', 'last_used_at'])
    .where('tenant_id', '=', tenantId).where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

export async function hasPasskey(db: Kysely<DB>, tenantId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('passkeys').select('id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst());
}

const transportsOf = (s: string) => (s ? s.split(',') : []) as AuthenticatorTransportFuture[];

export async function registrationOptions(db: Kysely<DB>, rp: RelyingParty, who: Who & { email: string; name: string }, now: Date): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db.selectFrom('passkeys').select(['credential_id', 'transports'])
    .where('tenant_id', '=', who.tenantId).where('user_id', '=', who.userId).execute();
  const { generateRegistrationOptions } = await loadWebAuthn();
  const options = await generateRegistrationOptions({
    rpName: rp.rpName, rpID: rp.rpID, userName: who.email, userDisplayName: who.name,
    userID: new TextEncoder().encode(who.userId), attestationType: 'none', timeout: CHALLENGE_TTL_MS,
    excludeCredentials: existing.map((c) => ({ id: c.credential_id, transports: transportsOf(c.transports) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await storeChallenge(db, who, 'register', options.challenge, now);
  return options;
}

/** Parses the browser's JSON answer; undefined when it is not a credential of the expected shape. */
export function parseCredentialJson<T extends RegistrationResponseJSON | AuthenticationResponseJSON>(text: string): T | undefined {
  try {
    const v = JSON.parse(text) as Partial<T> | null;
    if (!v || typeof v !== 'object' || typeof v.id !== 'string' || typeof v.rawId !== 'string' || v.type !== 'public-key'
      || !v.response || typeof v.response !== 'object' || typeof v.response.clientDataJSON !== 'string') return undefined;
    return v as T;
  } catch {
    return undefined;
  }
}

/** Verifies a registration and stores the key; false when anything does not hold (never throws on bad input). */
export async function registerPasskey(db: Kysely<DB>, rp: RelyingParty, who: Who, name: string, response: RegistrationResponseJSON, now: Date): Promise<boolean> {
  let info;
  try {
    const { verifyRegistrationResponse } = await loadWebAuthn();
    const v = await verifyRegistrationResponse({
      response, expectedChallenge: (c) => consumeChallenge(db, who, 'register', c, now),
      expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: false,
    });
    if (!v.verified || !v.registrationInfo) return false;
    info = v.registrationInfo;
  } catch {
    return false;
  }
  const { credential } = info;
  const taken = await db.selectFrom('passkeys').select('id').where('credential_id', '=', credential.id).executeTakeFirst();
  if (taken) return false;
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('passkeys').values({
        id, tenant_id: who.tenantId, user_id: who.userId, credential_id: credential.id, public_key: (await loadWebAuthn()).isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter, transports: (credential.transports ?? []).join(','), name, created_at: now.toISOString(), last_used_at: null,
      }).execute();
      await audit(trx, { tenantId: who.tenantId, userId: who.userId, action: 'auth.passkey_added', subjectType: 'passkey', subjectId: id }, now);
    });
  } catch (err) {
    // The same credential id registered in parallel: the unique index keeps one; this one is refused.
    if ((await db.selectFrom('passkeys').select('id').where('credential_id', '=', credential.id).executeTakeFirst())) return false;
    throw err;
  }
  return true;
}

export async function authenticationOptions(db: Kysely<DB>, rp: RelyingParty, who: Who, now: Date): Promise<PublicKeyCredentialRequestOptionsJSON | undefined> {
  const keys = await db.selectFrom('passkeys').select(['credential_id', 'transports'])
    .where('tenant_id', '=', who.tenantId).where('user_id', '=', who.userId).execute();
  if (keys.length === 0) return undefined;
  const { generateAuthenticationOptions } = await loadWebAuthn();
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID, timeout: CHALLENGE_TTL_MS, userVerification: 'preferred',
    allowCredentials: keys.map((k) => ({ id: k.credential_id, transports: transportsOf(k.transports) })),
  });
  await storeChallenge(db, who, 'authenticate', options.challenge, now);
  return options;
}

/**
 * Verifies a sign-in with one of the user's keys: the challenge is used up, the signature checked,
 * and the counter must move forward (a cloned key shows up as a counter going backwards). The
 * counter update is conditional on the stored value, so one response cannot be used twice in parallel.
 */
export async function authenticateWithPasskey(db: Kysely<DB>, rp: RelyingParty, who: Who, response: AuthenticationResponseJSON, now: Date): Promise<boolean> {
  const key = await db.selectFrom('passkeys').select(['id', 'credential_id', 'public_key', 'counter', 'transports'])
    .where('tenant_id', '=', who.tenantId).where('user_id', '=', who.userId).where('credential_id', '=', response.id).executeTakeFirst();
  if (!key) return false;
  let newCounter: number;
  try {
    const { verifyAuthenticationResponse, isoBase64URL } = await loadWebAuthn();
    const v = await verifyAuthenticationResponse({
      response, expectedChallenge: (c) => consumeChallenge(db, who, 'authenticate', c, now),
      expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: false,
      credential: { id: key.credential_id, publicKey: isoBase64URL.toBuffer(key.public_key), counter: Number(key.counter), transports: transportsOf(key.transports) },
    });
    if (!v.verified) return false;
    newCounter = v.authenticationInfo.newCounter;
  } catch {
    return false;
  }
  const res = await db.updateTable('passkeys').set({ counter: newCounter, last_used_at: now.toISOString() })
    .where('id', '=', key.id).where('counter', '=', key.counter).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function removePasskey(db: Kysely<DB>, who: Who, id: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const res = await trx.deleteFrom('passkeys').where('id', '=', id).where('tenant_id', '=', who.tenantId).where('user_id', '=', who.userId).executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) return false;
    await audit(trx, { tenantId: who.tenantId, userId: who.userId, action: 'auth.passkey_removed', subjectType: 'passkey', subjectId: id }, now);
    return true;
  });
}
