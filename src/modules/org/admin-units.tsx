// Admin routes for the organisation tree and the governance bodies. Thin: parse → service →
// render or redirect; bad input re-renders the form with messages (400), nothing stored.
import type { FastifyInstance } from 'fastify';
import { pageContext, redirect, requirePermission } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { listUnits, subtree, type OrgUnit } from '../../platform/tenancy/tenancy.js';
import { bodyFormSchema, emptyFormSchema, idParam, unitFormSchema } from './admin-schema.js';
import { attempt, parseParams } from './admin-http.js';
import { ORG_ADMIN, requireWholeMunicipality } from './policy.js';
import * as units from './units.js';
import { BodiesPage, BodyEditPage, OrganisationPage, UnitEditPage } from './views/admin-units.js';
import { adminBase } from './views/admin-common.js';

const unitValues = (u: OrgUnit) => ({
  name: u.name, kind: u.kind, parentId: u.parentId ?? '', external: u.external ? 'on' : undefined, sortOrder: String(u.sortOrder),
});
const saved = (req: { query: unknown }) => ((req.query as { sparad?: string }).sparad ? 'Ändringarna är sparade.' : undefined);

export async function adminUnitRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/admin/organisation', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    const all = await listUnits(db, principal.tenantId);
    return render(reply, <OrganisationPage ctx={pageContext(req, 'staff')} tree={units.buildTree(all, scope)} parents={units.unitChoices(all, scope)}
      values={{ kind: 'unit' }} notice={saved(req)} />);
  });

  app.post('/personal/admin/organisation', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(unitFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => units.createUnit(db, clock, principal, scope, parsed.data)) : parsed.errors;
    if (errors) {
      const all = await listUnits(db, principal.tenantId);
      return render(reply, <OrganisationPage ctx={ctx} tree={units.buildTree(all, scope)} parents={units.unitChoices(all, scope)} errors={errors} values={parsed.values} />, 400);
    }
    return redirect(reply, `${adminBase(ctx)}/organisation?sparad=1`);
  });

  app.get('/personal/admin/organisation/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    const { id } = parseParams(idParam, req.params);
    const unit = await units.getUnit(db, principal, scope, id);
    const all = await listUnits(db, principal.tenantId);
    return render(reply, <UnitEditPage ctx={pageContext(req, 'staff')} unit={unit} parents={units.unitChoices(all, scope, subtree(all, id))}
      values={unitValues(unit)} notice={saved(req)} />);
  });

  app.post('/personal/admin/organisation/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    const { id } = parseParams(idParam, req.params);
    const unit = await units.getUnit(db, principal, scope, id);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(unitFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => units.updateUnit(db, clock, principal, scope, id, parsed.data)) : parsed.errors;
    if (errors) {
      const all = await listUnits(db, principal.tenantId);
      return render(reply, <UnitEditPage ctx={ctx} unit={unit} parents={units.unitChoices(all, scope, subtree(all, id))} errors={errors} values={parsed.values} />, 400);
    }
    return redirect(reply, `${adminBase(ctx)}/organisation/${id}?sparad=1`);
  });

  for (const [path, active] of [['inaktivera', false], ['aktivera', true]] as const) {
    app.post(`/personal/admin/organisation/:id/${path}`, async (req, reply) => {
      const { principal, scope } = await requirePermission(req, ORG_ADMIN);
      const { id } = parseParams(idParam, req.params);
      const unit = await units.getUnit(db, principal, scope, id);
      const ctx = pageContext(req, 'staff');
      const parsed = parseForm(emptyFormSchema, req.body);
      const errors = parsed.ok ? await attempt(() => units.setUnitActive(db, clock, principal, scope, id, active)) : parsed.errors;
      if (errors) {
        const all = await listUnits(db, principal.tenantId);
        return render(reply, <UnitEditPage ctx={ctx} unit={unit} parents={units.unitChoices(all, scope, subtree(all, id))} errors={errors} values={unitValues(unit)} />, 400);
      }
      return redirect(reply, `${adminBase(ctx)}/organisation/${id}?sparad=1`);
    });
  }

  // Governance bodies shape the whole municipality: a municipality-wide admin edits them.
  app.get('/personal/admin/grupper', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    requireWholeMunicipality(scope);
    return render(reply, <BodiesPage ctx={pageContext(req, 'staff')} bodies={await units.listBodies(db, principal.tenantId)} notice={saved(req)} />);
  });

  app.get('/personal/admin/grupper/ny', async (req, reply) => {
    const { scope } = await requirePermission(req, ORG_ADMIN);
    requireWholeMunicipality(scope);
    return render(reply, <BodyEditPage ctx={pageContext(req, 'staff')} values={{}} />);
  });

  app.post('/personal/admin/grupper', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(bodyFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => units.createBody(db, clock, principal, scope, parsed.data)) : parsed.errors;
    if (errors) return render(reply, <BodyEditPage ctx={ctx} errors={errors} values={parsed.values} />, 400);
    return redirect(reply, `${adminBase(ctx)}/grupper?sparad=1`);
  });

  app.get('/personal/admin/grupper/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    requireWholeMunicipality(scope);
    const body = await units.getBody(db, principal.tenantId, parseParams(idParam, req.params).id);
    const values = { kind: body.kind, name: body.name, meetingsPerYear: body.meetingsPerYear === null ? '' : String(body.meetingsPerYear), description: body.description };
    return render(reply, <BodyEditPage ctx={pageContext(req, 'staff')} body={body} values={values} />);
  });

  app.post('/personal/admin/grupper/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    requireWholeMunicipality(scope);
    const body = await units.getBody(db, principal.tenantId, parseParams(idParam, req.params).id);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(bodyFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => units.updateBody(db, clock, principal, scope, body.id, parsed.data)) : parsed.errors;
    if (errors) return render(reply, <BodyEditPage ctx={ctx} body={body} errors={errors} values={parsed.values} />, 400);
    return redirect(reply, `${adminBase(ctx)}/grupper?sparad=1`);
  });
}
