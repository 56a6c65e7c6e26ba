import type { Generated } from 'kysely';

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  /** JSON: TenantSettings (see tenancy/settings.ts) */
  settings: string;
  active: number;
  created_at: string;
  /** Counted up after every staff change of public content (render cache, http/page-cache.ts). */
  content_version: Generated<number>;
  /** Counted up by the database on every write of org_units (migration 0042, units-cache.ts). */
  units_version: Generated<number>;
}

export interface OrgUnitsTable {
  id: string;
  tenant_id: string;
  parent_id: string | null;
  kind: string; // UnitKind
  name: string;
  external: number;
  active: number;
  sort_order: number;
  created_at: string;
}

export interface TenancyTables {
  tenants: TenantsTable;
  org_units: OrgUnitsTable;
}
