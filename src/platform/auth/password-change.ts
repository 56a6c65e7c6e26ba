// A staff member changes their own password: the old one is required, the new one must pass
// the policy, every other session of theirs ends, and the change is audited.
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.js';
import type { Clock } from '../db/clock.js';
import type { DB } from '../db/schema.js';
import { Invalid } from '../http/errors.js';
import { hashPassword, passwordVerifier } from './passwords.js';
import { passwordProblem } from './password-policy.js';
import type { Principal } from './principal.js';

export interface PasswordChangeForm {
  current: string;
  password: string;
  repeat: string;
}

export async function changeOwnPassword(db: Kysely<DB>, clock: Clock, who: Principal, sessionIdHash: string, form: PasswordChangeForm): Promise<void> {
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', who.userId).where('tenant_id', '=', who.tenantId).executeTakeFirstOrThrow();
  if (!(await passwordVerifier.verify(user.password_hash, form.current))) throw new Invalid({ current: 'Det nuvarande lösenordet stämmer inte' });
  const problem = await passwordProblem(form.password, [who.email, ...who.name.split(/\s+/)])
    ?? (form.password === form.current ? 'Välj ett annat lösenord än det nuvarande' : undefined);
  if (problem) throw new Invalid({ password: problem });
  if (form.repeat !== form.password) throw new Invalid({ repeat: 'Lösenorden är inte likadana' });
  const hash = await hashPassword(form.password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', who.userId).execute();
    // Someone who knew the old password may be signed in elsewhere: only this session lives on.
    await trx.deleteFrom('sessions').where('user_id', '=', who.userId).where('id_hash', '!=', sessionIdHash).execute();
    await audit(trx, { tenantId: who.tenantId, userId: who.userId, action: 'auth.password_change', subjectType: 'user', subjectId: who.userId, purpose: who.mustChangePassword ? 'first_sign_in' : 'self_service' }, clock.now());
  });
}
