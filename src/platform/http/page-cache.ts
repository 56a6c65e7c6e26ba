// Render cache for public pages whose content only staff change: the catalogue (with its
// filters), information pages, partners and the start page. A page is rendered once per
// municipality × language × address (path and query, so every filter is its own entry) and
// kept in a bounded LRU (entries and bytes), together with its ETag and, made on first demand,
// its brotli and gzip bodies: a hit is a header check and a memory copy (or a 304).
// - Only GET, only 200, only for someone not signed in, only on the routes below: nothing
//   with personal data or a signed-in view is ever kept.
// - These pages carry no CSRF token and set no cookie for someone not signed in (they have no
//   form that posts; security.ts), so the kept body is the same for every visitor. A page is
//   kept only when that holds (no token in the request, no Set-Cookie but the language one).
// - An entry is valid while the municipality's content stamp (db/content-version.ts, counted up
//   by every staff write of those modules) and the tenant object (the tenant cache makes a new
//   one whenever name or settings change) are the ones it was rendered with.
// - The events list and an event's page show free places, which every booking, cancellation
//   and waitlist promotion changes, and which sessions are upcoming changes with the clock. They
//   are kept for VOLATILE_MS at most and dropped at once by any write this process takes (any
//   request that is not a GET/HEAD/OPTIONS): a visitor here sees their own booking at once,
//   another instance's within VOLATILE_MS, as for content (REVALIDATE_MS). A stale count never
//   books a full place: the booking is decided in the database (events/locking.ts).
// - One render per key at a time: when many visitors ask for a page that is not kept (an entry
//   just expired, or the content changed), the first renders it and the others wait for that
//   render (at most WAIT_MS) instead of all rendering the same page. While a volatile entry that
//   only aged out (no write since) is being rendered again, the others get the aged entry.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentStamp } from '../db/content-version.js';
import type { Tenant } from '../tenancy/tenancy.js';
import { etagMatches, weakEtag } from './caching.js';
import { REVALIDATE_MS } from '../tenancy/cache.js';

export const CACHED_PAGES = new Set([
  '/:tenant', '/:tenant/stod', '/:tenant/stod/:id', '/:tenant/information', '/:tenant/information/:slug',
  '/:tenant/samarbetspartner', '/:tenant/aktiviteter', '/:tenant/aktiviteter/:id',
]);

/** Kept pages that show free places (see the head of this file). */
export const VOLATILE_PAGES = new Set(['/:tenant/aktiviteter', '/:tenant/aktiviteter/:id']);
export const VOLATILE_MS = REVALIDATE_MS;
/** Counted up by every write request this process takes; part of a volatile page's stamp. */
let writes = 0;

interface Entry {
  key: string;
  body: Buffer;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
  bytes: number;
  stamp: string;
  tenant: Tenant;
  cacheControl: string;
  /** Volatile pages only: the clock time (ms) after which the entry is rendered anew. */
  expiresAt?: number;
}

/** The encoding to send: brotli when accepted, else gzip, else none (`;q=0` refuses one, `*`
 *  accepts what is not named). */
export function preferredEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  if (!accept) return undefined;
  const q = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name.trim(), qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : undefined;
}

/** Entries under this size go uncompressed, like everything else (caching.ts). */
const COMPRESS_THRESHOLD = 1024;

function encoded(cache: PageCache, e: Entry, encoding: 'br' | 'gzip' | undefined): Buffer | undefined {
  if (!encoding || e.body.length < COMPRESS_THRESHOLD) return undefined;
  let body = e[encoding];
  if (!body) {
    // Made once per entry, so a higher quality than for pages compressed per request.
    body = encoding === 'br'
      ? brotliCompressSync(e.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: e.body.length } })
      : gzipSync(e.body, { level: 9 });
    e[encoding] = body;
    cache.grow(e, body.length);
  }
  return body;
}

function sendEntry(cache: PageCache, req: FastifyRequest, reply: FastifyReply, e: Entry): FastifyReply {
  reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', e.cacheControl)
    .header('etag', e.etag).header('vary', 'accept-encoding');
  if (etagMatches(req.headers['if-none-match'], e.etag)) return reply.code(304).send();
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  const body = encoded(cache, e, encoding);
  if (!body) return reply.code(200).send(e.body);
  return reply.code(200).header('content-encoding', encoding!).header('content-length', body.length).send(body);
}

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
    this.trim();
  }

  /** Counts a compressed body made later for an entry still kept, and trims to the bounds. */
  grow(e: Entry, bytes: number): void {
    if (this.entries.get(e.key) !== e) return;
    e.bytes += bytes;
    this.bytes += bytes;
    this.trim();
  }

  private trim(): void {
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
    /** Set on the request that renders a key others may be waiting for. */
    pageCacheDone?: () => void;
  }
}

