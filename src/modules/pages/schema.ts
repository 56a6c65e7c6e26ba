import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { CONTENT_LOCALES, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { reviewDateField, reviewOwnerField } from '../../platform/domain/content-review.js';

/** Languages a page can be written in besides Swedish; fields are named e.g. title_en. */
export const TRANSLATION_LOCALES = CONTENT_LOCALES.filter((l) => l !== 'sv');
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const BODY_MAX = 20000;

const translationFields = Object.fromEntries(TRANSLATION_LOCALES.flatMap((l) => [
  [`title_${l}`, f.optionalText(120)],
  [`summary_${l}`, f.optionalText(400)],
  [`body_${l}`, f.optionalText(BODY_MAX)],
])) as Record<string, ReturnType<typeof f.optionalText>>;


export const pageFormSchema = z.object({
  slug: z.string().min(1, 'Fyll i adressen').max(80, 'Högst 80 tecken')
    .regex(SLUG_RE, 'Använd bara små bokstäver a–z, siffror och bindestreck, till exempel vad-ar-anhorigstod'),
  title: f.text(120),
  summary: f.text(400),
  body: f.text(BODY_MAX),
  targetGroups: f.many(TARGET_GROUPS),
  sortOrder: f.optionalInt(0, 9999),
  lastReviewedOn: reviewDateField,
  reviewOwnerId: reviewOwnerField,
  published: z.enum(['yes', 'no'], { message: 'Välj om sidan ska vara publicerad' }),
  ...translationFields,
}).strict().superRefine((v, ctx) => {
  const values = v as unknown as Record<string, string | undefined>;
  for (const l of TRANSLATION_LOCALES) {
    const any = values[`title_${l}`] || values[`summary_${l}`] || values[`body_${l}`];
    if (!any) continue;
    if (!values[`title_${l}`]) ctx.addIssue({ code: 'custom', path: [`title_${l}`], message: 'En översättning behöver en rubrik' });
    if (!values[`body_${l}`]) ctx.addIssue({ code: 'custom', path: [`body_${l}`], message: 'En översättning behöver en brödtext' });
  }
});
export type PageForm = z.infer<typeof pageFormSchema>;

export const pagesQuerySchema = z.object({
  group: z.enum(TARGET_GROUPS).optional(),
  lang: z.string().optional(),
});

export const slugParam = z.object({ tenant: z.string(), slug: z.string().max(80).regex(SLUG_RE) });
export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
