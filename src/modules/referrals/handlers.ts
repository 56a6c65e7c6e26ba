// Who handles a unit's referrals: staff whose contacts:inbox roles cover it.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { scopeFor, type Principal } from '../../platform/auth/principal.js';
import type { OrgUnit } from '../../platform/tenancy/tenancy.js';
import type { Role } from '../../platform/domain/vocab.js';
import { INBOX } from './policy.js';
import * as q from './queries.js';

export interface Handler { id: string; name: string; email: string }

/** Staff whose contacts:inbox roles cover the unit: they see and handle its referrals. */
export async function handlersFor(db: Kysely<DB>, tenantId: string, units: readonly OrgUnit[], unitId: string | null): Promise<Handler[]> {
  const rows = await q.staffRoles(db, tenantId);
  const byUser = new Map<string, Principal>();
  for (const r of rows) {
    const p = byUser.get(r.id) ?? { userId: r.id, tenantId, name: r.name, email: r.email, title: '', roles: [], units };
    p.roles.push({ role: r.role as Role, unitId: r.unit_id });
    byUser.set(r.id, p);
  }
  return [...byUser.values()].filter((p) => {
    const s = scopeFor(p, INBOX);
    return s !== undefined && (s.units === 'all' || (unitId !== null && s.units.includes(unitId)));
  }).map((p) => ({ id: p.userId, name: p.name, email: p.email }));
}

