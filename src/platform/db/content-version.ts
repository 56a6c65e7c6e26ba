// A counter per municipality for public content that only staff change (catalogue, information
// pages, partners, and events: what they are and when, not their free places). The render cache (http/page-cache.ts) stamps every page it keeps with it.
// contentChanged() is called after the write has committed: it counts up in this process at
// once, and in the tenants row for other instances, which re-read it within REVALIDATE_MS (the
// same version check as the tenant cache). Called after commit, a page rendered from the old
// data always carries an older stamp than the one current after the change.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import type { Clock } from './clock.js';
import { REVALIDATE_MS } from '../tenancy/cache.js';
import { perHandle } from './single-flight.js';

// Keyed by tenant id (UUIDs), like the tenant cache's generations, so a service that holds any
// database handle reaches every app in this process.
const localGenerations = new Map<string, number>();
interface Stored { version: number; checkedAt: number }
const stored = new WeakMap<object, Map<string, Stored>>();
const reads = perHandle<number>();

/** Call after a committed staff change of public content of this municipality. */
export async function contentChanged(db: Kysely<DB>, tenantId: string): Promise<void> {
  localGenerations.set(tenantId, (localGenerations.get(tenantId) ?? 0) + 1);
  await db.updateTable('tenants').set({ content_version: sql<number>`content_version + 1` }).where('id', '=', tenantId).execute();
}

/** The municipality's current content stamp, as this process knows it. */
export async function contentStamp(db: Kysely<DB>, clock: Clock, tenantId: string): Promise<string> {
  let perDb = stored.get(db);
  if (!perDb) stored.set(db, (perDb = new Map()));
  const now = clock.now().getTime();
  let s = perDb.get(tenantId);
  if (!s || now - s.checkedAt < 0 || now - s.checkedAt >= REVALIDATE_MS) {
    const version = await reads(db).run(`${localGenerations.get(tenantId) ?? 0}\n${tenantId}`, async () =>
      (await db.selectFrom('tenants').select('content_version').where('id', '=', tenantId).executeTakeFirst())?.content_version ?? -1);
    s = { version, checkedAt: now };
    perDb.set(tenantId, s);
  }
  return `${s.version}.${localGenerations.get(tenantId) ?? 0}`;
}
