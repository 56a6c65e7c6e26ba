// Thin routes: parse → service → render or redirect. Personnummer travels only in POST bodies.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { can, scopeFor, type Principal } from '../../platform/auth/principal.js';
import { z } from 'zod';
import { getReferral, linkReferralToCarer } from '../referrals/service.js';
import { carerCreateSchema, carerEditSchema, searchSchema } from './schema.js';
import * as service from './service.js';
import { READ, WRITE } from './policy.js';
import { CarerCreatePage, CarerEditPage } from './views/carer-form.js';
import { CarerPage, noticeText } from './views/carer-page.js';
import { carerPageModel, parseId } from './page-model.js';
import { CarerListPage } from './views/lists.js';
import { localDate } from './time.js';
import { carerRecordRoutes } from './routes-record.js';
import { carerRightsRoutes } from './routes-rights.js';
import { carerPlanRoutes } from './routes-plan.js';
import { reviewRoutes } from './review-routes.js';

const listQuery = z.object({ visa: z.enum(['mina']).optional(), page: z.coerce.number().int().min(1).max(1000).default(1), sparad: z.string().max(20).optional() });
const newQuery = z.object({ fran: z.string().uuid().optional() });
const pageQuery = z.object({ sparad: z.string().max(20).optional() });

export async function carersRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const slugOf = (req: FastifyRequest) => tenantOf(req).slug;

  app.get('/personal/anhoriga', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, READ);
    const query = parseQuery(listQuery, req.query);
    const res = await service.listCarers(db, clock, principal, scope, { mine: query.visa === 'mina', page: query.page });
    return render(reply, <CarerListPage ctx={pageContext(req, 'staff')} carers={res.carers} total={res.total} page={query.page} pages={res.pages}
      mine={query.visa === 'mina'} canWrite={can(principal, WRITE)} notice={query.sparad === 'raderad' ? 'Uppgifterna är raderade.' : undefined} />);
  });

  app.post('/personal/anhoriga/sok', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, READ);
    const parsed = parseForm(searchSchema, req.body);
    const ctx = pageContext(req, 'staff');
    if (!parsed.ok) {
      return render(reply, <CarerListPage ctx={ctx} carers={[]} total={0} page={1} pages={1} mine={false} canWrite={can(principal, WRITE)} searched="" errors={parsed.errors} values={parsed.values} />, 400);
    }
    const carers = await service.searchCarers(db, clock, principal, scope, parsed.data.q);
    return render(reply, <CarerListPage ctx={ctx} carers={carers} total={carers.length} page={1} pages={1} mine={false} canWrite={can(principal, WRITE)} searched={parsed.data.q} values={parsed.values} />);
  });

  async function createPage(req: FastifyRequest, principal: Principal, values: FormValues, errors?: Record<string, string>, duplicates?: service.DuplicateCandidate[]) {
    const units = service.carerUnits(principal);
    const unitId = typeof values.unitId === 'string' && values.unitId ? values.unitId : units[0]?.id;
    const options = unitId ? await service.supportContactOptions(db, principal, unitId) : [];
    return <CarerCreatePage ctx={pageContext(req, 'staff')} values={values} errors={errors} units={units} duplicates={duplicates}
      supportOptions={options.map((o) => ({ value: o.id, label: o.name }))} />;
  }

  app.get('/personal/anhoriga/ny', async (req, reply) => {
    const { principal } = await requirePermission(req, WRITE);
    const query = parseQuery(newQuery, req.query);
    const values: FormValues = { consentDate: localDate(clock.now()), unitId: service.carerUnits(principal)[0]?.id ?? '' };
    const inbox = scopeFor(principal, 'contacts:inbox');
    if (query.fran && inbox) {
      // Pre-filled from a referral the specialist is answering (reading it is audited there).
      const r = await getReferral(db, clock, principal, inbox, query.fran, 'registrera anhörig från förmedling');
      Object.assign(values, { fromReferral: r.id, name: r.carerName ?? '', phone: r.carerPhone ?? '', email: r.carerEmail ?? '', targetGroup: r.targetGroup ?? '', ageBand: r.ageBand ?? '' });
    }
    return render(reply, await createPage(req, principal, values));
  });

  app.post('/personal/anhoriga', async (req, reply) => {
    const { principal, scope: writeScope } = await requirePermission(req, WRITE);
    const { scope: readScope } = await requirePermission(req, READ);
    const parsed = parseForm(carerCreateSchema, req.body);
    if (!parsed.ok) return render(reply, await createPage(req, principal, parsed.values, parsed.errors), 400);
    let result: service.CreateResult;
    try {
      result = await service.createCarer(db, clock, principal, readScope, writeScope, parsed.data);
    } catch (err) {
      if (err instanceof Invalid) return render(reply, await createPage(req, principal, parsed.values, err.fields), 400);
      throw err;
    }
    if (!result.created) return render(reply, await createPage(req, principal, parsed.values, undefined, result.duplicates));
    const inbox = scopeFor(principal, 'contacts:inbox');
    if (parsed.data.fromReferral && inbox) await linkReferralToCarer(db, clock, principal, inbox, parsed.data.fromReferral, result.id).catch(() => undefined);
    return redirect(reply, `/${slugOf(req)}/personal/anhoriga/${result.id}?sparad=ny`);
  });

  app.get('/personal/anhoriga/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const query = parseQuery(pageQuery, req.query);
    const m = await carerPageModel(app, req, principal, parseId(req.params), { notice: noticeText(query.sparad) });
    return render(reply, <CarerPage ctx={pageContext(req, 'staff')} m={m} />);
  });

  // "Visa": a POST, so the number never appears in a URL; it writes its own audit row.
  app.post('/personal/anhoriga/:id/visa-personnummer', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, READ);
    const id = parseId(req.params);
    const parsed = parseForm(z.object({}).strict(), req.body);
    if (!parsed.ok) throw new NotFound();
    const personnummer = await service.revealPersonnummer(db, clock, principal, scope, id);
    const m = await carerPageModel(app, req, principal, id, { personnummer });
    return render(reply, <CarerPage ctx={pageContext(req, 'staff')} m={m} />);
  });

  async function editPage(req: FastifyRequest, principal: Principal, id: string, values?: FormValues, errors?: Record<string, string>) {
    const { scope } = await requirePermission(req, WRITE);
    const carer = await service.readCarer(db, clock, principal, scope, id, 'ändra uppgifter');
    const options = await service.supportContactOptions(db, principal, carer.unitId);
    return <CarerEditPage ctx={pageContext(req, 'staff')} carer={carer} values={values ?? service.toEditValues(carer)} errors={errors}
      supportOptions={options.map((o) => ({ value: o.id, label: o.name }))} />;
  }

  app.get('/personal/anhoriga/:id/andra', async (req, reply) => {
    const { principal } = await requirePermission(req, WRITE);
    return render(reply, await editPage(req, principal, parseId(req.params)));
  });

  app.post('/personal/anhoriga/:id/andra', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const id = parseId(req.params);
    const parsed = parseForm(carerEditSchema, req.body);
    if (!parsed.ok) return render(reply, await editPage(req, principal, id, parsed.values, parsed.errors), 400);
    const failed = await attempt(() => service.updateCarer(db, clock, principal, scope, id, parsed.data));
    if (failed) return render(reply, await editPage(req, principal, id, parsed.values, failed), 400);
    return redirect(reply, `/${slugOf(req)}/personal/anhoriga/${id}?sparad=sparad`);
  });

  await carerRecordRoutes(app);
  await carerRightsRoutes(app);
  await carerPlanRoutes(app);
  await reviewRoutes(app);
}
