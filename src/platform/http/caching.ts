// Compression and conditional requests for every response.
// - brotli (quality 2, see below) or gzip for HTML, CSS,
//   SVG, .ics and CSV over 1 KB; fingerprinted assets come precompressed (views/assets.ts).
// - A weak ETag on every cacheable response (`private, no-cache` pages, `public` files), with
//   304 when the browser's copy is current. The ETag is taken before compression, so one ETag
//   covers every encoding (hence weak).
// - No Set-Cookie on a response a shared cache may keep (`public`): the anonymous CSRF cookie
//   must never be handed from one visitor to the next by a proxy.
import { createHash } from 'node:crypto';
import { constants } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import compress from '@fastify/compress';

export const COMPRESSIBLE = /^(text\/(html|css|calendar|csv|plain)|image\/svg\+xml|application\/(json|javascript))/;

/** The weak ETag of a response body (taken before compression: one tag for every encoding). */
export const weakEtag = (body: string | Buffer): string => `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;

/** Whether the browser's If-None-Match names this ETag (weak comparison). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((m) => { const t = m.trim(); return t === '*' || t.replace(/^W\//, '') === bare; });
}

export async function registerCaching(app: FastifyInstance): Promise<void> {
  // Registered before compression, so it sees the payload as the handler sent it.
  app.addHook('onSend', async (req, reply, payload) => {
    const cc = String(reply.getHeader('cache-control') ?? '');
    const shared = cc.startsWith('public');
    if (shared) reply.removeHeader('set-cookie');
    if (reply.statusCode !== 200 || !(shared || cc.startsWith('private, no-cache'))) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    let etag = reply.getHeader('etag') as string | undefined;
    if (!etag) {
      etag = weakEtag(payload);
      reply.header('etag', etag);
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && etagMatches(req.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
    // Only responses compressed per request come here (kept public pages carry their own q 9
    // bodies, page-cache.ts): signed-in pages, forms, private links. Quality 2 against 4 on the
    // inbox and the carer page (6.5 and 15 KB of HTML): 60–80 µs instead of 125–137 µs a page,
    // 2 220 and 3 761 B instead of 2 035 and 3 472 B (still far under the 8 KB page goal).
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 2 } },
    zlibOptions: { level: 6 },
    // Every page is compressed in one synchronous call (< 0.1 ms for 20 KB) instead
    // of through a zlib stream, whose set-up and hand-offs cost more than the compression for a
    // page (bench/profile.ts). The library's default switches to streams above 8 KB on 2 cores.
    syncThreshold: 512 * 1024,
  });
}
