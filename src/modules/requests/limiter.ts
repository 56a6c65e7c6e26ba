// The public forms of this module on the shared public-write limits (platform/http/abuse-limits.ts):
// kept in the database so they hold across app instances, keys as HMACs under the app secret,
// counting only accepted submissions (issue 13).
import type { WriteLimits } from '../../platform/http/abuse-limits.js';

/** The contact form: per address and per municipality in 15 minutes. */
export const CONTACT_LIMITS: WriteLimits = { perAddress: 20, perMunicipality: 200 };

/**
 * The self-check's hand-over to the contact form stores nothing, so its limits are wide: they
 * only keep a script from using it to load the server.
 */
export const HANDOVER_LIMITS: WriteLimits = { perAddress: 60, perMunicipality: 2000 };
