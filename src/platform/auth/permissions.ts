// Roles (SPEC §1) grant permissions; each role is held in a unit and covers the units below
// it (or the whole municipality when unit is null). Modules ask for a permission and get the
// unit scope their queries must filter by.
import type { Role } from '../domain/vocab.js';

export const PERMISSIONS = [
  'staff:home',
  'catalog:edit',
  'pages:edit',
  'partners:edit',
  'org:admin',
  'users:admin',
  'settings:admin',
  'audit:read',
  'contacts:log',
  'contacts:inbox',
  'carers:read',
  'carers:write',
  'referrals:create',
  'referrals:handle',
  'events:edit',
  'events:manage',
  'events:book_for',
  'ambassadors:designate',
  'ambassadors:read',
  'governance:edit',
  'plans:edit',
  'plans:read',
  'outreach:edit',
  'reports:read',
  'reports:detailed',
  'selfcheck:admin',
  'selfcheck:staff',
  'needs_assessment:record',
  'motesplats:moderate',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const all = (...p: Permission[]) => p;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // events:edit: create and edit activities like other content; participants need events:manage.
  // motesplats:moderate: the meeting place's queue, rooms, moderators and word list (specialists run
  // the rooms; admin sets them up and can step in).
  admin: all('staff:home', 'catalog:edit', 'pages:edit', 'partners:edit', 'org:admin', 'users:admin', 'settings:admin',
    'selfcheck:admin', 'plans:read', 'reports:read', 'events:edit', 'motesplats:moderate'),
  specialist: all('staff:home', 'catalog:edit', 'pages:edit', 'partners:edit', 'contacts:log', 'contacts:inbox', 'carers:read',
    'carers:write', 'referrals:create', 'referrals:handle', 'events:edit', 'events:manage', 'events:book_for', 'ambassadors:read',
    'governance:edit', 'plans:edit', 'plans:read', 'outreach:edit', 'reports:read', 'reports:detailed', 'selfcheck:staff',
    'motesplats:moderate'),
  ambassador: all('staff:home', 'referrals:create', 'events:book_for'),
  staff: all('staff:home', 'referrals:create'),
  case_officer: all('staff:home', 'referrals:create', 'needs_assessment:record'),
  unit_manager: all('staff:home', 'referrals:create', 'ambassadors:designate', 'ambassadors:read', 'audit:read', 'reports:read'),
  area_manager: all('staff:home', 'referrals:create', 'ambassadors:designate', 'ambassadors:read', 'plans:read', 'reports:read'),
  director: all('staff:home', 'referrals:create', 'ambassadors:designate', 'ambassadors:read', 'plans:read', 'plans:edit', 'reports:read'),
  board: all('staff:home', 'reports:read', 'plans:read'),
  auditor: all('staff:home', 'audit:read'),
};
