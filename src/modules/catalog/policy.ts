import type { Permission } from '../../platform/auth/permissions.js';

// The support catalogue is public information, owned by the municipality as a whole: anyone
// holding catalog:edit in any unit edits it. Reading published offerings needs nothing.
export const EDIT: Permission = 'catalog:edit';
