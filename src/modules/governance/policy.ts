import type { Permission } from '../../platform/auth/permissions.js';
import { can, type Principal } from '../../platform/auth/principal.js';

// Governance bodies, their members and meetings belong to the municipality as a whole, not to
// a unit: whoever holds governance:edit (the specialists) keeps them; staff who follow the
// plan (plans:read: directors, area managers, the board, admins) read them and the yearly wheel.
export const EDIT: Permission = 'governance:edit';
export const READ_ALTERNATIVE: Permission = 'plans:read';

export const canRead = (p: Principal | undefined): boolean => can(p, EDIT) || can(p, READ_ALTERNATIVE);
export const canEdit = (p: Principal | undefined): boolean => can(p, EDIT);
