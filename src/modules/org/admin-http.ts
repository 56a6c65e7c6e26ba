// Small helpers of the admin routes: ids from the URL; the form-error helpers now live in the platform.
import type { z } from 'zod';
import { NotFound } from '../../platform/http/errors.js';

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const p = schema.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data;
}

// Shared with every module: see platform/http/forms.ts.
export { attempt, formErrorsOf } from '../../platform/http/forms.js';
