// Swedish labels of the staff side of contact requests.
import { DateTime, Duration } from 'luxon';
import { stockholmClock, timeOf } from '../../../platform/domain/stockholm-clock.js';
import type { Channel, CloseReason, PreferredTime, RequestMode, RequestStatus, RequestTopic } from '../schema.js';

export const STATUS_LABELS: Record<RequestStatus, string> = {
  new: 'Ny', assigned: 'Tilldelad', contacted: 'Kontaktad', closed: 'Avslutad', withdrawn: 'Återkallad av den anhöriga',
};
export const STATUS_BADGE: Record<RequestStatus, string> = {
  new: 'badge badge-warn', assigned: 'badge', contacted: 'badge badge-ok', closed: 'badge', withdrawn: 'badge badge-bad',
};
export const TOPIC_LABELS: Record<RequestTopic, string> = {
  talk: 'Vill prata om sin situation', support: 'Vill veta vilket stöd som finns', group: 'Vill gå i grupp eller på träff',
  respite: 'Behöver avlösning eller avlastning', other: 'Annat',
};
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  support_given: 'Stöd givet', referred_on: 'Lotsad vidare till annan verksamhet', no_answer: 'Fick inte tag på personen',
  not_wanted: 'Personen ville inte längre ha kontakt', other: 'Annat',
};
export const TIME_LABELS: Record<PreferredTime, string> = { any: 'När som helst', morning: 'Förmiddag', afternoon: 'Eftermiddag' };
export const MODE_LABELS: Record<RequestMode, string> = { anonymous: 'Anonym', named: 'Med namn' };
export const CHANNEL_LABELS: Record<Channel, string> = { phone: 'Telefon', email: 'E-post' };

/** Swedish short month names as luxon writes them ('MMM', locale sv), taken from luxon once. */
const SHORT_MONTHS = Array.from({ length: 12 }, (_, i) => DateTime.utc(2026, i + 1, 15).setLocale('sv').toFormat('MMM'));

/** "12 mars 2026 14:05" style: a stored UTC instant in Stockholm time, short month. */
export const stockholm = (iso: string): string => {
  const c = stockholmClock(iso);
  return c ? `${c.day} ${SHORT_MONTHS[c.month - 1]} ${c.year} ${timeOf(c)}` : 'Invalid DateTime';
};

/** Time from arrival to first contact, e.g. "2 dygn 3 tim". */
export function waited(fromIso: string, toIso: string): string {
  const d = Duration.fromMillis(Math.max(0, Date.parse(toIso) - Date.parse(fromIso))).shiftTo('days', 'hours', 'minutes');
  const parts: string[] = [];
  if (d.days) parts.push(`${d.days} dygn`);
  if (d.hours) parts.push(`${d.hours} tim`);
  if (!d.days && Math.floor(d.minutes)) parts.push(`${Math.floor(d.minutes)} min`);
  return parts.length > 0 ? parts.join(' ') : 'under en minut';
}
