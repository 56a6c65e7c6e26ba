import type { Permission } from '../../platform/auth/permissions.js';
import { ROLE_PERMISSIONS } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';

// reports:read opens the yearly report with small numbers suppressed (board, managers, admin);
// reports:detailed shows exact numbers on screen and edits the yearly questionnaire (specialists).
export const READ: Permission = 'reports:read';
export const DETAILED: Permission = 'reports:detailed';

/** Every reports:read holder opens the overview (suppressed unless reports:detailed). */
export function mayViewDashboard(p: Principal): boolean {
  return p.roles.some((r) => ROLE_PERMISSIONS[r.role]?.includes(READ));
}

/**
 * A board member (nämnd, anhörigråd) with no other reading role sees the overview of the whole
 * municipality only: the month-by-month series of the parts are not suppressed together over the
 * organisation tree the way the yearly reports are.
 */
export function wholeMunicipalityOnly(p: Principal): boolean {
  return !p.roles.some((r) => r.role !== 'board' && ROLE_PERMISSIONS[r.role]?.includes(READ));
}
