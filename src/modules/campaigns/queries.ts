// One function per query; the executor comes first and the tenant is always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { OutreachCampaignsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type CampaignRow = Selectable<OutreachCampaignsTable>;

/** Campaigns overlapping [from, to] (YYYY-MM-DD), or all when no period is given. */
export async function listCampaigns(db: Exec, tenantId: string, period?: { from: string; to: string }): Promise<CampaignRow[]> {
  let q = db.selectFrom('outreach_campaigns').selectAll().where('tenant_id', '=', tenantId);
  if (period) q = q.where('starts_on', '<=', period.to).where('ends_on', '>=', period.from);
  return q.orderBy('starts_on', 'desc').orderBy('name').execute();
}

export async function findCampaign(db: Exec, tenantId: string, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('outreach_campaigns').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertCampaign(db: Exec, row: Insertable<OutreachCampaignsTable>): Promise<void> {
  await db.insertInto('outreach_campaigns').values(row).execute();
}

export async function updateCampaign(db: Exec, tenantId: string, id: string, patch: Updateable<OutreachCampaignsTable>): Promise<number> {
  const res = await db.updateTable('outreach_campaigns').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteCampaign(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('outreach_campaigns').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}
