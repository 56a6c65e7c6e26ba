import type { Permission } from '../../platform/auth/permissions.js';

// Information pages are the municipality's public text: anyone holding pages:edit edits
// them. The portal's settings (short alias, intro, routing rules) are the admin's settings
// page's (org module, settings:admin).
export const EDIT: Permission = 'pages:edit';
