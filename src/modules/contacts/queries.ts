// One function per query; the executor comes first, the tenant (and unit scope) are arguments.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ContactLogTable } from './table.js';
import { recountCarers, TallyDelta, type Countable } from './tally.js';
import { reusable } from '../../platform/db/reuse.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type ContactRow = Selectable<ContactLogTable>;

/** Log contacts and add them to the running tallies, in one transaction (the caller's, if any). */
export async function insertContacts(db: Exec, rows: Insertable<ContactLogTable>[]): Promise<void> {
  if (rows.length === 0) return;
  const write = async (trx: Exec) => {
    const delta = new TallyDelta();
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('contact_log').values(rows.slice(i, i + 200)).execute();
    for (const r of rows) delta.add(countable(r), 1);
    await delta.apply(trx);
  };
  await (db.isTransaction ? write(db) : db.transaction().execute(write));
}

const countable = (r: Insertable<ContactLogTable>): Countable => ({
  tenant_id: r.tenant_id, unit_id: r.unit_id, contact_date: r.contact_date, duration_min: r.duration_min, activity_type: r.activity_type,
  channel: r.channel, target_group: r.target_group ?? null, age_band: r.age_band ?? null, gender: r.gender ?? null,
  relationship: r.relationship ?? null, heard_via: r.heard_via ?? null, campaign_id: r.campaign_id ?? null, district: r.district ?? null,
  referred_to: r.referred_to ?? null, referred_onward: r.referred_onward ?? 0, carer_id: r.carer_id ?? null,
});

export async function findContact(db: Exec, tenantId: string, units: 'all' | string[], id: string): Promise<ContactRow | undefined> {
  let q = db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (units !== 'all') {
    if (units.length === 0) return undefined;
    q = q.where('unit_id', 'in', units);
  }
  return q.executeTakeFirst();
}

/**
 * Change one of the user's own contacts and move its counts in the tallies, inside the caller's
 * transaction. The row is locked first (an update of updated_at) and read after the lock, so two
 * edits of one contact at the same moment each move the counts from what the other left.
 * Returns false when there is no such contact of this user.
 */
export async function updateContact(trx: Transaction<DB>, tenantId: string, id: string, userId: string, patch: Updateable<ContactLogTable> & { updated_at: string }): Promise<boolean> {
  const locked = await trx.updateTable('contact_log').set({ updated_at: patch.updated_at }).where('tenant_id', '=', tenantId).where('id', '=', id)
    .where('user_id', '=', userId).executeTakeFirst();
  if (Number(locked.numUpdatedRows) === 0) return false;
  const before = await trx.selectFrom('contact_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await trx.updateTable('contact_log').set(patch).where('id', '=', id).execute();
  await new TallyDelta().add(before, -1).add({ ...before, ...patch } as Countable, 1).apply(trx);
  return true;
}

export async function listByUserSince(db: Exec, tenantId: string, userId: string, sinceIso: string): Promise<ContactRow[]> {
  return db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).where('user_id', '=', userId)
    .where('created_at', '>=', sinceIso).orderBy('created_at', 'desc').execute();
}

// Built once (platform/db/reuse.ts): read on every view of a carer's page.
export const listForCarer: (db: Exec, tenantId: string, carerId: string) => Promise<ContactRow[]> = reusable('contacts.forCarer', (db, tenantId: string, carerId: string) =>
  db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .orderBy('contact_date', 'desc').orderBy('created_at', 'desc'));

/** A carer merge: the duplicate's contacts follow the surviving record, and so do their tallies. */
export async function relinkCarer(trx: Transaction<DB>, tenantId: string, fromCarerId: string, toCarerId: string): Promise<number> {
  const res = await trx.updateTable('contact_log').set({ carer_id: toCarerId }).where('tenant_id', '=', tenantId)
    .where('carer_id', '=', fromCarerId).executeTakeFirst();
  await recountCarers(trx, tenantId, [fromCarerId, toCarerId].sort());
  return Number(res.numUpdatedRows);
}

/** Outreach follow-up: contacts naming one of these campaigns, dated in [from, to], counted per day. */
export async function countByCampaignDay(db: Exec, tenantId: string, campaignIds: string[], from: string, to: string): Promise<{ campaignId: string; date: string; n: number }[]> {
  if (campaignIds.length === 0) return [];
  const rows = await db.selectFrom('contact_log').select((eb) => ['campaign_id', 'contact_date', eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('campaign_id', 'in', campaignIds).where('contact_date', '>=', from).where('contact_date', '<=', to)
    .groupBy(['campaign_id', 'contact_date']).execute();
  return rows.map((r) => ({ campaignId: String(r.campaign_id), date: r.contact_date, n: Number(r.n) }));
}
