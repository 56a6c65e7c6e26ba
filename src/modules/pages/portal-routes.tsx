// The municipality's start page (GET /{kommun} and /{kommun}/) and its short alias. The
// settings behind them (alias, start-page text, contact details, routing of contact requests)
// are edited in one place, the admin's settings (org module, /personal/admin/installningar).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, tenantOf } from '../../platform/http/context.js';
import { NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import * as portal from './portal-service.js';
import { StartPage } from './views/start.js';

const aliasParam = z.object({ tenant: z.string(), alias: z.string().regex(/^[a-z0-9-]{2,40}$/) });

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

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
}
