// Query strings and forms of the reports pages.
import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { PER_GROUP_KEYS, type AnswerGroupKey } from './questions.js';

export const FIRST_YEAR = 2000;

/** ?ar=2026&enhet=<unit id>. The year is checked by the service against today's year. */
export const reportQuerySchema = z.object({
  ar: z.string({ message: 'Välj ett år' }).regex(/^\d{4}$/, 'Skriv året med fyra siffror, till exempel 2026'),
  enhet: z.union([z.string().uuid('Välj en enhet i listan'), z.literal('')]).optional(),
});

export const yearOnlySchema = z.object({
  ar: z.string({ message: 'Välj ett år' }).regex(/^\d{4}$/, 'Skriv året med fyra siffror, till exempel 2026'),
});

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const exportParam = z.object({ tenant: z.string(), format: z.enum(['pdf', 'xlsx', 'csv']) });

/** Every group a questionnaire answer can be given for: derived from the target-group list (dementia included), never listed twice. */
export const ANSWER_GROUPS: readonly AnswerGroupKey[] = ['all', ...PER_GROUP_KEYS];
export type AnswerGroup = AnswerGroupKey;

export const questionFormSchema = z.object({
  text: f.text(300),
  help: z.string().max(1000, 'Högst 1000 tecken').default(''),
  kind: z.enum(['yes_no', 'number'], { message: 'Välj om frågan besvaras med ja/nej eller med ett tal' }),
  perGroup: f.checkbox(),
  position: f.optionalInt(1, 999),
}).strict();
export type QuestionForm = z.infer<typeof questionFormSchema>;
