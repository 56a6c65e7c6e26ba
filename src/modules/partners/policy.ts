import type { Permission } from '../../platform/auth/permissions.js';

// The partner directory is public information owned by the municipality as a whole: anyone
// holding partners:edit edits it. Reading needs nothing.
export const EDIT: Permission = 'partners:edit';
