// Forms of the instrument editor and the staff pages. The editor is plain forms, no JSON:
// one form for the general parts (names, scale, bands, overall feedback), one per dimension
// and one per statement. Field names carry the language: name_sv, name_sv-easy, name_en.
import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { OFFERING_TYPES, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { INSTRUMENT_LOCALES, keySchema, type InstrumentDraft, type L10n } from './definition.js';

export const MAX_SCALE_ROWS = 7;
export const MAX_BAND_ROWS = 6;

const OPTIONAL_LOCALES = INSTRUMENT_LOCALES.filter((l) => l !== 'sv');

/** name_sv (required), name_sv-easy and name_en (optional). */
function l10nFields(prefix: string, max: number, required = true) {
  return {
    [`${prefix}_sv`]: required ? f.text(max) : f.optionalText(max),
    ...Object.fromEntries(OPTIONAL_LOCALES.map((l) => [`${prefix}_${l}`, f.optionalText(max)])),
  } as Record<string, z.ZodType<string | undefined>>;
}

export function l10nFrom(values: Record<string, unknown>, prefix: string): L10n | undefined {
  const sv = values[`${prefix}_sv`];
  if (typeof sv !== 'string' || sv === '') return undefined;
  const out: L10n = { sv };
  for (const l of OPTIONAL_LOCALES) {
    const v = values[`${prefix}_${l}`];
    if (typeof v === 'string' && v !== '') out[l] = v;
  }
  return out;
}

export function l10nValues(prefix: string, t: L10n | undefined): Record<string, string> {
  return Object.fromEntries(INSTRUMENT_LOCALES.map((l) => [`${prefix}_${l}`, t?.[l] ?? '']));
}

const requiredInt = (min: number, max: number) => f.optionalInt(min, max).refine((v) => v !== null, 'Fältet måste fyllas i');
const decimal = z.string().optional().transform((v, ctx) => {
  if (v === undefined || v === '') return null;
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(v)) {
    ctx.addIssue({ code: 'custom', message: 'Skriv ett tal med högst två decimaler, till exempel 2,5' });
    return z.NEVER;
  }
  return Number(v.replace(',', '.'));
});

export const newInstrumentSchema = z.object({
  name_sv: f.text(120),
  start: z.enum(['empty', 'bredvid'], { message: 'Välj hur instrumentet ska börja' }),
}).strict();

