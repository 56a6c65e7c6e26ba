// Thin routes: parse → service → render or redirect.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { catalogQuerySchema, idParam, offeringFormSchema } from './schema.js';
import * as service from './service.js';
import { EDIT } from './policy.js';
import { CatalogListPage, OfferingPage } from './views/public.js';
import { BAND_MAX } from './views/relative-age.js';
import { searchActivities } from '../events/service.js';
import { OfferingEditorPage, StaffCatalogPage } from './views/staff.js';

const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};
const publishChoice = z.object({ publish: z.enum(['yes', 'no']).optional() });

export async function catalogRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/stod', async (req, reply) => {
    const tenant = tenantOf(req);
    const query = parseQuery(catalogQuerySchema, req.query);
    const needsAssessment = query.assessment === undefined ? undefined : query.assessment === 'with';
    const res = await service.searchPublished(db, tenant.id, { q: query.q || undefined, group: query.group, type: query.type, needsAssessment, relativeMaxAge: query.relativeAge ? BAND_MAX[query.relativeAge] : undefined }, query.page);
    const activities = await searchActivities(app.deps, tenant.id, { q: query.q || undefined, group: query.group });
    const ctx = pageContext(req, 'public');
    return render(reply, <CatalogListPage ctx={ctx} offerings={res.offerings.map((o) => service.localize(o, ctx.locale))} activities={activities} query={query} total={res.total} pages={res.pages} />);
  });

  app.get('/stod/:id', async (req, reply) => {
    const tenant = tenantOf(req);
    const offering = await service.getPublished(db, tenant.id, parseId(req.params));
    const ctx = pageContext(req, 'public');
    return render(reply, <OfferingPage ctx={ctx} o={service.localize(offering, ctx.locale)} />);
  });

  app.get('/personal/stod', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const res = await service.listAll(db, principal.tenantId, 1);
    const notice = (req.query as { sparad?: string }).sparad ? 'Erbjudandet är sparat.' : undefined;
    return render(reply, <StaffCatalogPage ctx={pageContext(req, 'staff')} offerings={res.offerings} notice={notice} />);
  });

  app.get('/personal/stod/nytt', async (req, reply) => {
    await requirePermission(req, EDIT);
    return render(reply, <OfferingEditorPage ctx={pageContext(req, 'staff')} values={{ cost: 'Kostnadsfritt', languages: ['sv'] }} />);
  });

  app.post('/personal/stod', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const body = { ...(req.body as Record<string, unknown>) };
    const choice = parseForm(publishChoice, { publish: body.publish });
    delete body.publish;
    const parsed = parseForm(offeringFormSchema, body);
    if (!parsed.ok || !choice.ok) {
      const errors = { ...(choice.ok ? {} : { _form: 'Välj att spara som utkast eller att publicera' }), ...(parsed.ok ? {} : parsed.errors) };
      return render(reply, <OfferingEditorPage ctx={pageContext(req, 'staff')} errors={errors} values={parsed.values} />, 400);
    }
    const id = await service.createOffering(db, clock, principal, parsed.data, choice.data.publish === 'yes');
    return redirect(reply, `/${tenantOf(req).slug}/personal/stod/${id}?sparad=1`);
  });

  app.get('/personal/stod/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const offering = await service.getForEdit(db, principal.tenantId, parseId(req.params));
    return render(reply, <OfferingEditorPage ctx={pageContext(req, 'staff')} offering={offering} values={service.toFormValues(offering)} />);
  });

  app.post('/personal/stod/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const id = parseId(req.params);
    const offering = await service.getForEdit(db, principal.tenantId, id);
    const parsed = parseForm(offeringFormSchema, req.body);
    if (!parsed.ok) return render(reply, <OfferingEditorPage ctx={pageContext(req, 'staff')} offering={offering} errors={parsed.errors} values={parsed.values} />, 400);
    await service.updateOffering(db, clock, principal, id, parsed.data);
    return redirect(reply, `/${tenantOf(req).slug}/personal/stod?sparad=1`);
  });

  for (const [path, published] of [['publicera', true], ['avpublicera', false]] as const) {
    app.post(`/personal/stod/:id/${path}`, async (req, reply) => {
      const { principal } = await requirePermission(req, EDIT);
      await service.setPublished(db, clock, principal, parseId(req.params), published);
      return redirect(reply, `/${tenantOf(req).slug}/personal/stod?sparad=1`);
    });
  }
}
