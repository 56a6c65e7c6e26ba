// Database sessions, so several app instances share them (ASVS V3): a fresh id at sign-in,
// 30 min idle and 12 h absolute timeout, sign-out deletes the row.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Role } from '../domain/vocab.js';
import { unitsAt } from '../tenancy/units-cache.js';
import { reusable } from '../db/reuse.js';
import type { Principal } from './principal.js';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** How a staff member signed in; kept on the session and on the sign-in row of the access log. */
export const AUTH_METHODS = ['password', 'password+totp', 'password+recovery', 'passkey', 'sso'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export async function createSession(
  db: Kysely<DB>, userId: string, tenantId: string, now: Date, method: AuthMethod,
): Promise<{ id: string; csrf: string }> {
  const id = randomToken();
  const csrf = randomToken();
  await db.insertInto('sessions').values({
    id_hash: sha256(id), user_id: userId, tenant_id: tenantId, csrf_token: csrf,
    created_at: now.toISOString(), last_seen_at: now.toISOString(), auth_method: method,
  }).execute();
  return { id, csrf };
}

// Built and compiled once (db/reuse.ts): it runs on every signed-in request.
const sessionRows = reusable('session', (db, idHash: string) => db.selectFrom('sessions')
  .innerJoin('users', 'users.id', 'sessions.user_id')
  .innerJoin('tenants', 'tenants.id', 'sessions.tenant_id')
  .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
  .select(['sessions.id_hash', 'sessions.csrf_token', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.tenant_id', 'sessions.auth_method',
    'users.id as user_id', 'users.name', 'users.email', 'users.title', 'users.disabled', 'users.must_change_password',
    'user_roles.role', 'user_roles.unit_id', 'tenants.units_version'])
  .where('sessions.id_hash', '=', idHash));

export interface LoadedSession {
  idHash: string;
  csrf: string;
  principal: Principal;
}

/**
 * Loads a live session and touches it; an expired one is deleted and ignored. The session, its
 * user, the user's roles and the municipality's units_version come in one read (a row per role),
 * and nothing of it is kept between requests: a disabled user, a removed role or a deleted
 * session counts on the very next request. The organisation tree is kept in memory
 * (units-cache.ts) and read again whenever the version read here is newer than the kept one.
 */
export async function loadSession(db: Kysely<DB>, id: string, now: Date): Promise<LoadedSession | undefined> {
  const idHash = sha256(id);
  const rows = await sessionRows(db, idHash);
  const row = rows[0];
  if (!row) return undefined;
  const t = now.getTime();
  const expired = t - Date.parse(row.last_seen_at) > IDLE_TIMEOUT_MS || t - Date.parse(row.created_at) > ABSOLUTE_TIMEOUT_MS;
  if (expired || row.disabled === 1) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  // Touch at most once a minute to keep writes down.
  const [units] = await Promise.all([
    unitsAt(db, row.tenant_id, row.units_version),
    t - Date.parse(row.last_seen_at) > 60_000
      ? db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute() : undefined,
  ]);
  return {
    idHash,
    csrf: row.csrf_token,
    principal: {
      userId: row.user_id, tenantId: row.tenant_id, name: row.name, email: row.email, title: row.title,
      roles: rows.filter((r) => r.role !== null).map((r) => ({ role: r.role as Role, unitId: r.unit_id })), units,
      // Signed in through the municipality's identity provider: a Bredvid password plays no part.
      mustChangePassword: row.must_change_password === 1 && row.auth_method !== 'sso',
      authMethod: row.auth_method as AuthMethod,
    },
  };
}

export async function destroySession(db: Kysely<DB>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function destroyUserSessions(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
