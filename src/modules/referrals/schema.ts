import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { AGE_BANDS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { CARED_FOR_CONSENTS, CLOSE_REASONS, REFERRAL_TOPICS, URGENCIES, VIEWS_CONSIDERED } from './vocab.js';
import { isIsoDate } from './time.js';

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values, { message: 'Välj ett av alternativen' })]).optional().transform((v) => (v ? v : null));
const optionalText = (max: number) => z.string().max(max, `Högst ${max} tecken`).optional().transform((v) => (v ? v : null));
const optionalId = () => z.union([z.literal(''), f.id()]).optional().transform((v) => (v ? v : null));

export const referralFormSchema = z.object({
  carerName: f.text(120),
  carerPhone: z.string().max(40, 'Högst 40 tecken').regex(/^[0-9 +()-]*$/, 'Skriv telefonnumret med siffror, till exempel 070-000 00 00').optional()
    .transform((v) => (v ? v : null)),
  carerEmail: z.union([z.literal(''), f.email()]).optional().transform((v) => (v ? v.toLowerCase() : null)),
  reachNote: optionalText(200),
  topic: z.enum(REFERRAL_TOPICS, { message: 'Välj vad det gäller' }),
  message: optionalText(1000),
  targetGroup: optionalChoice(TARGET_GROUPS),
  carerAgeBand: optionalChoice(AGE_BANDS),
  urgency: z.enum(URGENCIES, { message: 'Välj hur brådskande det är' }),
  consentCarer: f.checkbox().refine((v) => v, 'Den anhöriga måste ha samtyckt innan du förmedlar kontakten'),
  consentCaredFor: z.enum(CARED_FOR_CONSENTS, { message: 'Välj om den närstående har samtyckt' }),
  fromUnitId: f.id(),
}).strict().superRefine((v, ctx) => {
  if (!v.carerPhone && !v.carerEmail) ctx.addIssue({ code: 'custom', path: ['carerPhone'], message: 'Fyll i telefonnummer eller e-postadress så att vi kan nå den anhöriga' });
});
export type ReferralForm = z.infer<typeof referralFormSchema>;

export const assignSchema = z.object({ userId: f.id() }).strict();
export const closeSchema = z.object({ reason: z.enum(CLOSE_REASONS, { message: 'Välj varför ärendet avslutas' }) }).strict();
export const emptySchema = z.object({}).strict();

export const inboxQuerySchema = z.object({
  visa: z.enum(['oppna', 'mina', 'avslutade']).default('oppna'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const needsAssessmentSchema = z.object({
  assessedOn: z.string().min(1, 'Fyll i datum').refine(isIsoDate, 'Skriv datumet som ÅÅÅÅ-MM-DD'),
  tookPart: z.enum(['yes', 'no'], { message: 'Välj om den anhöriga deltog' }),
  viewsConsidered: z.enum(VIEWS_CONSIDERED, { message: 'Välj om den anhörigas synpunkter togs till vara' }),
  ownSupport: z.enum(['yes', 'no'], { message: 'Välj om den anhöriga fick egen insats' }),
  referralId: optionalId(),
}).strict();
export type NeedsAssessmentForm = z.infer<typeof needsAssessmentSchema>;

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
