import type { Permission } from '../../platform/auth/permissions.js';

// Events belong to a unit: staff holding events:manage there (or above) create, edit and cancel
// them and see their participants. events:book_for lets staff and ambassadors book public
// events on a carer's behalf without seeing anyone else's booking. Any signed-in staff member
// (staff:home) may sign up for trainings meant for staff or ambassadors.
export const MANAGE: Permission = 'events:manage';
export const BOOK_FOR: Permission = 'events:book_for';
export const TRAINING: Permission = 'staff:home';
