// Groups, events and booking (SPEC C2, and C4's trainings for staff and ambassadors): series
// and single events with sessions, booking without an account, a waiting list with automatic
// promotion, reminders, calendars and attendance — never an overbooking.
// This file is the module's public API; other modules import only from here.
import { JOBS } from '../../platform/jobs/scheduler.js';
import { EVENT_JOBS } from './reminders.js';

export { attendedTrainingsByUsers, yearlyEventStats, type AttendedTraining, type YearlyEventStats, type GroupStats } from './stats.js';
export * from './series.js';
export * from './sessions.js';
export * from './bookings.js';
export { confirmOffer, expireOffers, moveFirst, promoteByHand, type StaffActor } from './waitlist.js';
export * from './attendance.js';
export { sendReminders, eraseOldContactDetails } from './reminders.js';
export { feedIcs, bookingIcs } from './calendar.js';
export { bookingsByIds, bookingClaimTarget, eraseBookingsForAccount, type OwnedBooking } from './account-bookings.js';
export { searchActivities, type FoundActivity } from './search.js';
export { type BookingInfo, type Deps, type EventInfo, type SessionInfo, isPublic, isTraining, localizeEvent, placesLeft, needsText, nextSession } from './model.js';

for (const job of EVENT_JOBS) if (!JOBS.some((j) => j.name === job.name)) JOBS.push(job);
