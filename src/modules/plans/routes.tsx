// Thin routes: parse → service → render or redirect. The plan pages and the goal/activity
// editors are here; files (import, export, PDF) in routes-files.tsx.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '../../platform/auth/principal.js';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm } from '../../platform/http/forms.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { activityFormSchema, goalFormSchema, itemIds, planFormSchema, planId, type ActivityForm } from './schema.js';
import * as service from './service.js';
import { EDIT, READ } from './policy.js';
import { formatOre } from './money.js';
import { PlanPage, PlansListPage } from './views/pages.js';
import { ActivityEditorPage, DeletePlanPage, GoalEditorPage, PlanEditorPage } from './views/forms.js';
import { planFileRoutes } from './routes-files.js';

const NOTICES: Record<string, string> = {
  sparad: 'Ändringarna är sparade.', skapad: 'Planen är skapad.', borttagen: 'Planen är borttagen.', inlast: 'Planen är inläst från filen.',
};
const noticeOf = (req: FastifyRequest) => {
  const key = Object.keys((req.query as Record<string, unknown>) ?? {}).find((k) => k in NOTICES);
  return key ? NOTICES[key] : undefined;
};

export async function planRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const base = (req: FastifyRequest, id?: string) => `/${tenantOf(req).slug}/personal/planer${id ? `/${id}` : ''}`;

  app.get('/personal/planer', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const plans = await service.listPlanViews(db, principal.tenantId);
    return render(reply, <PlansListPage ctx={pageContext(req, 'staff')} plans={plans} canEdit={can(principal, EDIT)} notice={noticeOf(req)} />);
  });

  app.get('/personal/planer/ny', async (req, reply) => {
    await requirePermission(req, EDIT);
    const y = clock.now().getUTCFullYear() + 1;
    return render(reply, <PlanEditorPage ctx={pageContext(req, 'staff')} values={{ startYear: String(y), endYear: String(y + 1) }} />);
  });

  app.post('/personal/planer', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const parsed = parseForm(planFormSchema, req.body);
    if (!parsed.ok) return render(reply, <PlanEditorPage ctx={pageContext(req, 'staff')} errors={parsed.errors} values={parsed.values} />, 400);
    const id = await service.createPlan(db, clock, principal, parsed.data);
    return redirect(reply, `${base(req, id)}?skapad=1`);
  });

  app.get('/personal/planer/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    const grant = service.stateGrant(view.plan, tenantOf(req).settings.population);
    return render(reply, <PlanPage ctx={pageContext(req, 'staff')} view={view} grant={grant} canEdit={can(principal, EDIT)} notice={noticeOf(req)} />);
  });

  app.get('/personal/planer/:id/andra', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const plan = await service.getPlan(db, principal.tenantId, planId(req.params));
    const values = {
      title: plan.title, description: plan.description, startYear: String(plan.startYear), endYear: String(plan.endYear),
      grantPerInhabitant: plan.grantPerInhabitantOre === null ? '' : formatOre(plan.grantPerInhabitantOre).replace(/\s/g, ''),
    };
    return render(reply, <PlanEditorPage ctx={pageContext(req, 'staff')} plan={plan} values={values} />);
  });

  app.post('/personal/planer/:id/andra', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const plan = await service.getPlan(db, principal.tenantId, planId(req.params));
    const parsed = parseForm(planFormSchema, req.body);
    if (!parsed.ok) return render(reply, <PlanEditorPage ctx={pageContext(req, 'staff')} plan={plan} errors={parsed.errors} values={parsed.values} />, 400);
    await service.updatePlan(db, clock, principal, plan.id, parsed.data);
    return redirect(reply, `${base(req, plan.id)}?sparad=1`);
  });

  app.get('/personal/planer/:id/ta-bort', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const plan = await service.getPlan(db, principal.tenantId, planId(req.params));
    return render(reply, <DeletePlanPage ctx={pageContext(req, 'staff')} plan={plan} />);
  });

  app.post('/personal/planer/:id/ta-bort', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    await service.deletePlan(db, clock, principal, planId(req.params));
    return redirect(reply, `${base(req)}?borttagen=1`);
  });

  // Goals and sub-goals.
  app.get('/personal/planer/:id/mal/nytt', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    return render(reply, <GoalEditorPage ctx={pageContext(req, 'staff')} view={view} />);
  });

  app.post('/personal/planer/:id/mal', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    const parsed = parseForm(goalFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => service.addGoal(db, clock, principal, view.plan.id, parsed.data)) : parsed.errors;
    if (errors) return render(reply, <GoalEditorPage ctx={pageContext(req, 'staff')} view={view} errors={errors} values={parsed.values} />, 400);
    return redirect(reply, `${base(req, view.plan.id)}?sparad=1`);
  });

  app.get('/personal/planer/:id/mal/:itemId', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id, itemId } = itemIds(req.params);
    const view = await service.getPlanView(db, principal.tenantId, id);
    const goal = await service.getGoal(db, principal.tenantId, id, itemId);
    return render(reply, <GoalEditorPage ctx={pageContext(req, 'staff')} view={view} goalId={goal.id} values={{ title: goal.title, parentId: goal.parentId ?? '' }} />);
  });

  app.post('/personal/planer/:id/mal/:itemId', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id, itemId } = itemIds(req.params);
    const view = await service.getPlanView(db, principal.tenantId, id);
    await service.getGoal(db, principal.tenantId, id, itemId);
    const parsed = parseForm(goalFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => service.updateGoal(db, clock, principal, id, itemId, parsed.data)) : parsed.errors;
    if (errors) return render(reply, <GoalEditorPage ctx={pageContext(req, 'staff')} view={view} goalId={itemId} errors={errors} values={parsed.values} />, 400);
    return redirect(reply, `${base(req, id)}?sparad=1`);
  });

  app.post('/personal/planer/:id/mal/:itemId/ta-bort', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id, itemId } = itemIds(req.params);
    const view = await service.getPlanView(db, principal.tenantId, id);
    const goal = await service.getGoal(db, principal.tenantId, id, itemId);
    const errors = await attempt(() => service.deleteGoal(db, clock, principal, id, itemId));
    if (errors) return render(reply, <GoalEditorPage ctx={pageContext(req, 'staff')} view={view} goalId={itemId} errors={errors} values={{ title: goal.title, parentId: goal.parentId ?? '' }} />, 400);
    return redirect(reply, `${base(req, id)}?sparad=1`);
  });

  // Activities.
  const activityPage = async (req: FastifyRequest, tenantId: string, id: string, activityId: string | undefined, status: number, extra: { errors?: FieldErrors; values?: Record<string, string | string[] | undefined> }) => {
    const view = await service.getPlanView(db, tenantId, id);
    const bodies = await service.bodiesFor(db, tenantId);
    return { view, page: <ActivityEditorPage ctx={pageContext(req, 'staff')} view={view} activityId={activityId} bodies={bodies} {...extra} />, status };
  };

  app.get('/personal/planer/:id/aktiviteter/ny', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { page } = await activityPage(req, principal.tenantId, planId(req.params), undefined, 200, { values: { status: 'planned' } });
    return render(reply, page);
  });

  app.post('/personal/planer/:id/aktiviteter', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const id = planId(req.params);
    const view = await service.getPlanView(db, principal.tenantId, id);
    const parsed = parseForm(activityFormSchema(view.years), req.body);
    const errors = parsed.ok ? await attempt(() => service.addActivity(db, clock, principal, id, parsed.data as ActivityForm)) : parsed.errors;
    if (errors) return render(reply, (await activityPage(req, principal.tenantId, id, undefined, 400, { errors, values: parsed.values })).page, 400);
    return redirect(reply, `${base(req, id)}?sparad=1`);
  });

  app.get('/personal/planer/:id/aktiviteter/:itemId', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id, itemId } = itemIds(req.params);
    const view = await service.getPlanView(db, principal.tenantId, id);
    const values = service.activityFormValues(view, itemId);
    return render(reply, (await activityPage(req, principal.tenantId, id, itemId, 200, { values })).page);
  });

  app.post('/personal/planer/:id/aktiviteter/:itemId', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id, itemId } = itemIds(req.params);
    const view = await service.getPlanView(db, principal.tenantId, id);
    await service.getActivity(db, principal.tenantId, id, itemId);
    const parsed = parseForm(activityFormSchema(view.years), req.body);
    const errors = parsed.ok ? await attempt(() => service.updateActivity(db, clock, principal, id, itemId, parsed.data as ActivityForm)) : parsed.errors;
    if (errors) return render(reply, (await activityPage(req, principal.tenantId, id, itemId, 400, { errors, values: parsed.values })).page, 400);
    return redirect(reply, `${base(req, id)}?sparad=1`);
  });

  app.post('/personal/planer/:id/aktiviteter/:itemId/ta-bort', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id, itemId } = itemIds(req.params);
    await service.deleteActivity(db, clock, principal, id, itemId);
    return redirect(reply, `${base(req, id)}?sparad=1`);
  });

  await app.register(planFileRoutes);
}
