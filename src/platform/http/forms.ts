// Form parsing: one zod schema gives the type and the Swedish field messages. Unknown fields
// are rejected (SPEC §5.4); the CSRF field is removed first.
import { z } from 'zod';
import { Conflict, Invalid, type FieldErrors } from './errors.js';
import { acceptableQueryValue, removeControls, stripBidi, textProblem } from './input-policy.js';

export type FormValues = Record<string, string | string[] | undefined>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Swedish messages for zod issues; a schema's own message wins when it gives one. */
function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.message && !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) {
    return issue.message;
  }
  switch (issue.code) {
    case 'too_small':
      return (issue as { minimum?: number | bigint }).minimum === 1 && (issue as { origin?: string }).origin === 'string'
        ? 'Fältet måste fyllas i'
        : `Värdet är för litet eller för kort (minst ${String((issue as { minimum?: number | bigint }).minimum)})`;
    case 'too_big':
      return `Värdet är för stort eller för långt (högst ${String((issue as { maximum?: number | bigint }).maximum)})`;
    case 'invalid_type':
      return (issue as { input?: unknown }).input === undefined ? 'Fältet måste fyllas i' : 'Värdet har fel format';
    case 'invalid_value':
      return 'Välj ett av alternativen';
    case 'invalid_format':
      return 'Värdet har fel format';
    case 'unrecognized_keys':
      return 'Formuläret innehöll okända fält';
    default:
      return 'Värdet är inte giltigt';
  }
}

export function zodToFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      out._form = 'Formuläret innehöll okända fält: ' + issue.keys.join(', ');
      continue;
    }
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    if (!(key in out)) out[key] = messageFor(issue);
  }
  return out;
}

const SYSTEM_FIELDS = new Set(['_csrf', '_method']);

export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (SYSTEM_FIELDS.has(k)) continue;
      if (typeof v === 'string') out[k] = v;
      else if (Array.isArray(v)) out[k] = v.map(String);
    }
  }
  return out;
}

/**
 * The input policy (input-policy.ts) first: bidi overrides removed, control characters and
 * overlong values a field message (line breaks are refused by the single-line field helpers).
 * Values shown again never carry the refused characters back into the page.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const raw = formValues(body);
  const values: FormValues = {};
  const policy: FieldErrors = {};
  for (const [k, v] of Object.entries(raw)) {
    const items = (Array.isArray(v) ? v : [v ?? '']).map(stripBidi);
    const problem = items.map((x) => textProblem(x, { multiline: true })).find((p) => p !== undefined);
    if (problem) policy[k] = problem;
    const shown = problem ? items.map((x) => removeControls(x).slice(0, 2000)) : items;
    values[k] = Array.isArray(v) ? shown : shown[0];
  }
  const trimmed: FormValues = {};
  for (const [k, v] of Object.entries(values)) trimmed[k] = typeof v === 'string' ? v.trim() : v;
  const res = schema.safeParse(trimmed);
  if (res.success && Object.keys(policy).length === 0) return { ok: true, data: res.data, values };
  return { ok: false, errors: { ...(res.success ? {} : zodToFieldErrors(res.error)), ...policy }, values };
}

/** Query-string parsing: bad or unknown parameters are simply ignored, not an error page. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const acceptable = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>)
    .filter(([, v]) => (Array.isArray(v) ? v : [v]).every(acceptableQueryValue)));
  query = acceptable;
  const res = schema.safeParse(query);
  if (res.success) return res.data;
  const cleaned: Record<string, unknown> = { ...(query as Record<string, unknown>) };
  for (const issue of res.error.issues) if (issue.path.length > 0) delete cleaned[String(issue.path[0])];
  const retry = schema.safeParse(cleaned);
  return retry.success ? retry.data : schema.parse({});
}

/** One schema per set of arguments. zod schemas are immutable (every method returns a new
 *  schema), so fields with the same limits can share one; building ~140 field schemas at
 *  module load was a visible part of start to ready (issue 17, docs/performance.md). */
function shared<A extends (number | undefined)[], S>(build: (...args: A) => S): (...args: A) => S {
  const made = new Map<string, S>();
  return (...args: A) => {
    const key = args.join(',');
    let schema = made.get(key);
    if (schema === undefined) made.set(key, (schema = build(...args)));
    return schema;
  };
}

// Reusable field schemas with Swedish messages.
export const f = {
  /** One line of text (names, titles): no line breaks. */
  text: shared((max = 200) => z.string().min(1, 'Fältet måste fyllas i').max(max, `Högst ${max} tecken`)
    .refine((v) => max > 200 || !/[\r\n]/.test(v), 'Texten får inte innehålla radbrytningar')),
  optionalText: shared((max = 2000) => z.string().max(max, `Högst ${max} tecken`).optional().transform((v) => (v ? v : undefined))),
  email: shared(() => z.string().min(1, 'Fyll i en e-postadress').max(254, 'Högst 254 tecken').email('Fyll i en giltig e-postadress, till exempel namn@exempel.se')),
  /** Checkbox: present ('on'/'1'/'true') or absent. */
  checkbox: shared(() => z.enum(['on', '1', 'true']).optional().transform((v) => v !== undefined)),
  /** One or many checkbox values, always an array. */
  many: <T extends readonly [string, ...string[]]>(values: T) =>
    z.union([z.enum(values), z.array(z.enum(values))]).optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  optionalInt: shared((min: number, max: number) =>
    z.string().optional().transform((v, ctx) => {
      if (v === undefined || v === '') return null;
      if (!/^-?\d+$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: 'Skriv ett heltal' });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `Skriv ett tal mellan ${min} och ${max}` });
        return z.NEVER;
      }
      return n;
    })),
  id: shared(() => z.string().uuid('Ogiltigt id')),
};

/** A domain error as the messages a form shows again; anything else goes on to the error handler. */
export function formErrorsOf(err: unknown): FieldErrors {
  if (err instanceof Invalid) return err.fields;
  if (err instanceof Conflict) return Object.keys(err.fields).length > 0 ? err.fields : { _form: err.message };
  throw err;
}

/**
 * Runs a write; a domain error (Invalid, Conflict) becomes form messages instead of an error
 * page. Routes use it in place of their own try/catch around a service call.
 */
export async function attempt(fn: () => Promise<unknown>): Promise<FieldErrors | undefined> {
  try {
    await fn();
    return undefined;
  } catch (err) {
    return formErrorsOf(err);
  }
}
