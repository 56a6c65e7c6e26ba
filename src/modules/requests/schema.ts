// Forms of the contact request ("Jag vill bli kontaktad") and the staff inbox.
//
// Self-check contract (the self-check module, /belastningskoll, builds on this):
//   POST /{kommun}/kontakt with fields `_csrf`, `prefill=1` and `selfcheck` (string, at most
//   4000 characters: a human-readable Swedish summary of the carer's self-check result)
//   answers 200 with the empty contact form — no error summary — which carries `selfcheck`
//   in a hidden field and shows the summary to the carer ("Ditt resultat skickas med").
//   The final submit (same URL, without `prefill`) stores it in the nullable column
//   contact_requests.selfcheck_summary, which the specialist sees on the request. Nothing
//   is stored by the prefill step, and the carer can still leave the result out.
import { z } from 'zod';
import { AGE_BANDS, CONTENT_LOCALES, HEARD_VIA, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { HONEYPOT } from './form-guard.js';

export const REQUEST_TOPICS = ['talk', 'support', 'group', 'respite', 'other'] as const;
export type RequestTopic = (typeof REQUEST_TOPICS)[number];
export const PREFERRED_TIMES = ['any', 'morning', 'afternoon'] as const;
export type PreferredTime = (typeof PREFERRED_TIMES)[number];
export const PREFERRED_LANGUAGES = [...CONTENT_LOCALES, 'other'] as const;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];
export const REQUEST_MODES = ['anonymous', 'named'] as const;
export type RequestMode = (typeof REQUEST_MODES)[number];
export const CHANNELS = ['phone', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export const REQUEST_STATUSES = ['new', 'assigned', 'contacted', 'closed', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const CLOSE_REASONS = ['support_given', 'referred_on', 'no_answer', 'not_wanted', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const SELFCHECK_MAX = 4000;
/** The honeypot and fill-time check (form-guard.ts) use these fields; a person never fills them. */
export { HONEYPOT };

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values)], { message: 'err.choice' }).optional().transform((v) => (v ? v : undefined));

/**
 * Messages are keys (err.*) that the view translates into the reader's language; the
 * platform's own field messages come through as Swedish text.
 */
export const contactFormSchema = z.object({
  mode: z.enum(REQUEST_MODES, { message: 'err.mode' }),
  name: z.string().max(100, 'err.nameLong').optional().transform((v) => v ?? ''),
  channel: z.enum(CHANNELS, { message: 'err.channel' }),
  phone: z.string().max(40, 'err.phoneFormat').optional().transform((v) => v ?? ''),
  email: z.string().max(254, 'err.emailFormat').optional().transform((v) => v ?? ''),
  topic: z.enum(REQUEST_TOPICS, { message: 'err.topic' }),
  targetGroup: optionalChoice(TARGET_GROUPS),
  /** The närstående's age band (optional): rules may depend on it (issue 15). */
  relativeAgeBand: optionalChoice(AGE_BANDS),
  ageBand: optionalChoice(AGE_BANDS),
  language: z.enum(PREFERRED_LANGUAGES, { message: 'err.choice' }).default('sv'),
  time: z.enum(PREFERRED_TIMES, { message: 'err.choice' }).default('any'),
  heardVia: optionalChoice(HEARD_VIA),
  campaignId: z.string().max(60, 'err.choice').regex(/^[A-Za-z0-9-]*$/, 'err.choice').optional().transform((v) => v || undefined),
  message: z.string().max(1000, 'err.messageLong').optional().transform((v) => v || undefined),
  selfcheck: z.string().max(SELFCHECK_MAX, 'err.selfcheckLong').optional().transform((v) => v || undefined),
  consent: z.enum(['on', '1', 'true'], { message: 'err.consent' }),
  [HONEYPOT]: z.string().max(200).optional(),
  started: z.string().max(200).optional(),
}).strict().superRefine((v, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!v.name) issue('name', v.mode === 'named' ? 'err.nameNamed' : 'err.nameAnon');
  else if (/[<>]/.test(v.name)) issue('name', 'err.nameChars');
  if (v.channel === 'phone') {
    if (!v.phone) issue('phone', 'err.phoneMissing');
    else if (!/^\+?[0-9][0-9 ()-]{5,38}$/.test(v.phone) || v.phone.replace(/\D/g, '').length < 6) issue('phone', 'err.phoneFormat');
  }
  if (v.channel === 'email') {
    if (!v.email) issue('email', 'err.emailMissing');
    else if (!z.email().safeParse(v.email).success) issue('email', 'err.emailFormat');
  }
  // An e-mail given beside a phone number is checked too: it gets the confirmation.
  if (v.channel === 'phone' && v.email && !z.email().safeParse(v.email).success) issue('email', 'err.emailFormat');
});
export type ContactForm = z.infer<typeof contactFormSchema>;

/** The self-check's hand-over (see the contract above). Other fields are ignored. */
export const prefillSchema = z.object({
  prefill: z.literal('1'),
  selfcheck: z.string().max(SELFCHECK_MAX, 'err.selfcheckLong').optional(),
});

export const tokenParam = z.object({ tenant: z.string(), token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });

export const inboxQuerySchema = z.object({
  status: z.enum([...REQUEST_STATUSES, 'open', 'all']).default('open'),
  mine: z.enum(['1']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const assignSchema = z.object({ userId: z.string().uuid('Välj en kollega') }).strict();
export const statusSchema = z.object({
  status: z.enum(['contacted', 'closed'], { message: 'Välj en ny status' }),
  reason: z.union([z.literal(''), z.enum(CLOSE_REASONS)]).optional().transform((v) => (v ? v : undefined)),
}).strict().superRefine((v, ctx) => {
  if (v.status === 'closed' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Välj varför förfrågan avslutas' });
});
export type StatusForm = z.infer<typeof statusSchema>;
