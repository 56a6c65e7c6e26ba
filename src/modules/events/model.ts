// Row → view model, once per entity. Templates and other modules never see rows.
import { parseJson } from '../../platform/db/helpers.js';
import type { ContentLocale, TargetGroup } from '../../platform/domain/vocab.js';
import { isLocale } from '../../platform/i18n/i18n.js';
import type { AppDeps } from '../../platform/http/deps.js';
import type { BookingRow } from './booking-queries.js';
import type { EventRow, PlaceHolder, SessionRow } from './series-queries.js';
import { type Audience, type BookingMode, type BookingNeeds, type BookingStatus, type EventStatus, type EventType, PUBLIC_AUDIENCES, type TranslatableKey, TRAINING_AUDIENCES } from './vocab.js';

/** What the events services need from the app. */
export type Deps = Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'config'>;

export type EventTranslations = Partial<Record<ContentLocale, Partial<Record<TranslatableKey, string>>>>;

export interface EventInfo {
  id: string;
  unitId: string | null;
  kind: 'series' | 'single';
  type: EventType;
  title: string;
  summary: string;
  description: string;
  placeName: string;
  address: string;
  accessibility: string;
  online: boolean;
  onlineLink: string | null;
  capacity: number;
  placesTaken: number;
  leaderUserIds: string[];
  externalLeaders: string[];
  audience: Audience[];
  targetGroups: TargetGroup[];
  language: ContentLocale;
  translations: EventTranslations;
  /** The language title, summary, description and accessibility are written in (localizeEvent). */
  textLang: ContentLocale;
  /** The reader asked for another language and the event's own text stands in (localizeEvent). */
  fallback: boolean;
  bookingMode: BookingMode;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  reminderHours: number | null;
  status: EventStatus;
  cancelReason: string | null;
  firstStartsAt: string | null;
  lastEndsAt: string | null;
  contactsErasedAt: string | null;
  updatedAt: string;
}

export interface SessionInfo {
  id: string;
  eventId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  placesTaken: number;
  status: 'scheduled' | 'cancelled';
  headCount: number | null;
  attendanceRecordedAt: string | null;
  sequence: number;
}

export interface BookingInfo {
  id: string;
  eventId: string;
  sessionId: string | null;
  status: BookingStatus;
  queuePos: number | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  needs: BookingNeeds;
  userId: string | null;
  bookedByUserId: string | null;
  offerExpiresAt: string | null;
  lateCancellation: boolean;
  cancelledBy: string | null;
  cancelledAt: string | null;
  contactErasedAt: string | null;
  /** The language of the booker's messages */
  locale: ContentLocale;
  createdAt: string;
}

export function toEvent(r: EventRow): EventInfo {
  return {
    id: r.id, unitId: r.unit_id, kind: r.kind === 'single' ? 'single' : 'series', type: r.type as EventType, title: r.title, summary: r.summary,
    description: r.description, placeName: r.place_name, address: r.address, accessibility: r.accessibility, online: r.online === 1,
    onlineLink: r.online_link, capacity: r.capacity, placesTaken: r.places_taken,
    leaderUserIds: parseJson<string[]>(r.leader_user_ids, []), externalLeaders: parseJson<string[]>(r.external_leaders, []),
    audience: parseJson<Audience[]>(r.audience, []), targetGroups: parseJson<TargetGroup[]>(r.target_groups, []),
    language: r.language as ContentLocale, translations: parseJson<EventTranslations>(r.translations ?? '{}', {}),
    textLang: r.language as ContentLocale, fallback: false, bookingMode: r.booking_mode as BookingMode, bookingOpensAt: r.booking_opens_at,
    bookingClosesAt: r.booking_closes_at, requiresApproval: r.requires_approval === 1, waitlistEnabled: r.waitlist_enabled === 1,
    reminderHours: r.reminder_hours, status: r.status as EventStatus, cancelReason: r.cancel_reason,
    firstStartsAt: r.first_starts_at, lastEndsAt: r.last_ends_at, contactsErasedAt: r.contacts_erased_at, updatedAt: r.updated_at,
  };
}

/**
 * The event as a reader of `locale` sees it: the staff's translation when one has a title,
 * otherwise the event's own text (marked with its language) and `fallback` so the page says so.
 */
export function localizeEvent(e: EventInfo, locale: ContentLocale): EventInfo {
  const t = e.translations[locale];
  if (locale !== e.language && t?.title) {
    return {
      ...e, title: t.title, summary: t.summary || e.summary, description: t.description || e.description,
      accessibility: t.accessibility || e.accessibility, textLang: locale, fallback: false,
    };
  }
  return { ...e, textLang: e.language, fallback: locale !== e.language };
}

export function toSession(r: SessionRow): SessionInfo {
  return {
    id: r.id, eventId: r.event_id, startsAt: r.starts_at, endsAt: r.ends_at, capacity: r.capacity, placesTaken: r.places_taken,
    status: r.status === 'cancelled' ? 'cancelled' : 'scheduled', headCount: r.head_count, attendanceRecordedAt: r.attendance_recorded_at,
    sequence: r.sequence ?? 0,
  };
}

export function toBooking(r: BookingRow): BookingInfo {
  return {
    id: r.id, eventId: r.event_id, sessionId: r.session_id, status: r.status as BookingStatus, queuePos: r.queue_pos,
    name: r.name, email: r.email, phone: r.phone, needs: parseJson<BookingNeeds>(r.needs, {}), userId: r.user_id,
    bookedByUserId: r.booked_by_user_id, offerExpiresAt: r.offer_expires_at, lateCancellation: r.late_cancellation === 1,
    cancelledBy: r.cancelled_by, cancelledAt: r.cancelled_at, contactErasedAt: r.contact_erased_at,
    locale: isLocale(r.locale) ? r.locale : 'sv', createdAt: r.created_at,
  };
}

export const isPublic = (e: { audience: Audience[] }): boolean => e.audience.some((a) => PUBLIC_AUDIENCES.includes(a));
export const isTraining = (e: { audience: Audience[] }): boolean => e.audience.some((a) => TRAINING_AUDIENCES.includes(a));

/** Where a booking's place is counted: the event (whole series) or the session. */
export function holderOf(e: { id: string; bookingMode: BookingMode }, sessionId: string | null): PlaceHolder {
  return e.bookingMode === 'series' || sessionId === null ? { table: 'events', id: e.id } : { table: 'event_sessions', id: sessionId };
}

/** Places left for one holder. */
export function placesLeft(e: EventInfo, session?: SessionInfo): number {
  return e.bookingMode === 'series' || !session ? Math.max(0, e.capacity - e.placesTaken) : Math.max(0, session.capacity - session.placesTaken);
}

export function needsText(n: BookingNeeds): string {
  const parts: string[] = [];
  if (n.interpreter) parts.push(`Tolk: ${n.interpreter}`);
  if (n.hearingLoop) parts.push('Hörslinga');
  if (n.diet) parts.push(`Kost: ${n.diet}`);
  if (n.bringingCaredFor) parts.push('Tar med närstående');
  return parts.join('; ');
}

/** The next scheduled session that has not started (of one session, or of the series). */
export function nextSession(sessions: SessionInfo[], nowIso: string, sessionId: string | null): SessionInfo | undefined {
  return sessions.filter((s) => s.status === 'scheduled' && (sessionId === null || s.id === sessionId) && s.startsAt > nowIso)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}
