// Interface text of the public events pages (calendar, event, booking form, private booking
// page) in the languages of the portal's interface: Swedish, lätt svenska, English and Arabic.
// Each language's texts are complete (the compiler checks every key). Other languages get the
// Swedish text, and the page says so and marks it lang="sv" (see PublicFrame in public.tsx).
// Staff pages are Swedish only. Text staff wrote (titles, descriptions) is in the event's language.
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { ContentLocale, TargetGroup } from '../../../platform/domain/vocab.js';
import { TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import { type DateLang, formatInstant } from '../time.js';
import { Refused, type Refusal, REFUSALS_SV, type RefusalKey } from '../refusals.js';
import { AUDIENCE_LABELS, type Audience, BOOKING_STATUS_LABELS, type BookingStatus, EVENT_TYPE_LABELS, type EventType } from '../vocab.js';
import { Invalid } from '../../../platform/http/errors.js';
import { EN } from './labels-en.js';
import { EASY } from './labels-easy.js';
import { AR } from './labels-ar.js';

const sv = {
  title: 'Aktiviteter', lede: 'Grupper, temakvällar och träffar för dig som hjälper en närstående. Allt är kostnadsfritt och du kan vara anonym.',
  filters: 'Välj aktiviteter', group: 'Din närstående', type: 'Typ av aktivitet', month: 'Månad', any: 'Alla', apply: 'Visa aktiviteter',
  none: 'Inga aktiviteter matchar dina val. Ta bort något filter.', feed: 'Prenumerera på kalendern (.ics)',
  feedHint: 'Lägg in alla aktiviteter i Outlook, Google Kalender eller telefonens kalender.', placesLeft: '{n} platser kvar', onePlaceLeft: '1 plats kvar',
  full: 'Fullbokat – du kan ställa dig i kö', fullNoQueue: 'Fullbokat', sessions: '{n} träffar', online: 'Online', cancelled: 'Inställd',
  when: 'När', where: 'Var', accessibility: 'Tillgänglighet', leaders: 'Ledare', language: 'Språk', groups: 'För anhöriga till', allGroups: 'Alla anhöriga',
  audience: 'För', sessionsHeading: 'Träffar', book: 'Boka plats', bookSession: 'Boka', bookingClosed: 'Bokningen är stängd',
  onlineInfo: 'Aktiviteten är online. Länken skickas till dig som har fått en plats.', approval: 'Personalen går igenom anmälningarna innan platsen är klar.',
  wholeSeries: 'Du bokar en plats i hela serien.', cancelledNotice: 'Aktiviteten är inställd.', session: 'Träff', status: 'Platser',
  bookTitle: 'Boka plats', nameLabel: 'Namn eller alias', nameHint: 'Du kan skriva ett påhittat namn. Skriver du ditt riktiga namn kan vi inte garantera att du är anonym.',
  contactLegend: 'Hur når vi dig?', contactHint: 'Fyll i e-post eller telefonnummer – ett räcker. Vi använder det bara för den här bokningen.',
  email: 'E-postadress', phone: 'Telefonnummer', phoneHint: 'Har du inte fyllt i e-post får du sms.',
  needsHeading: 'Behöver du något för att kunna vara med?', needsHint: 'Frivilligt.', interpreter: 'Tolk – skriv vilket språk', hearingLoop: 'Jag behöver hörslinga',
  diet: 'Specialkost eller allergi', bringing: 'Jag tar med min närstående', sessionLegend: 'Vilken träff vill du boka?', submit: 'Boka',
  privacy: 'Vi sparar dina uppgifter tills {days} dagar efter sista träffen. Sedan raderas de.', fullQueue: 'Det är fullt just nu. Bokar du ställs du i kö och får besked om en plats blir ledig.',
  yourBooking: 'Din bokning', savedLink: 'Spara den här länken. Med den kan du se, ändra eller avboka din bokning:', ics: 'Lägg till i kalendern (.ics)',
  onlineLink: 'Länk till mötet', booked: 'Tack! Du har en plats.', waitlisted: 'Det var fullt, så du står i kö.', queuePos: 'Du är nummer {n} i kön.',
  pending: 'Tack! Vi har tagit emot din anmälan.', pendingHint: 'Personalen går igenom anmälningarna och du får besked.',
  offered: 'En plats har blivit ledig åt dig!', offeredHint: 'Bekräfta senast {deadline}. Annars går platsen till nästa i kön.',
  confirm: 'Ja, jag vill ha platsen', closedStatus: 'Bokningen är avslutad.', changeHeading: 'Ändra dina uppgifter', save: 'Spara ändringar',
  cancelHeading: 'Avboka', cancelHint: 'Kan du inte komma? Avboka så att någon annan kan få platsen.', cancelButton: 'Avboka min plats',
  leaveQueue: 'Lämna kön', saved: 'Dina ändringar är sparade.', cancelledDone: 'Din bokning är avbokad.', confirmedDone: 'Platsen är din.',
  messageSent: 'Vi har skickat en bekräftelse till {to}.', eventPage: 'Om aktiviteten', backToCalendar: 'Alla aktiviteter',
};
export type Dict = typeof sv;

/** Messages of the booking forms' checks (zod and the platform's field rules), by their Swedish text. */
export const FORM_MESSAGES_SV = {
  required: 'Fältet måste fyllas i',
  email: 'Fyll i en giltig e-postadress, till exempel namn@exempel.se',
  phone: 'Fyll i ett telefonnummer med siffror, till exempel 070-123 45 67',
  contact: 'Fyll i e-post eller telefonnummer så att vi kan nå dig',
  choose: 'Välj ett av alternativen',
  format: 'Värdet har fel format',
  invalid: 'Värdet är inte giltigt',
  id: 'Ogiltigt id',
  unknownFields: 'Formuläret innehöll okända fält',
  /** 'Högst 80 tecken' */
  maxLength: 'Högst {n} tecken',
} as const;
export type FormMessageKey = keyof typeof FORM_MESSAGES_SV;

/** Everything the public events pages say, in one language. */
export interface Texts {
  ui: Dict;
  groups: Record<TargetGroup, string>;
  types: Record<EventType, string>;
  audiences: Record<Audience, string>;
  statuses: Record<BookingStatus, string>;
  refusals: Record<RefusalKey, string>;
  form: Record<FormMessageKey, string>;
  /** "3 aktiviteter" */
  results: (n: number) => string;
  dates: DateLang;
}

const SV: Texts = {
  ui: sv,
  groups: TARGET_GROUP_LABELS,
  types: Object.fromEntries(Object.entries(EVENT_TYPE_LABELS).map(([k, v]) => [k, v.sv])) as Record<EventType, string>,
  audiences: Object.fromEntries(Object.entries(AUDIENCE_LABELS).map(([k, v]) => [k, v.sv])) as Record<Audience, string>,
  statuses: Object.fromEntries(Object.entries(BOOKING_STATUS_LABELS).map(([k, v]) => [k, v.sv])) as Record<BookingStatus, string>,
  refusals: REFUSALS_SV,
  form: FORM_MESSAGES_SV,
  results: (n) => (n === 0 ? 'Inga aktiviteter' : n === 1 ? '1 aktivitet' : `${n} aktiviteter`),
  dates: 'sv',
};

/** The languages the public events pages are written in: the portal interface's languages. */
export type Lang = 'sv' | 'sv-easy' | 'en' | 'ar';
const TEXTS: Record<Lang, Texts> = { sv: SV, 'sv-easy': EASY, en: EN, ar: AR };

/** Whether the events pages are written in the reader's language (else they show Swedish). */
export const hasOwnText = (locale: ContentLocale): boolean => locale in TEXTS;
/** The language the interface text is in for a reader's locale. */
export const langOf = (locale: ContentLocale): Lang => (hasOwnText(locale) ? (locale as Lang) : 'sv');
export const texts = (locale: ContentLocale): Texts => TEXTS[langOf(locale)];
export const ui = (locale: ContentLocale): Dict => texts(locale).ui;
export const dateLang = (l: Lang): DateLang => TEXTS[l].dates;
export const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

export const groupLabel = (g: TargetGroup, l: Lang): string => TEXTS[l].groups[g];
export const typeLabel = (t: EventType, l: Lang): string => TEXTS[l].types[t];
export const audienceLabel = (a: Audience, l: Lang): string => TEXTS[l].audiences[a];
export const statusLabel = (s: BookingStatus, l: Lang): string => TEXTS[l].statuses[s];

/** A refusal in the reader's language. */
export function refusalText(r: Refusal, l: Lang): string {
  return fill(TEXTS[l].refusals[r.key], { at: r.at ? formatInstant(r.at, dateLang(l)) : '' });
}

const FORM_BY_SV = new Map(Object.entries(FORM_MESSAGES_SV).map(([k, v]) => [v as string, k as FormMessageKey]));

/**
 * A form check's Swedish message in the reader's language. Messages the table does not know
 * stay Swedish (`translated: false`); public-i18n.test.ts checks the booking forms produce none.
 */
export function formMessage(message: string, l: Lang): { text: string; translated: boolean } {
  const t = TEXTS[l].form;
  const key = FORM_BY_SV.get(message);
  if (key) return { text: t[key], translated: true };
  const max = /^Högst (\d+) tecken$/.exec(message);
  if (max) return { text: fill(t.maxLength, { n: max[1] }), translated: true };
  const unknown = /^Formuläret innehöll okända fält: (.*)$/.exec(message);
  if (unknown) return { text: `${t.unknownFields}: ${unknown[1]}`, translated: true };
  return { text: message, translated: l === 'sv' || l === 'sv-easy' };
}

/** The messages of a refused or invalid form in the reader's language. */
export function localizeErrors(err: FieldErrors | Invalid, l: Lang): FieldErrors {
  if (err instanceof Refused) return { [err.field]: refusalText(err.refusal, l) };
  const fields = err instanceof Invalid ? err.fields : err;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, formMessage(v, l).text]));
}
