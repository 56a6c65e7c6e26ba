// "Planera åtgärder" (SoL 2025:400 as amended 1 July 2026): the stödkontakt supports the carer
// in planning the measures that may be needed. A plan is a list of measures on the identified
// carer's record — what, who is responsible, by when, status, when to follow it up — written by
// staff with access to the carer; every read and write is audited. planForCarer is the plain
// read a later "Mina sidor" shows the carer (the caller audits); staff read through readPlan.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import * as q from './queries.js';
import * as pq from './plan-queries.js';
import { auditCarer, type Db } from './audit.js';
import { PLAN_OPEN, type PlanStatus } from './vocab.js';
import type { PlanMeasureForm } from './schema.js';
import { localDate } from './time.js';

export interface PlanMeasure {
  id: string; what: string; responsible: string; dueOn: string | null; status: PlanStatus; followUpOn: string | null; note: string | null;
  updatedAt: string;
}

export const toMeasure = (r: pq.PlanMeasureRow): PlanMeasure => ({
  id: r.id, what: r.what, responsible: r.responsible, dueOn: r.due_on, status: r.status as PlanStatus, followUpOn: r.follow_up_on, note: r.note,
  updatedAt: r.updated_at,
});

/** The carer's plan, in the order it was made. No audit row: the caller writes it (see readPlan). */
export async function planForCarer(db: Db, tenantId: string, carerId: string): Promise<PlanMeasure[]> {
  return (await pq.listPlan(db, tenantId, carerId)).map(toMeasure);
}

export interface PlanComment { id: string; body: string; createdAt: string }

/** The comments the carer wrote on the plan from Mina sidor. No audit row: the caller writes it. */
export async function planCommentsForCarer(db: Db, tenantId: string, carerId: string): Promise<PlanComment[]> {
  return (await pq.listComments(db, tenantId, carerId)).map((r) => ({ id: r.id, body: r.body, createdAt: r.created_at }));
}

/** Staff open the plan of a carer in their scope: the carer's name, the plan and the carer's comments, audited. */
export async function readPlan(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string): Promise<{ carerId: string; carerName: string; measures: PlanMeasure[]; comments: PlanComment[] }> {
  const carer = await q.findCarer(db, actor.tenantId, scope.units, carerId);
  if (!carer) throw new NotFound();
  const measures = await planForCarer(db, actor.tenantId, carerId);
  const comments = await planCommentsForCarer(db, actor.tenantId, carerId);
  await auditCarer(db, clock, actor, 'carer.plan_read', carer, 'planera åtgärder med den anhöriga');
  return { carerId, carerName: carer.name, measures, comments };
}

/**
 * "Min plan" on Mina sidor: the carer, signed in with an account linked to the record, reads
 * the plan and her own comments (read-only; audited as the carer's own read).
 */
export async function planOfLinkedCarer(db: Kysely<DB>, clock: Clock, tenantId: string, carerId: string): Promise<{ measures: PlanMeasure[]; comments: PlanComment[] } | undefined> {
  const carer = await q.findCarer(db, tenantId, 'all', carerId);
  if (!carer) return undefined;
  const [measures, comments] = await Promise.all([planForCarer(db, tenantId, carerId), planCommentsForCarer(db, tenantId, carerId)]);
  await auditCarer(db, clock, null, 'carer.plan_read_by_carer', carer, 'Mina sidor: den anhöriga läser sin plan', tenantId);
  return { measures, comments };
}

/** The carer comments on the plan from Mina sidor; the stödkontakt sees it on the plan page. */
export async function addPlanComment(db: Kysely<DB>, clock: Clock, tenantId: string, carerId: string, body: string): Promise<void> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, tenantId, 'all', carerId);
    if (!carer) throw new NotFound();
    await pq.insertComment(trx, { id: newId(), tenant_id: tenantId, carer_id: carerId, body, created_at: now });
    await q.updateCarer(trx, tenantId, 'all', carerId, { last_activity_at: now });
    await auditCarer(trx, clock, null, 'carer.plan_comment', carer, 'Mina sidor: den anhöriga kommenterar sin plan', tenantId);
  });
}

const fields = (form: PlanMeasureForm) => ({
  what: form.what, responsible: form.responsible, due_on: form.dueOn, status: form.status, follow_up_on: form.followUpOn, note: form.note,
});

export async function addPlanMeasure(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, form: PlanMeasureForm): Promise<string> {
  const now = clock.now().toISOString();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    await pq.insertMeasure(trx, { id, tenant_id: actor.tenantId, carer_id: carerId, ...fields(form), created_by: actor.userId, created_at: now, updated_by: actor.userId, updated_at: now });
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { last_activity_at: now });
    await auditCarer(trx, clock, actor, 'carer.plan_add', carer, 'planera åtgärder med den anhöriga');
  });
  return id;
}

export async function updatePlanMeasure(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, measureId: string, form: PlanMeasureForm): Promise<void> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    const n = await pq.updateMeasure(trx, actor.tenantId, carerId, measureId, { ...fields(form), updated_by: actor.userId, updated_at: now });
    if (n === 0) throw new NotFound();
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { last_activity_at: now });
    await auditCarer(trx, clock, actor, 'carer.plan_update', carer, `åtgärd i planen: ${form.status}`);
  });
}

export interface PlanFollowUp {
  id: string; carerId: string; carerName: string; what: string; responsible: string; followUpOn: string; status: PlanStatus; overdue: boolean;
}

/**
 * Open plan measures (planned or ongoing) whose follow-up date has passed or falls within
 * `days`, for the carers in scope; `mine`: only carers whose stödkontakt is the user. Audited
 * as a list of names.
 */
export async function planFollowUps(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, days: number, mine: boolean): Promise<PlanFollowUp[]> {
  const now = clock.now();
  const today = localDate(now);
  const rows = await pq.followUpsDue(db, actor.tenantId, scope.units, localDate(new Date(now.getTime() + days * 86_400_000)), PLAN_OPEN);
  await auditCarer(db, clock, actor, 'carer.list', null, 'uppföljning av planer');
  return rows.filter((r) => !mine || r.support_contact_user_id === actor.userId).map((r) => ({
    id: r.id, carerId: r.carer_id, carerName: r.carer_name, what: r.what, responsible: r.responsible, followUpOn: r.follow_up_on!,
    status: r.status as PlanStatus, overdue: r.follow_up_on! < today,
  }));
}

/** Demo data: measures written as given. */
export async function seedPlan(db: Kysely<DB>, tenantId: string, carerId: string, userId: string | null, at: string, measures: PlanMeasureForm[]): Promise<void> {
  for (const m of measures) {
    await pq.insertMeasure(db, { id: newId(), tenant_id: tenantId, carer_id: carerId, ...fields(m), created_by: userId, created_at: at, updated_by: userId, updated_at: at });
  }
}
