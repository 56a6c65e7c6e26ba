// Compression and conditional requests for every response.
// - brotli (quality 4: a page compresses in well under a millisecond) or gzip for HTML, CSS,
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
      etag = `W/"${createHash('sha1').update(payload).digest('base64url').slice(0, 22)}"`;
      reply.header('etag', etag);
    }
    const match = req.headers['if-none-match'];
    if (match && (req.method === 'GET' || req.method === 'HEAD') && match.split(',').some((m) => m.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))) {
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
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
