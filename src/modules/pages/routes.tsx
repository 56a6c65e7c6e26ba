// Thin routes: parse → service → render or redirect. Information pages, public and staff.
import type { FastifyInstance } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import { listContentOwners } from '../../platform/domain/content-review.js';
import { render } from '../../platform/http/render.js';
import { idParam, pageFormSchema, pagesQuerySchema, slugParam } from './schema.js';
import * as service from './service.js';
import { EDIT } from './policy.js';
import { InfoPageView, PagesListPage } from './views/public.js';
import { PageEditor, StaffPagesList } from './views/staff.js';
import { ReviewListPage } from './views/review.js';
import { overdueContent } from './review.js';

const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function pagesRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/information', async (req, reply) => {
    const tenant = tenantOf(req);
    const query = parseQuery(pagesQuerySchema, req.query);
    const ctx = pageContext(req, 'public');
    const pages = await service.listPublished(db, tenant.id, query.group);
    return render(reply, <PagesListPage ctx={ctx} pages={pages.map((p) => service.localize(p, ctx.locale))} group={query.group} />);
  });

  app.get('/information/:slug', async (req, reply) => {
    const tenant = tenantOf(req);
    const p = slugParam.safeParse(req.params);
    if (!p.success) throw new NotFound();
    const page = await service.getPublished(db, tenant.id, p.data.slug);
    const ctx = pageContext(req, 'public');
    return render(reply, <InfoPageView ctx={ctx} page={service.localize(page, ctx.locale)} />);
  });

  app.get('/personal/information', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const pages = await service.listAll(db, principal.tenantId);
    const owners = await listContentOwners(db, principal.tenantId);
    const notice = (req.query as { sparad?: string }).sparad ? 'Sidan är sparad.' : undefined;
    return render(reply, <StaffPagesList ctx={pageContext(req, 'staff')} pages={pages} owners={owners} now={clock.now()} notice={notice} />);
  });

  app.get('/personal/granskning', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const items = await overdueContent(db, principal.tenantId, clock.now());
    return render(reply, <ReviewListPage ctx={pageContext(req, 'staff')} items={items} />);
  });

  app.get('/personal/information/ny', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const today = clock.now().toISOString().slice(0, 10);
    const owners = await listContentOwners(db, principal.tenantId);
    return render(reply, <PageEditor owners={owners} ctx={pageContext(req, 'staff')} values={{ published: 'no', lastReviewedOn: today, reviewOwnerId: principal.userId }} />);
  });

  app.post('/personal/information', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const ctx = pageContext(req, 'staff');
    const owners = await listContentOwners(db, principal.tenantId);
    const parsed = parseForm(pageFormSchema, req.body);
    if (!parsed.ok) return render(reply, <PageEditor owners={owners} ctx={ctx} errors={parsed.errors} values={parsed.values} />, 400);
    try {
      const id = await service.createPage(db, clock, principal, parsed.data);
      return redirect(reply, `/${tenantOf(req).slug}/personal/information/${id}?sparad=1`);
    } catch (err) {
      if (err instanceof Conflict || err instanceof Invalid) return render(reply, <PageEditor owners={owners} ctx={ctx} errors={err.fields} values={parsed.values} />, 400);
      throw err;
    }
  });

  app.get('/personal/information/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const page = await service.getForEdit(db, principal.tenantId, parseId(req.params));
    const owners = await listContentOwners(db, principal.tenantId);
    return render(reply, <PageEditor owners={owners} ctx={pageContext(req, 'staff')} page={page} values={service.toFormValues(page)} />);
  });

  app.post('/personal/information/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const id = parseId(req.params);
    const page = await service.getForEdit(db, principal.tenantId, id);
    const ctx = pageContext(req, 'staff');
    const owners = await listContentOwners(db, principal.tenantId);
    const parsed = parseForm(pageFormSchema, req.body);
    if (!parsed.ok) return render(reply, <PageEditor owners={owners} ctx={ctx} page={page} errors={parsed.errors} values={parsed.values} />, 400);
    try {
      await service.updatePage(db, clock, principal, id, parsed.data);
    } catch (err) {
      if (err instanceof Conflict || err instanceof Invalid) return render(reply, <PageEditor owners={owners} ctx={ctx} page={page} errors={err.fields} values={parsed.values} />, 400);
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/information?sparad=1`);
  });

  for (const [path, published] of [['publicera', true], ['avpublicera', false]] as const) {
    app.post(`/personal/information/:id/${path}`, async (req, reply) => {
      const { principal } = await requirePermission(req, EDIT);
      await service.setPublished(db, clock, principal, parseId(req.params), published);
      return redirect(reply, `/${tenantOf(req).slug}/personal/information?sparad=1`);
    });
  }
}
