// Small helpers shared by the admin routes: ids from the URL, and a domain error turned into
// the messages a form shows again (anything else goes on to the error handler).
import type { z } from 'zod';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../platform/http/errors.js';

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const p = schema.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data;
}

export function formErrorsOf(err: unknown): FieldErrors {
  if (err instanceof Invalid) return err.fields;
  if (err instanceof Conflict) return Object.keys(err.fields).length > 0 ? err.fields : { _form: err.message };
  throw err;
}

/** Runs a write; a domain error becomes form messages instead of an error page. */
export async function attempt(fn: () => Promise<unknown>): Promise<FieldErrors | undefined> {
  try {
    await fn();
    return undefined;
  } catch (err) {
    return formErrorsOf(err);
  }
}
