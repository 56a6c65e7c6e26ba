// Message lookup with ICU formatting (plurals, numbers). Every key exists in every language
// (language-completeness.test.ts); should one be missing anyway, the Swedish text is shown
// rather than the key.
import { IntlMessageFormat } from 'intl-messageformat';
import { CONTENT_LOCALES, type ContentLocale, LOCALE_HTML_LANG, LOCALE_HTML_LANG as HTML_LANG, RTL_LOCALES } from '../domain/vocab.js';
import { MESSAGES, type Messages } from './messages.js';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const cache = new Map<string, IntlMessageFormat>();

/** One ICU string with its values, formatted with the plural rules of `locale`. */
export function formatMessage(locale: ContentLocale, source: string, params?: Record<string, string | number>): string {
  if (!params && !source.includes('{')) return source;
  const cacheKey = `${locale}\u0000${source}`;
  let mf = cache.get(cacheKey);
  if (!mf) {
    mf = new IntlMessageFormat(source, LOCALE_HTML_LANG[locale]);
    cache.set(cacheKey, mf);
  }
  return String(mf.format(params));
}

export function translator(locale: ContentLocale, extra?: Partial<Record<ContentLocale, Messages>>): Translate {
  return (key, params) => {
    const own = extra?.[locale]?.[key] ?? MESSAGES[locale]?.[key];
    if (own !== undefined) return formatMessage(locale, own, params);
    const fallback = extra?.sv?.[key] ?? MESSAGES.sv[key];
    return fallback !== undefined ? formatMessage('sv', fallback, params) : key;
  };
}

export const isLocale = (v: unknown): v is ContentLocale => typeof v === 'string' && (CONTENT_LOCALES as readonly string[]).includes(v);
export const dirOf = (l: ContentLocale): 'rtl' | 'ltr' => (RTL_LOCALES.has(l) ? 'rtl' : 'ltr');

/** Pick the localized text for a locale, falling back to Swedish; says whether it fell back. */
export function pick(texts: Partial<Record<ContentLocale, string>> & { sv: string }, locale: ContentLocale): { text: string; fallback: boolean; lang: ContentLocale } {
  const own = texts[locale];
  if (own) return { text: own, fallback: false, lang: locale };
  return { text: texts.sv, fallback: locale !== 'sv', lang: 'sv' };
}

/**
 * lang (and dir, where it differs) for text written in `written` inside a page whose interface
 * is in `page`: Swedish staff text on an Arabic page gets lang="sv" dir="ltr". Empty when the same.
 */
export function writtenIn(written: ContentLocale, page: ContentLocale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (HTML_LANG[written] === HTML_LANG[page]) return {};
  const dir = dirOf(written);
  return { lang: HTML_LANG[written], dir: dir !== dirOf(page) ? dir : undefined };
}
