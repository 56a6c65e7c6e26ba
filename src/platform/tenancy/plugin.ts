// Everything under /{kommun}/… runs inside this plugin: the tenant comes from the prefix
// (unknown → 404), and a staff session counts only in its own municipality.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { loadSession } from '../auth/sessions.js';
import { NotFound } from '../http/errors.js';
import { cookieNames } from '../http/security.js';
import { cachedTenantBySlug } from './cache.js';

export function tenantScope(register: (app: FastifyInstance) => Promise<void> | void): FastifyPluginAsync {
  return async (app) => {
    const names = cookieNames(app.deps.config.isProduction);
    app.addHook('onRequest', async (req) => {
      const slug = (req.params as { tenant?: string }).tenant ?? '';
      const tenant = /^[a-z0-9-]{2,40}$/.test(slug) ? await cachedTenantBySlug(app.deps.db, app.deps.clock, slug) : undefined;
      if (!tenant) throw new NotFound();
      req.tenant = tenant;
      const sid = req.cookies[names.session];
      if (sid && sid.length < 100) {
        const s = await loadSession(app.deps.db, sid, app.deps.clock.now());
        if (s && s.principal.tenantId === tenant.id) {
          req.principal = s.principal;
          req.sessionIdHash = s.idHash;
          req.csrfToken = s.csrf;
        }
      }
    });
    await register(app);
  };
}
