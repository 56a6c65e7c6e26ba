// Routes of the yearly questionnaire: everyone with reports:read sees the answers; those with
// reports:detailed create the year's set, answer, and edit the questions.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { can } from '../../platform/auth/principal.js';
import * as enkat from './questionnaire.js';
import { currentYear } from './service.js';
import { DETAILED, READ } from './policy.js';
import { FIRST_YEAR, idParam, questionFormSchema, yearOnlySchema } from './schema.js';
import { AnswerPage, QuestionEditorPage, QuestionnairePage } from './views/questionnaire.js';

const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function questionnaireRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const yearChoices = () => Array.from({ length: Math.min(10, currentYear(clock.now()) - FIRST_YEAR + 1) }, (_, i) => currentYear(clock.now()) - i);

  /** ?ar: this year when missing; a malformed or future year is a field message. */
  const yearOf = (req: FastifyRequest): { year: number; error?: string } => {
    const thisYear = currentYear(clock.now());
    const raw = (req.query as Record<string, unknown>).ar;
    if (raw === undefined) return { year: thisYear };
    const p = yearOnlySchema.safeParse({ ar: raw });
    if (!p.success) return { year: thisYear, error: 'Skriv året med fyra siffror, till exempel 2026' };
    const y = Number(p.data.ar);
    if (y < FIRST_YEAR || y > thisYear + 1) return { year: thisYear, error: `Välj ett år mellan ${FIRST_YEAR} och ${thisYear + 1}` };
    return { year: y };
  };
  const base = (req: FastifyRequest) => `/${tenantOf(req).slug}/personal/rapporter/enkat`;

  const overview = async (req: FastifyRequest, opts: { notice?: string; errors?: Record<string, string>; status?: number } = {}) => {
    const { principal } = await requirePermission(req, READ);
    const { year, error } = yearOf(req);
    const canEdit = can(principal, DETAILED);
    const questions = await enkat.questionnaire(db, tenantOf(req), year, clock.now(), canEdit);
    const errors = error ? { ar: error, ...opts.errors } : opts.errors;
    const years = yearChoices();
    if (!years.includes(year)) years.unshift(year);
    return { page: <QuestionnairePage ctx={pageContext(req, 'staff')} year={year} years={years} questions={questions} canEdit={canEdit} notice={opts.notice} errors={errors} />, status: error ? 400 : (opts.status ?? 200) };
  };

  app.get('/personal/rapporter/enkat', async (req, reply) => {
    const notice = (req.query as Record<string, string>).sparad ? 'Sparat.' : undefined;
    const { page, status } = await overview(req, { notice });
    return render(reply, page, status);
  });

  app.post('/personal/rapporter/enkat', async (req, reply) => {
    const { principal } = await requirePermission(req, DETAILED);
    const { year, error } = yearOf(req);
    if (error) return render(reply, (await overview(req)).page, 400);
    await enkat.createYearSet(db, clock, principal, year);
    return redirect(reply, `${base(req)}?ar=${year}&sparad=1`);
  });

  app.post('/personal/rapporter/enkat/bekrafta', async (req, reply) => {
    const { principal } = await requirePermission(req, DETAILED);
    const { year, error } = yearOf(req);
    if (error) return render(reply, (await overview(req)).page, 400);
    await enkat.confirmSuggestions(db, clock, principal, tenantOf(req), year);
    return redirect(reply, `${base(req)}?ar=${year}&sparad=1`);
  });

  app.get('/personal/rapporter/enkat/fraga/:id', async (req, reply) => {
    await requirePermission(req, DETAILED);
    const question = await enkat.getQuestion(db, tenantOf(req), parseId(req.params), clock.now(), true);
    return render(reply, <AnswerPage ctx={pageContext(req, 'staff')} question={question} />);
  });

  app.post('/personal/rapporter/enkat/fraga/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, DETAILED);
    const question = await enkat.getQuestion(db, tenantOf(req), parseId(req.params), clock.now(), true);
    const parsed = enkat.parseAnswer(question, req.body);
    if (!parsed.ok) return render(reply, <AnswerPage ctx={pageContext(req, 'staff')} question={question} errors={parsed.errors} values={parsed.values} />, 400);
    await enkat.saveAnswer(db, clock, principal, question, parsed.data);
    return redirect(reply, `${base(req)}?ar=${question.year}&sparad=1#fraga-${question.id}`);
  });

  app.get('/personal/rapporter/enkat/ny', async (req, reply) => {
    await requirePermission(req, DETAILED);
    const { year, error } = yearOf(req);
    if (error) return render(reply, (await overview(req)).page, 400);
    return render(reply, <QuestionEditorPage ctx={pageContext(req, 'staff')} year={year} values={{ kind: 'yes_no' }} />);
  });

  app.post('/personal/rapporter/enkat/ny', async (req, reply) => {
    const { principal } = await requirePermission(req, DETAILED);
    const { year, error } = yearOf(req);
    if (error) return render(reply, (await overview(req)).page, 400);
    const parsed = parseForm(questionFormSchema, req.body);
    if (!parsed.ok) return render(reply, <QuestionEditorPage ctx={pageContext(req, 'staff')} year={year} errors={parsed.errors} values={parsed.values} />, 400);
    await enkat.addQuestion(db, clock, principal, year, parsed.data);
    return redirect(reply, `${base(req)}?ar=${year}&sparad=1`);
  });

  app.get('/personal/rapporter/enkat/fraga/:id/andra', async (req, reply) => {
    await requirePermission(req, DETAILED);
    const question = await enkat.getQuestion(db, tenantOf(req), parseId(req.params), clock.now(), false);
    const values = { text: question.text, help: question.help, kind: question.kind, perGroup: question.perGroup ? 'on' : '', position: String(question.position) };
    return render(reply, <QuestionEditorPage ctx={pageContext(req, 'staff')} year={question.year} question={question} values={values} />);
  });

  app.post('/personal/rapporter/enkat/fraga/:id/andra', async (req, reply) => {
    const { principal } = await requirePermission(req, DETAILED);
    const question = await enkat.getQuestion(db, tenantOf(req), parseId(req.params), clock.now(), false);
    const parsed = parseForm(questionFormSchema, req.body);
    if (!parsed.ok) return render(reply, <QuestionEditorPage ctx={pageContext(req, 'staff')} year={question.year} question={question} errors={parsed.errors} values={parsed.values} />, 400);
    await enkat.updateQuestion(db, clock, principal, question.id, parsed.data);
    return redirect(reply, `${base(req)}?ar=${question.year}&sparad=1`);
  });

  app.post('/personal/rapporter/enkat/fraga/:id/ta-bort', async (req, reply) => {
    const { principal } = await requirePermission(req, DETAILED);
    const year = await enkat.removeQuestion(db, clock, principal, parseId(req.params));
    return redirect(reply, `${base(req)}?ar=${year}&sparad=1`);
  });
}
