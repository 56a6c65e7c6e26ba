// The confirmation step before an irreversible action (issue 16): every POST route whose last
// path segment deletes or cancels (DESTRUCTIVE) changes nothing unless the form says
// confirm=yes. Without it the hook answers with a confirmation page ("Vill du verkligen …? Det
// går inte att ångra.") whose form posts the same fields again with confirm=yes; no JavaScript
// needed. A route with its own confirmation page says so with `config: { confirmation: 'own' }`
// and checks isConfirmed() itself. test/confirmations.test.ts walks every such route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext } from './context.js';
import { render } from './render.js';
import { ConfirmPage } from '../views/confirm.js';
import { translator } from '../i18n/i18n.js';
import { CONFIRM_QUESTIONS } from '../i18n/confirm-messages.js';

export const CONFIRM_FIELD = 'confirm';

/** Last path segments that delete or cancel something, and the kind of question each asks. */
export const DESTRUCTIVE_SEGMENTS = {
  'ta-bort': 'delete', radera: 'erase', avboka: 'cancel', avanmal: 'cancel', installa: 'callOff',
  aterkalla: 'withdraw', sammanfoga: 'merge', aterstall: 'reset',
} as const;
export type DestructiveKind = (typeof DESTRUCTIVE_SEGMENTS)[keyof typeof DESTRUCTIVE_SEGMENTS];

/** The kind of an irreversible POST route (by its pattern), or undefined. */
export function destructiveKind(routePattern: string): DestructiveKind | undefined {
  const last = routePattern.replace(/\/$/, '').split('/').pop() ?? '';
  return (DESTRUCTIVE_SEGMENTS as Record<string, DestructiveKind>)[last];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'own': the route shows its own confirmation page and checks isConfirmed(). */
    confirmation?: 'own';
  }
  interface FastifyRequest {
    confirmed?: boolean;
  }
}

/** True when the form said yes to the confirmation page. */
export function isConfirmed(req: FastifyRequest): boolean {
  const body = req.body as Record<string, unknown> | undefined;
  return req.confirmed === true || body?.[CONFIRM_FIELD] === 'yes';
}

/** The posted fields to carry through the confirmation page (not the CSRF token, not the answer). */
function carriedFields(req: FastifyRequest): [string, string][] {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return Object.entries(body).flatMap(([k, v]) => (k === '_csrf' || k === CONFIRM_FIELD ? []
    : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map((x) => [k, x] as [string, string])));
}

/** Where "Nej, gå tillbaka" leads: the page the form was on (same municipality), else one level up. */
function backOf(req: FastifyRequest, action: string): string {
  const slug = req.tenant?.slug ?? '';
  const referer = req.headers.referer;
  if (referer && slug) {
    try {
      const path = new URL(referer, 'http://x').pathname;
      if (path.startsWith(`/${slug}/`) && path !== action) return path;
    } catch { /* not a URL: fall through */ }
  }
  return action.replace(/\/[^/]+$/, '') || `/${slug}`;
}

/** The confirmation page of a destructive route (also served on GET where a module links to it). */
export function renderConfirmation(req: FastifyRequest, reply: FastifyReply, kind: DestructiveKind, unconfirmed: boolean, status = 200) {
  const ctx = pageContext(req, req.url.includes('/personal/') ? 'staff' : 'public');
  const t = translator(ctx.locale, CONFIRM_QUESTIONS);
  const action = req.url.split('?')[0]!;
  return render(reply, <ConfirmPage ctx={ctx} question={t(`confirm.q.${kind}`)} yes={t(`confirm.yes.${kind}`)} action={action}
    back={backOf(req, action)} hidden={unconfirmed ? carriedFields(req) : []} unconfirmed={unconfirmed} />, status);
}

/** The hook, registered in the municipality scope before the modules' routes. */
export function registerConfirmations(app: FastifyInstance): void {
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST') return;
    const kind = destructiveKind(req.routeOptions.url ?? '');
    if (!kind || req.routeOptions.config?.confirmation === 'own') return;
    // A signed-out visitor on a staff route is turned away by the route itself, before anything changes.
    if (req.routeOptions.url?.includes('/personal/') && !req.principal) return;
    const body = req.body as Record<string, unknown> | undefined;
    if (body?.[CONFIRM_FIELD] === 'yes') {
      delete body[CONFIRM_FIELD];
      req.confirmed = true;
      return;
    }
    return renderConfirmation(req, reply, kind, true);
  });
}
