import type { Permission } from '../../platform/auth/permissions.js';

// An activity plan belongs to the municipality as a whole and holds no personal data: anyone
// holding plans:read in any unit reads every plan (directors, board, specialists); plans:edit
// creates, edits and imports.
export const READ: Permission = 'plans:read';
export const EDIT: Permission = 'plans:edit';
