// Counts in the staff interface (Swedish only, like the rest of the staff UI), as ICU
// messages so a count of 1 gets the singular ("1 ny förmedling") and 0 reads naturally.
// Every number that is followed by a noun in a staff page goes through here: never build
// `${n} förmedlingar` by hand (test/staff-counters.test.ts looks for that).
import { IntlMessageFormat } from 'intl-messageformat';

export const STAFF_MESSAGES = {
  // Start page cards
  'inbox.newReferrals': '{count, plural, one {# ny förmedling} other {# nya förmedlingar}}',
  'inbox.overdue': '{count, plural, one {# försenad} other {# försenade}}',
  'followUps.due': '{count, plural, one {# uppföljning} other {# uppföljningar}} att göra i dag',
  'followUps.ofWhichOverdue': 'varav {count, plural, one {# försenad} other {# försenade}}',
  // Inbox
  'inbox.targetDays': 'Målet är första kontakt inom {count, plural, one {# arbetsdag} other {# arbetsdagar}} (helgdagar räknas inte).',
  'workingDays': '{count, plural, one {# arbetsdag} other {# arbetsdagar}}',
  // Ambassadors
  'ambassadors.summary': '{active, plural, one {# aktivt ombud} other {# aktiva ombud}} i {units, plural, one {# enhet} other {# enheter}}. {without, plural, =0 {Alla enheter har ombud.} one {# enhet saknar ombud.} other {# enheter saknar ombud.}}',
  'ambassadors.coverage': '{covered} av {total, plural, one {# enhet} other {# enheter}} har ett utbildat ombud ({share}). {untrained, plural, one {# enhet} other {# enheter}} har ombud utan aktuell utbildning och {none, plural, one {# enhet} other {# enheter}} saknar ombud.',
  'ambassadors.areaCaption': '{area}: {covered} av {total, plural, one {# enhet} other {# enheter}} täckta',
  // Events
  'events.sessions': '{count, plural, =0 {Inga träffar} one {# träff} other {# träffar}}',
  'events.sessionsFrom': '{count, plural, one {# träff} other {# träffar}} från {day}, {range}',
  'events.kindWithSessions': '{kind}, {count, plural, one {# träff} other {# träffar}}',
  'events.places': 'Tagna: {holding} av {capacity}. I kö: {waiting}.',
  'events.placesPerSession': '{capacity, plural, one {# plats} other {# platser}} per träff, {waiting} i kö',
  'events.cancelWarning': '{holding, plural, one {# bokad} other {# bokade}} och {waiting} i kö får ett meddelande om att aktiviteten är inställd.',
  'events.headCount': 'Registrerad, {count, plural, one {# person} other {# personer}}',
  'events.reminderHours': '{count, plural, one {# timme} other {# timmar}} före',
  'events.placesTaken': '{count, plural, one {# plats är redan tagen} other {# platser är redan tagna}}. Antalet platser kan inte bli färre än så.',
  // Carers
  'search.hits': '{count, plural, =0 {Inga träffar} one {# träff} other {# träffar}}',
  // Organisation import
  'import.done': '{units, plural, one {# ny enhet} other {# nya enheter}} och {bodies, plural, one {# ny grupp} other {# nya grupper}}. {existing, plural, =0 {Inget fanns redan.} other {# fanns redan och lämnades orörda.}}',
  'import.preview': 'Importen lägger till {units, plural, one {# enhet} other {# enheter}} och {bodies, plural, one {# grupp} other {# grupper}}. {existing, plural, =0 {Inget finns redan.} other {# finns redan.}}',
  'import.audit': '{units, plural, one {# enhet} other {# enheter}}, {bodies, plural, one {# grupp} other {# grupper}}',
  // Plans
  'plans.activities': '{count, plural, one {# aktivitet} other {# aktiviteter}}',
  // Self-check
  'selfcheck.yearTotal': 'Totalt {count, plural, one {# genomförd belastningskoll} other {# genomförda belastningskollar}} {year}.',
  // Access-log review
  'review.summary': 'Period {from} – {to}. {size, plural, one {# rad} other {# rader}} av {population}, dragna med fröet {seed}. Granskare: {reviewer}. Granskade: {done} av {total}.',
  // Second factor
  'mfa.remainingCodes': 'Tvåstegsverifiering med app är på för ditt konto. Du har {count, plural, one {# oanvänd reservkod} other {# oanvända reservkoder}}.',
  // Accessibility feedback
  'feedback.readReports': '{count, plural, one {Läs # rapport om brister} other {Läs # rapporter om brister}}',
  'feedback.reports': '{count, plural, one {# rapport} other {# rapporter}}',
  // Reports: evidence lines for the yearly questionnaire
  'evidence.supportConversations': 'Kontaktloggen: {count, plural, one {# kontakt} other {# kontakter}} av typen stödsamtal under {year}.',
  'evidence.activeSpecialists': '{count, plural, one {# aktiv användare} other {# aktiva användare}} har rollen {title}.',
  'evidence.activities': 'Aktiviteter: {events, plural, one {# grupp eller aktivitet} other {# grupper och aktiviteter}} för anhöriga hade {sessions, plural, one {# träff} other {# träffar}} under {year}.',
  'evidence.activitiesByGroup': '{group}: {events, plural, one {# grupp} other {# grupper}} med {sessions, plural, one {# träff} other {# träffar}}.',
  // Reports: the board's summary sentences. `shown` is the figure as the report shows it
  // (possibly suppressed text); `count` decides the grammar.
  'summary.contacts': '{where} registrerade anhörigstödet {count, plural, one {{shown} kontakt} other {{shown} kontakter}} med anhöriga under {year}.',
  'summary.requestsAndReferrals': 'Förfrågningar om kontakt via webben: {requests}. Personalen förmedlade {count, plural, one {{shown} kontakt} other {{shown} kontakter}} till anhörigstödet.',
} as const;

export type StaffMessageKey = keyof typeof STAFF_MESSAGES;

const compiled = new Map<StaffMessageKey, IntlMessageFormat>();

/** The Swedish staff text for a key, with its counts and values filled in. */
export function sm(key: StaffMessageKey, params: Record<string, string | number>): string {
  let mf = compiled.get(key);
  if (!mf) {
    mf = new IntlMessageFormat(STAFF_MESSAGES[key], 'sv');
    compiled.set(key, mf);
  }
  return String(mf.format(params));
}
