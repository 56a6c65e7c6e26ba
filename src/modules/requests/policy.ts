// Who sees which contact request (SPEC §5.1). Specialists see the requests routed to the units
// their contacts:inbox roles cover; an unrouted request belongs to the common queue, seen by
// municipality-wide roles and by the carer-support unit's specialists. Outside that: 404.
import type { Permission } from '../../platform/auth/permissions.js';
import type { Scope } from '../../platform/auth/principal.js';

export const INBOX: Permission = 'contacts:inbox';

export function canSeeRequest(scope: Scope, routedUnitId: string | null, carerSupportUnitId: string | null): boolean {
  if (scope.units === 'all') return true;
  if (routedUnitId !== null) return scope.units.includes(routedUnitId);
  return carerSupportUnitId !== null && scope.units.includes(carerSupportUnitId);
}

/** Which units' requests (and whether the common queue) a scope covers, for queries. */
export function visibleUnits(scope: Scope, carerSupportUnitId: string | null): { units: 'all' | string[]; commonQueue: boolean } {
  if (scope.units === 'all') return { units: 'all', commonQueue: true };
  return { units: scope.units, commonQueue: carerSupportUnitId !== null && scope.units.includes(carerSupportUnitId) };
}
