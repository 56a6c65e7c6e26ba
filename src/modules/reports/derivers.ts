// Every question code Bredvid can suggest an answer for.
import { baseDerivers, type PrefillContext, type Suggestion } from './prefill.js';
import { extraDerivers } from './prefill-more.js';

export const DERIVERS = { ...baseDerivers, ...extraDerivers };

export async function suggestionFor(ctx: PrefillContext, code: string): Promise<Suggestion | null> {
  const d = DERIVERS[code];
  return d ? d(ctx) : null;
}
