import type { Permission } from '../../platform/auth/permissions.js';

// The contact log holds no identities; specialists log contacts for the unit their role is
// held in, and edit only their own entries within 24 hours.
export const LOG: Permission = 'contacts:log';
export const EDIT_WINDOW_HOURS = 24;

export function editableUntil(createdAt: string): Date {
  return new Date(Date.parse(createdAt) + EDIT_WINDOW_HOURS * 3600_000);
}

export function isEditable(entry: { userId: string | null; createdAt: string }, userId: string, now: Date): boolean {
  return entry.userId === userId && now < editableUntil(entry.createdAt);
}
