// Thin routes: parse → service → render or redirect.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { pageContext, redirect, requirePermission, requireUser, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery, attempt } from '../../platform/http/forms.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { can, type Principal, type Scope } from '../../platform/auth/principal.js';
import { listUnits, subtree } from '../../platform/tenancy/tenancy.js';
import { localToday } from '../../platform/domain/dates.js';
import { coverageQuerySchema, designateFormSchema, endFormSchema, idParam, registerQuerySchema, trainingFormSchema, trainingParam, unitParam } from './schema.js';
import * as service from './service.js';
import { coverageCsv, coverageXlsx } from './export.js';
import { DESIGNATE, readScope, TRAIN } from './policy.js';
import { DesignatePage, RegisterPage } from './views/register.js';
import { AmbassadorPage } from './views/ambassador.js';
import { CoveragePage } from './views/coverage.js';

const params = <S extends z.ZodType>(schema: S, p: unknown): z.infer<S> => {
  const r = schema.safeParse(p);
  if (!r.success) throw new NotFound();
  return r.data;
};

/** Readers: ambassadors:read in their units, trainers everywhere. Others are refused (audited). */
async function requireReader(req: FastifyRequest): Promise<{ principal: Principal; scope: Scope }> {
  const principal = requireUser(req);
  const scope = readScope(principal);
  if (scope) return { principal, scope };
  return requirePermission(req, 'ambassadors:read');
}

/** Trainers (events:manage) or those who may designate; others are refused (audited). */
async function requireTrainer(req: FastifyRequest): Promise<{ principal: Principal }> {
  const principal = requireUser(req);
  if (can(principal, TRAIN) || can(principal, DESIGNATE)) return { principal };
  return requirePermission(req, DESIGNATE);
}

const NOTICES: Record<string, string> = {
  utsedd: 'Anhörigombudet är utsett.',
  avslutad: 'Uppdraget är avslutat.',
  utbildning: 'Utbildningen är registrerad.',
  borttagen: 'Utbildningen är borttagen.',
};

