import type { Permission } from '../../platform/auth/permissions.js';

// A municipality admin edits and publishes instruments; a specialist goes through an
// instrument with an identified carer and attaches the result (with consent). The counts
// are open to both. Citizens need nothing to take the anonymous check.
export const ADMIN: Permission = 'selfcheck:admin';
export const STAFF: Permission = 'selfcheck:staff';
