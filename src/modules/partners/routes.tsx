// Thin routes: parse → service → render or redirect. The partner directory, public and staff.
import type { FastifyInstance } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { Conflict, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { idParam, partnerFormSchema, partnersQuerySchema } from './schema.js';
import * as service from './service.js';
import { EDIT } from './policy.js';
import { PartnersPage } from './views/public.js';
import { PartnerEditor, StaffPartnersList } from './views/staff.js';

const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function partnersRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/samarbetspartner', async (req, reply) => {
    const tenant = tenantOf(req);
    const query = parseQuery(partnersQuerySchema, req.query);
    const ctx = pageContext(req, 'public');
    const partners = await service.searchPartners(db, tenant.id, { kind: query.kind, group: query.group });
    return render(reply, <PartnersPage ctx={ctx} partners={partners.map((p) => service.localize(p, ctx.locale))} query={query} />);
  });

  app.get('/personal/samarbetspartner', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const q = req.query as { sparad?: string; borttagen?: string };
    const notice = q.sparad ? 'Samarbetspartnern är sparad.' : q.borttagen ? 'Samarbetspartnern är borttagen.' : undefined;
    return render(reply, <StaffPartnersList ctx={pageContext(req, 'staff')} partners={await service.listPartners(db, principal.tenantId)} notice={notice} />);
  });

  app.get('/personal/samarbetspartner/ny', async (req, reply) => {
    await requirePermission(req, EDIT);
    return render(reply, <PartnerEditor ctx={pageContext(req, 'staff')} />);
  });

  app.post('/personal/samarbetspartner', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const parsed = parseForm(partnerFormSchema, req.body);
    if (!parsed.ok) return render(reply, <PartnerEditor ctx={pageContext(req, 'staff')} errors={parsed.errors} values={parsed.values} />, 400);
    await service.createPartner(db, clock, principal, parsed.data);
    return redirect(reply, `/${tenantOf(req).slug}/personal/samarbetspartner?sparad=1`);
  });

  app.get('/personal/samarbetspartner/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const partner = await service.getPartner(db, principal.tenantId, parseId(req.params));
    return render(reply, <PartnerEditor ctx={pageContext(req, 'staff')} partner={partner} values={service.toFormValues(partner)} />);
  });

  app.post('/personal/samarbetspartner/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const id = parseId(req.params);
    const partner = await service.getPartner(db, principal.tenantId, id);
    const parsed = parseForm(partnerFormSchema, req.body);
    if (!parsed.ok) return render(reply, <PartnerEditor ctx={pageContext(req, 'staff')} partner={partner} errors={parsed.errors} values={parsed.values} />, 400);
    await service.updatePartner(db, clock, principal, id, parsed.data);
    return redirect(reply, `/${tenantOf(req).slug}/personal/samarbetspartner?sparad=1`);
  });

  app.post('/personal/samarbetspartner/:id/ta-bort', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const id = parseId(req.params);
    try {
      await service.deletePartner(db, clock, principal, id);
    } catch (err) {
      if (!(err instanceof Conflict)) throw err;
      const partner = await service.getPartner(db, principal.tenantId, id);
      return render(reply, <PartnerEditor ctx={pageContext(req, 'staff')} partner={partner} values={service.toFormValues(partner)} errors={{ _form: err.message }} />, 409);
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/samarbetspartner?borttagen=1`);
  });
}
