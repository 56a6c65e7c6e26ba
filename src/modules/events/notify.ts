// Every message to a booked person goes through the transactional outbox, written in the same
// transaction as the change, with a dedupe key so a retried request or job never sends twice.
// E-mail when the person gave one (with the .ics), otherwise SMS to their phone.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { enqueue } from '../../platform/mail/outbox.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { bookingIcs } from './calendar.js';
import type { BookingInfo, Deps, EventInfo, SessionInfo } from './model.js';
import { formatInstant, formatSession } from './time.js';
import { bookingLink, bookingToken } from './tokens.js';

export type MessageKind = 'booked' | 'pending' | 'waitlisted' | 'declined' | 'offer' | 'offer-expired' | 'cancelled'
  | 'cancelled-by-staff' | 'event-cancelled' | 'session-cancelled' | 'session-moved' | 'reminder';

export interface MessageExtra {
  session?: SessionInfo;
  reason?: string | null;
  /** Makes the dedupe key unique where one booking can get the same kind twice (a session moved twice). */
  suffix?: string;
}

const SUBJECTS: Record<MessageKind, string> = {
  booked: 'Bokningsbekräftelse', pending: 'Vi har tagit emot din anmälan', waitlisted: 'Du står i kö', declined: 'Din anmälan',
  offer: 'En plats har blivit ledig', 'offer-expired': 'Tiden för att bekräfta har gått ut', cancelled: 'Avbokning',
  'cancelled-by-staff': 'Din bokning har avbokats', 'event-cancelled': 'Inställt', 'session-cancelled': 'Inställd träff',
  'session-moved': 'Ändrad tid', reminder: 'Påminnelse',
};

function where(e: EventInfo): string {
  return e.online ? 'Online – länken finns i din bokning' : [e.placeName, e.address].filter(Boolean).join(', ');
}

function lead(kind: MessageKind, e: EventInfo, b: BookingInfo, x: MessageExtra, deadline: string): string {
  switch (kind) {
    case 'booked': return `Du har en plats på ${e.title}.`;
    case 'pending': return `Vi har tagit emot din anmälan till ${e.title}. Personalen går igenom anmälningarna och du får besked.`;
    case 'waitlisted': return `Det var fullt på ${e.title}, så du står i kö. Blir en plats ledig får du ett meddelande.`;
    case 'declined': return `Din anmälan till ${e.title} kunde tyvärr inte godkännas. Hör av dig om du har frågor.`;
    case 'offer': return `En plats har blivit ledig på ${e.title}. Bekräfta senast ${deadline} med länken nedan, annars går platsen till nästa i kön.`;
    case 'offer-expired': return `Tiden för att bekräfta platsen på ${e.title} gick ut, och platsen gick vidare. Du är välkommen att boka igen.`;
    case 'cancelled': return `Din bokning av ${e.title} är avbokad.`;
    case 'cancelled-by-staff': return `Din bokning av ${e.title} har avbokats av personalen.${x.reason ? ` ${x.reason}` : ''}`;
    case 'event-cancelled': return `${e.title} är tyvärr inställd.${x.reason ? ` ${x.reason}` : ''}`;
    case 'session-cancelled': return `Träffen ${x.session ? formatSession(x.session.startsAt, x.session.endsAt) : ''} i ${e.title} är inställd.`;
    case 'session-moved': return `Träffen i ${e.title} har flyttats till ${x.session ? formatSession(x.session.startsAt, x.session.endsAt) : ''}.`;
    case 'reminder': return `Välkommen till ${e.title} ${x.session ? formatSession(x.session.startsAt, x.session.endsAt) : ''}.`;
  }
}

/** Messages a member of the public can cause by typing an address: capped per recipient and day. */
const publicTriggered: ReadonlySet<MessageKind> = new Set(['booked', 'pending', 'waitlisted', 'cancelled']);

const withCalendar: ReadonlySet<MessageKind> = new Set(['booked', 'session-moved', 'reminder']);
const withDetails: ReadonlySet<MessageKind> = new Set(['booked', 'pending', 'waitlisted', 'offer', 'reminder', 'session-moved']);

/** Queue one message about a booking. Does nothing once the contact details are erased. */
export async function notify(trx: Transaction<DB>, deps: Deps, tenant: Tenant, kind: MessageKind, e: EventInfo, sessions: SessionInfo[], b: BookingInfo, x: MessageExtra = {}): Promise<void> {
  const to = b.email ?? b.phone;
  if (!to || b.contactErasedAt) return;
  const now = deps.clock.now();
  const link = bookingLink(deps.config.PUBLIC_BASE_URL, tenant.slug, bookingToken(deps.config.sessionSecret, b.id));
  const deadline = b.offerExpiresAt ? formatInstant(b.offerExpiresAt) : '';
  const mine = sessions.filter((s) => s.status === 'scheduled' && (b.sessionId === null || s.id === b.sessionId));
  const confirmed = b.status === 'booked';
  const dedupeKey = `events:${e.id}:${b.id}:${kind}${x.suffix ? `:${x.suffix}` : ''}`;
  const subject = `${SUBJECTS[kind]}: ${e.title}`;
  const publicTrigger = publicTriggered.has(kind) && !x.suffix;
  const ended = ['cancelled', 'cancelled-by-staff', 'event-cancelled', 'declined', 'offer-expired'].includes(kind);

  if (!b.email) {
    const sms = `${tenant.name}: ${lead(kind, e, b, x, deadline)}${ended ? '' : ` Din bokning: ${link}`}`;
    await enqueue(trx, { tenantId: tenant.id, channel: 'sms', to, subject, text: sms.slice(0, 600), dedupeKey, publicTrigger }, now);
    return;
  }
  const lines = [`Hej ${b.name ?? ''}!`, '', lead(kind, e, b, x, deadline)];
  if (withDetails.has(kind)) {
    lines.push('', 'När:', ...mine.map((s) => `- ${formatSession(s.startsAt, s.endsAt)}`), '', `Var: ${where(e)}`);
    if (e.accessibility && !e.online) lines.push(`Tillgänglighet: ${e.accessibility}`);
    if (e.online && confirmed && e.onlineLink) lines.push(`Länk till mötet: ${e.onlineLink}`);
  }
  if (!ended) lines.push('', `Se, ändra eller avboka din bokning: ${link}`);
  if (withCalendar.has(kind) && confirmed) lines.push('', 'Kalenderfilen (.ics) är bifogad – öppna den för att lägga in tiderna i din kalender.');
  lines.push('', 'Hälsningar', tenant.name, '', 'Det här meddelandet skickades från Bredvid. Svara inte på det.');
  const attachments = withCalendar.has(kind) && confirmed
    ? [{ filename: 'bokning.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: bookingIcs(tenant.name, deps.config.PUBLIC_BASE_URL, tenant.slug, { event: e, sessions: mine, bookingId: b.id }, true) }]
    : undefined;
  await enqueue(trx, { tenantId: tenant.id, channel: 'email', to, subject, text: lines.join('\n'), attachments, dedupeKey, publicTrigger }, now);
}
