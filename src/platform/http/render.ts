import type { FastifyReply, FastifyRequest } from 'fastify';

/** Public pages whose content only staff change: a browser may keep them (back/forward cache)
 *  but must revalidate (ETag, 304). Everything else — staff pages, forms, private links — is
 *  `no-store`. Route patterns, so a token in a URL never decides anything. */
const REVALIDATED_PAGES = new Set([
  '/', '/:tenant', '/:tenant/stod', '/:tenant/stod/:id', '/:tenant/information', '/:tenant/information/:slug',
  '/:tenant/aktiviteter', '/:tenant/aktiviteter/:id', '/:tenant/samarbetspartner', '/:tenant/tillganglighet',
]);

const routeOf = (req: FastifyRequest) => (req.routeOptions.url ?? '').replace(/(.)\/$/, '$1');

/** A GET of one of those pages: it has no form that posts, so it needs no CSRF token. */
export function tokenFreePage(req: FastifyRequest): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && REVALIDATED_PAGES.has(routeOf(req));
}

export function pageCacheControl(req: FastifyRequest, status: number): string {
  const cacheable = req.method === 'GET' && status === 200 && !req.principal && REVALIDATED_PAGES.has(routeOf(req));
  return cacheable ? 'private, no-cache' : 'no-store';
}

/** Send a rendered JSX page. Pages are never cached by shared caches. */
export async function render(reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> {
  const html = await page;
  return reply.code(status).header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', pageCacheControl(reply.request, status)).send('<!doctype html>' + html);
}
