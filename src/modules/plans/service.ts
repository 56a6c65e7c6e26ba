// Activity plans (verksamhetsplaner), SPEC C5: multi-year plans of overarching goals → sub-goals →
// activities with target group, responsible, budget and actual cost per year and status; totals
// per year and goal, the state-grant arithmetic, and import/export as XLSX and CSV (transfer.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { listGovernanceBodies } from '../org/service.js';
import * as q from './queries.js';
import type { ActivityForm, GoalForm, PlanForm } from './schema.js';
import type { ActivityStatus } from './status.js';
import { buildPlanView, yearsOf, type Activity, type Goal, type Plan, type PlanView } from './totals.js';
import { expectedGrantKr, toTkr } from './money.js';

export type { PlanView } from './totals.js';
export { importPlanFile, exportCsv, exportXlsx, templateCsv, type ImportResult } from './transfer.js';

type Actor = Pick<Principal, 'tenantId' | 'userId'>;

export function toPlan(r: q.PlanRow): Plan {
  return {
    id: r.id, title: r.title, description: r.description, startYear: r.start_year, endYear: r.end_year,
    grantPerInhabitantOre: r.grant_per_inhabitant_ore, updatedAt: r.updated_at,
  };
}
const toGoal = (r: q.GoalRow): Goal => ({ id: r.id, parentId: r.parent_id, title: r.title, sortOrder: r.sort_order });
const toActivity = (r: Awaited<ReturnType<typeof q.listActivities>>[number]): Activity => ({
  id: r.id, goalId: r.goal_id, title: r.title, targetGroup: r.target_group, responsible: r.responsible,
  responsibleBodyId: r.responsible_body_id, responsibleBodyName: r.body_name ?? null, budgetLine: r.budget_line,
  status: r.status as ActivityStatus, comment: r.comment, sortOrder: r.sort_order,
});

export async function getPlanView(db: Kysely<DB>, tenantId: string, id: string): Promise<PlanView> {
  const row = await q.findPlan(db, tenantId, id);
  if (!row) throw new NotFound();
  const [goals, activities, amounts] = await Promise.all([
    q.listGoals(db, tenantId, id), q.listActivities(db, tenantId, id), q.listYearAmounts(db, tenantId, id),
  ]);
  return buildPlanView(toPlan(row), goals.map(toGoal), activities.map(toActivity),
    amounts.map((a) => ({ activityId: a.activity_id, year: a.year, budgetKr: a.budget_kr, actualKr: a.actual_kr })));
}

export async function listPlanViews(db: Kysely<DB>, tenantId: string): Promise<PlanView[]> {
  const plans = await q.listPlans(db, tenantId);
  return Promise.all(plans.map((p) => getPlanView(db, tenantId, p.id)));
}

export async function getPlan(db: Kysely<DB>, tenantId: string, id: string): Promise<Plan> {
  const row = await q.findPlan(db, tenantId, id);
  if (!row) throw new NotFound();
  return toPlan(row);
}

/** The expected state grant beside the plan: kr per inhabitant × the municipality's population. */
export interface StateGrant { orePerInhabitant: number; population: number; expectedKr: number }
export function stateGrant(plan: Plan, population: number): StateGrant | null {
  if (plan.grantPerInhabitantOre === null || population <= 0) return null;
  return { orePerInhabitant: plan.grantPerInhabitantOre, population, expectedKr: expectedGrantKr(plan.grantPerInhabitantOre, population) };
}

export async function createPlan(db: Kysely<DB>, clock: Clock, actor: Actor, form: PlanForm): Promise<string> {
  const id = newId();
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await q.insertPlan(trx, {
      id, tenant_id: actor.tenantId, title: form.title, description: form.description, start_year: form.startYear, end_year: form.endYear,
      grant_per_inhabitant_ore: form.grantPerInhabitant, created_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.create', subjectType: 'plan', subjectId: id }, now);
  });
  return id;
}

export async function updatePlan(db: Kysely<DB>, clock: Clock, actor: Actor, id: string, form: PlanForm): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const n = await q.updatePlan(trx, actor.tenantId, id, {
      title: form.title, description: form.description, start_year: form.startYear, end_year: form.endYear,
      grant_per_inhabitant_ore: form.grantPerInhabitant, updated_at: now.toISOString(),
    });
    if (n === 0) throw new NotFound();
    await q.deleteAmountsOutside(trx, actor.tenantId, id, form.startYear, form.endYear);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.update', subjectType: 'plan', subjectId: id }, now);
  });
}

export async function deletePlan(db: Kysely<DB>, clock: Clock, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await q.findPlan(trx, actor.tenantId, id))) throw new NotFound();
    await q.clearPlanContent(trx, actor.tenantId, id);
    await q.deletePlan(trx, actor.tenantId, id);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.delete', subjectType: 'plan', subjectId: id }, clock.now());
  });
}

