// Staff start page; the admin pages and each municipality's accessibility statement.
import type { FastifyInstance } from 'fastify';
import { can } from '../../platform/auth/principal.js';
import { roleLabel } from '../../platform/domain/vocab.js';
import { pageContext, requirePermission } from '../../platform/http/context.js';
import { render } from '../../platform/http/render.js';
import { Layout } from '../../platform/views/layout.js';
import { STAFF_LINKS } from '../staff-links.js';
import { adminUnitRoutes } from './admin-units.js';
import { adminUserRoutes } from './admin-users.js';
import { adminSettingsRoutes } from './admin-settings.js';
import { adminImportRoutes } from './admin-import.js';
import { accessibilityRoutes } from './accessibility-routes.js';

export async function orgRoutes(app: FastifyInstance): Promise<void> {
  await adminSettingsRoutes(app);
  await adminUnitRoutes(app);
  await adminUserRoutes(app);
  await adminImportRoutes(app);
  await accessibilityRoutes(app);

  app.get('/personal', async (req, reply) => {
    const { principal } = await requirePermission(req, 'staff:home');
    const ctx = pageContext(req, 'staff');
    const slug = ctx.tenant!.slug;
    const unitName = (id: string | null) => (id === null ? 'hela kommunen' : principal.units.find((u) => u.id === id)?.name ?? 'okänd enhet');
    const links = STAFF_LINKS.filter((l) => can(principal, l.permission));
    const statuses = await Promise.all(links.map((l) => (l.status ? l.status(app.deps, principal).catch(() => null) : null)));
    return render(reply, (
      <Layout ctx={ctx} title="Personalens startsida">
        <h1>Hej <span safe>{principal.name}</span></h1>
        <p class="lede">Det här kan du göra i Bredvid utifrån dina roller.</p>
        <h2>Dina roller</h2>
        <ul>
          {principal.roles.map((r) => <li><span safe>{roleLabel(r.role, ctx.tenant!.settings.specialistTitle)}</span> – <span safe>{unitName(r.unitId)}</span></li>)}
        </ul>
        <h2>Att göra</h2>
        {links.length === 0 ? <p class="empty">Dina roller ger inga verktyg här ännu.</p> : (
          <ul class="cards">
            {links.map((l, i) => (
              <li class="card">
                <h3><a href={`/${slug}/personal${l.path}`} safe>{l.label}</a></h3>
                <p safe>{l.description}</p>
                {statuses[i] ? <p><span class="badge badge-warn" safe>{statuses[i]}</span></p> : ''}
              </li>
            ))}
          </ul>
        )}
      </Layout>
    ));
  });
}
