// Admin routes for staff accounts: list, create (typed or generated first password, shown
// once), disable/enable, add and remove roles. Thin: parse → service → render or redirect.
import type { FastifyInstance } from 'fastify';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { pageContext, redirect, requirePermission } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { emptyFormSchema, idParam, roleFormSchema, roleParam, userCreateSchema } from './admin-schema.js';
import { attempt, formErrorsOf, parseParams } from './admin-http.js';
import { isWholeMunicipality, USERS_ADMIN } from './policy.js';
import { unitChoices } from './units.js';
import * as users from './users.js';
import { adminBase } from './views/admin-common.js';
import { placeOptions, UserCreatedPage, UserNewPage, UserPage, UsersPage } from './views/admin-users.js';

const NOTICES: Record<string, string> = {
  roll: 'Rollen är tillagd.', borttagen: 'Rollen är borttagen.', inaktiverad: 'Kontot är inaktiverat och användaren är utloggad.', aktiverad: 'Kontot är aktiverat.',
  tvasteg: 'Tvåstegsverifieringen är återställd och användaren är utloggad.',
};

export async function adminUserRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const places = async (principal: Principal, scope: Scope) =>
    placeOptions(isWholeMunicipality(scope), unitChoices(await listUnits(db, principal.tenantId), scope));

  const userPage = async (req: Parameters<typeof pageContext>[0], principal: Principal, scope: Scope, id: string, extra: { errors?: Record<string, string>; values?: Record<string, string | string[] | undefined>; notice?: string } = {}) => {
    const user = await users.getUserFor(db, clock, principal, scope, id);
    return <UserPage ctx={pageContext(req, 'staff')} user={user} places={await places(principal, scope)} isSelf={id === principal.userId} {...extra} />;
  };

  app.get('/personal/admin/anvandare', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    const list = await users.listUsersFor(db, clock, principal, scope);
    return render(reply, <UsersPage ctx={pageContext(req, 'staff')} users={list} />);
  });

  app.get('/personal/admin/anvandare/ny', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    return render(reply, <UserNewPage ctx={pageContext(req, 'staff')} places={await places(principal, scope)} values={{ passwordMode: 'generate' }} />);
  });

  app.post('/personal/admin/anvandare', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(userCreateSchema, req.body);
    const again = (errors: Record<string, string>) => places(principal, scope)
      .then((p) => render(reply, <UserNewPage ctx={ctx} places={p} errors={errors} values={{ ...parsed.values, password: undefined }} />, 400));
    if (!parsed.ok) return again(parsed.errors);
    let created: { id: string; generatedPassword?: string };
    try {
      created = await users.createStaffUser(db, clock, principal, scope, parsed.data);
    } catch (err) {
      return again(formErrorsOf(err));
    }
    const user = await users.getUserFor(db, clock, principal, scope, created.id);
    // Rendered, not redirected: a generated password must never travel in a URL.
    return render(reply, <UserCreatedPage ctx={ctx} user={user} password={created.generatedPassword} />, 201);
  });

  app.get('/personal/admin/anvandare/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    const { id } = parseParams(idParam, req.params);
    const notice = NOTICES[String((req.query as { klart?: string }).klart ?? '')];
    return render(reply, await userPage(req, principal, scope, id, { notice }));
  });

  app.post('/personal/admin/anvandare/:id/roller', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    const { id } = parseParams(idParam, req.params);
    const parsed = parseForm(roleFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => users.addRole(db, clock, principal, scope, id, parsed.data)) : parsed.errors;
    if (errors) return render(reply, await userPage(req, principal, scope, id, { errors, values: parsed.values }), 400);
    return redirect(reply, `${adminBase(pageContext(req, 'staff'))}/anvandare/${id}?klart=roll`);
  });

  app.post('/personal/admin/anvandare/:id/roller/:roleId/ta-bort', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    const { id, roleId } = parseParams(roleParam, req.params);
    const parsed = parseForm(emptyFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => users.removeRole(db, clock, principal, scope, id, roleId)) : parsed.errors;
    if (errors) return render(reply, await userPage(req, principal, scope, id, { errors }), 400);
    return redirect(reply, `${adminBase(pageContext(req, 'staff'))}/anvandare/${id}?klart=borttagen`);
  });

  app.post('/personal/admin/anvandare/:id/tvastegsverifiering/aterstall', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, USERS_ADMIN);
    const { id } = parseParams(idParam, req.params);
    const parsed = parseForm(emptyFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => users.resetSecondFactor(db, clock, principal, scope, id)) : parsed.errors;
    if (errors) return render(reply, await userPage(req, principal, scope, id, { errors }), 400);
    return redirect(reply, `${adminBase(pageContext(req, 'staff'))}/anvandare/${id}?klart=tvasteg`);
  });

  for (const [path, disabled] of [['inaktivera', true], ['aktivera', false]] as const) {
    app.post(`/personal/admin/anvandare/:id/${path}`, async (req, reply) => {
      const { principal, scope } = await requirePermission(req, USERS_ADMIN);
      const { id } = parseParams(idParam, req.params);
      const parsed = parseForm(emptyFormSchema, req.body);
      const errors = parsed.ok ? await attempt(() => users.setUserDisabled(db, clock, principal, scope, id, disabled)) : parsed.errors;
      if (errors) return render(reply, await userPage(req, principal, scope, id, { errors }), 400);
      return redirect(reply, `${adminBase(pageContext(req, 'staff'))}/anvandare/${id}?klart=${disabled ? 'inaktiverad' : 'aktiverad'}`);
    });
  }
}
