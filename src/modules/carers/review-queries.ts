// Queries of the access-log review: the tenant and the reviewer's unit scope are arguments.
import type { Insertable } from 'kysely';
import type { AuditReviewItemsTable, AuditReviewsTable } from './table.js';
import type { Exec, Units } from './queries.js';

function auditInScope(db: Exec, tenantId: string, units: Units, fromIso: string, toIso: string) {
  let q = db.selectFrom('audit_log').where('audit_log.tenant_id', '=', tenantId).where('audit_log.at', '>=', fromIso).where('audit_log.at', '<', toIso);
  if (units !== 'all') q = q.where('audit_log.unit_id', 'in', units.length > 0 ? units : ['-']);
  return q;
}

/** Ids of the access-log rows a review draws from, in a stable order (time, then id). */
export async function populationIds(db: Exec, tenantId: string, units: Units, fromIso: string, toIso: string): Promise<string[]> {
  const rows = await auditInScope(db, tenantId, units, fromIso, toIso).select('audit_log.id')
    .orderBy('audit_log.at').orderBy('audit_log.id').limit(500_000).execute();
  return rows.map((r) => r.id);
}

export async function insertReview(db: Exec, row: Insertable<AuditReviewsTable>, items: Insertable<AuditReviewItemsTable>[]): Promise<void> {
  await db.insertInto('audit_reviews').values(row).execute();
  for (let i = 0; i < items.length; i += 200) await db.insertInto('audit_review_items').values(items.slice(i, i + 200)).execute();
}

export async function listReviews(db: Exec, tenantId: string, reviewerOrAll: string | null) {
  let q = db.selectFrom('audit_reviews').leftJoin('users', 'users.id', 'audit_reviews.reviewer_id')
    .selectAll('audit_reviews').select('users.name as reviewer_name').where('audit_reviews.tenant_id', '=', tenantId);
  if (reviewerOrAll) q = q.where('audit_reviews.reviewer_id', '=', reviewerOrAll);
  return q.orderBy('audit_reviews.created_at', 'desc').limit(100).execute();
}

export async function findReview(db: Exec, tenantId: string, id: string) {
  return db.selectFrom('audit_reviews').leftJoin('users', 'users.id', 'audit_reviews.reviewer_id')
    .selectAll('audit_reviews').select('users.name as reviewer_name')
    .where('audit_reviews.tenant_id', '=', tenantId).where('audit_reviews.id', '=', id).executeTakeFirst();
}

export async function reviewItems(db: Exec, tenantId: string, reviewId: string) {
  return db.selectFrom('audit_review_items').innerJoin('audit_log', 'audit_log.id', 'audit_review_items.audit_id')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_review_items.id', 'audit_review_items.position', 'audit_review_items.reviewed_at', 'audit_review_items.verdict',
      'audit_review_items.comment', 'audit_log.action', 'audit_log.at', 'audit_log.subject_type', 'audit_log.subject_id', 'audit_log.purpose',
      'audit_log.outcome', 'users.name as user_name'])
    .where('audit_review_items.tenant_id', '=', tenantId).where('audit_review_items.review_id', '=', reviewId)
    .orderBy('audit_review_items.position').execute();
}

export async function markItem(db: Exec, tenantId: string, reviewId: string, itemId: string, patch: { verdict: string; comment: string | null; reviewed_at: string; reviewed_by: string }): Promise<number> {
  const res = await db.updateTable('audit_review_items').set(patch).where('tenant_id', '=', tenantId).where('review_id', '=', reviewId)
    .where('id', '=', itemId).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function completeReview(db: Exec, tenantId: string, id: string, conclusion: string, at: string): Promise<number> {
  const res = await db.updateTable('audit_reviews').set({ completed_at: at, conclusion }).where('tenant_id', '=', tenantId).where('id', '=', id)
    .where('completed_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Distinct carer records each user opened in the period (the "unusually many" view). */
export async function carerReadsPerUser(db: Exec, tenantId: string, units: Units, fromIso: string, toIso: string) {
  return auditInScope(db, tenantId, units, fromIso, toIso).leftJoin('users', 'users.id', 'audit_log.user_id')
    .select((eb) => ['audit_log.user_id', 'users.name as user_name', eb.fn.count<number>('audit_log.subject_id').distinct().as('carers'), eb.fn.countAll<number>().as('reads')])
    .where('audit_log.action', '=', 'carer.read').where('audit_log.user_id', 'is not', null)
    .groupBy(['audit_log.user_id', 'users.name']).execute();
}
