// Interface text of the public events pages in Swedish and English; other languages show
// Swedish (and say so through the lang attribute). Staff pages are Swedish only.
import type { ContentLocale } from '../../../platform/domain/vocab.js';
import { TARGET_GROUP_LABELS, type TargetGroup } from '../../../platform/domain/vocab.js';
import { AUDIENCE_LABELS, type Audience, BOOKING_STATUS_LABELS, type BookingStatus, EVENT_TYPE_LABELS, type EventType } from '../vocab.js';

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
type Dict = typeof sv;

const en: Dict = {
  title: 'Activities', lede: 'Groups, theme evenings and meetings for you who care for someone close to you. Everything is free and you can stay anonymous.',
  filters: 'Choose activities', group: 'The person you care for', type: 'Type of activity', month: 'Month', any: 'All', apply: 'Show activities',
  none: 'No activities match your choices. Remove a filter.', feed: 'Subscribe to the calendar (.ics)',
  feedHint: 'Add every activity to Outlook, Google Calendar or your phone’s calendar.', placesLeft: '{n} places left', onePlaceLeft: '1 place left',
  full: 'Fully booked – you can join the waiting list', fullNoQueue: 'Fully booked', sessions: '{n} sessions', online: 'Online', cancelled: 'Cancelled',
  when: 'When', where: 'Where', accessibility: 'Accessibility', leaders: 'Led by', language: 'Language', groups: 'For carers of', allGroups: 'All carers',
  audience: 'For', sessionsHeading: 'Sessions', book: 'Book a place', bookSession: 'Book', bookingClosed: 'Booking is closed',
  onlineInfo: 'This activity is online. The link is sent to you once you have a place.', approval: 'Staff review each booking before the place is confirmed.',
  wholeSeries: 'You book a place in the whole series.', cancelledNotice: 'This activity is cancelled.', session: 'Session', status: 'Places',
  bookTitle: 'Book a place', nameLabel: 'Name or alias', nameHint: 'You may use a made-up name. If you write your real name, we cannot guarantee that you stay anonymous.',
  contactLegend: 'How can we reach you?', contactHint: 'Give an e-mail address or a phone number – one is enough. We use it only for this booking.',
  email: 'E-mail address', phone: 'Phone number', phoneHint: 'Without an e-mail address you get text messages.',
  needsHeading: 'Do you need anything to take part?', needsHint: 'Optional.', interpreter: 'Interpreter – which language', hearingLoop: 'I need a hearing loop',
  diet: 'Special diet or allergy', bringing: 'I will bring the person I care for', sessionLegend: 'Which session do you want to book?', submit: 'Book',
  privacy: 'We keep your details until {days} days after the last session. Then they are deleted.', fullQueue: 'It is full right now. If you book, you join the waiting list and hear from us if a place frees up.',
  yourBooking: 'Your booking', savedLink: 'Save this link. With it you can see, change or cancel your booking:', ics: 'Add to calendar (.ics)',
  onlineLink: 'Link to the meeting', booked: 'Thank you! You have a place.', waitlisted: 'It was full, so you are on the waiting list.', queuePos: 'You are number {n} in the queue.',
  pending: 'Thank you! We have received your booking.', pendingHint: 'Staff review the bookings and will let you know.',
  offered: 'A place has become free for you!', offeredHint: 'Confirm by {deadline}, or the place goes to the next person in the queue.',
  confirm: 'Yes, I want the place', closedStatus: 'This booking is closed.', changeHeading: 'Change your details', save: 'Save changes',
  cancelHeading: 'Cancel', cancelHint: 'Can’t come? Cancel so that someone else can have the place.', cancelButton: 'Cancel my place',
  leaveQueue: 'Leave the waiting list', saved: 'Your changes are saved.', cancelledDone: 'Your booking is cancelled.', confirmedDone: 'The place is yours.',
  messageSent: 'We have sent a confirmation to {to}.', eventPage: 'About the activity', backToCalendar: 'All activities',
};

export type Lang = 'sv' | 'en';
/** The language the interface text is in for a reader's locale. */
export const langOf = (locale: ContentLocale): Lang => (locale === 'en' ? 'en' : 'sv');
export const ui = (locale: ContentLocale): Dict => (langOf(locale) === 'en' ? en : sv);
export const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

const groupEn: Record<TargetGroup, string> = {
  older: 'Older people', disability: 'Disability', mental_health: 'Mental ill-health', substance_use: 'Substance use', long_term_illness: 'Long-term illness',
};
export const groupLabel = (g: TargetGroup, l: Lang): string => (l === 'en' ? groupEn[g] : TARGET_GROUP_LABELS[g]);
export const typeLabel = (t: EventType, l: Lang): string => EVENT_TYPE_LABELS[t][l];
export const audienceLabel = (a: Audience, l: Lang): string => AUDIENCE_LABELS[a][l];
export const statusLabel = (s: BookingStatus, l: Lang): string => BOOKING_STATUS_LABELS[s][l];
