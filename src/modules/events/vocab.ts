// The events module's own codes. Codes are English and stable; labels Swedish first.
export const EVENT_TYPES = ['carer_group', 'theme_evening', 'carer_meeting', 'training', 'lecture', 'workshop', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_LABELS: Record<EventType, { sv: string; en: string }> = {
  carer_group: { sv: 'Anhöriggrupp', en: 'Carer group' },
  theme_evening: { sv: 'Temakväll', en: 'Theme evening' },
  carer_meeting: { sv: 'Anhörigträff', en: 'Carer meeting' },
  training: { sv: 'Utbildning', en: 'Training' },
  lecture: { sv: 'Föreläsning', en: 'Lecture' },
  workshop: { sv: 'Workshop', en: 'Workshop' },
  other: { sv: 'Annan aktivitet', en: 'Other activity' },
};

/** Who an event is for. Events only for staff or ambassadors are not in the public calendar. */
export const AUDIENCES = ['carers', 'staff', 'ambassadors', 'politicians', 'associations'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, { sv: string; en: string }> = {
  carers: { sv: 'Anhöriga', en: 'Carers' },
  staff: { sv: 'Personal', en: 'Staff' },
  ambassadors: { sv: 'Anhörigombud', en: 'Carer ambassadors' },
  politicians: { sv: 'Politiker', en: 'Politicians' },
  associations: { sv: 'Föreningar', en: 'Associations' },
};
export const PUBLIC_AUDIENCES: readonly Audience[] = ['carers', 'politicians', 'associations'];
export const TRAINING_AUDIENCES: readonly Audience[] = ['staff', 'ambassadors'];

export const BOOKING_MODES = ['series', 'session'] as const;
export type BookingMode = (typeof BOOKING_MODES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * pending = awaits staff approval (holds a place); booked; offered = promoted from the
 * waiting list, must confirm before offer_expires_at (holds a place); waitlisted; and the
 * closed states.
 */
export const BOOKING_STATUSES = ['pending', 'booked', 'offered', 'waitlisted', 'cancelled', 'declined', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const HOLDING: readonly BookingStatus[] = ['pending', 'booked', 'offered'];
export const ACTIVE: readonly BookingStatus[] = ['pending', 'booked', 'offered', 'waitlisted'];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, { sv: string; en: string }> = {
  pending: { sv: 'Väntar på godkännande', en: 'Awaiting approval' },
  booked: { sv: 'Bokad', en: 'Booked' },
  offered: { sv: 'Erbjuden plats – väntar på bekräftelse', en: 'Offered a place – awaiting confirmation' },
  waitlisted: { sv: 'I kö', en: 'On the waiting list' },
  cancelled: { sv: 'Avbokad', en: 'Cancelled' },
  declined: { sv: 'Inte godkänd', en: 'Not approved' },
  expired: { sv: 'Erbjudandet gick ut', en: 'Offer expired' },
};

export interface BookingNeeds {
  interpreter?: string;
  hearingLoop?: boolean;
  diet?: string;
  bringingCaredFor?: boolean;
}

/** A person may hold at most this many active bookings in one municipality at a time. */
export const MAX_ACTIVE_BOOKINGS_PER_CONTACT = 10;

/** The staff-written texts of an event that can be given per language (issue 16). */
export const TRANSLATABLE = ['title', 'summary', 'description', 'accessibility'] as const;
export type TranslatableKey = (typeof TRANSLATABLE)[number];
