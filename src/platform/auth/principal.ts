// The signed-in staff member and the unit scope their roles give for a permission.
import type { Role } from '../domain/vocab.js';
import { type OrgUnit, subtree } from '../tenancy/tenancy.js';
import { type Permission, ROLE_PERMISSIONS } from './permissions.js';

export interface RoleGrant {
  role: Role;
  unitId: string | null;
}

export interface Principal {
  userId: string;
  tenantId: string;
  name: string;
  email: string;
  title: string;
  roles: RoleGrant[];
  /** The tenant's units, as current as the session read (units-cache.ts), to compute scopes.
   *  Shared between requests: frozen, never to be changed in place. */
  units: readonly OrgUnit[];
  /** Signed in with a password someone else set: nothing but changing it until it is changed. */
  mustChangePassword?: boolean;
  /** How this session was signed in (AuthMethod in sessions.ts) */
  authMethod?: string;
}

/** Which units a query may touch: every unit of the tenant, or exactly these. */
export interface Scope {
  tenantId: string;
  units: 'all' | string[];
}

export function hasRole(p: Principal, role: Role): boolean {
  return p.roles.some((r) => r.role === role);
}

export function can(p: Principal | undefined, perm: Permission): boolean {
  return !!p && p.roles.some((r) => ROLE_PERMISSIONS[r.role]?.includes(perm));
}

/** The units covered for a permission, or undefined when the user lacks it entirely. */
export function scopeFor(p: Principal, perm: Permission): Scope | undefined {
  const grants = p.roles.filter((r) => ROLE_PERMISSIONS[r.role]?.includes(perm));
  if (grants.length === 0) return undefined;
  if (grants.some((g) => g.unitId === null)) return { tenantId: p.tenantId, units: 'all' };
  const ids = new Set<string>();
  for (const g of grants) for (const id of subtree(p.units, g.unitId!)) ids.add(id);
  return { tenantId: p.tenantId, units: [...ids] };
}

export function inScope(scope: Scope, unitId: string | null): boolean {
  if (scope.units === 'all') return true;
  return unitId !== null && scope.units.includes(unitId);
}

/** The unit a staff member acts from by default (their first role's unit). */
export function homeUnitId(p: Principal): string | null {
  return p.roles.find((r) => r.unitId !== null)?.unitId ?? null;
}
