import type { Permission } from '../../platform/auth/permissions.js';

// Identified carers are read and written by specialists within the units their roles cover;
// outside that scope a carer does not exist (404), also in search, lists and counts.
export const READ: Permission = 'carers:read';
export const WRITE: Permission = 'carers:write';
// Access-log reviews: unit managers (and auditors) with audit:read, for the units they cover.
export const REVIEW: Permission = 'audit:read';
