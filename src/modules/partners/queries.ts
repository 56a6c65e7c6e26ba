// One function per query; the executor comes first and the tenant is always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { jsonArrayContains } from '../../platform/db/helpers.js';
import type { PartnersTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type PartnerRow = Selectable<PartnersTable>;

export async function listPartners(db: Exec, tenantId: string, f: { kind?: string; group?: string } = {}): Promise<PartnerRow[]> {
  let q = db.selectFrom('partners').selectAll().where('tenant_id', '=', tenantId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  // A partner for every carer (empty list) matches any group filter.
  if (f.group) q = q.where((eb) => eb.or([eb('target_groups', 'like', jsonArrayContains(f.group!)), eb('target_groups', '=', '[]')]));
  return q.orderBy('sort_order').orderBy('name').execute();
}

export async function findPartner(db: Exec, tenantId: string, id: string): Promise<PartnerRow | undefined> {
  return db.selectFrom('partners').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertPartner(db: Exec, row: Insertable<PartnersTable>): Promise<void> {
  await db.insertInto('partners').values(row).execute();
}

export async function updatePartner(db: Exec, tenantId: string, id: string, patch: Updateable<PartnersTable>): Promise<number> {
  const res = await db.updateTable('partners').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deletePartner(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('partners').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}
