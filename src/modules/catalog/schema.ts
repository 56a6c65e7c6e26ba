import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { LIVES_TOGETHER, QUANTITY_PERIODS, QUANTITY_UNITS, TIMES_OF_DAY } from './conditions.js';
import { reviewDateField, reviewOwnerField } from '../../platform/domain/content-review.js';
import { AGE_BANDS, CONTENT_LOCALES, OFFERING_TYPES, PROVIDER_KINDS, SUPPORT_KINDS, TARGET_GROUPS } from '../../platform/domain/vocab.js';

/** Translated fields are named e.g. title_en, summary_sv-easy. */
export const TRANSLATABLE = ['title', 'summary', 'description', 'howToGet'] as const;
export const TRANSLATION_LOCALES = CONTENT_LOCALES.filter((l) => l !== 'sv');

const translationFields = Object.fromEntries(
  TRANSLATION_LOCALES.flatMap((l) => TRANSLATABLE.map((k) => [`${k}_${l}`, f.optionalText(k === 'description' ? 5000 : 500)])),
) as Record<string, ReturnType<typeof f.optionalText>>;

export const offeringFormSchema = z.object({
  title: f.text(120),
  summary: f.text(400),
  description: z.string().max(5000, 'Högst 5000 tecken').default(''),
  howToGet: f.text(1000),
  type: z.enum(OFFERING_TYPES, { message: 'Välj typ av stöd' }),
  supportKind: z.enum(SUPPORT_KINDS, { message: 'Välj om stödet är direkt eller indirekt' }),
  needsAssessment: z.enum(['yes', 'no'], { message: 'Välj om stödet kräver biståndsbeslut' }),
  providerKind: z.enum(PROVIDER_KINDS, { message: 'Välj vem som ger stödet' }),
  providerName: f.text(120),
  targetGroups: f.many(TARGET_GROUPS),
  languages: f.many(CONTENT_LOCALES),
  carerMinAge: f.optionalInt(0, 120),
  carerMaxAge: f.optionalInt(0, 120),
  relativeMinAge: f.optionalInt(1, 120),
  relativeMaxAge: f.optionalInt(1, 120),
  livesTogether: z.enum(['any', ...LIVES_TOGETHER], { message: 'Välj ett alternativ' }).default('any'),
  quantityAmount: f.optionalInt(1, 1000),
  quantityUnit: z.union([z.literal(''), z.enum(QUANTITY_UNITS, { message: 'Välj enhet' })]).optional().transform((v) => v || null),
  quantityPeriod: z.union([z.literal(''), z.enum(QUANTITY_PERIODS, { message: 'Välj period' })]).optional().transform((v) => v || null),
  leadTimeDays: f.optionalInt(0, 365),
  timesOfDay: f.many(TIMES_OF_DAY),
  cost: z.string().max(200, 'Högst 200 tecken').default('Kostnadsfritt').transform((v) => v || 'Kostnadsfritt'),
  contact: f.text(300),
  sortOrder: f.optionalInt(0, 9999),
  lastReviewedOn: reviewDateField,
  reviewOwnerId: reviewOwnerField,
  ...translationFields,
}).strict().superRefine((v, ctx) => {
  if (v.carerMinAge !== null && v.carerMaxAge !== null && v.carerMinAge > v.carerMaxAge) {
    ctx.addIssue({ code: 'custom', path: ['carerMaxAge'], message: 'Högsta ålder kan inte vara lägre än lägsta ålder' });
  }
  if (v.relativeMinAge !== null && v.relativeMaxAge !== null && v.relativeMinAge > v.relativeMaxAge) {
    ctx.addIssue({ code: 'custom', path: ['relativeMaxAge'], message: 'Högsta ålder kan inte vara lägre än lägsta ålder' });
  }
  // A quantity is a number with its unit and period, or nothing at all.
  const q = [v.quantityAmount, v.quantityUnit, v.quantityPeriod];
  if (q.some((x) => x !== null) && q.some((x) => x === null)) {
    const path = v.quantityAmount === null ? 'quantityAmount' : v.quantityUnit === null ? 'quantityUnit' : 'quantityPeriod';
    ctx.addIssue({ code: 'custom', path: [path], message: 'Ange antal, enhet och period – eller lämna alla tre tomma' });
  }
});
export type OfferingForm = z.infer<typeof offeringFormSchema>;

export const catalogQuerySchema = z.object({
  q: z.string().max(100).optional(),
  group: z.enum(TARGET_GROUPS).optional(),
  type: z.enum(OFFERING_TYPES).optional(),
  assessment: z.enum(['with', 'without']).optional(),
  /** The närstående's age band: hides offerings for an older närstående. */
  relativeAge: z.enum(AGE_BANDS).optional(),
  /** "Din situation": the reader's own age and whether they live with the närstående. */
  carerAge: z.union([z.literal(''), z.coerce.number().int().min(0).max(120)]).optional().transform((v) => (v === '' ? undefined : v)),
  livesTogether: z.enum(LIVES_TOGETHER).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  lang: z.string().optional(),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
