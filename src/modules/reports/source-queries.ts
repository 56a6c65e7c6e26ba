// Read-only queries of data other modules own, where their services export nothing that fits.
// Aggregates only; tenant always an argument. Each is named in the report's notes.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Role } from '../../platform/domain/vocab.js';

/** Active staff holding a role (e.g. specialists, for "a dedicated carer-support function"). */
export async function countUsersWithRole(db: Kysely<DB>, tenantId: string, role: Role): Promise<number> {
  const r = await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
    .select((eb) => eb.fn.count<number>('users.id').distinct().as('n'))
    .where('user_roles.tenant_id', '=', tenantId).where('user_roles.role', '=', role).where('users.disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
