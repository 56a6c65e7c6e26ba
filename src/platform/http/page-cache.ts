// Render cache for public pages whose content only staff change: the catalogue (with its
// filters), information pages, partners and the start page. A page is rendered once per
// municipality × language × address (path and query, so every filter is its own entry) and
// kept in a bounded LRU (entries and bytes).
// - Only GET, only 200, only for someone not signed in, only on the routes below: nothing
//   with personal data or a signed-in view is ever kept.
// - Each page carries the visitor's own CSRF token (forms, meta tag). Before a page is kept,
//   the token is replaced by a placeholder; on a hit the current visitor's token is spliced in.
//   One visitor's token is never served to another.
// - An entry is valid while the municipality's content stamp (db/content-version.ts, counted up
//   by every staff write of those modules) and the tenant object (the tenant cache makes a new
//   one whenever name or settings change) are the ones it was rendered with.
// - The events list is left out: it shows free places, which every booking, cancellation and
//   waitlist promotion changes, and which sessions are upcoming changes with the clock.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contentStamp } from '../db/content-version.js';
import type { Tenant } from '../tenancy/tenancy.js';

export const CACHED_PAGES = new Set([
  '/:tenant', '/:tenant/stod', '/:tenant/stod/:id', '/:tenant/information', '/:tenant/information/:slug',
  '/:tenant/samarbetspartner',
]);

interface Entry { html: string; bytes: number; stamp: string; tenant: Tenant; cacheControl: string }

/** A least-recently-used map bounded by entry count and total bytes. */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  constructor(readonly maxEntries: number, readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, e: Entry): void {
    this.delete(key);
    if (e.bytes > this.maxBytes) return;
    this.entries.set(key, e);
    this.bytes += e.bytes;
    for (const [k] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    pageCache: PageCache;
  }
  interface FastifyRequest {
    pageCacheKey?: string;
    pageCacheStamp?: string;
  }
}

const routeOf = (req: FastifyRequest) => (req.routeOptions.url ?? '').replace(/(.)\/$/, '$1');

/** Registered after the CSRF hook (the visitor's token is known) and before compression. */
export function registerPageCache(app: FastifyInstance, limits = { maxEntries: 2000, maxBytes: 32 * 1024 * 1024 }): void {
  const cache = new PageCache(limits.maxEntries, limits.maxBytes);
  app.decorate('pageCache', cache);
  // Random per process, so no page text can contain it by chance or by design.
  const placeholder = `csrf-${randomBytes(18).toString('base64url')}`;

  app.addHook('preHandler', async (req, reply) => {
    const tenant = req.tenant;
    if (req.method !== 'GET' || !tenant || req.principal || !req.csrfToken || !CACHED_PAGES.has(routeOf(req))) return;
    const key = `${tenant.id}\n${req.locale}\n${req.unofferedLocale ?? ''}\n${req.url}`;
    const stamp = await contentStamp(app.deps.db, app.deps.clock, tenant.id);
    const hit = cache.get(key);
    if (hit && hit.stamp === stamp && hit.tenant === tenant) {
      return reply.code(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', hit.cacheControl)
        .send(hit.html.replaceAll(placeholder, () => req.csrfToken));
    }
    req.pageCacheKey = key;
    req.pageCacheStamp = stamp;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const key = req.pageCacheKey;
    if (!key || !req.tenant || req.principal || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    if (cacheControl !== 'private, no-cache' || !String(reply.getHeader('content-type')).startsWith('text/html')) return payload;
    const html = payload.replaceAll(req.csrfToken, () => placeholder);
    cache.set(key, { html, bytes: Buffer.byteLength(html), stamp: req.pageCacheStamp!, tenant: req.tenant, cacheControl });
    return payload;
  });
}
