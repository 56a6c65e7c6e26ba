// One place maps every error to a page: domain errors by code, CSRF, rate limits, bad bodies.
// Never a stack trace; a 500 says nothing was saved (handlers use transactions).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '../views/error-page.js';
import { AppError } from './errors.js';
import { pageContext, SignInRequired } from './context.js';
import { render } from './render.js';
import { CsrfError } from './security.js';
import { findTenantBySlug } from '../tenancy/tenancy.js';

async function page(req: FastifyRequest, reply: FastifyReply, status: number, key: string) {
  if (!req.tenant) {
    // Not-found and early errors: show the municipality's frame when the prefix names one.
    const slug = req.url.split('?')[0].split('/')[1];
    if (slug && /^[a-z0-9-]{2,40}$/.test(slug)) {
      try {
        req.tenant = await findTenantBySlug(req.server.deps.db, slug);
      } catch {
        /* the database may be what failed */
      }
    }
  }
  if (!req.csrfToken) req.csrfToken = '';
  const ctx = pageContext(req);
  return render(reply, <ErrorPage ctx={ctx} title={ctx.t(`errors.${key}.title`)} body={ctx.t(`errors.${key}.body`)} />, status);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => page(req, reply, 404, 'notFound'));

  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    if (err instanceof SignInRequired) {
      const next = encodeURIComponent(err.next);
      return reply.code(303).header('location', `/${err.tenantSlug}/personal/logga-in?next=${next}`).send();
    }
    if (err instanceof CsrfError) return page(req, reply, 403, 'csrf');
    if (err instanceof AppError) {
      switch (err.code) {
        case 'NotFound': return page(req, reply, 404, 'notFound');
        case 'Forbidden': return page(req, reply, 403, 'forbidden');
        case 'TooMany': return page(req, reply, 429, 'tooMany');
        default: return page(req, reply, 400, 'badRequest');
      }
    }
    const status = err.statusCode ?? 500;
    if (status === 429) return page(req, reply, 429, 'tooMany');
    if (status === 413) return page(req, reply, 413, 'tooLarge');
    if (status >= 400 && status < 500) return page(req, reply, status === 404 ? 404 : 400, status === 404 ? 'notFound' : 'badRequest');
    req.log.error({ err: { type: err.name, message: err.message, code: err.code, stack: err.stack } }, 'unhandled error');
    return page(req, reply, 500, 'server');
  });
}
