// Every message to a booked person goes through the transactional outbox, written in the same
// transaction as the change, with a dedupe key so a retried request or job never sends twice.
// E-mail when the person gave one (with the .ics), otherwise SMS to their phone. The text is in
// the language the booking was made in (event_bookings.locale), from the module's catalogue.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { translator } from '../../platform/i18n/i18n.js';
import { enqueue } from '../../platform/mail/outbox.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { bookingIcs } from './calendar.js';
import { EVENTS_MESSAGES } from './messages.js';
import { type BookingInfo, type Deps, type EventInfo, localizeEvent, type SessionInfo } from './model.js';
import { formatInstant, formatSession } from './time.js';
import { bookingLink, bookingToken } from './tokens.js';

export type MessageKind = 'booked' | 'pending' | 'waitlisted' | 'declined' | 'offer' | 'offer-expired' | 'cancelled'
  | 'cancelled-by-staff' | 'event-cancelled' | 'session-cancelled' | 'session-moved' | 'reminder';

export interface MessageExtra {
  session?: SessionInfo;
  /** Staff's own words (Swedish), added after the lead when given. */
  reason?: string | null;
  /** Makes the dedupe key unique where one booking can get the same kind twice (a session moved twice). */
  suffix?: string;
}

/** Messages a member of the public can cause by typing an address: capped per recipient and day. */
const publicTriggered: ReadonlySet<MessageKind> = new Set(['booked', 'pending', 'waitlisted', 'cancelled']);

const withCalendar: ReadonlySet<MessageKind> = new Set(['booked', 'session-moved', 'reminder']);
const withDetails: ReadonlySet<MessageKind> = new Set(['booked', 'pending', 'waitlisted', 'offer', 'reminder', 'session-moved']);
const withReason: ReadonlySet<MessageKind> = new Set(['cancelled-by-staff', 'event-cancelled']);

/** Queue one message about a booking. Does nothing once the contact details are erased. */
export async function notify(trx: Transaction<DB>, deps: Deps, tenant: Tenant, kind: MessageKind, event: EventInfo, sessions: SessionInfo[], b: BookingInfo, x: MessageExtra = {}): Promise<void> {
  const to = b.email ?? b.phone;
  if (!to || b.contactErasedAt) return;
  const l = b.locale;
  // The staff's texts in the booker's language where given, otherwise the event's own.
  const e = localizeEvent(event, l);
  const t = translator(l, EVENTS_MESSAGES);
  const now = deps.clock.now();
  const link = bookingLink(deps.config.PUBLIC_BASE_URL, tenant.slug, bookingToken(deps.config.sessionSecret, b.id));
  const deadline = b.offerExpiresAt ? formatInstant(b.offerExpiresAt, l) : '';
  const when = x.session ? formatSession(x.session.startsAt, x.session.endsAt, l) : '';
  const mine = sessions.filter((s) => s.status === 'scheduled' && (b.sessionId === null || s.id === b.sessionId));
  const confirmed = b.status === 'booked';
  const dedupeKey = `events:${e.id}:${b.id}:${kind}${x.suffix ? `:${x.suffix}` : ''}`;
  const subject = `${t(`events.mail.subject.${kind}`)}: ${e.title}`;
  const publicTrigger = publicTriggered.has(kind) && !x.suffix;
  const ended = ['cancelled', 'cancelled-by-staff', 'event-cancelled', 'declined', 'offer-expired'].includes(kind);
  const lead = t(`events.mail.lead.${kind}`, { title: e.title, deadline, when }) + (withReason.has(kind) && x.reason ? ` ${x.reason}` : '');

  if (!b.email) {
    const sms = `${tenant.name}: ${lead}${ended ? '' : ` ${t('events.mail.smsLink', { link })}`}`;
    await enqueue(trx, { tenantId: tenant.id, channel: 'sms', to, subject, text: sms.slice(0, 600), dedupeKey, publicTrigger }, now);
    return;
  }
  const lines = [b.name ? t('events.mail.hello', { name: b.name }) : t('events.mail.helloNoName'), '', lead];
  if (withDetails.has(kind)) {
    const where = e.online ? t('events.mail.onlineWhere') : [e.placeName, e.address].filter(Boolean).join(', ');
    lines.push('', t('events.mail.when'), ...mine.map((s) => `- ${formatSession(s.startsAt, s.endsAt, l)}`), '', t('events.mail.where', { where }));
    if (e.accessibility && !e.online) lines.push(t('events.mail.accessibility', { text: e.accessibility }));
    if (e.online && confirmed && e.onlineLink) lines.push(t('events.mail.meetingLink', { link: e.onlineLink }));
  }
  if (!ended) lines.push('', t('events.mail.manage', { link }));
  if (withCalendar.has(kind) && confirmed) lines.push('', t('events.mail.calendar'));
  lines.push('', t('events.mail.regards'), tenant.name, '', t('events.mail.footer'));
  const attachments = withCalendar.has(kind) && confirmed
    ? [{ filename: 'bokning.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: bookingIcs(tenant.name, deps.config.PUBLIC_BASE_URL, tenant.slug, { event: e, sessions: mine, bookingId: b.id }, true, false, l) }]
    : undefined;
  await enqueue(trx, { tenantId: tenant.id, channel: 'email', to, subject, text: lines.join('\n'), attachments, dedupeKey, publicTrigger }, now);
}
