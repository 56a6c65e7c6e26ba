// createApp(deps): platform plugins first, then the public root, then every municipality's
// routes under /{kommun}. main.ts and the tests build the app the same way.
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import { ping } from './platform/db/database.js';
import type { AppDeps } from './platform/http/deps.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import { registerSecurity } from './platform/http/security.js';
import { registerCaching } from './platform/http/caching.js';
import { registerPageCache } from './platform/http/page-cache.js';
import { registerConfirmations } from './platform/http/confirm.js';
import { ASSETS_DIR, assetRoutes } from './platform/views/assets.js';
import { tenantScope } from './platform/tenancy/plugin.js';
import { authRoutes } from './platform/auth/routes.js';
import { passwordRoutes } from './platform/auth/password-routes.js';
import { oidcRoutes } from './platform/auth/oidc/routes.js';
import { secondFactorRoutes } from './platform/auth/second-factor-routes.js';
import { secondStepRoutes } from './platform/auth/second-step-routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { rootRoutes } from './modules/org/root-routes.js';
import { registerModules } from './modules/index.js';
import { loggerOptions, type LogStream } from './platform/http/logging.js';

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
  }
}

export async function createApp(deps: AppDeps, opts: { logStream?: LogStream } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.config.LOG_LEVEL, opts.logStream),
    disableRequestLogging: true,
    trustProxy: deps.config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate('deps', deps);
  // The route list lets tests walk every staff page for every role.
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) routeList.push({ method: String(m), url: r.url });
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await registerSecurity(app);
  registerPageCache(app);
  await registerCaching(app);
  registerErrorHandling(app);
  await assetRoutes(app);
  // Unhashed names (old pages, bookmarks): revalidated every time.
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/static/', maxAge: 0, decorateReply: false });

  // One log line per response: method, route pattern (never the raw URL, which can carry a
  // private token), status and time. No IP, user agent or cookie (SPEC §5.3).
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await ping(deps.db);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });

  await app.register(rootRoutes);
  await app.register(tenantScope(async (scoped) => {
    // Before every route of the scope: irreversible POSTs need confirm=yes (issue 16).
    registerConfirmations(scoped);
    await authRoutes(scoped);
    await passwordRoutes(scoped);
    await oidcRoutes(scoped);
    await secondStepRoutes(scoped);
    await secondFactorRoutes(scoped);
    await auditRoutes(scoped);
    await registerModules(scoped);
  }), { prefix: '/:tenant' });
  return app;
}
