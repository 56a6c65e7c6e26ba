import type { Permission } from '../../platform/auth/permissions.js';
import { ROLE_PERMISSIONS } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';

// reports:read opens the yearly report with small numbers suppressed (board, managers, admin);
// reports:detailed shows exact numbers on screen and edits the yearly questionnaire (specialists).
export const READ: Permission = 'reports:read';
export const DETAILED: Permission = 'reports:detailed';

/**
 * The dashboards are for specialists and managers. A board member (nämnd, anhörigråd) sees the
 * report and nothing else, so reports:read through the board role alone does not open them.
 */
export function mayViewDashboard(p: Principal): boolean {
  return p.roles.some((r) => r.role !== 'board' && ROLE_PERMISSIONS[r.role]?.includes(READ));
}
