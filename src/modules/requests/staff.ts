// Which staff may handle a request: everyone whose contacts:inbox roles cover its unit (or,
// for the common queue, municipality-wide roles and the carer-support unit's specialists).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { scopeFor, type Principal } from '../../platform/auth/principal.js';
import type { Role } from '../../platform/domain/vocab.js';
import type { OrgUnit } from '../../platform/tenancy/tenancy.js';
import { canSeeRequest, INBOX } from './policy.js';
import * as q from './queries.js';

export interface Handler {
  id: string;
  name: string;
  email: string;
}

export async function handlersFor(db: Kysely<DB>, tenantId: string, units: OrgUnit[], routedUnitId: string | null, carerSupportUnitId: string | null): Promise<Handler[]> {
  const rows = await q.listStaffWithRoles(db, tenantId);
  const byUser = new Map<string, Principal>();
  for (const r of rows) {
    const p = byUser.get(r.id) ?? { userId: r.id, tenantId, name: r.name, email: r.email, title: '', roles: [], units };
    p.roles.push({ role: r.role as Role, unitId: r.unit_id });
    byUser.set(r.id, p);
  }
  return [...byUser.values()].filter((p) => {
    const scope = scopeFor(p, INBOX);
    return scope !== undefined && canSeeRequest(scope, routedUnitId, carerSupportUnitId);
  }).map((p) => ({ id: p.userId, name: p.name, email: p.email }));
}
