// The installation's root: the list of municipalities.
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../../platform/http/context.js';
import { render } from '../../platform/http/render.js';
import { listTenants } from '../../platform/tenancy/tenancy.js';
import { Layout } from '../../platform/views/layout.js';
import { AccessibilityStatement } from './views/accessibility.js';
import { defaultStatement } from './accessibility.js';

export async function rootRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (req, reply) => {
    const tenants = await listTenants(app.deps.db);
    const ctx = pageContext(req, 'public');
    return render(reply, (
      <Layout ctx={ctx} title="Välj kommun">
        <h1>Stöd till dig som hjälper en närstående</h1>
        <p class="lede">Bredvid samlar kommunens stöd till anhöriga: information, grupper och samtal. Välj din kommun.</p>
        <ul class="cards">
          {tenants.map((t) => (
            <li class="card">
              <h2><a href={`/${t.slug}`} safe>{t.name}</a></h2>
            </li>
          ))}
        </ul>
      </Layout>
    ));
  });
  app.get('/tillganglighet', async (req, reply) => {
    // The installation's own pages: Bredvid's default statement; each municipality has its own.
    return render(reply, <AccessibilityStatement ctx={pageContext(req, 'public')} s={defaultStatement()} />);
  });
}
