// One function per query; the executor comes first and the tenant is always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ReportAnswersTable, ReportQuestionsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type QuestionRow = Selectable<ReportQuestionsTable>;
export type AnswerRow = Selectable<ReportAnswersTable> & { answered_by_name: string | null };

export async function listQuestions(db: Exec, tenantId: string, year: number): Promise<QuestionRow[]> {
  return db.selectFrom('report_questions').selectAll().where('tenant_id', '=', tenantId).where('year', '=', year)
    .orderBy('position').orderBy('created_at').execute();
}

/** The latest year before `year` that has a question set, to copy from. */
export async function latestYearBefore(db: Exec, tenantId: string, year: number): Promise<number | null> {
  const r = await db.selectFrom('report_questions').select((eb) => eb.fn.max('year').as('y'))
    .where('tenant_id', '=', tenantId).where('year', '<', year).executeTakeFirst();
  return r?.y == null ? null : Number(r.y);
}

export async function findQuestion(db: Exec, tenantId: string, id: string): Promise<QuestionRow | undefined> {
  return db.selectFrom('report_questions').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertQuestions(db: Exec, rows: Insertable<ReportQuestionsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('report_questions').values(rows).execute();
}

export async function updateQuestion(db: Exec, tenantId: string, id: string, patch: Updateable<ReportQuestionsTable>): Promise<number> {
  const r = await db.updateTable('report_questions').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function deleteQuestion(db: Exec, tenantId: string, id: string): Promise<number> {
  await db.deleteFrom('report_answers').where('tenant_id', '=', tenantId).where('question_id', '=', id).execute();
  const r = await db.deleteFrom('report_questions').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function listAnswers(db: Exec, tenantId: string, questionIds: string[]): Promise<AnswerRow[]> {
  if (questionIds.length === 0) return [];
  return db.selectFrom('report_answers')
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'report_answers.answered_by').onRef('users.tenant_id', '=', 'report_answers.tenant_id'))
    .selectAll('report_answers').select('users.name as answered_by_name')
    .where('report_answers.tenant_id', '=', tenantId).where('report_answers.question_id', 'in', questionIds).execute();
}

/** Replace the answers of one question (all its groups) in one go. */
export async function replaceAnswers(db: Exec, tenantId: string, questionId: string, rows: Insertable<ReportAnswersTable>[]): Promise<void> {
  await db.deleteFrom('report_answers').where('tenant_id', '=', tenantId).where('question_id', '=', questionId).execute();
  if (rows.length > 0) await db.insertInto('report_answers').values(rows).execute();
}

/** Puts a question at a 1-based place in its year's list and numbers the rest after it. */
export async function placeQuestion(db: Exec, tenantId: string, year: number, id: string, position: number): Promise<void> {
  const others = (await listQuestions(db, tenantId, year)).filter((r) => r.id !== id).map((r) => r.id);
  const order = [...others.slice(0, position - 1), id, ...others.slice(position - 1)];
  for (const [i, qid] of order.entries()) await db.updateTable('report_questions').set({ position: i + 1 }).where('tenant_id', '=', tenantId).where('id', '=', qid).execute();
}