export async function ambassadorRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/ombud', async (req, reply) => {
    const { principal, scope } = await requireReader(req);
    const query = parseQuery(registerQuerySchema, req.query);
    const units = await service.register(db, clock, principal, scope, { activeOnly: query.visa === 'aktiva' });
    return render(reply, <RegisterPage ctx={pageContext(req, 'staff')} units={units} showAll={query.visa === 'alla'} notice={NOTICES[query.sparad ?? '']} />);
  });

  app.get('/personal/ombud/enhet/:unitId/utse', async (req, reply) => {
    const { principal } = await requirePermission(req, DESIGNATE);
    const { unitId } = params(unitParam, req.params);
    const { unit, path } = await service.unitForDesignation(db, principal, unitId);
    const staff = await service.staffOptions(db, principal.tenantId, unit.id);
    const values = { kind: staff.length > 0 ? 'user' : 'person', since: localToday(clock.now()) };
    return render(reply, <DesignatePage ctx={pageContext(req, 'staff')} unit={{ id: unit.id, name: unit.name, path }} staff={staff} values={values} />);
  });

  app.post('/personal/ombud/enhet/:unitId/utse', async (req, reply) => {
    const { principal } = await requirePermission(req, DESIGNATE);
    const { unitId } = params(unitParam, req.params);
    const { unit, path } = await service.unitForDesignation(db, principal, unitId);
    const parsed = parseForm(designateFormSchema, req.body);
    const again = async (errors: Record<string, string>) => render(reply, <DesignatePage ctx={pageContext(req, 'staff')}
      unit={{ id: unit.id, name: unit.name, path }} staff={await service.staffOptions(db, principal.tenantId, unit.id)} errors={errors} values={parsed.values} />, 400);
    if (!parsed.ok) return again(parsed.errors);
    try {
      const id = await service.designate(db, clock, principal, unit.id, parsed.data);
      return redirect(reply, `/${tenantOf(req).slug}/personal/ombud/${id}?sparad=utsedd`);
    } catch (err) {
      if (err instanceof Invalid) return again(err.fields);
      throw err;
    }
  });

  // Coverage before /:id so the literal paths win.
  const coverage = async (req: FastifyRequest, action: 'read' | 'export_csv' | 'export_xlsx') => {
    const { principal, scope } = await requireReader(req);
    const query = parseQuery(coverageQuerySchema, req.query);
    const units = await listUnits(db, principal.tenantId);
    const admins = units.filter((u) => u.kind === 'administration' && !u.external && u.active);
    const selected = query.forvaltning && admins.some((a) => a.id === query.forvaltning) ? query.forvaltning : undefined;
    let narrowed: Scope = scope;
    if (selected) {
      const inAdmin = subtree(units, selected);
      narrowed = { tenantId: scope.tenantId, units: scope.units === 'all' ? [...inAdmin] : scope.units.filter((u) => inAdmin.has(u)) };
    }
    const result = await service.coverageFor(db, clock, principal, narrowed, action);
    const visibleAdmins = scope.units === 'all' ? admins : admins.filter((a) => scope.units.includes(a.id) || result.administrations.some((x) => x.id === a.id));
    return { principal, result, admins: visibleAdmins, selected };
  };

  app.get('/personal/ombud/tackning', async (req, reply) => {
    const { principal, result, admins, selected } = await coverage(req, 'read');
    return render(reply, <CoveragePage ctx={pageContext(req, 'staff')} coverage={result} administrations={admins.map((a) => ({ id: a.id, name: a.name }))}
      selected={selected} canDesignate={can(principal, DESIGNATE)} />);
  });

  app.get('/personal/ombud/tackning.csv', async (req, reply) => {
    const { result } = await coverage(req, 'export_csv');
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="anhorigombud-tackning-${localToday(clock.now())}.csv"`)
      .header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').send(coverageCsv(result));
  });

  app.get('/personal/ombud/tackning.xlsx', async (req, reply) => {
    const { result } = await coverage(req, 'export_xlsx');
    const xlsx = await coverageXlsx(result, tenantOf(req).name);
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="anhorigombud-tackning-${localToday(clock.now())}.xlsx"`)
      .header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').send(xlsx);
  });

  app.get('/personal/ombud/:id', async (req, reply) => {
    const { principal, scope } = await requireReader(req);
    const { id } = params(idParam, req.params);
    const detail = await service.getAmbassador(db, clock, principal, scope, id);
    const sparad = (req.query as { sparad?: unknown }).sparad;
    return render(reply, <AmbassadorPage ctx={pageContext(req, 'staff')} detail={detail} notice={typeof sparad === 'string' ? NOTICES[sparad] : undefined} />);
  });

  /** A POST on one ambassador: check who may act (403/404 first), parse, act, or show the page
   *  again with that form's errors. */
  const action = <S extends z.ZodType>(path: string, schema: S, form: 'training' | 'end', act: (p: Principal, id: string, data: z.infer<S>) => Promise<void>, done: string) => {
    app.post(`/personal/ombud/:id/${path}`, async (req, reply) => {
      const principal = await (form === 'end' ? requirePermission(req, DESIGNATE) : requireTrainer(req)).then((r) => r.principal);
      const { id } = params(idParam, req.params);
      await (form === 'end' ? service.ambassadorToManage(db, principal, id) : service.ambassadorToTrain(db, principal, id));
      const parsed = parseForm(schema, req.body);
      const again = async (errors: Record<string, string>) => {
        const scope = readScope(principal) ?? { tenantId: principal.tenantId, units: [] };
        const detail = await service.getAmbassador(db, clock, principal, scope, id);
        return render(reply, <AmbassadorPage ctx={pageContext(req, 'staff')} detail={detail} errors={errors} values={parsed.values} form={form} />, 400);
      };
      if (!parsed.ok) return again(parsed.errors);
      const errors = await attempt(() => act(principal, id, parsed.data));
      if (errors) return again(errors);
      return redirect(reply, `/${tenantOf(req).slug}/personal/ombud/${id}?sparad=${done}`);
    });
  };
  action('avsluta', endFormSchema, 'end', (p, id, data) => service.endDesignation(db, clock, p, id, data), 'avslutad');
  action('utbildningar', trainingFormSchema, 'training', (p, id, data) => service.addTraining(db, clock, p, id, data), 'utbildning');

  app.post('/personal/ombud/:id/utbildningar/:trainingId/ta-bort', async (req, reply) => {
    const { principal } = await requireTrainer(req);
    const { id, trainingId } = params(trainingParam, req.params);
    await service.removeTraining(db, clock, principal, id, trainingId);
    return redirect(reply, `/${tenantOf(req).slug}/personal/ombud/${id}?sparad=borttagen`);
  });

}
