// Import and export of a plan as XLSX or CSV in the layout of layout.ts. An import reads and
// validates every row before it writes anything, then writes the whole plan in one transaction:
// a bad file changes nothing. The demo seeder uses the same function.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import { NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import { listGovernanceBodies } from '../org/service.js';
import * as q from './queries.js';
import { writeCsv } from './csv.js';
import { readGrid, writeXlsx, type FileKind } from './files.js';
import { TEXT_COLUMNS, validateGrid, type ImportError, type ParsedPlan } from './layout.js';
import { STATUS_LABELS } from './status.js';
import type { PlanView } from './totals.js';

export type ImportResult =
  | { ok: true; planId: string; kind: FileKind; activityCount: number; startYear: number; endYear: number }
  | { ok: false; errors: ImportError[] };

export interface ImportInput {
  file: Buffer;
  title: string;
  description?: string;
  grantPerInhabitantOre: number | null;
  /** Replace the content (goals, activities, amounts, period) of this plan instead of creating one. */
  replacePlanId?: string;
}

export async function importPlanFile(db: Kysely<DB>, now: Date, actor: { tenantId: string; userId: string | null }, input: ImportInput): Promise<ImportResult> {
  const read = await readGrid(input.file);
  if (!read.ok) return read;
  const bodies = await listGovernanceBodies(db, actor.tenantId);
  const checked = validateGrid(read.grid, bodies);
  if (!checked.ok) return checked;
  const plan = checked.plan;
  const iso = now.toISOString();
  const planId = input.replacePlanId ?? newId();
  await db.transaction().execute(async (trx) => {
    if (input.replacePlanId) {
      const existing = await q.findPlan(trx, actor.tenantId, input.replacePlanId);
      if (!existing) throw new NotFound();
      await q.clearPlanContent(trx, actor.tenantId, planId);
      await q.updatePlan(trx, actor.tenantId, planId, {
        title: input.title, start_year: plan.startYear, end_year: plan.endYear,
        grant_per_inhabitant_ore: input.grantPerInhabitantOre ?? existing.grant_per_inhabitant_ore, updated_at: iso,
      });
    } else {
      await q.insertPlan(trx, {
        id: planId, tenant_id: actor.tenantId, title: input.title, description: input.description ?? '',
        start_year: plan.startYear, end_year: plan.endYear, grant_per_inhabitant_ore: input.grantPerInhabitantOre, created_at: iso, updated_at: iso,
      });
    }
    await writeContent(trx, actor.tenantId, planId, plan, iso);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: input.replacePlanId ? 'plan.import.replace' : 'plan.import', subjectType: 'plan', subjectId: planId }, now);
  });
  return { ok: true, planId, kind: read.kind, activityCount: plan.activityCount, startYear: plan.startYear, endYear: plan.endYear };
}

async function writeContent(trx: Parameters<typeof q.insertGoal>[0], tenantId: string, planId: string, plan: ParsedPlan, iso: string): Promise<void> {
  let goalOrder = 0;
  let activityOrder = 0;
  const amounts: Parameters<typeof q.insertYearAmounts>[1] = [];
  for (const g of plan.goals) {
    const goalId = newId();
    await q.insertGoal(trx, { id: goalId, tenant_id: tenantId, plan_id: planId, parent_id: null, title: g.title, sort_order: goalOrder++, created_at: iso });
    for (const s of g.subGoals) {
      const subId = newId();
      await q.insertGoal(trx, { id: subId, tenant_id: tenantId, plan_id: planId, parent_id: goalId, title: s.title, sort_order: goalOrder++, created_at: iso });
      for (const a of s.activities) {
        const id = newId();
        await q.insertActivity(trx, {
          id, tenant_id: tenantId, plan_id: planId, goal_id: subId, title: a.title, target_group: a.targetGroup, responsible: a.responsible,
          responsible_body_id: a.bodyId, budget_line: a.budgetLine, status: a.status, comment: a.comment, sort_order: activityOrder++,
          created_at: iso, updated_at: iso,
        });
        for (const [year, v] of a.years) amounts.push({ tenant_id: tenantId, activity_id: id, year, budget_kr: v.budgetKr, actual_kr: v.actualKr });
      }
    }
  }
  await q.insertYearAmounts(trx, amounts);
}

const headerFor = (years: number[]): string[] => [
  ...TEXT_COLUMNS.filter((c) => c.key !== 'comment').map((c) => c.header),
  ...years.map((y) => `Budget ${y} (kr)`), ...years.map((y) => `Utfall ${y} (kr)`),
  'Kommentar',
];

/** The plan as rows in the documented layout: header first, one row per activity. */
export function exportRows(view: PlanView): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [headerFor(view.years)];
  for (const g of view.goals) for (const s of g.subGoals) for (const a of s.activities) {
    rows.push([g.title, s.title, a.title, a.targetGroup, a.responsible, a.responsibleBodyName ?? '', a.budgetLine, STATUS_LABELS[a.status],
      ...a.budget, ...a.actual, a.comment]);
  }
  return rows;
}

export const exportCsv = (view: PlanView): string => writeCsv(exportRows(view));
export const exportXlsx = (view: PlanView): Promise<Buffer> => writeXlsx(exportRows(view));
export const templateCsv = (firstYear: number): string => writeCsv([headerFor([firstYear, firstYear + 1])]);
