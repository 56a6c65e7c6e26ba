// The public forms' defences against bots, shared by the contact form and the accessibility
// feedback form (org module): a honeypot field a person never sees, and a signed stamp of
// when the form was shown, so a form sent within seconds of being shown is refused.
// Together with the database rate limit (limiter.ts) they need no account and no cookie
// beyond the anonymous CSRF cookie, and store nothing about the sender.
import { stampAge } from './codes.js';

/** A person needs a few seconds for a form; a bot posts at once. */
export const MIN_FILL_MS = 3000;
/** The honeypot's field name; a person never sees or fills it. */
export const HONEYPOT = 'website';

export type FillVerdict = 'ok' | 'expired' | 'tooFast';

/**
 * Reads the honeypot and the stamp of a posted form. `stamp` is the posted stamp when it is
 * genuine (the form shown again keeps it, so the person need not wait again).
 */
export function checkFill(secret: string, body: Record<string, unknown>, now: Date): { verdict: FillVerdict; stamp?: string } {
  const sent = typeof body.started === 'string' ? body.started : undefined;
  const age = stampAge(secret, sent, now);
  const stamp = age !== undefined ? sent : undefined;
  const honey = body[HONEYPOT];
  if ((typeof honey === 'string' && honey !== '') || age === undefined) return { verdict: 'expired' };
  if (age < MIN_FILL_MS) return { verdict: 'tooFast', stamp };
  return { verdict: 'ok', stamp };
}
