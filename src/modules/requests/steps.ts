// The contact form in short steps (GOV.UK "one thing per page"): which fields each step asks,
// and where a POST of a step leads. Pure functions: the answers so far travel in hidden fields
// of each page (never stored before the carer sends), and the route renders what this returns.
import type { FieldErrors } from '../../platform/http/errors.js';
import { parseForm } from '../../platform/http/forms.js';
import { HONEYPOT } from './form-guard.js';
import { CONTACT_FIELDS, fieldsSchema, type ContactField } from './schema.js';

export const STEPS = [
  { key: 'samtycke', title: 'requests.step.consent', fields: ['consent'] },
  { key: 'arende', title: 'requests.step.topic', fields: ['topic', 'message'] },
  { key: 'narstaende', title: 'requests.step.relative', fields: ['targetGroup', 'relativeAgeBand'] },
  { key: 'om-dig', title: 'requests.step.you', fields: ['ageBand', 'heardVia', 'campaignId'] },
  { key: 'anonym', title: 'requests.step.anonymity', fields: ['mode', 'name'] },
  { key: 'kontakt', title: 'requests.step.contact', fields: ['channel', 'phone', 'email'] },
  { key: 'samtal', title: 'requests.step.call', fields: ['language', 'time'] },
] as const satisfies readonly { key: string; title: string; fields: readonly ContactField[] }[];

export type StepKey = (typeof STEPS)[number]['key'];
export type Step = (typeof STEPS)[number];
/** The check-your-answers page, after the last step. */
export const CHECK = 'kontrollera';
export type Place = StepKey | typeof CHECK;

/** Every field in the order the steps ask them (the error summary's order). */
export const FIELD_ORDER: string[] = ['_form', ...STEPS.flatMap((s) => s.fields), 'selfcheck'];

/** The answers so far: only the form's own fields, as the strings a browser sends. */
export type Answers = Partial<Record<ContactField, string>>;

export const stepOf = (key: unknown): Step | undefined => STEPS.find((s) => s.key === key);
export const stepIndex = (key: StepKey): number => STEPS.findIndex((s) => s.key === key);
const stepOfField = (field: string): Step | undefined => STEPS.find((s) => (s.fields as readonly string[]).includes(field));

export function readAnswers(body: Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const f of CONTACT_FIELDS) {
    const raw = body[f];
    const v = Array.isArray(raw) ? raw[0] : raw;
    if (typeof v === 'string' && v !== '') out[f] = v;
  }
  return out;
}

/** A step's own fields checked (undefined when they are fine). */
export function checkStep(step: Step, answers: Answers): FieldErrors | undefined {
  const parsed = parseForm(fieldsSchema(step.fields), Object.fromEntries(step.fields.map((f) => [f, answers[f]])));
  return parsed.ok ? undefined : parsed.errors;
}

/** Every step checked in order: the first with a problem, or undefined when all are fine. */
export function firstProblem(answers: Answers): { step: Step; errors: FieldErrors } | undefined {
  for (const step of STEPS) {
    const errors = checkStep(step, answers);
    if (errors) return { step, errors };
  }
  return undefined;
}

/** The step that holds the first of some field errors (the final submit's, for example). */
export function stepForErrors(errors: FieldErrors): Step | undefined {
  for (const f of FIELD_ORDER) if (f in errors && stepOfField(f)) return stepOfField(f);
  return undefined;
}

export type StepOutcome =
  | { kind: 'step'; step: Step; errors?: FieldErrors; review: boolean }
  | { kind: 'check'; errors?: FieldErrors };

/**
 * One POST of a step page → the next page. `change` (an "Ändra" on the check page) and `goto`
 * (the back link) open a step without checking anything; "Fortsätt" checks the step's fields
 * and goes on (back to the check page when the carer came from it).
 */
export function navigate(body: Record<string, unknown>, answers: Answers): StepOutcome {
  const review = body.review === '1';
  const change = stepOf(body.change);
  if (change) return { kind: 'step', step: change, review: true };
  if (body.goto === CHECK) return toCheck(answers);
  const goto = stepOf(body.goto);
  if (goto) return { kind: 'step', step: goto, review };
  const current = stepOf(body.step) ?? STEPS[0];
  if (typeof body[HONEYPOT] === 'string' && body[HONEYPOT] !== '') return { kind: 'step', step: current, review, errors: { _form: 'err.expired' } };
  // "Skicka utan resultatet": the same page again, without the self-check result.
  if (body.dropSelfcheck === CHECK) return toCheck(answers);
  if (stepOf(body.dropSelfcheck)) return { kind: 'step', step: stepOf(body.dropSelfcheck)!, review };
  const errors = checkStep(current, answers);
  if (errors) return { kind: 'step', step: current, errors, review };
  const next = STEPS[stepIndex(current.key) + 1];
  return review || !next ? toCheck(answers) : { kind: 'step', step: next, review: false };
}

/** The check page, or the first step whose answers are missing or wrong. */
export function toCheck(answers: Answers): StepOutcome {
  const problem = firstProblem(answers);
  return problem ? { kind: 'step', step: problem.step, errors: problem.errors, review: false } : { kind: 'check' };
}