const touch = (trx: Parameters<typeof q.updatePlan>[0], tenantId: string, planId: string, now: Date) =>
  q.updatePlan(trx, tenantId, planId, { updated_at: now.toISOString() });

// Goals: two levels. An overarching goal has parentId null; a sub-goal names its overarching goal.

async function checkParent(db: Kysely<DB>, tenantId: string, planId: string, parentId: string, selfId?: string): Promise<void> {
  if (parentId === '') return;
  const parent = await q.findGoal(db, tenantId, planId, parentId);
  if (!parent || parent.parent_id !== null || parent.id === selfId) throw new Invalid({ parentId: 'Välj ett av planens övergripande mål' });
}

export async function addGoal(db: Kysely<DB>, clock: Clock, actor: Actor, planId: string, form: GoalForm): Promise<string> {
  await getPlan(db, actor.tenantId, planId);
  await checkParent(db, actor.tenantId, planId, form.parentId);
  const id = newId();
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await q.insertGoal(trx, {
      id, tenant_id: actor.tenantId, plan_id: planId, parent_id: form.parentId || null, title: form.title,
      sort_order: await q.nextSortOrder(trx, actor.tenantId, 'plan_goals', planId), created_at: now.toISOString(),
    });
    await touch(trx, actor.tenantId, planId, now);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.goal.create', subjectType: 'plan', subjectId: planId }, now);
  });
  return id;
}

export async function getGoal(db: Kysely<DB>, tenantId: string, planId: string, id: string): Promise<Goal> {
  const row = await q.findGoal(db, tenantId, planId, id);
  if (!row) throw new NotFound();
  return toGoal(row);
}

export async function updateGoal(db: Kysely<DB>, clock: Clock, actor: Actor, planId: string, id: string, form: GoalForm): Promise<void> {
  const goal = await getGoal(db, actor.tenantId, planId, id);
  await checkParent(db, actor.tenantId, planId, form.parentId, id);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    if (goal.parentId === null && form.parentId !== '') {
      const subGoals = (await q.listGoals(trx, actor.tenantId, planId)).filter((g) => g.parent_id === id);
      if (subGoals.length > 0) throw new Invalid({ parentId: 'Målet har egna delmål och kan inte bli ett delmål' });
    }
    if (goal.parentId !== null && form.parentId === '' && (await q.countGoalChildren(trx, actor.tenantId, id)) > 0) {
      throw new Invalid({ parentId: 'Delmålet har aktiviteter; flytta dem först om det ska bli ett övergripande mål' });
    }
    await q.updateGoal(trx, actor.tenantId, planId, id, { title: form.title, parent_id: form.parentId || null });
    await touch(trx, actor.tenantId, planId, now);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.goal.update', subjectType: 'plan', subjectId: planId }, now);
  });
}

export async function deleteGoal(db: Kysely<DB>, clock: Clock, actor: Actor, planId: string, id: string): Promise<void> {
  await getGoal(db, actor.tenantId, planId, id);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    if ((await q.countGoalChildren(trx, actor.tenantId, id)) > 0) {
      throw new Invalid({ _form: 'Målet har delmål eller aktiviteter. Ta bort eller flytta dem först.' });
    }
    await q.deleteGoal(trx, actor.tenantId, planId, id);
    await touch(trx, actor.tenantId, planId, now);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.goal.delete', subjectType: 'plan', subjectId: planId }, now);
  });
}

// Activities.

export async function getActivity(db: Kysely<DB>, tenantId: string, planId: string, id: string) {
  const row = await q.findActivity(db, tenantId, planId, id);
  if (!row) throw new NotFound();
  return row;
}

export async function bodiesFor(db: Kysely<DB>, tenantId: string) {
  return listGovernanceBodies(db, tenantId);
}

