// Groups, events and booking (SPEC C2). An "event" is a series (e.g. 8 Tuesdays) or a single
// occasion; each has one or more sessions. Places are counted in places_taken on the row that
// holds the capacity: the event when booking is for the whole series, the session otherwise.
import type { Generated } from 'kysely';
export interface EventsTable {
  id: string;
  tenant_id: string;
  /** Owning unit (scope for staff); null = the whole municipality */
  unit_id: string | null;
  kind: string; // 'series' | 'single'
  type: string; // EventType
  title: string;
  summary: string;
  description: string;
  place_name: string;
  address: string;
  accessibility: string;
  online: number;
  /** Sent only to people with a confirmed place */
  online_link: string | null;
  capacity: number;
  /** Places held when booking_mode = 'series' (booked + offered + awaiting approval) */
  places_taken: number;
  /** JSON array of user ids */
  leader_user_ids: string;
  /** JSON array of free-text leader names, e.g. "Cirkelledare från Röda Korset" */
  external_leaders: string;
  /** JSON array of Audience */
  audience: string;
  /** JSON array of TargetGroup; empty = every target group */
  target_groups: string;
  language: string; // ContentLocale
  /** JSON EventTranslations: the staff-written texts in other languages (migration 0037) */
  translations: Generated<string>;
  booking_mode: string; // 'series' | 'session'
  booking_opens_at: string | null;
  booking_closes_at: string | null;
  requires_approval: number;
  waitlist_enabled: number;
  /** Hours before a session the reminder goes out; null = no reminder */
  reminder_hours: number | null;
  status: string; // 'draft' | 'published' | 'cancelled'
  cancel_reason: string | null;
  cancelled_at: string | null;
  /** 1 once the event has been published: a cancelled one then stays in the feed as cancelled */
  ever_published: Generated<number>;
  /** Denormalised span of the scheduled sessions, for listing and retention */
  first_starts_at: string | null;
  last_ends_at: string | null;
  /** When the bookings' contact details were erased (retention) */
  contacts_erased_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventSessionsTable {
  id: string;
  tenant_id: string;
  event_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  /** Places held when booking_mode = 'session' */
  places_taken: number;
  status: string; // 'scheduled' | 'cancelled'
  /** Anonymous head count (the Södertälje and Herrljunga way) */
  head_count: number | null;
  attendance_recorded_at: string | null;
  reminded_at: string | null;
  /** iCalendar SEQUENCE: counted up on every change a calendar must take over */
  sequence: Generated<number>;
  created_at: string;
}

export interface EventBookingsTable {
  id: string;
  tenant_id: string;
  event_id: string;
  /** null = the whole series */
  session_id: string | null;
  status: string; // BookingStatus
  /** Place in the waiting list (lower first) */
  queue_pos: number | null;
  /** Name or alias; null once erased */
  name: string | null;
  email: string | null;
  phone: string | null;
  /** JSON: BookingNeeds */
  needs: string | null;
  /** SHA-256 of the private link's token; null once erased */
  token_hash: string | null;
  /** A staff member or ambassador booked onto a training themselves */
  user_id: string | null;
  /** Staff who booked on the carer's behalf */
  booked_by_user_id: string | null;
  offer_expires_at: string | null;
  late_cancellation: number;
  cancelled_by: string | null; // 'self' | 'staff' | 'event'
  cancelled_at: string | null;
  contact_erased_at: string | null;
  /** The content language the booking was made in; the booker's messages are written in it (migration 0028). */
  locale: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface EventAttendanceTable {
  id: string;
  tenant_id: string;
  session_id: string;
  booking_id: string;
  /** 1 = came, 0 = no-show */
  attended: number;
  recorded_at: string;
  recorded_by: string | null;
}

export interface EventsTables {
  events: EventsTable;
  event_sessions: EventSessionsTable;
  event_bookings: EventBookingsTable;
  event_attendance: EventAttendanceTable;
}
