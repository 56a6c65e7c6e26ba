import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { isoDateField } from '../../platform/domain/dates.js';

/** Designate an ambassador in a unit: a user with an account, or a named staff member. */
export const designateFormSchema = z.object({
  kind: z.enum(['user', 'person'], { message: 'Välj om personen har ett konto i Bredvid' }),
  userId: z.string().max(60).optional().transform((v) => v || undefined),
  personName: f.optionalText(120),
  personTitle: f.optionalText(120),
  since: isoDateField(),
}).strict().superRefine((v, ctx) => {
  if (v.kind === 'user' && !v.userId) ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Välj en medarbetare' });
  if (v.kind === 'person' && !v.personName) ctx.addIssue({ code: 'custom', path: ['personName'], message: 'Skriv medarbetarens namn' });
});
export type DesignateForm = z.infer<typeof designateFormSchema>;

export const endFormSchema = z.object({
  endedOn: isoDateField(),
  reason: f.optionalText(300),
}).strict();
export type EndForm = z.infer<typeof endFormSchema>;

/** Hours as "3" or "2,5" (Swedish decimal comma) or "2.5"; stored as minutes. */
const hoursField = z.string().min(1, 'Fyll i antal timmar').transform((v, ctx) => {
  const n = /^\d{1,2}([.,]\d{1,2})?$/.test(v) ? Number(v.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(n) || n < 0.25 || n > 40) {
    ctx.addIssue({ code: 'custom', message: 'Skriv antal timmar mellan 0,25 och 40, till exempel 3 eller 2,5' });
    return z.NEVER;
  }
  return Math.round(n * 60);
});

export const trainingFormSchema = z.object({
  date: isoDateField(),
  title: f.text(160),
  hours: hoursField,
}).strict();
export type TrainingForm = z.infer<typeof trainingFormSchema>;

export const registerQuerySchema = z.object({
  visa: z.enum(['aktiva', 'alla']).default('aktiva'),
  sparad: z.string().max(20).optional(),
});

export const coverageQuerySchema = z.object({
  forvaltning: z.string().uuid().optional(),
});

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const unitParam = z.object({ tenant: z.string(), unitId: z.string().uuid() });
export const trainingParam = z.object({ tenant: z.string(), id: z.string().uuid(), trainingId: z.string().uuid() });
