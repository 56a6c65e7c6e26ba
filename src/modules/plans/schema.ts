import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { NotFound } from '../../platform/http/errors.js';
import { parseKr, parseOre } from './money.js';
import { ACTIVITY_STATUSES } from './status.js';
import { MAX_YEARS } from './layout.js';

const year = (label: string) => z.string().optional().transform((v, ctx) => {
  if (!v) {
    ctx.addIssue({ code: 'custom', message: `Fyll i ${label}` });
    return z.NEVER;
  }
  if (!/^\d{4}$/.test(v) || Number(v) < 2000 || Number(v) > 2100) {
    ctx.addIssue({ code: 'custom', message: 'Skriv ett årtal mellan 2000 och 2100, till exempel 2017' });
    return z.NEVER;
  }
  return Number(v);
});

const grant = z.string().optional().transform((v, ctx) => {
  const p = parseOre(v ?? '');
  if (!p.ok) {
    ctx.addIssue({ code: 'custom', message: p.message });
    return z.NEVER;
  }
  return p.ore;
});

export const planFormSchema = z.object({
  title: f.text(200),
  description: z.string().max(2000, 'Högst 2000 tecken').default(''),
  startYear: year('första året'),
  endYear: year('sista året'),
  grantPerInhabitant: grant,
}).strict().superRefine((v, ctx) => {
  if (v.endYear < v.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'Sista året kan inte vara före första året' });
  else if (v.endYear - v.startYear + 1 > MAX_YEARS) ctx.addIssue({ code: 'custom', path: ['endYear'], message: `En plan kan gälla högst ${MAX_YEARS} år` });
});
export type PlanForm = z.infer<typeof planFormSchema>;

/** Fields of the import form that travel beside the file. */
export const importFieldsSchema = z.object({
  title: f.text(200),
  grantPerInhabitant: grant,
}).strict();
export type ImportFields = z.infer<typeof importFieldsSchema>;

export const goalFormSchema = z.object({
  title: f.text(300),
  /** '' = an overarching goal; otherwise the overarching goal this sub-goal belongs to. */
  parentId: z.union([z.literal(''), z.string().uuid('Välj ett mål i listan')]).default(''),
}).strict();
export type GoalForm = z.infer<typeof goalFormSchema>;

const amount = (required: boolean) => z.string().optional().transform((v, ctx) => {
  const p = parseKr(v ?? '');
  if (!p.ok) {
    ctx.addIssue({ code: 'custom', message: p.message });
    return z.NEVER;
  }
  return required ? (p.kr ?? 0) : p.kr;
});

/** The activity form has one budget and one actual field per year of the plan. */
export function activityFormSchema(years: number[]) {
  const perYear = Object.fromEntries(years.flatMap((y) => [[`budget_${y}`, amount(true)], [`actual_${y}`, amount(false)]]));
  return z.object({
    goalId: z.string({ message: 'Välj ett delmål' }).uuid('Välj ett delmål'),
    title: f.text(500),
    targetGroup: z.string().max(200, 'Högst 200 tecken').default(''),
    responsible: z.string().max(200, 'Högst 200 tecken').default(''),
    responsibleBodyId: z.union([z.literal(''), z.string().uuid('Välj en grupp i listan')]).default(''),
    budgetLine: z.string().max(120, 'Högst 120 tecken').default(''),
    status: z.enum(ACTIVITY_STATUSES, { message: 'Välj status' }),
    comment: z.string().max(2000, 'Högst 2000 tecken').default(''),
    ...perYear,
  }).strict();
}
export interface ActivityForm {
  goalId: string;
  title: string;
  targetGroup: string;
  responsible: string;
  responsibleBodyId: string;
  budgetLine: string;
  status: (typeof ACTIVITY_STATUSES)[number];
  comment: string;
  [yearField: string]: string | number | null;
}

export const planIdParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const itemParam = z.object({ tenant: z.string(), id: z.string().uuid(), itemId: z.string().uuid() });

/** The plan id of the URL; a malformed id is simply not found. */
export function planId(params: unknown): string {
  const p = planIdParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
}
export function itemIds(params: unknown): { id: string; itemId: string } {
  const p = itemParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return { id: p.data.id, itemId: p.data.itemId };
}
