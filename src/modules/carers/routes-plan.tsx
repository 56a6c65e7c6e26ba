// The carer's plan: thin routes (parse → service → render or redirect).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { can, type Principal, type Scope } from '../../platform/auth/principal.js';
import { planMeasureSchema, subIdParam } from './schema.js';
import * as service from './service.js';
import { READ, WRITE } from './policy.js';
import { parseId } from './page-model.js';
import { localDate } from './time.js';
import { MeasureEditPage, PlanPage } from './views/plan.js';

const NOTICES: Record<string, string> = { ny: 'Åtgärden är tillagd i planen.', sparad: 'Åtgärden är sparad.' };

export async function carerPlanRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  async function planPage(req: FastifyRequest, reply: FastifyReply, p: Principal, s: Scope, id: string, extra: { notice?: string; errors?: FieldErrors; values?: FormValues } = {}, status = 200) {
    const plan = await service.readPlan(db, clock, p, s, id);
    return render(reply, <PlanPage ctx={pageContext(req, 'staff')} m={{ ...plan, canWrite: can(p, WRITE), today: localDate(clock.now()),
      values: extra.values ?? { status: 'planned' }, notice: extra.notice, errors: extra.errors }} />, status);
  }

  app.get('/personal/anhoriga/:id/plan', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, READ);
    const q = parseQuery(z.object({ sparad: z.string().optional() }), req.query);
    return planPage(req, reply, principal, scope, parseId(req.params), { notice: q.sparad ? NOTICES[q.sparad] : undefined });
  });

  app.post('/personal/anhoriga/:id/plan', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const id = parseId(req.params);
    const parsed = parseForm(planMeasureSchema, req.body);
    if (!parsed.ok) return planPage(req, reply, principal, scope, id, { errors: parsed.errors, values: parsed.values }, 400);
    const failed = await attempt(() => service.addPlanMeasure(db, clock, principal, scope, id, parsed.data));
    if (failed) return planPage(req, reply, principal, scope, id, { errors: failed, values: parsed.values }, 400);
    return redirect(reply, `/${tenantOf(req).slug}/personal/anhoriga/${id}/plan?sparad=ny`);
  });

  const parseSub = (params: unknown) => {
    const p = subIdParam.safeParse(params);
    if (!p.success) throw new NotFound();
    return p.data;
  };

  async function editPage(req: FastifyRequest, reply: FastifyReply, p: Principal, s: Scope, id: string, sub: string, extra: { errors?: FieldErrors; values?: FormValues } = {}, status = 200) {
    const plan = await service.readPlan(db, clock, p, s, id);
    const m = plan.measures.find((x) => x.id === sub);
    if (!m) throw new NotFound();
    const values = extra.values ?? { what: m.what, responsible: m.responsible, dueOn: m.dueOn ?? '', status: m.status, followUpOn: m.followUpOn ?? '', note: m.note ?? '' };
    return render(reply, <MeasureEditPage ctx={pageContext(req, 'staff')} carerId={id} carerName={plan.carerName} measureId={sub} errors={extra.errors} values={values} />, status);
  }

  app.get('/personal/anhoriga/:id/plan/:sub', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const { id, sub } = parseSub(req.params);
    return editPage(req, reply, principal, scope, id, sub);
  });

  app.post('/personal/anhoriga/:id/plan/:sub', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const { id, sub } = parseSub(req.params);
    const parsed = parseForm(planMeasureSchema, req.body);
    if (!parsed.ok) return editPage(req, reply, principal, scope, id, sub, { errors: parsed.errors, values: parsed.values }, 400);
    const failed = await attempt(() => service.updatePlanMeasure(db, clock, principal, scope, id, sub, parsed.data));
    if (failed) return editPage(req, reply, principal, scope, id, sub, { errors: failed, values: parsed.values }, 400);
    return redirect(reply, `/${tenantOf(req).slug}/personal/anhoriga/${id}/plan?sparad=sparad`);
  });
}
