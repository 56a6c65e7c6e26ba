// The yearly questionnaire (SPEC C6): a question set per municipality and year, Bredvid's
// suggestions with evidence, and the answers staff confirm or correct (who and when kept).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId } from '../../platform/db/helpers.js';
import { NotFound } from '../../platform/http/errors.js';
import { parseForm, type FormResult } from '../../platform/http/forms.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { audit } from '../../platform/audit/audit.js';
import * as q from './queries.js';
import { DEFAULT_QUESTIONS, GROUP_LABELS, groupsOf, type AnswerGroupKey, type QuestionKind } from './questions.js';
import type { Suggestion } from './prefill.js';
import { suggestionFor } from './derivers.js';
import type { QuestionForm } from './schema.js';

export interface Answer {
  value: string;
  note: string;
  source: 'confirmed' | 'corrected';
  byName: string;
  at: string;
}

export interface Question {
  id: string;
  year: number;
  position: number;
  code: string;
  text: string;
  help: string;
  kind: QuestionKind;
  perGroup: boolean;
  groups: AnswerGroupKey[];
  answers: Partial<Record<AnswerGroupKey, Answer>>;
  note: string;
  suggestion: Suggestion | null;
}

export const answerText = (kind: QuestionKind, value: string | undefined): string =>
  value === undefined ? 'Inte besvarad' : kind === 'number' ? value : value === 'yes' ? 'Ja' : 'Nej';

function toQuestion(r: q.QuestionRow, answers: q.AnswerRow[], suggestion: Suggestion | null): Question {
  const mine = answers.filter((a) => a.question_id === r.id);
  const byGroup: Question['answers'] = {};
  for (const a of mine) {
    byGroup[a.answer_group as AnswerGroupKey] = {
      value: a.value, note: a.note, source: a.source as Answer['source'], byName: a.answered_by_name ?? 'Borttagen användare', at: a.answered_at,
    };
  }
  return {
    id: r.id, year: r.year, position: r.position, code: r.code, text: r.text, help: r.help, kind: r.kind as QuestionKind,
    perGroup: r.per_group === 1, groups: groupsOf(r.per_group === 1), answers: byGroup, note: mine[0]?.note ?? '', suggestion,
  };
}

/** The year's questions with their answers; with Bredvid's suggestions for those who answer. */
export async function questionnaire(db: Kysely<DB>, tenant: Tenant, year: number, now: Date, withSuggestions: boolean): Promise<Question[]> {
  const rows = await q.listQuestions(db, tenant.id, year);
  const answers = await q.listAnswers(db, tenant.id, rows.map((r) => r.id));
  const ctx = { db, tenant, year, now };
  const suggestions = withSuggestions ? await Promise.all(rows.map((r) => suggestionFor(ctx, r.code))) : rows.map(() => null);
  return rows.map((r, i) => toQuestion(r, answers, suggestions[i]));
}

/** Creates the year's set: a copy of the latest earlier year's questions, or Bredvid's first set.
 *  A year that already has its questions is left as it is (a second click changes nothing). */
export async function createYearSet(db: Kysely<DB>, clock: Clock, actor: Principal, year: number): Promise<number> {
  const at = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    if ((await q.listQuestions(trx, actor.tenantId, year)).length > 0) return 0;
    const from = await q.latestYearBefore(trx, actor.tenantId, year);
    const source = from === null
      ? DEFAULT_QUESTIONS.map((d, i) => ({ code: d.code, text: d.text, help: d.help, kind: d.kind, per_group: d.perGroup ? 1 : 0, position: i + 1 }))
      : await q.listQuestions(trx, actor.tenantId, from);
    await q.insertQuestions(trx, source.map((s) => ({
      id: newId(), tenant_id: actor.tenantId, year, position: s.position, code: s.code, text: s.text, help: s.help, kind: s.kind,
      per_group: s.per_group, created_at: at, updated_at: at,
    })));
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'report.questions_create', subjectType: 'report_questions', subjectId: String(year) }, clock.now());
    return source.length;
  });
}

export async function getQuestion(db: Kysely<DB>, tenant: Tenant, id: string, now: Date, withSuggestion: boolean): Promise<Question> {
  const row = await q.findQuestion(db, tenant.id, id);
  if (!row) throw new NotFound();
  const answers = await q.listAnswers(db, tenant.id, [row.id]);
  const suggestion = withSuggestion ? await suggestionFor({ db, tenant, year: row.year, now }, row.code) : null;
  return toQuestion(row, answers, suggestion);
}

