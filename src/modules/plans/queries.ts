// One function per query; the executor comes first and the tenant is always an argument.
// Plans hold no personal data and belong to the municipality as a whole (no unit scope).
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { PlanActivitiesTable, PlanActivityYearsTable, PlanGoalsTable, PlansTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type PlanRow = Selectable<PlansTable>;
export type GoalRow = Selectable<PlanGoalsTable>;
export type ActivityRow = Selectable<PlanActivitiesTable>;
export type YearRow = Selectable<PlanActivityYearsTable>;

export async function listPlans(db: Exec, tenantId: string): Promise<PlanRow[]> {
  return db.selectFrom('plans').selectAll().where('tenant_id', '=', tenantId).orderBy('start_year', 'desc').orderBy('title').execute();
}

export async function listPlansCoveringYear(db: Exec, tenantId: string, year: number): Promise<PlanRow[]> {
  return db.selectFrom('plans').selectAll().where('tenant_id', '=', tenantId)
    .where('start_year', '<=', year).where('end_year', '>=', year).orderBy('title').execute();
}

export async function findPlan(db: Exec, tenantId: string, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertPlan(db: Exec, row: Insertable<PlansTable>): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

export async function updatePlan(db: Exec, tenantId: string, id: string, patch: Updateable<PlansTable>): Promise<number> {
  const res = await db.updateTable('plans').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deletePlan(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('plans').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Deletes the plan's goals (activities and amounts follow by cascade), keeping the plan. */
export async function clearPlanContent(db: Exec, tenantId: string, planId: string): Promise<void> {
  await db.deleteFrom('plan_activity_years').where('tenant_id', '=', tenantId)
    .where('activity_id', 'in', (eb) => eb.selectFrom('plan_activities').select('id').where('tenant_id', '=', tenantId).where('plan_id', '=', planId))
    .execute();
  await db.deleteFrom('plan_activities').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).execute();
  await db.deleteFrom('plan_goals').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('parent_id', 'is not', null).execute();
  await db.deleteFrom('plan_goals').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).execute();
}

export async function listGoals(db: Exec, tenantId: string, planId: string): Promise<GoalRow[]> {
  return db.selectFrom('plan_goals').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).orderBy('sort_order').execute();
}

export async function findGoal(db: Exec, tenantId: string, planId: string, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('plan_goals').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
}

export async function insertGoal(db: Exec, row: Insertable<PlanGoalsTable>): Promise<void> {
  await db.insertInto('plan_goals').values(row).execute();
}

export async function updateGoal(db: Exec, tenantId: string, planId: string, id: string, patch: Updateable<PlanGoalsTable>): Promise<number> {
  const res = await db.updateTable('plan_goals').set(patch).where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteGoal(db: Exec, tenantId: string, planId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('plan_goals').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function countGoalChildren(db: Exec, tenantId: string, goalId: string): Promise<number> {
  const goals = await db.selectFrom('plan_goals').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('parent_id', '=', goalId).executeTakeFirstOrThrow();
  const acts = await db.selectFrom('plan_activities').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('goal_id', '=', goalId).executeTakeFirstOrThrow();
  return Number(goals.n) + Number(acts.n);
}

export async function nextSortOrder(db: Exec, tenantId: string, table: 'plan_goals' | 'plan_activities', planId: string): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.max<number>('sort_order').as('m')).where('tenant_id', '=', tenantId).where('plan_id', '=', planId).executeTakeFirst();
  return Number(r?.m ?? -1) + 1;
}

export async function listActivities(db: Exec, tenantId: string, planId: string) {
  return db.selectFrom('plan_activities')
    .leftJoin('governance_bodies', (j) => j.onRef('governance_bodies.id', '=', 'plan_activities.responsible_body_id').on('governance_bodies.tenant_id', '=', tenantId))
    .selectAll('plan_activities').select('governance_bodies.name as body_name')
    .where('plan_activities.tenant_id', '=', tenantId).where('plan_activities.plan_id', '=', planId)
    .orderBy('plan_activities.sort_order').execute();
}

export async function findActivity(db: Exec, tenantId: string, planId: string, id: string): Promise<ActivityRow | undefined> {
  return db.selectFrom('plan_activities').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
}

export async function insertActivity(db: Exec, row: Insertable<PlanActivitiesTable>): Promise<void> {
  await db.insertInto('plan_activities').values(row).execute();
}

export async function updateActivity(db: Exec, tenantId: string, planId: string, id: string, patch: Updateable<PlanActivitiesTable>): Promise<number> {
  const res = await db.updateTable('plan_activities').set(patch).where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteActivity(db: Exec, tenantId: string, planId: string, id: string): Promise<number> {
  await db.deleteFrom('plan_activity_years').where('tenant_id', '=', tenantId).where('activity_id', '=', id).execute();
  const res = await db.deleteFrom('plan_activities').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function listYearAmounts(db: Exec, tenantId: string, planId: string): Promise<YearRow[]> {
  return db.selectFrom('plan_activity_years').selectAll('plan_activity_years')
    .innerJoin('plan_activities', 'plan_activities.id', 'plan_activity_years.activity_id')
    .where('plan_activity_years.tenant_id', '=', tenantId).where('plan_activities.tenant_id', '=', tenantId)
    .where('plan_activities.plan_id', '=', planId).execute();
}

export async function replaceYearAmounts(db: Exec, tenantId: string, activityId: string, rows: Omit<Insertable<PlanActivityYearsTable>, 'tenant_id' | 'activity_id'>[]): Promise<void> {
  await db.deleteFrom('plan_activity_years').where('tenant_id', '=', tenantId).where('activity_id', '=', activityId).execute();
  if (rows.length > 0) await db.insertInto('plan_activity_years').values(rows.map((r) => ({ ...r, tenant_id: tenantId, activity_id: activityId }))).execute();
}

export async function insertYearAmounts(db: Exec, rows: Insertable<PlanActivityYearsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('plan_activity_years').values(rows.slice(i, i + 200)).execute();
}

/** Amounts outside a plan's (new) period are removed when the period changes. */
export async function deleteAmountsOutside(db: Exec, tenantId: string, planId: string, startYear: number, endYear: number): Promise<void> {
  await db.deleteFrom('plan_activity_years').where('tenant_id', '=', tenantId)
    .where('activity_id', 'in', (eb) => eb.selectFrom('plan_activities').select('id').where('tenant_id', '=', tenantId).where('plan_id', '=', planId))
    .where((eb) => eb.or([eb('year', '<', startYear), eb('year', '>', endYear)]))
    .execute();
}

/** Goals, activities and one year's amounts of the plans covering that year. */
export async function amountsForYear(db: Exec, tenantId: string, year: number) {
  return db.selectFrom('plan_activity_years')
    .innerJoin('plan_activities', 'plan_activities.id', 'plan_activity_years.activity_id')
    .innerJoin('plans', 'plans.id', 'plan_activities.plan_id')
    .select(['plan_activities.plan_id', 'plan_activities.goal_id', 'plan_activity_years.budget_kr', 'plan_activity_years.actual_kr'])
    .where('plan_activity_years.tenant_id', '=', tenantId).where('plan_activities.tenant_id', '=', tenantId).where('plans.tenant_id', '=', tenantId)
    .where('plan_activity_years.year', '=', year).where('plans.start_year', '<=', year).where('plans.end_year', '>=', year)
    .execute();
}

export async function listGoalsOfPlans(db: Exec, tenantId: string, planIds: string[]): Promise<GoalRow[]> {
  if (planIds.length === 0) return [];
  return db.selectFrom('plan_goals').selectAll().where('tenant_id', '=', tenantId).where('plan_id', 'in', planIds).orderBy('sort_order').execute();
}
