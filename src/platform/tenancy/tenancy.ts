// Municipalities (tenants) and their organisation tree. Every tenant-owned query elsewhere
// takes tenantId as an argument; this file resolves the tenant from the URL prefix.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { UnitKind } from '../domain/vocab.js';
import { parseSettings, type TenantSettings } from './settings.js';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  settings: TenantSettings;
}

export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  external: boolean;
  active: boolean;
  sortOrder: number;
}

const toTenant = (r: { id: string; slug: string; name: string; settings: string }): Tenant => ({
  id: r.id, slug: r.slug, name: r.name, settings: parseSettings(r.settings),
});

export async function findTenantBySlug(db: Kysely<DB>, slug: string): Promise<Tenant | undefined> {
  const row = await db.selectFrom('tenants').select(['id', 'slug', 'name', 'settings'])
    .where('slug', '=', slug).where('active', '=', 1).executeTakeFirst();
  return row ? toTenant(row) : undefined;
}

export async function findTenantByAlias(db: Kysely<DB>, alias: string): Promise<Tenant | undefined> {
  // Few tenants per installation in practice; the alias lives in settings.
  const rows = await db.selectFrom('tenants').select(['id', 'slug', 'name', 'settings']).where('active', '=', 1).execute();
  return rows.map(toTenant).find((t) => t.settings.shortAlias === alias);
}

export async function listTenants(db: Kysely<DB>): Promise<Tenant[]> {
  const rows = await db.selectFrom('tenants').select(['id', 'slug', 'name', 'settings'])
    .where('active', '=', 1).orderBy('name').execute();
  return rows.map(toTenant);
}

export async function listUnits(db: Kysely<DB>, tenantId: string): Promise<OrgUnit[]> {
  const rows = await db.selectFrom('org_units').selectAll().where('tenant_id', '=', tenantId)
    .orderBy('sort_order').orderBy('name').execute();
  return rows.map((r) => ({
    id: r.id, parentId: r.parent_id, kind: r.kind as UnitKind, name: r.name,
    external: r.external === 1, active: r.active === 1, sortOrder: r.sort_order,
  }));
}

// The children of each unit, once per tree: a principal's tree is shared between requests
// (units-cache.ts, frozen), so scopes no longer rebuild it for every grant of every request.
// Only a frozen tree is kept (its array and units cannot change); any other is mapped each time.
const childrenByTree = new WeakMap<readonly OrgUnit[], Map<string | null, string[]>>();
function childrenOf(units: readonly OrgUnit[]): Map<string | null, string[]> {
  const kept = childrenByTree.get(units);
  if (kept) return kept;
  const children = new Map<string | null, string[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  if (Object.isFrozen(units)) childrenByTree.set(units, children);
  return children;
}

/** The unit and every unit below it. */
export function subtree(units: readonly OrgUnit[], rootId: string): Set<string> {
  const children = childrenOf(units);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Ancestors first: administration → area → unit, for breadcrumbs and report grouping. */
export function pathTo(units: readonly OrgUnit[], id: string): OrgUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: OrgUnit[] = [];
  let cur = byId.get(id);
  while (cur && path.length < 20) {
    path.unshift(cur);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}
