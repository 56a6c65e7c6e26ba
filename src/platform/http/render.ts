import type { FastifyReply } from 'fastify';

/** Send a rendered JSX page. Pages are never cached by shared caches. */
export async function render(reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> {
  const html = await page;
  return reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send('<!doctype html>' + html);
}
