// Suggested answers that read the workspace, events and outreach modules.
import type { Deriver } from './prefill.js';

export const extraDerivers: Record<string, Deriver> = {};
