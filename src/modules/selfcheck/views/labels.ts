// The self-check's interface text, read from its catalogue (../messages.ts) in the reader's
// language. `labels(locale)` gives the ICU strings by short name; `fill` puts in the values.
import type { ContentLocale, TargetGroup } from '../../../platform/domain/vocab.js';
import { formatMessage } from '../../../platform/i18n/i18n.js';
import { SELFCHECK_MESSAGES } from '../messages.js';

const PREFIX = 'selfcheck.';
const KEYS = Object.keys(SELFCHECK_MESSAGES.sv).filter((k) => !k.startsWith(`${PREFIX}group.`)).map((k) => k.slice(PREFIX.length));
type Dict = Record<string, string>;

const cache = new Map<ContentLocale, Dict>();

export function labels(locale: ContentLocale): Dict {
  let d = cache.get(locale);
  if (!d) {
    const own = SELFCHECK_MESSAGES[locale];
    d = Object.fromEntries(KEYS.map((k) => [k, own[PREFIX + k] ?? SELFCHECK_MESSAGES.sv[PREFIX + k]]));
    cache.set(locale, d);
  }
  return d;
}

export type SelfcheckLabels = Dict;

/** Every content language has the self-check's text (language-completeness.test.ts). */
export const hasOwnText = (locale: ContentLocale): boolean => locale in SELFCHECK_MESSAGES;

/** An ICU string from `labels` with its values. */
export function fill(template: string, params: Record<string, string | number>): string {
  return formatMessage('sv', template, params);
}

export function groupLabel(g: TargetGroup, locale: ContentLocale): string {
  return SELFCHECK_MESSAGES[locale][`${PREFIX}group.${g}`] ?? SELFCHECK_MESSAGES.sv[`${PREFIX}group.${g}`];
}
