// Everything under /{kommun}/… runs inside this plugin: the tenant comes from the prefix
// (unknown → 404), and a staff session counts only in its own municipality.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { readsIdentifiedData } from '../auth/second-factor.js';
import { loadSession } from '../auth/sessions.js';
import { NotFound } from '../http/errors.js';
import { cookieNames } from '../http/security.js';
import { cachedTenantBySlug } from './cache.js';

/** What a person who must change a password set by someone else may still reach. */
const PASSWORD_CHANGE_EXEMPT = /^\/personal\/(byt-losenord|logga-ut|logga-in)$|^\/(?!personal(\/|$))/;
/** What a person the municipality requires a second factor of may reach before turning it on. */
const ENROLMENT_EXEMPT = /^\/personal\/(tvastegsverifiering(\/nyckel)?|byt-losenord|logga-ut|logga-in)$|^\/(?!personal(\/|$))/;

export function tenantScope(register: (app: FastifyInstance) => Promise<void> | void): FastifyPluginAsync {
  return async (app) => {
    const names = cookieNames(app.deps.config.isProduction);
    app.addHook('onRequest', async (req, reply) => {
      const slug = (req.params as { tenant?: string }).tenant ?? '';
      const tenant = /^[a-z0-9-]{2,40}$/.test(slug) ? await cachedTenantBySlug(app.deps.db, app.deps.clock, slug) : undefined;
      if (!tenant) throw new NotFound();
      req.tenant = tenant;
      // A language the municipality does not offer: Swedish, and the page says so (layout).
      if (!tenant.settings.languages.includes(req.locale)) {
        req.unofferedLocale = req.locale;
        req.locale = 'sv';
      }
      const sid = req.cookies[names.session];
      if (sid && sid.length < 100) {
        const s = await loadSession(app.deps.db, sid, app.deps.clock.now());
        if (s && s.principal.tenantId === tenant.id) {
          req.principal = s.principal;
          req.sessionIdHash = s.idHash;
          req.csrfToken = s.csrf;
        }
      }
      if (req.principal?.mustChangePassword && !PASSWORD_CHANGE_EXEMPT.test(req.url.split('?')[0]!.slice(slug.length + 1))) {
        return reply.code(303).header('location', `/${slug}/personal/byt-losenord`).send();
      }
      // A password-only session of someone who reads identified data, where the setting requires more.
      if (tenant.settings.requireSecondFactor && req.principal?.authMethod === 'password' && readsIdentifiedData(req.principal)
        && !ENROLMENT_EXEMPT.test(req.url.split('?')[0]!.slice(slug.length + 1))) {
        return reply.code(303).header('location', `/${slug}/personal/tvastegsverifiering`).send();
      }
    });
    await register(app);
  };
}
