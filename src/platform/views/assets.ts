// Static files with a content hash in their name (/static/app.3f9c2a71b0.css), served from
// memory, precompressed (brotli 11, gzip 9) and cached for a year as `immutable`: a new
// release changes the name, so a browser never revalidates. The layout links assetPath().
// The plain names (/static/app.css) stay available through @fastify/static, revalidated.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

export const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2',
};

interface Asset { type: string; body: Buffer; br?: Buffer; gzip?: Buffer }

const byHashedName = new Map<string, Asset>();
const hashedNames = new Map<string, string>();

function load(): void {
  for (const file of readdirSync(ASSETS_DIR)) {
    const dot = file.lastIndexOf('.');
    const ext = file.slice(dot + 1);
    const type = TYPES[ext];
    if (!type) continue;
    const body = readFileSync(ASSETS_DIR + file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const name = `${file.slice(0, dot)}.${hash}.${ext}`;
    const text = /^(text|image\/svg)/.test(type);
    byHashedName.set(name, {
      type, body,
      br: text ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : undefined,
      gzip: text ? gzipSync(body, { level: 9 }) : undefined,
    });
    hashedNames.set(file, name);
  }
}
load();

/** The fingerprinted URL of a file in views/assets/. */
export function assetPath(file: string): string {
  const name = hashedNames.get(file);
  if (!name) throw new Error(`no asset ${file}`);
  return `/static/${name}`;
}

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  for (const [name, a] of byHashedName) {
    app.get(`/static/${name}`, { compress: false }, async (req, reply) => {
      const accept = String(req.headers['accept-encoding'] ?? '');
      const [enc, body] = a.br && /\bbr\b/.test(accept) ? ['br', a.br] : a.gzip && /\bgzip\b/.test(accept) ? ['gzip', a.gzip] : [undefined, a.body];
      reply.header('content-type', a.type).header('cache-control', IMMUTABLE).header('vary', 'accept-encoding');
      if (enc) reply.header('content-encoding', enc);
      return reply.send(body);
    });
  }
  // Browsers ask for /favicon.ico when a page (a PDF, a JSON answer) names no icon.
  app.get('/favicon.ico', { compress: false }, async (_req, reply) =>
    reply.header('content-type', 'image/svg+xml').header('cache-control', 'public, max-age=86400').send(byHashedName.get(hashedNames.get('favicon.svg')!)!.body));
}
