// An instrument as data (SPEC C7): items on an answer scale, dimensions that group items,
// bands with thresholds, plain-language feedback per band, and which offerings to suggest.
// A draft may be incomplete; publishing checks it with `definitionSchema` and freezes it.
import { z } from 'zod';
import { OFFERING_TYPES, TARGET_GROUPS, type ContentLocale, type OfferingType, type TargetGroup } from '../../platform/domain/vocab.js';

/** The languages an instrument is written in: Swedish required, lätt svenska and English optional. */
export const INSTRUMENT_LOCALES = ['sv', 'sv-easy', 'en'] as const;
export type InstrumentLocale = (typeof INSTRUMENT_LOCALES)[number];

export const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,29}$/;
export const keySchema = z.string().regex(KEY_PATTERN, 'Använd 1–30 små bokstäver a–z, siffror, - eller _');

export const l10nSchema = z.object({
  sv: z.string().min(1, 'Svensk text saknas').max(1000),
  'sv-easy': z.string().max(1000).optional(),
  en: z.string().max(1000).optional(),
}).strict();
export type L10n = z.infer<typeof l10nSchema>;

export const scaleStepSchema = z.object({
  value: z.number().int().min(0).max(10),
  label: l10nSchema,
}).strict();

export const bandSchema = z.object({
  key: keySchema,
  label: l10nSchema,
  /** The band holds means from this value up to (not including) the next band's `from`. */
  from: z.number().finite().min(0).max(10),
}).strict();

export const suggestionSchema = z.object({
  types: z.array(z.enum(OFFERING_TYPES)).max(OFFERING_TYPES.length),
  /** The närstående's target groups this suggestion is for; empty = every group. */
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length),
}).strict();
export type Suggestion = z.infer<typeof suggestionSchema>;

export const dimensionSchema = z.object({
  key: keySchema,
  name: l10nSchema,
  /** What the dimension is about, in plain words, shown on the result page. */
  about: l10nSchema,
  /** Missing-answers rule: the dimension gets a mean only when at least this many of its items are answered. */
  minAnswered: z.number().int().min(1).max(60),
  feedback: z.record(keySchema, l10nSchema),
  suggestions: z.record(keySchema, suggestionSchema),
}).strict();
export type Dimension = z.infer<typeof dimensionSchema>;

export const itemSchema = z.object({
  key: keySchema,
  dimension: keySchema,
  text: l10nSchema,
  /** A positively worded item: its value is mirrored on the scale (min + max − value). */
  reversed: z.boolean(),
}).strict();
export type Item = z.infer<typeof itemSchema>;

const baseDefinition = z.object({
  name: l10nSchema,
  intro: l10nSchema,
  scale: z.array(scaleStepSchema).min(2).max(7),
  bands: z.array(bandSchema).min(1).max(6),
  overall: z.object({
    /** The overall mean (of every answered item) is given only when at least this many items are answered. */
    minAnswered: z.number().int().min(1).max(60),
    feedback: z.record(keySchema, l10nSchema),
  }).strict(),
  dimensions: z.array(dimensionSchema).max(8),
  items: z.array(itemSchema).max(60),
}).strict();

/** A draft: the same shape, completeness not yet checked. */
export const draftSchema = baseDefinition;
export type InstrumentDraft = z.infer<typeof draftSchema>;

/** Everything a published instrument must satisfy; the messages are for the admin in Swedish. */
export function definitionProblems(d: InstrumentDraft): string[] {
  const out: string[] = [];
  const values = d.scale.map((s) => s.value);
  for (let i = 1; i < values.length; i++) if (values[i] <= values[i - 1]) out.push('Svarsskalans värden måste öka steg för steg (till exempel 1, 2, 3, 4).');
  const min = Math.min(...values);
  const max = Math.max(...values);
  const froms = d.bands.map((b) => b.from);
  if (froms[0] !== undefined && froms[0] > min) out.push(`Den första nivån måste börja vid skalans lägsta värde (${min}).`);
  for (let i = 1; i < froms.length; i++) if (froms[i] <= froms[i - 1]) out.push('Nivåernas gränser måste öka från nivå till nivå.');
  for (const b of d.bands) if (b.from < min || b.from > max) out.push(`Nivån ”${b.label.sv}” börjar utanför skalan (${min}–${max}).`);
  const bandKeys = new Set(d.bands.map((b) => b.key));
  if (bandKeys.size !== d.bands.length) out.push('Två nivåer har samma kod.');
  const dimKeys = new Set(d.dimensions.map((x) => x.key));
  if (dimKeys.size !== d.dimensions.length) out.push('Två dimensioner har samma kod.');
  if (new Set(d.items.map((i) => i.key)).size !== d.items.length) out.push('Två frågor har samma kod.');
  if (d.dimensions.length === 0) out.push('Lägg till minst en dimension.');
  if (d.items.length === 0) out.push('Lägg till minst en fråga.');
  for (const item of d.items) if (!dimKeys.has(item.dimension)) out.push(`Frågan ”${item.text.sv}” hör till en dimension som inte finns.`);
  for (const dim of d.dimensions) {
    const count = d.items.filter((i) => i.dimension === dim.key).length;
    if (count === 0) out.push(`Dimensionen ”${dim.name.sv}” har inga frågor.`);
    else if (dim.minAnswered > count) out.push(`Dimensionen ”${dim.name.sv}” kräver ${dim.minAnswered} svar men har bara ${count} frågor.`);
    for (const b of d.bands) if (!dim.feedback[b.key]) out.push(`Dimensionen ”${dim.name.sv}” saknar återkoppling för nivån ”${b.label.sv}”.`);
    for (const k of [...Object.keys(dim.feedback), ...Object.keys(dim.suggestions)]) {
      if (!bandKeys.has(k)) out.push(`Dimensionen ”${dim.name.sv}” har text för en nivå som inte finns (${k}).`);
    }
  }
  if (d.items.length > 0 && d.overall.minAnswered > d.items.length) out.push(`Helheten kräver ${d.overall.minAnswered} svar men instrumentet har bara ${d.items.length} frågor.`);
  for (const b of d.bands) if (!d.overall.feedback[b.key]) out.push(`Återkoppling för helheten saknas för nivån ”${b.label.sv}”.`);
  return [...new Set(out)];
}

/** A published definition: the draft shape plus every rule above. */
export const definitionSchema = baseDefinition.superRefine((d, ctx) => {
  for (const message of definitionProblems(d)) ctx.addIssue({ code: 'custom', message });
});
export type InstrumentDefinition = z.infer<typeof definitionSchema>;

/** Text in the reader's language; lätt svenska and English fall back to Swedish. */
export function text(t: L10n, locale: ContentLocale): { text: string; fallback: boolean } {
  if (locale === 'sv-easy' && t['sv-easy']) return { text: t['sv-easy'], fallback: false };
  if (locale === 'en' && t.en) return { text: t.en, fallback: false };
  return { text: t.sv, fallback: locale !== 'sv' };
}
export const tx = (t: L10n, locale: ContentLocale): string => text(t, locale).text;

export function scaleRange(d: Pick<InstrumentDraft, 'scale'>): { min: number; max: number } {
  const values = d.scale.map((s) => s.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

export type { OfferingType, TargetGroup };