async function checkActivityRefs(db: Kysely<DB>, tenantId: string, planId: string, form: ActivityForm): Promise<void> {
  const errors: Record<string, string> = {};
  const goal = await q.findGoal(db, tenantId, planId, form.goalId);
  if (!goal || goal.parent_id === null) errors.goalId = 'Välj ett av planens delmål';
  if (form.responsibleBodyId && !(await listGovernanceBodies(db, tenantId)).some((b) => b.id === form.responsibleBodyId)) {
    errors.responsibleBodyId = 'Välj en av kommunens grupper';
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
}

function activityColumns(form: ActivityForm) {
  return {
    goal_id: form.goalId, title: form.title, target_group: form.targetGroup, responsible: form.responsible,
    responsible_body_id: form.responsibleBodyId || null, budget_line: form.budgetLine, status: form.status, comment: form.comment,
  };
}
const amountRows = (plan: Plan, form: ActivityForm) => yearsOf(plan).map((y) => ({
  year: y, budget_kr: Number(form[`budget_${y}`] ?? 0), actual_kr: (form[`actual_${y}`] as number | null) ?? null,
}));

export async function addActivity(db: Kysely<DB>, clock: Clock, actor: Actor, planId: string, form: ActivityForm): Promise<string> {
  const plan = await getPlan(db, actor.tenantId, planId);
  await checkActivityRefs(db, actor.tenantId, planId, form);
  const id = newId();
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await q.insertActivity(trx, {
      id, tenant_id: actor.tenantId, plan_id: planId, ...activityColumns(form),
      sort_order: await q.nextSortOrder(trx, actor.tenantId, 'plan_activities', planId), created_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await q.replaceYearAmounts(trx, actor.tenantId, id, amountRows(plan, form));
    await touch(trx, actor.tenantId, planId, now);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.activity.create', subjectType: 'plan', subjectId: planId }, now);
  });
  return id;
}

export async function updateActivity(db: Kysely<DB>, clock: Clock, actor: Actor, planId: string, id: string, form: ActivityForm): Promise<void> {
  const plan = await getPlan(db, actor.tenantId, planId);
  await getActivity(db, actor.tenantId, planId, id);
  await checkActivityRefs(db, actor.tenantId, planId, form);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await q.updateActivity(trx, actor.tenantId, planId, id, { ...activityColumns(form), updated_at: now.toISOString() });
    await q.replaceYearAmounts(trx, actor.tenantId, id, amountRows(plan, form));
    await touch(trx, actor.tenantId, planId, now);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.activity.update', subjectType: 'plan', subjectId: planId }, now);
  });
}

export async function deleteActivity(db: Kysely<DB>, clock: Clock, actor: Actor, planId: string, id: string): Promise<void> {
  await getActivity(db, actor.tenantId, planId, id);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await q.deleteActivity(trx, actor.tenantId, planId, id);
    await touch(trx, actor.tenantId, planId, now);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'plan.activity.delete', subjectType: 'plan', subjectId: planId }, now);
  });
}

/** Form values for the activity editor from a stored activity. */
export function activityFormValues(view: PlanView, activityId: string): Record<string, string> {
  for (const g of view.goals) for (const s of g.subGoals) for (const a of s.activities) {
    if (a.id !== activityId) continue;
    const v: Record<string, string> = {
      goalId: a.goalId, title: a.title, targetGroup: a.targetGroup, responsible: a.responsible, responsibleBodyId: a.responsibleBodyId ?? '',
      budgetLine: a.budgetLine, status: a.status, comment: a.comment,
    };
    view.years.forEach((y, i) => {
      v[`budget_${y}`] = String(a.budget[i]);
      v[`actual_${y}`] = a.actual[i] === null ? '' : String(a.actual[i]);
    });
    return v;
  }
  throw new NotFound();
}

// For the reports module (SPEC C6 "budget outcome"). Keep this shape stable.

export interface PlanBudgetForYear {
  year: number;
  plans: { id: string; title: string; startYear: number; endYear: number }[];
  budgetKr: number;
  actualKr: number;
  /** tkr = kronor / 1000 (exact for whole tkr, e.g. 1723). */
  budgetTkr: number;
  actualTkr: number;
  /** Per overarching goal of each plan, in plan order. */
  byGoal: { planId: string; goalId: string; title: string; budgetKr: number; actualKr: number; budgetTkr: number; actualTkr: number }[];
}

/** Budget and actual cost for one calendar year over every plan whose period covers it. */
export async function planBudgetForYear(db: Kysely<DB>, tenantId: string, year: number): Promise<PlanBudgetForYear> {
  const plans = await q.listPlansCoveringYear(db, tenantId, year);
  const goals = await q.listGoalsOfPlans(db, tenantId, plans.map((p) => p.id));
  const amounts = await q.amountsForYear(db, tenantId, year);
  const parentOf = new Map(goals.map((g) => [g.id, g.parent_id ?? g.id]));
  const perGoal = new Map<string, { budgetKr: number; actualKr: number }>();
  let budgetKr = 0;
  let actualKr = 0;
  for (const a of amounts) {
    budgetKr += a.budget_kr;
    actualKr += a.actual_kr ?? 0;
    const top = parentOf.get(a.goal_id) ?? a.goal_id;
    const g = perGoal.get(top) ?? { budgetKr: 0, actualKr: 0 };
    g.budgetKr += a.budget_kr;
    g.actualKr += a.actual_kr ?? 0;
    perGoal.set(top, g);
  }
  const byGoal = plans.flatMap((p) => goals.filter((g) => g.plan_id === p.id && g.parent_id === null).map((g) => {
    const s = perGoal.get(g.id) ?? { budgetKr: 0, actualKr: 0 };
    return { planId: p.id, goalId: g.id, title: g.title, ...s, budgetTkr: toTkr(s.budgetKr), actualTkr: toTkr(s.actualKr) };
  }));
  return {
    year, plans: plans.map((p) => ({ id: p.id, title: p.title, startYear: p.start_year, endYear: p.end_year })),
    budgetKr, actualKr, budgetTkr: toTkr(budgetKr), actualTkr: toTkr(actualKr), byGoal,
  };
}
