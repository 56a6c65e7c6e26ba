import type { Permission } from '../../platform/auth/permissions.js';

// Outreach campaigns are the specialists' own planning, for the whole municipality: whoever
// holds outreach:edit reads and edits them. Counts of what each campaign brought are
// aggregates (no person behind them); the reports module suppresses small numbers.
export const EDIT: Permission = 'outreach:edit';
