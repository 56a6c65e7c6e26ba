// iCalendar (RFC 5545) for the public feed and for each booking. ical-generator gets plain
// UTC instants, so DTSTART/DTEND come out in UTC 'Z' form that Outlook and Google place
// correctly in any time zone, summer time included.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { translator, type Translate } from '../../platform/i18n/i18n.js';
import { EVENTS_MESSAGES } from './messages.js';
import type { EventInfo, SessionInfo } from './model.js';

export interface CalendarEntry {
  event: EventInfo;
  sessions: SessionInfo[];
}

function location(e: EventInfo, t: Translate): string {
  if (e.online) return t('events.online');
  return [e.placeName, e.address].filter(Boolean).join(', ');
}

function description(e: EventInfo, pageUrl: string, onlineLink: string | null, t: Translate): string {
  return [
    e.summary,
    e.accessibility ? t('events.mail.accessibility', { text: e.accessibility }) : '',
    onlineLink ? t('events.mail.meetingLink', { link: onlineLink }) : '',
    t('events.mail.ics.moreInfo', { url: pageUrl }),
  ].filter(Boolean).join('\n\n');
}

// UIDs: the feed's entry of a session is `{session}@bredvid`; a booking's copy is its own entry,
// `{session}.{booking}@bredvid`, so a person who both subscribes and books holds two entries
// that never overwrite each other (nor does cancelling one booking cancel the feed's entry).
// SEQUENCE comes from the session row (counted up on every change, see series-queries.ts), so a
// calendar takes over a moved or cancelled session.
function build(locale: ContentLocale, name: string, entries: CalendarEntry[], pageUrl: (e: EventInfo) => string, withLink: boolean, status?: 'cancelled', bookingId?: string): string {
  const t = translator(locale, EVENTS_MESSAGES);
  const cal = ical({ name, prodId: { company: 'Bredvid', product: 'aktiviteter', language: locale.slice(0, 2).toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  for (const { event, sessions } of entries) {
    for (const s of sessions) {
      const cancelled = status === 'cancelled' || s.status === 'cancelled' || event.status === 'cancelled';
      cal.createEvent({
        id: bookingId ? `${s.id}.${bookingId}@bredvid` : `${s.id}@bredvid`,
        // A cancelled booking is a change of the booker's copy too.
        sequence: s.sequence + (status === 'cancelled' ? 1 : 0),
        start: new Date(s.startsAt),
        end: new Date(s.endsAt),
        stamp: new Date(event.updatedAt),
        summary: event.title,
        location: location(event, t),
        description: description(event, pageUrl(event), withLink && !cancelled && event.online ? event.onlineLink : null, t),
        url: pageUrl(event),
        status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
  }
  return cal.toString();
}

/** The municipality's public feed: every session of its published public events, a cancelled
 *  one as STATUS:CANCELLED (dropping it would leave it in subscribers' calendars). */
export function feedIcs(tenantName: string, baseUrl: string, slug: string, entries: CalendarEntry[], locale: ContentLocale = 'sv'): string {
  const name = translator(locale, EVENTS_MESSAGES)('events.mail.ics.feedName', { municipality: tenantName });
  return build(locale, name, entries, (e) => `${baseUrl}/${slug}/aktiviteter/${e.id}`, false);
}

/** One booking's sessions; the online link only when the place is confirmed. */
export function bookingIcs(tenantName: string, baseUrl: string, slug: string, entry: CalendarEntry & { bookingId: string }, confirmed: boolean, cancelled = false, locale: ContentLocale = 'sv'): string {
  return build(locale, `${entry.event.title} – ${tenantName}`, [entry], (e) => `${baseUrl}/${slug}/aktiviteter/${e.id}`, confirmed, cancelled ? 'cancelled' : undefined, entry.bookingId);
}
