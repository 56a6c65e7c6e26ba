// The municipality's start page (GET /{kommun} and /{kommun}/), its short alias and the
// admin's portal settings.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, type FormValues } from '../../platform/http/forms.js';
import { Invalid, NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import * as portal from './portal-service.js';
import { portalSettingsSchema, routingRuleFormSchema, ruleIndexParam } from './portal-schema.js';
import { SETTINGS } from './policy.js';
import { StartPage } from './views/start.js';
import { PortalSettingsPage } from './views/settings.js';

const aliasParam = z.object({ tenant: z.string(), alias: z.string().regex(/^[a-z0-9-]{2,40}$/) });

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const base = (slug: string) => `/${slug}/personal/portal/installningar`;

  // Inside the /:tenant prefix, '/' answers both /{kommun} and /{kommun}/.
  app.get('/', async (req, reply) => {
    const tenant = tenantOf(req);
    const ctx = pageContext(req, 'public');
    return render(reply, <StartPage ctx={ctx} m={await portal.startModel(db, tenant, ctx.locale)} />);
  });

  // The short alias, e.g. /hassleholm/a-stod. Static routes win over this parametric one, so
  // it only sees segments no page uses; anything but the alias is simply not found.
  app.get('/:alias', async (req, reply) => {
    const tenant = tenantOf(req);
    const p = aliasParam.safeParse(req.params);
    const to = p.success ? portal.aliasTarget(tenant, p.data.alias) : undefined;
    if (!to) throw new NotFound();
    return reply.code(302).header('location', to).send();
  });

  async function settingsPage(req: FastifyRequest, reply: FastifyReply, extra: { values?: FormValues; errors?: FieldErrors; ruleValues?: FormValues; ruleErrors?: FieldErrors; notice?: string }, status = 200) {
    const tenant = tenantOf(req);
    const units = await listUnits(db, tenant.id);
    return render(reply, <PortalSettingsPage ctx={pageContext(req, 'staff')} units={units} rules={tenant.settings.routing}
      values={extra.values ?? portal.settingsFormValues(tenant.settings)} errors={extra.errors}
      ruleValues={extra.ruleValues} ruleErrors={extra.ruleErrors} notice={extra.notice} />, status);
  }

  app.get('/personal/portal/installningar', async (req, reply) => {
    await requirePermission(req, SETTINGS);
    const notice = (req.query as { sparad?: string }).sparad ? 'Inställningarna är sparade.' : undefined;
    return settingsPage(req, reply, { notice });
  });

  app.post('/personal/portal/installningar', async (req, reply) => {
    const { principal } = await requirePermission(req, SETTINGS);
    const tenant = tenantOf(req);
    const parsed = parseForm(portalSettingsSchema, req.body);
    if (!parsed.ok) return settingsPage(req, reply, { values: parsed.values, errors: parsed.errors }, 400);
    try {
      await portal.savePortalSettings(db, clock, principal, tenant, parsed.data, portal.reservedSegments(app.routeList));
    } catch (err) {
      if (err instanceof Invalid) return settingsPage(req, reply, { values: parsed.values, errors: err.fields }, 400);
      throw err;
    }
    return redirect(reply, `${base(tenant.slug)}?sparad=1`);
  });

  app.post('/personal/portal/installningar/regler', async (req, reply) => {
    const { principal } = await requirePermission(req, SETTINGS);
    const tenant = tenantOf(req);
    const parsed = parseForm(routingRuleFormSchema, req.body);
    if (!parsed.ok) return settingsPage(req, reply, { ruleValues: parsed.values, ruleErrors: parsed.errors }, 400);
    try {
      await portal.addRoutingRule(db, clock, principal, tenant, parsed.data);
    } catch (err) {
      if (err instanceof Invalid) return settingsPage(req, reply, { ruleValues: parsed.values, ruleErrors: err.fields }, 400);
      throw err;
    }
    return redirect(reply, `${base(tenant.slug)}?sparad=1#regler`);
  });

  for (const [path, action] of [['ta-bort', portal.removeRoutingRule], ['upp', portal.moveRoutingRuleUp]] as const) {
    app.post(`/personal/portal/installningar/regler/:index/${path}`, async (req, reply) => {
      const { principal } = await requirePermission(req, SETTINGS);
      const tenant = tenantOf(req);
      const p = ruleIndexParam.safeParse(req.params);
      if (!p.success || !(await action(db, clock, principal, tenant, p.data.index))) throw new NotFound();
      return redirect(reply, `${base(tenant.slug)}?sparad=1#regler`);
    });
  }
}
