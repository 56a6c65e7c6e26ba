// One function per query; the executor comes first, the tenant and the unit scope are arguments.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AmbassadorsTable, AmbassadorTrainingsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type UnitScope = 'all' | string[];
export type TrainingRow = Selectable<AmbassadorTrainingsTable>;

export interface AmbassadorRow extends Selectable<AmbassadorsTable> {
  user_name: string | null;
  user_title: string | null;
  designated_by_name: string | null;
  ended_by_name: string | null;
}

function base(db: Exec, tenantId: string, units: UnitScope) {
  let q = db.selectFrom('ambassadors')
    .leftJoin('users as u', 'u.id', 'ambassadors.user_id')
    .leftJoin('users as d', 'd.id', 'ambassadors.designated_by')
    .leftJoin('users as e', 'e.id', 'ambassadors.ended_by')
    .selectAll('ambassadors')
    .select(['u.name as user_name', 'u.title as user_title', 'd.name as designated_by_name', 'e.name as ended_by_name'])
    .where('ambassadors.tenant_id', '=', tenantId);
  if (units !== 'all') q = q.where('ambassadors.unit_id', 'in', units.length > 0 ? units : ['']);
  return q;
}

export async function listAmbassadors(db: Exec, tenantId: string, units: UnitScope, opts: { activeOnly: boolean }): Promise<AmbassadorRow[]> {
  let q = base(db, tenantId, units);
  if (opts.activeOnly) q = q.where('ambassadors.ended_on', 'is', null);
  return q.orderBy('ambassadors.since', 'desc').execute();
}

export async function findAmbassador(db: Exec, tenantId: string, units: UnitScope, id: string): Promise<AmbassadorRow | undefined> {
  return base(db, tenantId, units).where('ambassadors.id', '=', id).executeTakeFirst();
}

export async function insertAmbassador(db: Exec, row: Insertable<AmbassadorsTable>): Promise<void> {
  await db.insertInto('ambassadors').values(row).execute();
}

export async function updateAmbassador(db: Exec, tenantId: string, units: UnitScope, id: string, patch: Updateable<AmbassadorsTable>): Promise<number> {
  let q = db.updateTable('ambassadors').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (units !== 'all') q = q.where('unit_id', 'in', units.length > 0 ? units : ['']);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function activeUserAmbassadorInUnit(db: Exec, tenantId: string, unitId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('ambassadors').select('id').where('tenant_id', '=', tenantId).where('unit_id', '=', unitId)
    .where('user_id', '=', userId).where('ended_on', 'is', null).executeTakeFirst();
  return row !== undefined;
}

export async function listTrainings(db: Exec, tenantId: string, ambassadorIds: string[]): Promise<TrainingRow[]> {
  if (ambassadorIds.length === 0) return [];
  return db.selectFrom('ambassador_trainings').selectAll().where('tenant_id', '=', tenantId)
    .where('ambassador_id', 'in', ambassadorIds).orderBy('date', 'desc').execute();
}

/** Each ambassador's latest training recorded by hand on or before `upTo` (YYYY-MM-DD). */
export async function lastTrainings(db: Exec, tenantId: string, ambassadorIds: string[], upTo: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // Chunked: PostgreSQL and SQLite both cap the number of bound parameters.
  for (let i = 0; i < ambassadorIds.length; i += 500) {
    const rows = await db.selectFrom('ambassador_trainings')
      .select(['ambassador_id', (eb) => eb.fn.max('date').as('last')])
      .where('tenant_id', '=', tenantId).where('ambassador_id', 'in', ambassadorIds.slice(i, i + 500)).where('date', '<=', upTo)
      .groupBy('ambassador_id').execute();
    for (const r of rows) if (r.last) out.set(r.ambassador_id, String(r.last));
  }
  return out;
}

export async function insertTraining(db: Exec, row: Insertable<AmbassadorTrainingsTable>): Promise<void> {
  await db.insertInto('ambassador_trainings').values(row).execute();
}

export async function deleteTraining(db: Exec, tenantId: string, ambassadorId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('ambassador_trainings').where('tenant_id', '=', tenantId)
    .where('ambassador_id', '=', ambassadorId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export interface StaffOption {
  id: string;
  name: string;
  title: string;
}

/** Active users holding a role in one of these units: the people a manager can designate. */
export async function usersInUnits(db: Exec, tenantId: string, units: UnitScope): Promise<StaffOption[]> {
  let q = db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.title'])
    .where('users.tenant_id', '=', tenantId).where('users.disabled', '=', 0);
  if (units !== 'all') q = q.where('user_roles.unit_id', 'in', units.length > 0 ? units : ['']);
  return q.distinct().orderBy('users.name').execute();
}

export async function findActiveUser(db: Exec, tenantId: string, userId: string): Promise<StaffOption | undefined> {
  return db.selectFrom('users').select(['id', 'name', 'title']).where('tenant_id', '=', tenantId)
    .where('id', '=', userId).where('disabled', '=', 0).executeTakeFirst();
}
