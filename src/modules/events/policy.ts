import type { Permission } from '../../platform/auth/permissions.js';

// Events belong to a unit: staff holding events:manage there (or above) create, edit and cancel
// them and see their participants; events:edit (admins) creates and edits them without seeing anyone. events:book_for lets staff and ambassadors book public
// events on a carer's behalf without seeing anyone else's booking. Any signed-in staff member
// (staff:home) may sign up for trainings meant for staff or ambassadors.
export const MANAGE: Permission = 'events:manage';
/** Create, edit, publish and add sessions to activities, as content (the admin has this too);
 *  participants, attendance, bookings and cancelling with messages to the booked need MANAGE. */
export const EDIT: Permission = 'events:edit';
export const BOOK_FOR: Permission = 'events:book_for';
export const TRAINING: Permission = 'staff:home';
