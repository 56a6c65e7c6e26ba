// Swedish labels of the staff side of contact requests.
import { DateTime, Duration } from 'luxon';
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

export const stockholm = (iso: string): string =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm').setLocale('sv').toFormat('d MMM yyyy HH:mm');

/** Time from arrival to first contact, e.g. "2 dygn 3 tim". */
export function waited(fromIso: string, toIso: string): string {
  const d = Duration.fromMillis(Math.max(0, Date.parse(toIso) - Date.parse(fromIso))).shiftTo('days', 'hours', 'minutes');
  const parts: string[] = [];
  if (d.days) parts.push(`${d.days} dygn`);
  if (d.hours) parts.push(`${d.hours} tim`);
  if (!d.days && Math.floor(d.minutes)) parts.push(`${Math.floor(d.minutes)} min`);
  return parts.length > 0 ? parts.join(' ') : 'under en minut';
}
