// The staff start page lists what a person's roles let them do. Each module adds its entries.
import type { Permission } from '../platform/auth/permissions.js';

export interface StaffLink {
  path: string; // below /{kommun}/personal, e.g. '/stod'
  label: string;
  description: string;
  permission: Permission;
}

export const STAFF_LINKS: StaffLink[] = [
  { path: '/stod', label: 'Stödutbud', description: 'Skapa, ändra och publicera erbjudanden i stödkatalogen.', permission: 'catalog:edit' },
  { path: '/admin', label: 'Organisation och inställningar', description: 'Förvaltningar, områden och enheter, användare och roller, kommunens inställningar.', permission: 'org:admin' },
  { path: '/logg', label: 'Åtkomstlogg', description: 'Granska vem som läst och ändrat personuppgifter.', permission: 'audit:read' },
];
