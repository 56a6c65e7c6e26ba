// Queries of the accessibility statement and its feedback. One function per query; the
// executor first and the tenant always in the arguments.
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AccessibilityFeedbackTable, AccessibilityStatementsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type StatementRow = Selectable<AccessibilityStatementsTable>;
export type FeedbackRow = Selectable<AccessibilityFeedbackTable>;

export async function findStatement(db: Exec, tenantId: string): Promise<StatementRow | undefined> {
  return db.selectFrom('accessibility_statements').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

/** Insert or replace the municipality's statement (one row per municipality). */
export async function upsertStatement(db: Exec, row: Insertable<AccessibilityStatementsTable>): Promise<void> {
  const { tenant_id: _tenant, ...rest } = row;
  await db.insertInto('accessibility_statements').values(row)
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(rest)).execute();
}

export async function insertFeedback(db: Exec, row: Insertable<AccessibilityFeedbackTable>): Promise<void> {
  await db.insertInto('accessibility_feedback').values(row).execute();
}

export async function listFeedback(db: Exec, tenantId: string, limit: number, offset: number): Promise<FeedbackRow[]> {
  return db.selectFrom('accessibility_feedback').selectAll().where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
}

export async function countFeedback(db: Exec, tenantId: string): Promise<number> {
  const r = await db.selectFrom('accessibility_feedback').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function deleteFeedback(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('accessibility_feedback').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Reports older than the cut-off, every municipality (the retention job). */
export async function listExpiredFeedback(db: Exec, beforeIso: string): Promise<{ id: string; tenant_id: string }[]> {
  return db.selectFrom('accessibility_feedback').select(['id', 'tenant_id']).where('created_at', '<', beforeIso).execute();
}
