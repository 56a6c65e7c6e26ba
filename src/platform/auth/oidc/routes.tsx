// /{kommun}/personal/sso (start), /personal/sso/callback (the provider's answer) and the admin's
// settings at /personal/admin/inloggning.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../audit/audit.js';
import { pageContext, redirect, requirePermission, tenantOf } from '../../http/context.js';
import { attempt, parseForm, parseQuery } from '../../http/forms.js';
import { Forbidden } from '../../http/errors.js';
import { render } from '../../http/render.js';
import { cookieNames, cookieOptions } from '../../http/security.js';
import { listUnits } from '../../tenancy/tenancy.js';
import { z } from 'zod';
import { safeNext } from '../routes.js';
import { ABSOLUTE_TIMEOUT_MS, createSession, destroySession } from '../sessions.js';
import { getOidcSettings, saveOidcSettings } from './config-store.js';
import { accountFor, beginSignIn, completeSignIn, PENDING_TTL_MS, redirectUri, signedOutUri, SsoError, type SsoFailure } from './service.js';
import { formToInput, parseGroupMappings, settingsToValues, ssoFormSchema } from './settings-form.js';
import { SsoFailurePage, SsoSettingsPage } from './views.js';

/**
 * Failures never give a 5xx (nothing is wrong in Bredvid). 400: the answer the browser brought
 * back cannot be used (no or expired pending sign-in, wrong state, a token the checks reject:
 * wrong nonce, expired or reused code). 403: the provider or Bredvid refuses this person
 * (cancelled at the provider, unknown or disabled account). 424 Failed Dependency: the provider
 * could not be reached, so the request failed because the request it depends on failed.
 * 404: SSO is not switched on in this municipality.
 */
const STATUS: Record<SsoFailure, number> = {
  not_configured: 404, provider_unreachable: 424, no_pending: 400, expired: 400, state_mismatch: 400, token_rejected: 400,
  provider_error: 403, no_email: 403, unknown_user: 403, no_mapped_role: 403, disabled_user: 403,
};

const startQuery = z.object({ next: z.string().max(500).optional() });

export async function oidcRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, clock } = app.deps;
  const names = cookieNames(config.isProduction);
  const pendingCookie = `${config.isProduction ? '__Host-' : ''}bredvid_sso`;

  async function failure(req: FastifyRequest, reply: FastifyReply, err: unknown, userId: string | null = null) {
    if (!(err instanceof SsoError)) throw err;
    const tenant = tenantOf(req);
    reply.clearCookie(pendingCookie, cookieOptions(config.isProduction));
    const refused = STATUS[err.reason] === 403;
    await audit(db, { tenantId: tenant.id, userId, action: 'auth.sso_failed', purpose: err.reason, outcome: refused ? 'denied' : 'failed', authMethod: 'sso' }, clock.now());
    if (err.detail) req.log.warn({ reason: err.reason, detail: err.detail }, 'sso sign-in failed');
    const provider = (await getOidcSettings(db, tenant.id))?.displayName ?? 'identitetstjänsten';
    return render(reply, <SsoFailurePage ctx={pageContext(req, 'staff')} reason={err.reason} provider={provider} />, STATUS[err.reason]);
  }

  app.get('/personal/sso', async (req, reply) => {
    const tenant = tenantOf(req);
    if (req.principal) return redirect(reply, `/${tenant.slug}/personal`);
    const { next } = parseQuery(startQuery, req.query);
    try {
      const started = await beginSignIn(db, config, tenant, next ? safeNext(tenant.slug, next) : undefined, clock.now());
      reply.setCookie(pendingCookie, started.cookie, cookieOptions(config.isProduction, PENDING_TTL_MS / 1000));
      reply.header('cache-control', 'no-store');
      return redirect(reply, started.url);
    } catch (err) {
      return failure(req, reply, err);
    }
  });

  app.get('/personal/sso/callback', async (req, reply) => {
    const tenant = tenantOf(req);
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const now = clock.now();
    let userId: string | null = null;
    try {
      const who = await completeSignIn(db, config, tenant, req.cookies[pendingCookie], query, now);
      userId = (await db.selectFrom('users').select('id').where('tenant_id', '=', tenant.id).where('email', '=', who.email).executeTakeFirst())?.id ?? null;
      const account = await accountFor(db, tenant.id, who, now);
      reply.clearCookie(pendingCookie, cookieOptions(config.isProduction));
      if (account.created) {
        await audit(db, { tenantId: tenant.id, userId: account.id, action: 'user.provisioned_sso', subjectType: 'user', subjectId: account.id, purpose: 'administration' }, now);
      }
      // A fresh session id at every sign-in (no fixation); an old session on this browser ends.
      if (req.sessionIdHash) await destroySession(db, req.sessionIdHash);
      const session = await createSession(db, account.id, tenant.id, now, 'sso');
      await db.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('tenant_id', '=', tenant.id).where('id', '=', account.id).execute();
      await audit(db, { tenantId: tenant.id, userId: account.id, action: 'auth.sign_in', authMethod: 'sso' }, now);
      reply.setCookie(names.session, session.id, cookieOptions(config.isProduction, ABSOLUTE_TIMEOUT_MS / 1000));
      return redirect(reply, safeNext(tenant.slug, who.next));
    } catch (err) {
      return failure(req, reply, err, userId);
    }
  });

  const settingsPage = async (req: FastifyRequest) => {
    const { principal, scope } = await requirePermission(req, 'settings:admin');
    if (scope.units !== 'all') throw new Forbidden('Det här kräver en administratörsroll för hela kommunen');
    const tenant = tenantOf(req);
    const [settings, units] = await Promise.all([getOidcSettings(db, principal.tenantId), listUnits(db, principal.tenantId)]);
    const uris = { redirectUri: redirectUri(config, tenant.slug), signedOutUri: signedOutUri(config, tenant.slug) };
    return { principal, settings, units, uris };
  };

  app.get('/personal/admin/inloggning', async (req, reply) => {
    const { settings, units, uris } = await settingsPage(req);
    const notice = (req.query as { sparad?: string }).sparad ? 'Inställningarna för inloggning är sparade.' : undefined;
    return render(reply, <SsoSettingsPage ctx={pageContext(req, 'staff')} values={settingsToValues(settings, units, tenantOf(req).settings.specialistTitle)} hasSecret={!!settings?.hasSecret} {...uris} notice={notice} />);
  });

  app.post('/personal/admin/inloggning', async (req, reply) => {
    const { principal, settings, units, uris } = await settingsPage(req);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(ssoFormSchema, req.body);
    let errors = parsed.ok ? undefined : parsed.errors;
    if (parsed.ok) {
      const mappings = parseGroupMappings(parsed.data.groupMappings, units, tenantOf(req).settings.specialistTitle);
      errors = 'error' in mappings
        ? { groupMappings: mappings.error }
        : await attempt(() => saveOidcSettings(db, config, principal, formToInput(parsed.data, mappings), clock.now()));
    }
    if (errors) {
      // The secret typed is never sent back into the page.
      const values = { ...parsed.values, clientSecret: undefined };
      return render(reply, <SsoSettingsPage ctx={ctx} values={values} hasSecret={!!settings?.hasSecret} {...uris} errors={errors} />, 400);
    }
    return redirect(reply, `/${ctx.tenant!.slug}/personal/admin/inloggning?sparad=1`);
  });
}
