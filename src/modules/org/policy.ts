import type { Permission } from '../../platform/auth/permissions.js';
import { inScope, type Scope } from '../../platform/auth/principal.js';
import { Forbidden, NotFound } from '../../platform/http/errors.js';

// Who may administer what. An admin role held for the whole municipality (unit null) manages
// everything; an admin role held in a unit manages that unit's subtree only: its units, and
// the users whose roles lie there. Settings, governance bodies and imports shape the whole
// municipality, so they need a municipality-wide grant.
export const ORG_ADMIN: Permission = 'org:admin';
export const USERS_ADMIN: Permission = 'users:admin';
export const SETTINGS_ADMIN: Permission = 'settings:admin';

export const isWholeMunicipality = (scope: Scope): boolean => scope.units === 'all';

export function requireWholeMunicipality(scope: Scope): void {
  if (!isWholeMunicipality(scope)) throw new Forbidden('Det här kräver en administratörsroll för hela kommunen');
}

/** A unit outside the admin's scope is not found (SPEC §5.1). */
export function assertUnitInScope(scope: Scope, unitId: string | null): void {
  if (unitId === null ? !isWholeMunicipality(scope) : !inScope(scope, unitId)) throw new NotFound();
}

/** May the admin place something (a role, a new unit) at this unit? null = whole municipality. */
export const mayPlaceAt = (scope: Scope, unitId: string | null): boolean =>
  unitId === null ? isWholeMunicipality(scope) : inScope(scope, unitId);
