import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { CONTENT_LOCALES, PARTNER_KINDS, TARGET_GROUPS } from '../../platform/domain/vocab.js';

/** "What they offer carers" can be written per language; fields are named offers_en, … */
export const TRANSLATION_LOCALES = CONTENT_LOCALES.filter((l) => l !== 'sv');

const translationFields = Object.fromEntries(TRANSLATION_LOCALES.map((l) => [`offers_${l}`, f.optionalText(1000)])) as Record<string, ReturnType<typeof f.optionalText>>;

const url = z.string().max(300, 'Högst 300 tecken').optional().transform((v, ctx) => {
  if (!v) return null;
  let ok = false;
  try {
    const u = new URL(v);
    ok = u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    ok = false;
  }
  if (!ok) {
    ctx.addIssue({ code: 'custom', message: 'Skriv en hel webbadress som börjar med https://' });
    return z.NEVER;
  }
  return v;
});

export const partnerFormSchema = z.object({
  kind: z.enum(PARTNER_KINDS, { message: 'Välj vilken sorts aktör det är' }),
  name: f.text(120),
  offers: f.text(1000),
  targetGroups: f.many(TARGET_GROUPS),
  contact: f.text(300),
  url,
  councilMember: f.checkbox(),
  sortOrder: f.optionalInt(0, 9999),
  ...translationFields,
}).strict();
export type PartnerForm = z.infer<typeof partnerFormSchema>;

export const partnersQuerySchema = z.object({
  kind: z.enum(PARTNER_KINDS).optional(),
  group: z.enum(TARGET_GROUPS).optional(),
  lang: z.string().optional(),
});
export type PartnersQuery = z.infer<typeof partnersQuerySchema>;

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