/** The answer form of one question: a value per group, and a shared comment. */
export function answerSchema(question: Pick<Question, 'kind' | 'groups'>) {
  const value = question.kind === 'number'
    ? z.string({ message: 'Skriv ett tal' }).regex(/^\d{1,6}$/, 'Skriv ett heltal, 0 eller större')
    : z.enum(['yes', 'no'], { message: 'Välj ja eller nej' });
  const shape: Record<string, z.ZodType> = { note: z.string().max(1000, 'Högst 1000 tecken').default('') };
  for (const g of question.groups) shape[`svar_${g}`] = value;
  return z.object(shape).strict();
}

export function parseAnswer(question: Question, body: unknown): FormResult<Record<string, string>> {
  return parseForm(answerSchema(question), body) as FormResult<Record<string, string>>;
}

export async function saveAnswer(db: Kysely<DB>, clock: Clock, actor: Principal, question: Question, data: Record<string, string>): Promise<void> {
  const at = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    if (!(await q.findQuestion(trx, actor.tenantId, question.id))) throw new NotFound();
    await q.replaceAnswers(trx, actor.tenantId, question.id, question.groups.map((g) => ({
      id: newId(), tenant_id: actor.tenantId, question_id: question.id, answer_group: g, value: data[`svar_${g}`], note: data.note ?? '',
      source: question.suggestion?.values[g] === data[`svar_${g}`] ? 'confirmed' : 'corrected', answered_by: actor.userId, answered_at: at,
    })));
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'report.answer', subjectType: 'report_question', subjectId: question.id }, clock.now());
  });
}

/** Confirms every suggestion that answers a whole unanswered question; returns how many. */
export async function confirmSuggestions(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, year: number): Promise<number> {
  const questions = await questionnaire(db, tenant, year, clock.now(), true);
  let n = 0;
  for (const qn of questions) {
    if (Object.keys(qn.answers).length > 0 || !qn.suggestion) continue;
    if (!qn.groups.every((g) => qn.suggestion!.values[g] !== undefined)) continue;
    await saveAnswer(db, clock, actor, qn, Object.fromEntries(qn.groups.map((g) => [`svar_${g}`, qn.suggestion!.values[g]!])));
    n++;
  }
  return n;
}

export async function addQuestion(db: Kysely<DB>, clock: Clock, actor: Principal, year: number, form: QuestionForm): Promise<string> {
  const id = newId();
  const at = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = await q.listQuestions(trx, actor.tenantId, year);
    await q.insertQuestions(trx, [{ id, tenant_id: actor.tenantId, year, position: existing.length + 1, code: '', text: form.text, help: form.help, kind: form.kind, per_group: form.perGroup ? 1 : 0, created_at: at, updated_at: at }]);
    if (form.position !== null) await q.placeQuestion(trx, actor.tenantId, year, id, form.position);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'report.question_add', subjectType: 'report_question', subjectId: id }, clock.now());
  });
  return id;
}

export async function updateQuestion(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: QuestionForm): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await q.findQuestion(trx, actor.tenantId, id);
    if (!row) throw new NotFound();
    // Answers belong to the question as it was asked: changing the kind or the groups clears them.
    if (row.kind !== form.kind || (row.per_group === 1) !== form.perGroup) await q.replaceAnswers(trx, actor.tenantId, id, []);
    await q.updateQuestion(trx, actor.tenantId, id, {
      text: form.text, help: form.help, kind: form.kind, per_group: form.perGroup ? 1 : 0, updated_at: clock.now().toISOString(),
    });
    if (form.position !== null && form.position !== row.position) await q.placeQuestion(trx, actor.tenantId, row.year, id, form.position);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'report.question_update', subjectType: 'report_question', subjectId: id }, clock.now());
  });
}

export async function removeQuestion(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await q.findQuestion(trx, actor.tenantId, id);
    if (!row) throw new NotFound();
    await q.deleteQuestion(trx, actor.tenantId, id);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'report.question_remove', subjectType: 'report_question', subjectId: id }, clock.now());
    return row.year;
  });
}

/** Answers as one line per question for the report and exports: "Ja" or "Ja: Äldre, …; Nej: …". */
export function summarize(qn: Question): string {
  const answered = qn.groups.filter((g) => qn.answers[g]);
  if (answered.length === 0) return 'Inte besvarad';
  if (!qn.perGroup) return answerText(qn.kind, qn.answers.all?.value);
  const by = new Map<string, string[]>();
  for (const g of qn.groups) {
    const text = answerText(qn.kind, qn.answers[g]?.value);
    by.set(text, [...(by.get(text) ?? []), GROUP_LABELS[g]]);
  }
  if (by.size === 1) return `${[...by.keys()][0]} (alla målgrupper)`;
  return [...by].map(([text, groups]) => `${text}: ${groups.join(', ')}`).join('; ');
}

