// The municipality's organisation tree, kept in memory per database handle: every signed-in
// request needs it for the unit scope of the staff member's roles, and reading it (46 rows in
// the demo's largest municipality) was one query and 0.1–0.4 ms of every such request.
// tenants.units_version is counted up by database triggers on every write of org_units
// (migration 0042), in the write's own transaction. The session read carries the current
// version (sessions.ts), so the kept tree is compared with the database's on every request:
// a change by this process, another instance or the CLI counts on the next request.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { perHandle } from '../db/single-flight.js';
import type { UnitKind } from '../domain/vocab.js';
import type { OrgUnit } from './tenancy.js';

interface Kept { version: number; units: readonly OrgUnit[] }

const kept = new WeakMap<object, Map<string, Kept>>();
const reads = perHandle<Kept>();

/** The tenant's units at `version` (read in the same statement as the units, so a kept tree is
 *  never labelled with a version it does not belong to). Any other version than the kept one,
 *  older too (a restored database), reads the tree again. */
export async function unitsAt(db: Kysely<DB>, tenantId: string, version: number): Promise<readonly OrgUnit[]> {
  let perDb = kept.get(db);
  if (!perDb) kept.set(db, (perDb = new Map()));
  const hit = perDb.get(tenantId);
  if (hit && hit.version === version) return hit.units;
  const fresh = await reads(db).run(`${tenantId}\n${version}`, () => readUnits(db, tenantId));
  perDb.set(tenantId, fresh);
  return fresh.units;
}

async function readUnits(db: Kysely<DB>, tenantId: string): Promise<Kept> {
  const rows = await db.selectFrom('tenants')
    .leftJoin('org_units', 'org_units.tenant_id', 'tenants.id')
    .select(['tenants.units_version', 'org_units.id', 'org_units.parent_id', 'org_units.kind', 'org_units.name',
      'org_units.external', 'org_units.active', 'org_units.sort_order'])
    .where('tenants.id', '=', tenantId)
    .orderBy(sql`org_units.sort_order`).orderBy(sql`org_units.name`).execute();
  const units: OrgUnit[] = [];
  for (const r of rows) {
    if (r.id === null) continue;
    units.push(Object.freeze({
      id: r.id, parentId: r.parent_id, kind: r.kind as UnitKind, name: r.name!,
      external: r.external === 1, active: r.active === 1, sortOrder: r.sort_order!,
    }));
  }
  return { version: rows[0]?.units_version ?? -1, units: Object.freeze(units) };
}
