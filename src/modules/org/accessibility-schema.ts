// Forms of the accessibility statement (the admin's editor) and of the public feedback form.
import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { isoDateField } from '../../platform/domain/dates.js';
import { HONEYPOT } from '../requests/service.js';

export const COMPLIANCE = ['full', 'partial', 'none'] as const;
export type Compliance = (typeof COMPLIANCE)[number];

export const statementFormSchema = z.object({
  compliance: z.enum(COMPLIANCE, { message: 'Välj hur väl webbplatsen uppfyller kraven' }),
  nonCompliance: z.string().max(5000, 'Högst 5000 tecken').default(''),
  burden: z.string().max(3000, 'Högst 3000 tecken').default(''),
  outOfScope: z.string().max(3000, 'Högst 3000 tecken').default(''),
  assessment: z.string({ message: 'Beskriv hur ni har granskat webbplatsen' }).min(1, 'Beskriv hur ni har granskat webbplatsen').max(2000, 'Högst 2000 tecken'),
  reviewedOn: isoDateField(),
  feedbackEmail: z.string({ message: 'Fyll i en e-postadress' }).min(1, 'Fyll i en e-postadress dit synpunkter ska gå')
    .max(120, 'Högst 120 tecken').email('Fyll i en giltig e-postadress, till exempel tillganglighet@kommun.se'),
  feedbackPhone: z.string().max(60, 'Högst 60 tecken').default(''),
}).strict().superRefine((v, ctx) => {
  if (v.compliance !== 'full' && !v.nonCompliance) {
    ctx.addIssue({ code: 'custom', path: ['nonCompliance'], message: 'Beskriv vad som inte är tillgängligt, och varför' });
  }
});
export type StatementForm = z.infer<typeof statementFormSchema>;

export const FEEDBACK_MESSAGE_MAX = 2000;

export const feedbackFormSchema = z.object({
  page: z.string().max(500, 'Högst 500 tecken').optional().transform((v) => v || undefined),
  message: z.string({ message: 'Beskriv vad som inte fungerade' }).min(1, 'Beskriv vad som inte fungerade')
    .max(FEEDBACK_MESSAGE_MAX, `Högst ${FEEDBACK_MESSAGE_MAX} tecken`),
  email: z.union([z.literal(''), f.email()]).optional().transform((v) => v || undefined),
  [HONEYPOT]: z.string().max(200).optional(),
  started: z.string().max(200).optional(),
}).strict();
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

export const feedbackIdParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const feedbackListQuery = z.object({ page: z.coerce.number().int().min(1).max(1000).default(1) });
