// The carer's plan: one function per query, executor first, then the tenant (and units).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { CarerPlanCommentsTable, CarerPlanMeasuresTable } from './table.js';
import type { Exec, Units } from './queries.js';
import { reusable } from '../../platform/db/reuse.js';

export type PlanMeasureRow = Selectable<CarerPlanMeasuresTable>;

export const listPlan: (db: Exec, tenantId: string, carerId: string) => Promise<PlanMeasureRow[]> = reusable('carers.plan', (db, tenantId: string, carerId: string) =>
  db.selectFrom('carer_plan_measures').selectAll().where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .orderBy('created_at').orderBy('id'));

export async function insertMeasure(db: Exec, row: Insertable<CarerPlanMeasuresTable>): Promise<void> {
  await db.insertInto('carer_plan_measures').values(row).execute();
}

export async function updateMeasure(db: Exec, tenantId: string, carerId: string, id: string, patch: Updateable<CarerPlanMeasuresTable>): Promise<number> {
  const res = await db.updateTable('carer_plan_measures').set(patch).where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Open measures whose follow-up date is on or before a date, for carers in scope (the team's list). */
export async function followUpsDue(db: Exec, tenantId: string, units: Units, onOrBefore: string, statuses: readonly string[]) {
  let q = db.selectFrom('carer_plan_measures').innerJoin('carers', 'carers.id', 'carer_plan_measures.carer_id')
    .select(['carer_plan_measures.id', 'carer_plan_measures.carer_id', 'carer_plan_measures.what', 'carer_plan_measures.responsible',
      'carer_plan_measures.follow_up_on', 'carer_plan_measures.status', 'carers.name as carer_name', 'carers.support_contact_user_id'])
    .where('carer_plan_measures.tenant_id', '=', tenantId).where('carers.tenant_id', '=', tenantId)
    .where('carer_plan_measures.status', 'in', [...statuses]).where('carer_plan_measures.follow_up_on', '<=', onOrBefore);
  if (units !== 'all') q = q.where('carers.unit_id', 'in', units.length > 0 ? units : ['-']);
  return q.orderBy('carer_plan_measures.follow_up_on').orderBy('carer_plan_measures.id').limit(500).execute();
}

export type PlanCommentRow = Selectable<CarerPlanCommentsTable>;

export async function listComments(db: Exec, tenantId: string, carerId: string): Promise<PlanCommentRow[]> {
  return db.selectFrom('carer_plan_comments').selectAll().where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .orderBy('created_at').orderBy('id').execute();
}

export async function insertComment(db: Exec, row: Insertable<CarerPlanCommentsTable>): Promise<void> {
  await db.insertInto('carer_plan_comments').values(row).execute();
}
