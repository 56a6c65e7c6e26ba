import type { Permission } from '../../platform/auth/permissions.js';

// Information pages are the municipality's public text: anyone holding pages:edit edits
// them. The portal's own settings (short alias, intro, routing rules) need settings:admin.
export const EDIT: Permission = 'pages:edit';
export const SETTINGS: Permission = 'settings:admin';
