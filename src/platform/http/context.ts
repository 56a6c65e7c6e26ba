// What every request carries once the platform hooks have run, and the view context built from it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentLocale } from '../domain/vocab.js';
import { type Permission } from '../auth/permissions.js';
import { can, type Principal, type Scope, scopeFor } from '../auth/principal.js';
import { dirOf, translator, type Translate } from '../i18n/i18n.js';
import type { Tenant } from '../tenancy/tenancy.js';
import { audit } from '../audit/audit.js';
import { Forbidden, NotFound } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenant?: Tenant;
    principal?: Principal;
    sessionIdHash?: string;
    locale: ContentLocale;
    /** The language asked for (?lang= or cookie) when the municipality does not offer it. */
    unofferedLocale?: ContentLocale;
    csrfToken: string;
  }
}

export interface PageContext {
  tenant?: Tenant;
  principal?: Principal;
  locale: ContentLocale;
  dir: 'ltr' | 'rtl';
  t: Translate;
  csrfToken: string;
  /** Path without query string, for the language switcher and nav highlighting. */
  path: string;
  /** Staff pages are Swedish and show the staff navigation. */
  area: 'public' | 'staff';
  /** The language the visitor asked for when this municipality does not offer it (shown in Swedish). */
  unoffered?: ContentLocale;
}

export function pageContext(req: FastifyRequest, area: 'public' | 'staff' = req.principal ? 'staff' : 'public'): PageContext {
  const locale = area === 'staff' ? 'sv' : req.locale;
  return {
    tenant: req.tenant,
    principal: req.principal,
    locale,
    dir: dirOf(locale),
    t: translator(locale),
    csrfToken: req.csrfToken,
    path: req.url.split('?')[0],
    area,
    unoffered: area === 'public' ? req.unofferedLocale : undefined,
  };
}

export function tenantOf(req: FastifyRequest): Tenant {
  if (!req.tenant) throw new NotFound();
  return req.tenant;
}

export class SignInRequired extends Error {
  constructor(public readonly tenantSlug: string, public readonly next: string) {
    super('sign-in required');
  }
}

/** The signed-in staff member of this municipality, or a redirect to sign-in. */
export function requireUser(req: FastifyRequest): Principal {
  const tenant = tenantOf(req);
  if (!req.principal) throw new SignInRequired(tenant.slug, req.url);
  return req.principal;
}

/**
 * The signed-in user's scope for a permission. Lacking it gives 403 (or 404 with hide, for
 * pages whose existence is itself not for everyone); the denial is written to the audit log.
 */
export async function requirePermission(req: FastifyRequest, perm: Permission, opts: { hide?: boolean } = {}): Promise<{ principal: Principal; scope: Scope }> {
  const principal = requireUser(req);
  const scope = can(principal, perm) ? scopeFor(principal, perm) : undefined;
  if (!scope) {
    await audit(req.server.deps.db, {
      tenantId: principal.tenantId, userId: principal.userId, action: 'access.denied',
      subjectType: 'route', subjectId: req.routeOptions.url ?? null, purpose: perm, outcome: 'denied',
    }, req.server.deps.clock.now());
    throw opts.hide ? new NotFound() : new Forbidden();
  }
  return { principal, scope };
}

export function redirect(reply: FastifyReply, to: string): FastifyReply {
  return reply.code(303).header('location', to).send();
}
