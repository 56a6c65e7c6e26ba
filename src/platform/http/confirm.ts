// The confirmation step before an irreversible action (delete, cancel, withdraw, erase): the
// button leads to a page asking "Vill du verkligen …? Det går inte att ångra." whose form posts
// again with confirm=yes. A POST without it changes nothing and shows that page (no JavaScript
// needed). test/confirmations.test.ts checks every deleting or cancelling POST route.
import type { FastifyRequest } from 'fastify';

export const CONFIRM_FIELD = 'confirm';

/** True when the form says yes to the confirmation page. */
export function isConfirmed(req: FastifyRequest): boolean {
  const body = req.body as Record<string, unknown> | undefined;
  return body?.[CONFIRM_FIELD] === 'yes';
}

/** The posted fields to carry through the confirmation page (not the token, not the answer itself). */
export function carriedFields(req: FastifyRequest): [string, string][] {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return Object.entries(body).flatMap(([k, v]) => (k === '_csrf' || k === CONFIRM_FIELD ? []
    : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map((x) => [k, x] as [string, string])));
}

