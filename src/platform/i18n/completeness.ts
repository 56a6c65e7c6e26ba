// What makes a catalogue complete (language-completeness.test.ts): every key in every offered
// language, ICU strings that parse, and the Swedish text's placeholders in every translation.
import { IntlMessageFormat } from 'intl-messageformat';
import { type ContentLocale, LOCALE_HTML_LANG } from '../domain/vocab.js';
import type { Catalogue } from './catalogue.js';

interface Node {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Node[] }>;
  children?: Node[];
}

// Element types of the ICU parser: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
function collect(nodes: Node[], into: Set<string>): void {
  for (const n of nodes) {
    if ([1, 2, 3, 4, 5, 6].includes(n.type) && typeof n.value === 'string') into.add(n.value);
    if (n.options) for (const o of Object.values(n.options)) collect(o.value, into);
    if (n.children) collect(n.children, into);
  }
}

/** The names of an ICU string's placeholders, sorted; throws when it does not parse. */
export function placeholders(source: string, locale: ContentLocale = 'sv'): string[] {
  const ast = new IntlMessageFormat(source, LOCALE_HTML_LANG[locale]).getAst() as unknown as Node[];
  const names = new Set<string>();
  collect(ast, names);
  return [...names].sort();
}

/** Everything wrong with a catalogue, as readable lines; empty when complete. */
export function catalogueProblems(c: Partial<Catalogue>, locales: readonly ContentLocale[], prefix?: string): string[] {
  const problems: string[] = [];
  const sv = c.sv ?? {};
  const reference = new Map<string, string[]>();
  for (const [k, v] of Object.entries(sv)) {
    if (prefix && !k.startsWith(prefix)) problems.push(`${k}: key does not start with ${prefix}`);
    try {
      reference.set(k, placeholders(v, 'sv'));
    } catch (err) {
      problems.push(`sv: ${k} does not parse (${(err as Error).message})`);
    }
  }
  for (const l of locales) {
    const own = c[l];
    if (!own) {
      problems.push(`${l}: the language is missing`);
      continue;
    }
    for (const k of Object.keys(sv)) {
      const v = own[k];
      if (typeof v !== 'string' || v.trim() === '') {
        problems.push(`${l}: ${k} is missing`);
        continue;
      }
      let names: string[];
      try {
        names = placeholders(v, l);
      } catch (err) {
        problems.push(`${l}: ${k} does not parse (${(err as Error).message})`);
        continue;
      }
      const expected = reference.get(k);
      if (expected && names.join(',') !== expected.join(',')) problems.push(`${l}: ${k} has placeholders ${names.join(', ')}, Swedish ${expected.join(', ')}`);
    }
    for (const k of Object.keys(own)) if (!(k in sv)) problems.push(`${l}: ${k} is not in Swedish`);
  }
  return problems;
}
