import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { AGE_BANDS, GENDERS, HEARD_VIA, OFFER_ANSWERS, RELATIONSHIPS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ACTIVITY_TYPES, CHANNELS, ONWARD_TARGETS } from './vocab.js';
import { isIsoDate } from './time.js';

/** An optional choice: '' or absent → null. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message = 'Välj ett av alternativen') =>
  z.union([z.literal(''), z.enum(values, { message })]).optional().transform((v) => (v ? v : null));

export const isoDate = (message = 'Skriv datumet som ÅÅÅÅ-MM-DD') => z.string().min(1, 'Fyll i datum').refine(isIsoDate, message);

/** No name and no free text: every field is a choice (SPEC C3 anonymity first). */
export const contactFormSchema = z.object({
  contactDate: isoDate(),
  channel: z.enum(CHANNELS, { message: 'Välj kanal' }),
  durationMin: z.string().min(1, 'Välj tidsåtgång').regex(/^\d{1,3}$/, 'Välj tidsåtgång i minuter')
    .transform(Number).refine((n) => n >= 1 && n <= 600, 'Tidsåtgången ska vara mellan 1 och 600 minuter'),
  activityType: z.enum(ACTIVITY_TYPES, { message: 'Välj typ av aktivitet' }),
  targetGroup: optionalChoice(TARGET_GROUPS),
  relationship: optionalChoice(RELATIONSHIPS),
  ageBand: optionalChoice(AGE_BANDS),
  gender: optionalChoice(GENDERS),
  district: z.string().max(80, 'Högst 80 tecken').optional().transform((v) => (v ? v : null)),
  heardVia: optionalChoice(HEARD_VIA),
  campaignId: z.string().max(60, 'Högst 60 tecken').regex(/^[A-Za-z0-9_-]*$/, 'Ogiltig kampanj').optional().transform((v) => (v ? v : null)),
  referredOnward: f.checkbox(),
  referredTo: optionalChoice(ONWARD_TARGETS),
  carerId: z.union([z.literal(''), f.id()]).optional().transform((v) => (v ? v : null)),
  /** "Erbjudande om stödkontakt": the answer, recorded without identity. */
  supportOffer: optionalChoice(OFFER_ANSWERS),
}).strict().superRefine((v, ctx) => {
  if (v.referredOnward && !v.referredTo) ctx.addIssue({ code: 'custom', path: ['referredTo'], message: 'Välj vart den anhöriga hänvisades' });
});
export type ContactForm = z.infer<typeof contactFormSchema>;

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const logQuerySchema = z.object({
  sparad: z.string().max(10).optional(),
  anhorig: z.string().uuid().optional(),
});
