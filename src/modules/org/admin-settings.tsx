// Admin routes: the admin start page and the municipality's settings editor.
import type { FastifyInstance } from 'fastify';
import { pageContext, redirect, requirePermission } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { can } from '../../platform/auth/principal.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { attempt } from './admin-http.js';
import { isWholeMunicipality, ORG_ADMIN, requireWholeMunicipality, SETTINGS_ADMIN, USERS_ADMIN } from './policy.js';
import { formToPatch, settingsFormSchema, settingsToFormValues } from './settings-form.js';
import { getSettings, saveSettings } from './settings-admin.js';
import { unitChoices } from './units.js';
import { AdminHomePage } from './views/admin-home.js';
import { SettingsPage } from './views/admin-settings.js';
import { adminBase } from './views/admin-common.js';
import { reservedSegments } from '../pages/portal-service.js';

export async function adminSettingsRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/admin', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    return render(reply, <AdminHomePage ctx={pageContext(req, 'staff')} whole={isWholeMunicipality(scope)}
      users={can(principal, USERS_ADMIN)} settings={can(principal, SETTINGS_ADMIN)} />);
  });

  app.get('/personal/admin/installningar', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, SETTINGS_ADMIN);
    requireWholeMunicipality(scope);
    const settings = await getSettings(db, principal.tenantId);
    const units = unitChoices(await listUnits(db, principal.tenantId), scope);
    const notice = (req.query as { sparad?: string }).sparad ? 'Inställningarna är sparade.' : undefined;
    return render(reply, <SettingsPage ctx={pageContext(req, 'staff')} values={settingsToFormValues(settings)} units={units} storedRules={settings.routing.length} notice={notice} />);
  });

  app.post('/personal/admin/installningar', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, SETTINGS_ADMIN);
    requireWholeMunicipality(scope);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(settingsFormSchema, req.body);
    const errors = parsed.ok
      ? await attempt(() => { const { patch, ruleRows } = formToPatch(parsed.data); return saveSettings(db, clock, principal, scope, patch, ruleRows, reservedSegments(app.routeList)); })
      : parsed.errors;
    if (errors) {
      const settings = await getSettings(db, principal.tenantId);
      const units = unitChoices(await listUnits(db, principal.tenantId), scope);
      return render(reply, <SettingsPage ctx={ctx} values={parsed.values} units={units} storedRules={settings.routing.length} errors={errors} />, 400);
    }
    return redirect(reply, `${adminBase(ctx)}/installningar?sparad=1`);
  });
}
