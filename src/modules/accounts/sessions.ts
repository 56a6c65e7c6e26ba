// Carer sessions, separate from staff sessions: their own table and cookie. A fresh id at every
// sign-in (the old one of this browser ends), 30 min idle and 12 h absolute timeout, sign-out
// and sign-out everywhere. The session is read once per request, on demand.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, randomToken, sha256 } from '../../platform/auth/sessions.js';
import { cookieOptions } from '../../platform/http/security.js';
import { redirect, tenantOf } from '../../platform/http/context.js';
import * as q from './queries.js';

export interface CarerSession {
  idHash: string;
  accountId: string;
  tenantId: string;
  authMethod: string;
}

export const carerCookie = (isProduction: boolean): string => `${isProduction ? '__Host-' : ''}bredvid_carer`;

const loaded = new WeakMap<FastifyRequest, Promise<CarerSession | undefined>>();

async function load(req: FastifyRequest): Promise<CarerSession | undefined> {
  const { db, clock, config } = req.server.deps;
  const tenant = tenantOf(req);
  const sid = req.cookies[carerCookie(config.isProduction)];
  if (!sid || sid.length > 100) return undefined;
  const idHash = sha256(sid);
  const row = await q.findSession(db, idHash);
  if (!row || row.tenant_id !== tenant.id) return undefined;
  const now = clock.now();
  const t = now.getTime();
  if (t - Date.parse(row.last_seen_at) > IDLE_TIMEOUT_MS || t - Date.parse(row.created_at) > ABSOLUTE_TIMEOUT_MS) {
    await q.deleteSession(db, idHash);
    return undefined;
  }
  if (t - Date.parse(row.last_seen_at) > 60_000) {
    await q.touchSession(db, idHash, now.toISOString());
    // Activity keeps the account: the inactivity clock starts again and a sent notice is void.
    await q.updateAccount(db, tenant.id, row.account_id, { last_active_at: now.toISOString(), expiry_notice_at: null });
  }
  return { idHash, accountId: row.account_id, tenantId: row.tenant_id, authMethod: row.auth_method };
}

/** The signed-in carer of this municipality, if any (read once per request). */
export function carerSessionOf(req: FastifyRequest): Promise<CarerSession | undefined> {
  let p = loaded.get(req);
  if (!p) {
    p = load(req);
    loaded.set(req, p);
  }
  return p;
}

/** Starts a session: a new id, the browser's earlier carer session ended. */
export async function startSession(req: FastifyRequest, reply: FastifyReply, accountId: string, method: 'code' | 'link' | 'eid'): Promise<void> {
  const { db, clock, config } = req.server.deps;
  const tenant = tenantOf(req);
  const old = await carerSessionOf(req);
  if (old) await q.deleteSession(db, old.idHash);
  const id = randomToken();
  const now = clock.now();
  await q.insertSession(db, { id_hash: sha256(id), tenant_id: tenant.id, account_id: accountId, auth_method: method, created_at: now.toISOString() });
  await q.updateAccount(db, tenant.id, accountId, { last_active_at: now.toISOString(), expiry_notice_at: null });
  reply.setCookie(carerCookie(config.isProduction), id, cookieOptions(config.isProduction, ABSOLUTE_TIMEOUT_MS / 1000));
  loaded.set(req, Promise.resolve({ idHash: sha256(id), accountId, tenantId: tenant.id, authMethod: method }));
}

export async function endSession(req: FastifyRequest, reply: FastifyReply, everywhere: boolean): Promise<void> {
  const { db, config } = req.server.deps;
  const s = await carerSessionOf(req);
  if (s) {
    if (everywhere) await q.deleteSessionsOf(db, s.tenantId, s.accountId);
    else await q.deleteSession(db, s.idHash);
  }
  reply.clearCookie(carerCookie(config.isProduction), cookieOptions(config.isProduction));
  loaded.set(req, Promise.resolve(undefined));
}

export async function pruneSessions(db: Parameters<typeof q.pruneSessions>[0], now: Date): Promise<void> {
  await q.pruneSessions(db, new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString(), new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS).toISOString());
}

/** The signed-in carer's account id; without a carer session, a redirect to the sign-in page
 *  (and undefined: the route has answered). For every module's pages under Mina sidor. */
export async function signedInCarer(req: FastifyRequest, reply: FastifyReply): Promise<string | undefined> {
  const s = await carerSessionOf(req);
  if (!s) {
    await redirect(reply, `/${tenantOf(req).slug}/mina-sidor/logga-in`);
    return undefined;
  }
  return s.accountId;
}
