// Thin routes: parse → service → render or redirect.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { listContentOwners } from '../../platform/domain/content-review.js';
import { render } from '../../platform/http/render.js';
import { catalogQuerySchema, idParam, offeringFormSchema } from './schema.js';
import * as service from './service.js';
import { EDIT } from './policy.js';
import { CatalogListPage, OfferingPage } from './views/public.js';
import { BAND_MAX } from './views/relative-age.js';
import { BAND_MIN } from './conditions.js';
import { countUpcomingPublic, searchActivities } from '../events/service.js';
import { OfferingEditorPage, StaffCatalogPage } from './views/staff.js';

/** Offering types the events engine holds as bookable activities, and the activity type. */
const ACTIVITY_TYPE: Record<string, string | undefined> = { carer_group: 'carer_group', carer_meeting: 'carer_meeting' };

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
    const res = await service.searchPublished(db, tenant.id, { q: query.q || undefined, group: query.group, type: query.type, needsAssessment, relativeMaxAge: query.relativeAge ? BAND_MAX[query.relativeAge] : undefined,
      relativeMinAge: query.relativeAge ? BAND_MIN[query.relativeAge] : undefined, carerAge: query.carerAge, livesTogether: query.livesTogether }, query.page);
    const activities = await searchActivities(app.deps, tenant.id, { q: query.q || undefined, group: query.group, locale: req.locale });
    const ctx = pageContext(req, 'public');
    return render(reply, <CatalogListPage ctx={ctx} offerings={res.offerings.map((o) => service.localize(o, ctx.locale))} activities={activities} query={query} total={res.total} pages={res.pages} />);
  });

  app.get('/stod/:id', async (req, reply) => {
    const tenant = tenantOf(req);
    const offering = await service.getPublished(db, tenant.id, parseId(req.params));
    const ctx = pageContext(req, 'public');
    return render(reply, <OfferingPage ctx={ctx} o={service.localize(offering, ctx.locale)} activities={await activitiesOf(tenant.id, tenant.slug, offering)} />);
  });

  /** An offering held as activities (a carer group, a carer meeting): how many are coming up, and
   *  the activities list filtered to them, so a carer goes from reading about it to booking. */
  const activitiesOf = async (tenantId: string, slug: string, o: { type: string; targetGroups: string[] }) => {
    const type = ACTIVITY_TYPE[o.type];
    if (!type) return undefined;
    const group = o.targetGroups.length === 1 ? o.targetGroups[0] : undefined;
    const count = await countUpcomingPublic(app.deps, tenantId, { type, group });
    const query = new URLSearchParams({ type, ...(group ? { group } : {}) });
    return count > 0 ? { count, href: `/${slug}/aktiviteter?${query.toString()}` } : undefined;
  };

  app.get('/personal/stod', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const res = await service.listAll(db, principal.tenantId, 1);
    const notice = (req.query as { sparad?: string }).sparad ? 'Erbjudandet är sparat.' : undefined;
    return render(reply, <StaffCatalogPage ctx={pageContext(req, 'staff')} offerings={res.offerings} notice={notice} />);
  });

  app.get('/personal/stod/nytt', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const owners = await listContentOwners(db, principal.tenantId);
    const today = clock.now().toISOString().slice(0, 10);
    return render(reply, <OfferingEditorPage owners={owners} ctx={pageContext(req, 'staff')} values={{ cost: 'Kostnadsfritt', languages: ['sv'], lastReviewedOn: today, reviewOwnerId: principal.userId }} />);
  });

  app.post('/personal/stod', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const owners = await listContentOwners(db, principal.tenantId);
    const body = { ...(req.body as Record<string, unknown>) };
    const choice = parseForm(publishChoice, { publish: body.publish });
    delete body.publish;
    const parsed = parseForm(offeringFormSchema, body);
    if (!parsed.ok || !choice.ok) {
      const errors = { ...(choice.ok ? {} : { _form: 'Välj att spara som utkast eller att publicera' }), ...(parsed.ok ? {} : parsed.errors) };
      return render(reply, <OfferingEditorPage owners={owners} ctx={pageContext(req, 'staff')} errors={errors} values={parsed.values} />, 400);
    }
    let id: string;
    try {
      id = await service.createOffering(db, clock, principal, parsed.data, choice.data.publish === 'yes');
    } catch (err) {
      if (err instanceof Invalid) return render(reply, <OfferingEditorPage owners={owners} ctx={pageContext(req, 'staff')} errors={err.fields} values={parsed.values} />, 400);
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/stod/${id}?sparad=1`);
  });

  app.get('/personal/stod/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const offering = await service.getForEdit(db, principal.tenantId, parseId(req.params));
    const owners = await listContentOwners(db, principal.tenantId);
    return render(reply, <OfferingEditorPage owners={owners} ctx={pageContext(req, 'staff')} offering={offering} values={service.toFormValues(offering)} />);
  });

  app.post('/personal/stod/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const id = parseId(req.params);
    const offering = await service.getForEdit(db, principal.tenantId, id);
    const owners = await listContentOwners(db, principal.tenantId);
    const parsed = parseForm(offeringFormSchema, req.body);
    if (!parsed.ok) return render(reply, <OfferingEditorPage owners={owners} ctx={pageContext(req, 'staff')} offering={offering} errors={parsed.errors} values={parsed.values} />, 400);
    try {
      await service.updateOffering(db, clock, principal, id, parsed.data);
    } catch (err) {
      if (err instanceof Invalid) return render(reply, <OfferingEditorPage owners={owners} ctx={pageContext(req, 'staff')} offering={offering} errors={err.fields} values={parsed.values} />, 400);
      throw err;
    }
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
