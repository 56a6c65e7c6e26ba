// Interface text of the public events pages (calendar, event, booking form, private booking
// page), read from the module's catalogue (../messages.ts) in the reader's language: every
// content language has every key (language-completeness.test.ts). Staff pages are Swedish.
// Text staff wrote (titles, descriptions) is in the event's language and marked so.
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { ContentLocale, TargetGroup } from '../../../platform/domain/vocab.js';
import { formatMessage, translator, type Translate } from '../../../platform/i18n/i18n.js';
import { localizeMessage } from '../../../platform/i18n/form-messages.js';
import { Invalid } from '../../../platform/http/errors.js';
import { formatInstant } from '../time.js';
import { Refused, type Refusal, type RefusalKey } from '../refusals.js';
import type { Audience, BookingStatus, EventType } from '../vocab.js';
import { EVENTS_MESSAGES } from '../messages.js';

/** The languages the public events pages are written in: all content languages. */
export type Lang = ContentLocale;

const PREFIX = 'events.';
const UI_KEYS = Object.keys(EVENTS_MESSAGES.sv).filter((k) => /^events\.\w+$/.test(k)).map((k) => k.slice(PREFIX.length));
export type Dict = Record<string, string>;

const dicts = new Map<ContentLocale, Dict>();

/** The pages' ICU strings by short name ('title', 'placesLeft'), for `fill`. */
export function ui(locale: ContentLocale): Dict {
  let d = dicts.get(locale);
  if (!d) {
    d = Object.fromEntries(UI_KEYS.map((k) => [k, EVENTS_MESSAGES[locale][PREFIX + k] ?? EVENTS_MESSAGES.sv[PREFIX + k]]));
    dicts.set(locale, d);
  }
  return d;
}

export const t = (l: Lang): Translate => translator(l, EVENTS_MESSAGES);

/** Everything the public events pages say, in one language. */
export interface Texts {
  ui: Dict;
  /** "3 aktiviteter" */
  results: (n: number) => string;
}
export const texts = (l: Lang): Texts => ({ ui: ui(l), results: (n) => t(l)('events.results', { count: n }) });

/** Every language has the pages' own text now; kept for callers that ask. */
export const hasOwnText = (locale: ContentLocale): boolean => locale in EVENTS_MESSAGES;
export const langOf = (locale: ContentLocale): Lang => locale;
export const dateLang = (l: Lang): Lang => l;

/** An ICU string from `ui` with its values, with the reader's plural rules. */
export const fill = (text: string, params: Record<string, string | number>, l: Lang = 'sv'): string => formatMessage(l, text, params);

export const groupLabel = (g: TargetGroup, l: Lang): string => t(l)(`vocab.group.${g}`);
export const typeLabel = (x: EventType, l: Lang): string => t(l)(`events.type.${x}`);
export const audienceLabel = (a: Audience, l: Lang): string => t(l)(`events.audience.${a}`);
export const statusLabel = (s: BookingStatus, l: Lang): string => t(l)(`events.status.${s}`);

/** A refusal in the reader's language. */
export function refusalText(r: Refusal, l: Lang): string {
  const key: RefusalKey = r.key;
  return t(l)(`events.refusal.${key}`, { at: r.at ? formatInstant(r.at, l) : '' });
}

/**
 * A form check's Swedish message in the reader's language (the platform's form.* messages and
 * this module's refusals). Messages the catalogue does not know stay Swedish
 * (`translated: false`); public-i18n.test.ts checks the booking forms produce none.
 */
export function formMessage(message: string, l: Lang): { text: string; translated: boolean } {
  return localizeMessage(message, l, EVENTS_MESSAGES);
}

/** The messages of a refused or invalid form in the reader's language. */
export function localizeErrors(err: FieldErrors | Invalid, l: Lang): FieldErrors {
  if (err instanceof Refused) return { [err.field]: refusalText(err.refusal, l) };
  const fields = err instanceof Invalid ? err.fields : err;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, formMessage(v, l).text]));
}
