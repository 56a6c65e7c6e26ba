// The municipality of every request, kept in memory: resolving it read the tenants row and
// re-parsed its settings on every request (about 14 % of the catalogue's CPU). One cache per
// database handle (tests each have their own). Writes in this process call invalidateTenant()
// and are seen at once; a write by another instance (PostgreSQL, or the CLI) is seen within
// REVALIDATE_MS, when the entry is checked against the row again (a re-parse only when the
// settings text, name or active flag changed).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../db/clock.js';
import { perHandle } from '../db/single-flight.js';
import { parseSettings } from './settings.js';
import type { Tenant } from './tenancy.js';

export const REVALIDATE_MS = 2000;

interface Row { id: string; slug: string; name: string; settings: string; active: number }
interface Entry { row: Row; tenant: Tenant | undefined; checkedAt: number; generation: number }

const caches = new WeakMap<object, Map<string, Entry>>();
// Bumped by invalidateTenant(); keyed by tenant id (UUIDs), so a write inside a transaction,
// which has no handle on the root database's cache, still reaches it.
const generations = new Map<string, number>();
/** Counted up with every invalidation: part of a re-read's key, so none joins an older read. */
let invalidations = 0;
const reads = perHandle<Row | undefined>();

function cacheOf(db: Kysely<DB>): Map<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new Map()));
  return c;
}

const sameRow = (a: Row, b: Row | undefined) =>
  (!!b && a.id === b.id && a.name === b.name && a.settings === b.settings && a.active === b.active);

/** The active municipality with this slug, from memory when checked within REVALIDATE_MS. */
export async function cachedTenantBySlug(db: Kysely<DB>, clock: Clock, slug: string): Promise<Tenant | undefined> {
  const cache = cacheOf(db);
  const now = clock.now().getTime();
  const hit = cache.get(slug);
  const current = hit && hit.generation === (generations.get(hit.row.id) ?? 0);
  if (hit && current && now - hit.checkedAt >= 0 && now - hit.checkedAt < REVALIDATE_MS) return hit.tenant;
  const row = await reads(db).run(`${invalidations}\n${slug}`, () => db.selectFrom('tenants')
    .select(['id', 'slug', 'name', 'settings', 'active']).where('slug', '=', slug).executeTakeFirst());
  if (hit && current && sameRow(hit.row, row)) {
    hit.checkedAt = now;
    return hit.tenant;
  }
  const tenant = row && row.active === 1 ? { id: row.id, slug: row.slug, name: row.name, settings: parseSettings(row.settings) } : undefined;
  // Unknown slugs are not remembered, so probing random addresses cannot grow the cache.
  if (row) cache.set(slug, { row, tenant, checkedAt: now, generation: generations.get(row.id) ?? 0 });
  else cache.delete(slug);
  return tenant;
}

/** Call after writing a tenants row: this process sees the change on its next request. */
export function invalidateTenant(tenantId: string): void {
  generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
  invalidations++;
}
