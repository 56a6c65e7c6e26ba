// One function per query; the executor comes first, the tenant (and unit scope) are arguments.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ContactLogTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type ContactRow = Selectable<ContactLogTable>;

export async function insertContact(db: Exec, row: Insertable<ContactLogTable>): Promise<void> {
  await db.insertInto('contact_log').values(row).execute();
}

export async function insertContacts(db: Exec, rows: Insertable<ContactLogTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('contact_log').values(rows.slice(i, i + 200)).execute();
}

export async function findContact(db: Exec, tenantId: string, units: 'all' | string[], id: string): Promise<ContactRow | undefined> {
  let q = db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (units !== 'all') {
    if (units.length === 0) return undefined;
    q = q.where('unit_id', 'in', units);
  }
  return q.executeTakeFirst();
}

export async function updateContact(db: Exec, tenantId: string, id: string, userId: string, patch: Updateable<ContactLogTable>): Promise<number> {
  const res = await db.updateTable('contact_log').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id)
    .where('user_id', '=', userId).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function listByUserSince(db: Exec, tenantId: string, userId: string, sinceIso: string): Promise<ContactRow[]> {
  return db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).where('user_id', '=', userId)
    .where('created_at', '>=', sinceIso).orderBy('created_at', 'desc').execute();
}

export async function listForCarer(db: Exec, tenantId: string, carerId: string): Promise<ContactRow[]> {
  return db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .orderBy('contact_date', 'desc').orderBy('created_at', 'desc').execute();
}

export async function relinkCarer(db: Exec, tenantId: string, fromCarerId: string, toCarerId: string): Promise<number> {
  const res = await db.updateTable('contact_log').set({ carer_id: toCarerId }).where('tenant_id', '=', tenantId)
    .where('carer_id', '=', fromCarerId).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export type StatColumn = 'activity_type' | 'channel' | 'target_group' | 'age_band' | 'gender' | 'relationship' | 'heard_via'
  | 'campaign_id' | 'district' | 'referred_to';

function yearRows(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[]) {
  let q = db.selectFrom('contact_log').where('tenant_id', '=', tenantId)
    .where('contact_date', '>=', `${year}-01-01`).where('contact_date', '<=', `${year}-12-31`);
  if (unitIds !== 'all') q = q.where('unit_id', 'in', unitIds.length > 0 ? unitIds : ['-']);
  return q;
}

export async function countBy(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[], column: StatColumn): Promise<{ key: string | null; n: number }[]> {
  const rows = await yearRows(db, tenantId, year, unitIds)
    .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll<number>().as('n')])
    .groupBy(column).execute();
  return rows.map((r) => ({ key: r.key as string | null, n: Number(r.n) }));
}

export async function countByMonth(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<{ key: string; n: number }[]> {
  const rows = await yearRows(db, tenantId, year, unitIds)
    .select((eb) => [eb.fn<string>('substr', ['contact_date', eb.lit(6), eb.lit(2)]).as('key'), eb.fn.countAll<number>().as('n')])
    // Literals, not parameters: PostgreSQL matches GROUP BY to the select only when they are identical.
    .groupBy((eb) => eb.fn('substr', ['contact_date', eb.lit(6), eb.lit(2)])).execute();
  return rows.map((r) => ({ key: String(r.key), n: Number(r.n) }));
}

export async function totals(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[]) {
  const r = await yearRows(db, tenantId, year, unitIds).select((eb) => [
    eb.fn.countAll<number>().as('total'),
    eb.fn.coalesce(eb.fn.sum<number>('duration_min'), eb.val(0)).as('minutes'),
    eb.fn.count<number>('carer_id').as('identified'),
    eb.fn.count<number>('carer_id').distinct().as('unique_carers'),
    eb.fn.sum<number>(eb.case().when('age_band', 'in', ['under_13', '13_17']).then(1).else(0).end()).as('children'),
    eb.fn.sum<number>('referred_onward').as('referred'),
  ]).executeTakeFirstOrThrow();
  return {
    total: Number(r.total), minutes: Number(r.minutes ?? 0), identified: Number(r.identified), uniqueCarers: Number(r.unique_carers),
    children: Number(r.children ?? 0), referred: Number(r.referred ?? 0),
  };
}

/** Outreach follow-up: contacts naming one of these campaigns, dated in [from, to], counted per day. */
export async function countByCampaignDay(db: Exec, tenantId: string, campaignIds: string[], from: string, to: string): Promise<{ campaignId: string; date: string; n: number }[]> {
  if (campaignIds.length === 0) return [];
  const rows = await db.selectFrom('contact_log').select((eb) => ['campaign_id', 'contact_date', eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('campaign_id', 'in', campaignIds).where('contact_date', '>=', from).where('contact_date', '<=', to)
    .groupBy(['campaign_id', 'contact_date']).execute();
  return rows.map((r) => ({ campaignId: String(r.campaign_id), date: r.contact_date, n: Number(r.n) }));
}
