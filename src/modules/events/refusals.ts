// Why a booking, a change or a confirmation is refused, with a stable code. The Swedish text is
// the message staff pages show; the public pages show the reader's language (views/labels.ts
// translates every code), so a refusal is raised as `Refused` and never as free text.
import { Invalid } from '../../platform/http/errors.js';
import { formatInstant } from './time.js';
import { MAX_ACTIVE_BOOKINGS_PER_CONTACT } from './vocab.js';

export const REFUSALS_SV = {
  chooseSession: 'Välj vilken träff du vill boka',
  unknownSession: 'Välj en av träffarna i listan',
  full: 'Tyvärr är det fullbokat.',
  duplicateNew: 'Det finns redan en bokning med de här kontaktuppgifterna. Använd länken i din bekräftelse för att ändra den.',
  duplicateChange: 'En annan bokning till samma aktivitet har redan de här kontaktuppgifterna. Använd länken till den bokningen i stället.',
  cap: `Samma kontaktuppgift kan ha högst ${MAX_ACTIVE_BOOKINGS_PER_CONTACT} bokningar samtidigt. Kontakta oss om du behöver fler.`,
  alreadyTraining: 'Du är redan anmäld.',
  bookingEnded: 'Bokningen är avslutad och kan inte ändras.',
  alreadyEnded: 'Bokningen är redan avslutad.',
  nothingToConfirm: 'Det finns ingen plats att bekräfta.',
  offerExpired: 'Tiden för att bekräfta har gått ut.',
  unknownFields: 'Formuläret innehöll okända fält',
  // Why booking is closed (also shown on the event's page).
  eventCancelled: 'Aktiviteten är inställd.',
  notBookable: 'Aktiviteten går inte att boka.',
  opensAt: 'Bokningen öppnar {at}.',
  closed: 'Bokningen har stängt.',
  sessionGone: 'Träffen är inställd eller finns inte.',
  sessionStarted: 'Träffen har redan börjat.',
  noSessions: 'Det finns inga kommande träffar.',
  groupStarted: 'Gruppen har redan startat. Kontakta oss om du vill vara med.',
  allPast: 'Alla träffar har redan varit.',
} as const;
export type RefusalKey = keyof typeof REFUSALS_SV;

export interface Refusal {
  key: RefusalKey;
  /** The instant in `opensAt` (UTC ISO), formatted in the reader's language. */
  at?: string;
}

/** The Swedish text of a refusal. */
export function refusalSv(r: Refusal): string {
  return REFUSALS_SV[r.key].replace('{at}', r.at ? formatInstant(r.at) : '');
}

/** A refused booking action: an `Invalid` whose one field message is the refusal's Swedish text. */
export class Refused extends Invalid {
  constructor(public readonly field: string, public readonly refusal: Refusal) {
    super({ [field]: refusalSv(refusal) });
  }
}

export const refuse = (field: string, key: RefusalKey): Refused => new Refused(field, { key });
