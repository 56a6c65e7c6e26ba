// The last step of every staff sign-in, whatever proved who the person is: a fresh session
// (no fixation) carrying its method, the audit row with the method, the session cookie.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit/audit.js';
import { cookieNames, cookieOptions } from '../http/security.js';
import { ABSOLUTE_TIMEOUT_MS, createSession, destroySession, type AuthMethod } from './sessions.js';

export async function completeSignIn(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, user: { id: string; tenantId: string }, method: AuthMethod, now: Date): Promise<void> {
  const { db, config } = app.deps;
  // An old session on this browser ends.
  if (req.sessionIdHash) await destroySession(db, req.sessionIdHash);
  const session = await createSession(db, user.id, user.tenantId, now, method);
  await db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', user.id).execute();
  await audit(db, { tenantId: user.tenantId, userId: user.id, action: 'auth.sign_in', authMethod: method }, now);
  reply.setCookie(cookieNames(config.isProduction).session, session.id, cookieOptions(config.isProduction, ABSOLUTE_TIMEOUT_MS / 1000));
}