/** How long a request waits for another's render of the same page before rendering it itself. */
const WAIT_MS = 1000;

/** The renders under way, by key: a promise settled when the rendering request has answered. */
class InFlight {
  private readonly pending = new Map<string, Promise<void>>();

  /** Marks this request as the one rendering `key`; returns the function that ends the mark. */
  start(key: string): () => void {
    let done!: () => void;
    const p = new Promise<void>((resolve) => { done = resolve; });
    this.pending.set(key, p);
    return () => {
      if (this.pending.get(key) === p) this.pending.delete(key);
      done();
    };
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  /** Waits for the render of `key` under way, at most WAIT_MS; false when none was. */
  async wait(key: string): Promise<boolean> {
    const p = this.pending.get(key);
    if (!p) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([p, new Promise<void>((resolve) => { timer = setTimeout(resolve, WAIT_MS); })]);
    clearTimeout(timer);
    return true;
  }
}

const routeOf = (req: FastifyRequest) => (req.routeOptions.url ?? '').replace(/(.)\/$/, '$1');

/** Registered after the CSRF hook (a token, if any, is known) and before compression. */
export function registerPageCache(app: FastifyInstance, limits = { maxEntries: 2000, maxBytes: 32 * 1024 * 1024 }): void {
  const cache = new PageCache(limits.maxEntries, limits.maxBytes);
  app.decorate('pageCache', cache);

  const inFlight = new InFlight();
  /** The kept entry for `key` if it is still the current page ('aged': right but past VOLATILE_MS). */
  const lookup = async (key: string, tenant: Tenant, volatile: boolean) => {
    const stamp = `${await contentStamp(app.deps.db, app.deps.clock, tenant.id)}${volatile ? `.w${writes}` : ''}`;
    const hit = cache.get(key);
    const current = hit && hit.stamp === stamp && hit.tenant === tenant ? hit : undefined;
    const aged = current?.expiresAt !== undefined && app.deps.clock.now().getTime() >= current.expiresAt;
    return { stamp, entry: current, aged };
  };

  app.addHook('preHandler', async (req, reply) => {
    const tenant = req.tenant;
    if (req.method !== 'GET' || !tenant || req.principal || req.csrfToken || !CACHED_PAGES.has(routeOf(req))) return;
    const key = `${tenant.id}\n${req.locale}\n${req.unofferedLocale ?? ''}\n${req.url}`;
    const volatile = VOLATILE_PAGES.has(routeOf(req));
    let found = await lookup(key, tenant, volatile);
    if (found.entry && (!found.aged || inFlight.has(key))) return sendEntry(cache, req, reply, found.entry);
    // Decided without an await in between, so that of visitors arriving together one renders.
    if (inFlight.has(key)) {
      await inFlight.wait(key);
      found = await lookup(key, tenant, volatile);
      if (found.entry && !found.aged) return sendEntry(cache, req, reply, found.entry);
    }
    req.pageCacheKey = key;
    req.pageCacheStamp = found.stamp;
    if (!inFlight.has(key)) req.pageCacheDone = inFlight.start(key);
  });
  // The rendering request has answered (or failed, or its visitor left): release the waiters.
  const release = async (req: FastifyRequest) => req.pageCacheDone?.();
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);

  app.addHook('onSend', async (req, reply, payload) => {
    const key = req.pageCacheKey;
    if (!key || !req.tenant || req.principal || req.csrfToken || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    if (cacheControl !== 'private, no-cache' || !String(reply.getHeader('content-type')).startsWith('text/html')) return payload;
    // Nothing that belongs to this visitor may be kept: no cookie but the language chosen by ?lang=.
    const cookies = [reply.getHeader('set-cookie') ?? []].flat().map(String);
    if (cookies.some((c) => !c.startsWith('bredvid_lang='))) return payload;
    const body = Buffer.from(payload);
    const etag = weakEtag(body);
    reply.header('etag', etag);
    const expiresAt = VOLATILE_PAGES.has(routeOf(req)) ? app.deps.clock.now().getTime() + VOLATILE_MS : undefined;
    cache.set(key, { key, body, etag, bytes: body.length, stamp: req.pageCacheStamp!, tenant: req.tenant, cacheControl, expiresAt });
    return payload;
  });

  // Any write may change free places: volatile entries rendered before it are no longer served.
  // Counted once the handler has committed (onSend, before the answer leaves, so the visitor's
  // next page is fresh) and again when it has left (a page rendered meanwhile is not kept).
  const isWrite = (req: FastifyRequest) => req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
  app.addHook('onSend', async (req, _reply, payload) => {
    if (isWrite(req)) writes++;
    return payload;
  });
  app.addHook('onResponse', async (req) => {
    if (isWrite(req)) writes++;
  });
}