/** The general form: the band keys of the draft decide which overall feedback fields exist. */
export function generalFormSchema(bandKeys: string[]) {
  const scaleRows = Array.from({ length: MAX_SCALE_ROWS }, (_, i) => ({ [`scale_${i}_value`]: f.optionalInt(0, 10), ...l10nFields(`scale_${i}`, 120, false) }));
  const bandRows = Array.from({ length: MAX_BAND_ROWS }, (_, i) => ({ [`band_${i}_key`]: z.string().max(30).optional(), [`band_${i}_from`]: decimal, ...l10nFields(`band_${i}`, 120, false) }));
  return z.object({
    ...l10nFields('name', 120),
    ...l10nFields('intro', 1000),
    overallMinAnswered: requiredInt(1, 60),
    ...Object.assign({}, ...scaleRows),
    ...Object.assign({}, ...bandRows),
    ...Object.assign({}, ...bandKeys.map((k) => l10nFields(`overall_${k}`, 1000, false))),
  }).strict().superRefine((v: Record<string, unknown>, ctx) => {
    const need = (cond: boolean, path: string, message: string) => {
      if (cond) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    let steps = 0;
    for (let i = 0; i < MAX_SCALE_ROWS; i++) {
      const used = v[`scale_${i}_value`] !== null || !!v[`scale_${i}_sv`];
      if (!used) continue;
      steps += 1;
      need(v[`scale_${i}_value`] === null, `scale_${i}_value`, 'Ange svarsstegets värde');
      need(!v[`scale_${i}_sv`], `scale_${i}_sv`, 'Ange svarsstegets text på svenska');
    }
    need(steps < 2, 'scale_0_value', 'Svarsskalan behöver minst två steg');
    let bands = 0;
    for (let i = 0; i < MAX_BAND_ROWS; i++) {
      const key = v[`band_${i}_key`] as string | undefined;
      const used = !!key || v[`band_${i}_from`] !== null || !!v[`band_${i}_sv`];
      if (!used) continue;
      bands += 1;
      need(!keySchema.safeParse(key ?? '').success, `band_${i}_key`, 'Koden ska vara 1–30 små bokstäver a–z, siffror, - eller _');
      need(v[`band_${i}_from`] === null, `band_${i}_from`, 'Ange var nivån börjar');
      need(!v[`band_${i}_sv`], `band_${i}_sv`, 'Ange nivåns namn på svenska');
    }
    need(bands < 1, 'band_0_key', 'Instrumentet behöver minst en nivå');
  });
}

/** The general form's values turned into the draft's general parts. */
export function applyGeneral(draft: InstrumentDraft, v: Record<string, unknown>): InstrumentDraft {
  const scale: InstrumentDraft['scale'] = [];
  for (let i = 0; i < MAX_SCALE_ROWS; i++) {
    const label = l10nFrom(v, `scale_${i}`);
    if (v[`scale_${i}_value`] !== null && label) scale.push({ value: v[`scale_${i}_value`] as number, label });
  }
  const bands: InstrumentDraft['bands'] = [];
  for (let i = 0; i < MAX_BAND_ROWS; i++) {
    const label = l10nFrom(v, `band_${i}`);
    if (v[`band_${i}_key`] && label) bands.push({ key: v[`band_${i}_key`] as string, from: v[`band_${i}_from`] as number, label });
  }
  const feedback: Record<string, L10n> = {};
  for (const b of draft.bands) {
    const t = l10nFrom(v, `overall_${b.key}`);
    if (t) feedback[b.key] = t;
  }
  return {
    ...draft, name: l10nFrom(v, 'name')!, intro: l10nFrom(v, 'intro')!, scale, bands,
    overall: { minAnswered: v.overallMinAnswered as number, feedback },
  };
}

export function generalValues(d: InstrumentDraft): Record<string, string> {
  const out: Record<string, string> = { ...l10nValues('name', d.name), ...l10nValues('intro', d.intro), overallMinAnswered: String(d.overall.minAnswered) };
  d.scale.forEach((s, i) => Object.assign(out, { [`scale_${i}_value`]: String(s.value) }, l10nValues(`scale_${i}`, s.label)));
  d.bands.forEach((b, i) => Object.assign(out, { [`band_${i}_key`]: b.key, [`band_${i}_from`]: String(b.from).replace('.', ',') }, l10nValues(`band_${i}`, b.label)));
  for (const b of d.bands) Object.assign(out, l10nValues(`overall_${b.key}`, d.overall.feedback[b.key]));
  return out;
}

export function dimensionFormSchema(bandKeys: string[], isNew: boolean) {
  return z.object({
    ...(isNew ? { key: keySchema } : {}),
    ...l10nFields('name', 120),
    ...l10nFields('about', 1000),
    minAnswered: requiredInt(1, 60),
    ...Object.assign({}, ...bandKeys.map((k) => ({
      ...l10nFields(`fb_${k}`, 1000, false),
      [`types_${k}`]: f.many(OFFERING_TYPES),
      [`groups_${k}`]: f.many(TARGET_GROUPS),
    }))),
  }).strict();
}

export function itemFormSchema(dimensionKeys: string[], isNew: boolean) {
  return z.object({
    ...(isNew ? { key: keySchema } : {}),
    dimension: z.string().refine((k) => dimensionKeys.includes(k), 'Välj en dimension'),
    ...l10nFields('text', 500),
    reversed: f.checkbox(),
    position: f.optionalInt(1, 60),
  }).strict();
}

/** Staff: attach a result to an identified carer. Consent is required. */
export const consentSchema = z.object({
  consent: f.checkbox().refine((v) => v, 'Kryssa i att den anhöriga har samtyckt till att resultatet sparas'),
}).strict();

export const carerSearchSchema = z.object({ q: f.text(100) }).strict();
export const statsQuerySchema = z.object({ ar: z.coerce.number().int().min(2000).max(2100).optional() });
export const instrumentIdParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const keyParam = z.object({ tenant: z.string(), id: z.string().uuid(), key: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,29}$/) });
export const carerParam = z.object({ tenant: z.string(), carerId: z.string().uuid() });
