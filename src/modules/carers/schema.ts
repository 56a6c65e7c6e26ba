import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { AGE_BANDS, GENDERS, RELATIONSHIPS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ACTION_KINDS, ACTION_TYPES, CONSENT_SCOPES, OFFER_ANSWERS, PLAN_STATUSES } from './vocab.js';
import { isIsoDate } from './time.js';

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values, { message: 'Välj ett av alternativen' })]).optional().transform((v) => (v ? v : null));
const optionalId = () => z.union([z.literal(''), f.id()]).optional().transform((v) => (v ? v : null));
const isoDate = () => z.string().min(1, 'Fyll i datum').refine(isIsoDate, 'Skriv datumet som ÅÅÅÅ-MM-DD');

const details = {
  name: f.text(120),
  phone: z.string().max(40, 'Högst 40 tecken').regex(/^[0-9 +()-]*$/, 'Skriv telefonnumret med siffror, till exempel 070-000 00 00').optional()
    .transform((v) => (v ? v : null)),
  email: z.union([z.literal(''), f.email()]).optional().transform((v) => (v ? v.toLowerCase() : null)),
  /** Validated by the service (Luhn and date); posted only, never in a URL. */
  personnummer: z.string().max(20, 'Skriv personnumret som ÅÅÅÅMMDD-NNNN').optional().transform((v) => (v ? v : null)),
  targetGroup: optionalChoice(TARGET_GROUPS),
  relationship: optionalChoice(RELATIONSHIPS),
  ageBand: optionalChoice(AGE_BANDS),
  gender: optionalChoice(GENDERS),
  supportContactUserId: optionalId(),
};

export const carerCreateSchema = z.object({
  ...details,
  unitId: f.id(),
  consentGiven: f.checkbox().refine((v) => v, 'Den anhöriga måste ha samtyckt innan uppgifterna sparas'),
  consentDate: isoDate(),
  confirmNotDuplicate: z.enum(['yes']).optional(),
  fromReferral: optionalId(),
}).strict().superRefine((v, ctx) => {
  if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Fyll i telefonnummer eller e-postadress' });
});
export type CarerCreateForm = z.infer<typeof carerCreateSchema>;

export const carerEditSchema = z.object({
  ...details,
  removePersonnummer: f.checkbox(),
}).strict().superRefine((v, ctx) => {
  if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Fyll i telefonnummer eller e-postadress' });
});
export type CarerEditForm = z.infer<typeof carerEditSchema>;

export const consentFormSchema = z.object({
  scope: z.enum(CONSENT_SCOPES, { message: 'Välj vad samtycket gäller' }),
  givenOn: isoDate(),
}).strict();

export const actionFormSchema = z.object({
  kind: z.enum(ACTION_KINDS, { message: 'Välj insats eller uppföljning' }),
  actionType: z.enum(ACTION_TYPES, { message: 'Välj vad som ska göras' }),
  dueOn: isoDate(),
  assignedUserId: optionalId(),
}).strict();

export const journalFormSchema = z.object({
  body: z.string().min(1, 'Skriv anteckningen').max(5000, 'Högst 5000 tecken'),
  signed: f.checkbox().refine((v) => v, 'Bekräfta att du signerar anteckningen'),
  correctsId: optionalId(),
}).strict();

/** An offer of a stödkontakt and the answer; an accepted offer names the stödkontakt. */
export const offerFormSchema = z.object({
  offeredOn: isoDate(),
  answer: z.enum(OFFER_ANSWERS, { message: 'Välj vad den anhöriga svarade' }),
  offerSupportContactUserId: optionalId(),
}).strict().superRefine((v, ctx) => {
  if (v.answer === 'accepted' && !v.offerSupportContactUserId) ctx.addIssue({ code: 'custom', path: ['offerSupportContactUserId'], message: 'Välj vem som blir stödkontakt' });
});
export type OfferForm = z.infer<typeof offerFormSchema>;

const optionalDate = () => z.union([z.literal(''), z.string().refine(isIsoDate, 'Skriv datumet som ÅÅÅÅ-MM-DD')]).optional().transform((v) => (v ? v : null));

/** One measure of the carer's plan ("planera åtgärder"). */
export const planMeasureSchema = z.object({
  what: z.string().trim().min(1, 'Skriv vad som ska göras').max(300, 'Högst 300 tecken'),
  responsible: z.string().trim().min(1, 'Skriv vem som ansvarar').max(120, 'Högst 120 tecken'),
  dueOn: optionalDate(),
  status: z.enum(PLAN_STATUSES, { message: 'Välj status' }),
  followUpOn: optionalDate(),
  note: z.string().max(1000, 'Högst 1000 tecken').optional().transform((v) => v?.trim() || null),
}).strict();
export type PlanMeasureForm = z.infer<typeof planMeasureSchema>;

export const supportContactSchema = z.object({ supportContactUserId: optionalId() }).strict();
export const eraseSchema = z.object({ requested: f.checkbox().refine((v) => v, 'Bekräfta att uppgifterna ska raderas') }).strict();
export const mergeSchema = z.object({ otherId: f.id() }).strict();
export const searchSchema = z.object({ q: z.string().min(2, 'Skriv minst två tecken').max(100, 'Högst 100 tecken') }).strict();
export const emptySchema = z.object({}).strict();

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const subIdParam = z.object({ tenant: z.string(), id: z.string().uuid(), sub: z.string().uuid() });
