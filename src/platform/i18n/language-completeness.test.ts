// The message catalogue is complete (issue 16): every key of the platform and of every module's
// src/modules/<module>/messages.ts exists in every language a municipality can offer (all
// seven content languages: the settings let any of them be chosen), every string parses as ICU
// MessageFormat, and uses exactly the placeholders of the Swedish text.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CONTENT_LOCALES, type ContentLocale, LOCALE_HTML_LANG } from '../domain/vocab.js';
import { tenantSettingsSchema } from '../tenancy/settings.js';
import type { Catalogue, Messages } from './catalogue.js';
import { MESSAGES } from './messages.js';
import { catalogueProblems, placeholders } from './completeness.js';

const modulesDir = fileURLToPath(new URL('../../modules/', import.meta.url));
const modules: [string, Record<string, unknown>][] = await Promise.all(readdirSync(modulesDir)
  .filter((m) => existsSync(join(modulesDir, m, 'messages.ts')))
  .map(async (m) => [m, (await import(pathToFileURL(join(modulesDir, m, 'messages.ts')).href)) as Record<string, unknown>] as [string, Record<string, unknown>]));

const isCatalogue = (v: unknown): v is Partial<Catalogue> =>
  !!v && typeof v === 'object' && typeof (v as Record<string, unknown>).sv === 'object';

/** Every catalogue: the platform's and each module's exported ones, with the key prefix it must use. */
function catalogues(): { name: string; prefix?: string; catalogue: Partial<Catalogue> }[] {
  const out: { name: string; prefix?: string; catalogue: Partial<Catalogue> }[] = [{ name: 'platform', catalogue: MESSAGES }];
  for (const [module, mod] of modules) {
    const found = Object.entries(mod).filter(([, v]) => isCatalogue(v));
    // A messages.ts that exports no catalogue breaks the contract too.
    out.push(...(found.length > 0 ? found : [[`(none in ${module})`, { sv: {} }] as [string, unknown]])
      .map(([name, v]) => ({ name: `${module}/${name}`, prefix: `${module}.`, catalogue: v as Partial<Catalogue> })));
  }
  return out;
}

describe('the message catalogue', () => {
  it('finds the platform and the modules’ catalogues', () => {
    const names = catalogues().map((c) => c.name);
    for (const m of ['catalog', 'events', 'pages', 'partners', 'selfcheck']) expect(names.some((n) => n.startsWith(`${m}/`))).toBe(true);
  });

  it('lets a municipality offer any of the seven languages, so each must be complete', () => {
    const all = tenantSettingsSchema.parse({ languages: [...CONTENT_LOCALES] }).languages;
    expect(all).toEqual([...CONTENT_LOCALES]);
  });

  it.each(catalogues().map((c) => [c.name, c] as const))('%s has every key in every language, parsing, with the Swedish placeholders', (_name, c) => {
    expect(catalogueProblems(c.catalogue, CONTENT_LOCALES, c.prefix)).toEqual([]);
  });

  it('has no key in two catalogues (a module key would shadow the platform’s)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of catalogues()) {
      for (const k of Object.keys(c.catalogue.sv ?? {})) {
        if (seen.has(k)) clashes.push(`${k}: ${seen.get(k)} and ${c.name}`);
        seen.set(k, c.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('formats plurals with each language’s rules', () => {
    const f = (l: ContentLocale, n: number) => new IntlMessageFormat(MESSAGES[l]['common.results'], LOCALE_HTML_LANG[l]).format({ count: n });
    expect([f('sv', 0), f('sv', 1), f('sv', 5)]).toEqual(['Inga träffar', '1 träff', '5 träffar']);
    expect([f('fi', 1), f('fi', 3)]).toEqual(['1 tulos', '3 tulosta']);
    expect([f('ar', 2), f('ar', 3), f('ar', 11)]).toEqual(['نتيجتان', '3 نتائج', '11 نتيجة']);
  });
});

describe('the completeness check itself', () => {
  const sv: Messages = { 'x.a': 'Hej {name}', 'x.b': '{n, plural, one {# sak} other {# saker}}' };
  const good = Object.fromEntries(CONTENT_LOCALES.map((l) => [l, { ...sv }])) as Catalogue;

  it('passes a complete catalogue', () => {
    expect(catalogueProblems(good, CONTENT_LOCALES, 'x.')).toEqual([]);
    expect(placeholders('{n, plural, one {# för {who}} other {#}} {when}')).toEqual(['n', 'when', 'who']);
  });

  it('fails on a missing language, a missing key, a parse error, other placeholders, a stray key and a wrong prefix', () => {
    const { fa: _fa, ...noPersian } = good;
    expect(catalogueProblems(noPersian, CONTENT_LOCALES, 'x.')).toEqual(['fa: the language is missing']);
    expect(catalogueProblems({ ...good, so: { 'x.a': 'Salaan {name}' } }, CONTENT_LOCALES, 'x.')).toEqual(['so: x.b is missing']);
    expect(catalogueProblems({ ...good, fi: { ...sv, 'x.a': 'Hei {name' } }, CONTENT_LOCALES, 'x.')).toEqual([expect.stringMatching(/^fi: x\.a does not parse/)]);
    expect(catalogueProblems({ ...good, ar: { ...sv, 'x.a': 'مرحبًا {nom}' } }, CONTENT_LOCALES, 'x.')).toEqual(['ar: x.a has placeholders nom, Swedish name']);
    expect(catalogueProblems({ ...good, en: { ...sv, 'x.c': 'extra' } }, CONTENT_LOCALES, 'x.')).toEqual(['en: x.c is not in Swedish']);
    expect(catalogueProblems(good, CONTENT_LOCALES, 'y.')).toEqual(['x.a: key does not start with y.', 'x.b: key does not start with y.']);
  });
});
