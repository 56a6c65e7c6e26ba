// The shared form checks' messages in the reader's language. platform/http/forms.ts (and the
// modules' zod schemas) write field messages in Swedish, which staff pages show as they are;
// citizen pages pass their errors through localizeFieldErrors. A message is recognised by its
// Swedish text in the catalogue (form.* keys, and any extra catalogue a module passes), so a
// Swedish message the catalogue does not know stays Swedish and is reported by `untranslated`.
import type { ContentLocale } from '../domain/vocab.js';
import type { FieldErrors } from '../http/errors.js';
import type { Catalogue } from './catalogue.js';
import { translator } from './i18n.js';
import { MESSAGES } from './messages.js';

interface Pattern {
  key: string;
  re: RegExp;
  names: string[];
}

const patternCache = new WeakMap<object, Pattern[]>();

/** Each Swedish message as a pattern: placeholders match any text and are given back as params. */
function patternsOf(extra?: Partial<Catalogue>): Pattern[] {
  const cacheKey = extra ?? MESSAGES;
  const cached = patternCache.get(cacheKey);
  if (cached) return cached;
  const sources = { ...MESSAGES.sv, ...(extra?.sv ?? {}) };
  const out: Pattern[] = [];
  for (const [key, text] of Object.entries(sources)) {
    if (text.includes('plural,') || text.includes('select,')) continue;
    const names: string[] = [];
    const re = text.split(/(\{\w+\})/).map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (m) {
        names.push(m[1]);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
    out.push({ key, re: new RegExp(`^${re}$`), names });
  }
  patternCache.set(cacheKey, out);
  return out;
}

/** One Swedish message in `locale`; `translated` is false when the catalogue does not know it. */
export function localizeMessage(message: string, locale: ContentLocale, extra?: Partial<Catalogue>): { text: string; translated: boolean } {
  if (locale === 'sv') return { text: message, translated: true };
  const t = translator(locale, extra);
  const unknown = /^Formuläret innehöll okända fält: (.*)$/.exec(message);
  if (unknown) return { text: `${t('form.unknownFields')}: ${unknown[1]}`, translated: true };
  for (const p of patternsOf(extra)) {
    const m = p.re.exec(message);
    if (!m) continue;
    const params = Object.fromEntries(p.names.map((n, i) => [n, m[i + 1]]));
    return { text: t(p.key, params), translated: true };
  }
  return { text: message, translated: false };
}

/** A form's field messages in the reader's language. */
export function localizeFieldErrors(errors: FieldErrors | undefined, locale: ContentLocale, extra?: Partial<Catalogue>): FieldErrors | undefined {
  if (!errors) return errors;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, localizeMessage(v, locale, extra).text]));
}

/** The messages that would stay Swedish (for tests of a form's every message). */
export function untranslated(errors: FieldErrors, extra?: Partial<Catalogue>): string[] {
  return Object.values(errors).filter((v) => !localizeMessage(v, 'en', extra).translated);
}
