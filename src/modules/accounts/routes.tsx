// Thin routes of the carer's sign-in to Mina sidor: ask for a code, type it (or follow the
// link), sign out (here or everywhere). Nothing here logs or stores the client's address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, redirect, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { guardPublicWrite, type WriteLimits } from '../../platform/http/abuse-limits.js';
import { translator, type Translate } from '../../platform/i18n/i18n.js';
import { audit } from '../../platform/audit/audit.js';
import { z } from 'zod';
import * as service from './service.js';
import { ACCOUNT_MESSAGES } from './messages.js';
import { sendCodeSchema, signOutSchema, tokenParam, verifyCodeSchema } from './schema.js';
import { CodePage, EidFailurePage, LinkPage, SignInPage } from './views.js';
import { eidAdminRoutes } from './eid-admin.js';
import { beginEid, completeEid, eidOffered, PENDING_TTL_MS, SsoError } from './eid.js';
import { cookieOptions } from '../../platform/http/security.js';

/** Per client address, on top of the limits per carer address and municipality in codes.ts. */
export const SIGN_IN_LIMITS: WriteLimits = { perAddress: 20, perMunicipality: 1000 };

export const carerT = (req: FastifyRequest): Translate => translator(req.locale, ACCOUNT_MESSAGES);

/** Field messages are catalogue keys; anything else (zod's own) is shown as it is. */
export function localized(t: Translate, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.startsWith('accounts.') ? t(v) : v]));
}

function tokenOf(params: unknown): string {
  const p = tokenParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.token;
}

/** Failures never give a 5xx: the browser's answer cannot be used (400), the person cancelled (403), the broker is down (424), not set up (404). */
const EID_FAILURE: Record<string, { status: number; key: string }> = {
  not_configured: { status: 404, key: 'accounts.eid.down' }, provider_unreachable: { status: 424, key: 'accounts.eid.down' },
  no_pending: { status: 400, key: 'accounts.eid.expired' }, expired: { status: 400, key: 'accounts.eid.expired' },
  state_mismatch: { status: 400, key: 'accounts.eid.mismatch' }, token_rejected: { status: 400, key: 'accounts.eid.mismatch' },
  provider_error: { status: 403, key: 'accounts.eid.cancelled' },
};

/** The sealed personnummer of an e-legitimation sign-in, offered for linking for 10 minutes. */
export const eidPersonnummerCookie = (isProduction: boolean): string => `${isProduction ? '__Host-' : ''}bredvid_eid_pnr`;

const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const signedOutQuery = z.object({ utloggad: z.enum(['1']).optional(), borttaget: z.enum(['1']).optional() });

export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  await eidAdminRoutes(app);

  const signInPage = async (req: FastifyRequest, reply: FastifyReply, opts: { errors?: FieldErrors; values?: Record<string, string | string[] | undefined>; notice?: string } = {}, status = 200) => {
    const t = carerT(req);
    const offered = await eidOffered(deps.db, tenantOf(req).id);
    const eid = offered ? { label: offered.displayName } : undefined;
    return render(reply, <SignInPage ctx={pageContext(req, 'public')} t={t} errors={opts.errors ? localized(t, opts.errors) : undefined} values={opts.values} notice={opts.notice} eid={eid} />, status);
  };

  const codePage = (req: FastifyRequest, reply: FastifyReply, hidden: Record<string, string>, errors?: FieldErrors, status = 200) => {
    const t = carerT(req);
    const slug = tenantOf(req).slug;
    return render(reply, <CodePage ctx={pageContext(req, 'public')} t={t} title={t('accounts.code.title')} action={`/${slug}/mina-sidor/logga-in/kod`}
      minutes={service.CODE_TTL_MS / 60_000} hidden={hidden} errors={errors ? localized(t, errors) : undefined} />, status);
  };

  app.get('/mina-sidor/logga-in', async (req, reply) => {
    if (await service.carerSessionOf(req)) return redirect(reply, `/${tenantOf(req).slug}/mina-sidor`);
    const q = parseQuery(signedOutQuery, req.query);
    const t = carerT(req);
    return signInPage(req, reply, { notice: q.utloggad ? t('accounts.signedOut') : q.borttaget ? t('accounts.delete.done') : undefined });
  });

  app.post('/mina-sidor/logga-in', async (req, reply) => {
    const tenant = tenantOf(req);
    const parsed = parseForm(sendCodeSchema, req.body);
    if (!parsed.ok) return signInPage(req, reply, { errors: parsed.errors, values: parsed.values }, 400);
    const guard = await guardPublicWrite(deps, req, reply, 'carer-sign-in', SIGN_IN_LIMITS);
    if (guard.refusal) return signInPage(req, reply, { errors: { _form: guard.refusal }, values: parsed.values }, 429);
    const f = parsed.data;
    const raw = (f.kind === 'email' ? f.email : f.phone)!;
    const issued = await service.requestSignInCode(deps, tenant, f.kind, raw, req.locale);
    if (!issued.ok) {
      await guard.release();
      reply.header('retry-after', String(issued.retryAfterSeconds));
      return signInPage(req, reply, { errors: { _form: carerT(req)('accounts.err.limit', { minutes: minutesOf(issued.retryAfterSeconds) }) }, values: parsed.values }, 429);
    }
    return codePage(req, reply, { codeId: issued.codeId, kind: f.kind, address: raw });
  });

  app.post('/mina-sidor/logga-in/kod', async (req, reply) => {
    const tenant = tenantOf(req);
    const parsed = parseForm(verifyCodeSchema, req.body);
    const hidden = { codeId: String(parsed.values.codeId ?? ''), kind: String(parsed.values.kind ?? ''), address: String(parsed.values.address ?? '') };
    if (!parsed.ok) {
      if (parsed.errors.codeId || parsed.errors.kind || parsed.errors.address) return signInPage(req, reply, { errors: { _form: 'accounts.err.expired' } }, 400);
      return codePage(req, reply, hidden, parsed.errors, 400);
    }
    const f = parsed.data;
    const result = await service.signInWithCode(deps, tenant, f.codeId, f.kind, f.address, f.code);
    if (!result.ok) {
      if (result.reason === 'wrong') return codePage(req, reply, hidden, { code: 'accounts.err.wrong' }, 400);
      return signInPage(req, reply, { errors: { _form: `accounts.err.${result.reason}` } }, 400);
    }
    await service.startSession(req, reply, result.accountId, 'code');
    await audit(deps.db, { tenantId: tenant.id, userId: null, action: 'carer_account.sign_in', subjectType: 'carer_account', subjectId: result.accountId, authMethod: 'code' }, deps.clock.now());
    return redirect(reply, `/${tenant.slug}/mina-sidor`);
  });

  app.get('/mina-sidor/kod/:token', async (req, reply) => {
    const token = tokenOf(req.params);
    const t = carerT(req);
    const check = await service.signInWithLink(deps, tenantOf(req), token, false);
    const errors = check.ok ? undefined : { _form: t(`accounts.err.${check.reason}`) };
    return render(reply, <LinkPage ctx={pageContext(req, 'public')} t={t} token={token} errors={errors} />, check.ok ? 200 : 400);
  });

  app.post('/mina-sidor/kod/:token', async (req, reply) => {
    const tenant = tenantOf(req);
    const token = tokenOf(req.params);
    const result = await service.signInWithLink(deps, tenant, token, true);
    if (!result.ok) return signInPage(req, reply, { errors: { _form: `accounts.err.${result.reason}` } }, 400);
    await service.startSession(req, reply, result.accountId, 'link');
    await audit(deps.db, { tenantId: tenant.id, userId: null, action: 'carer_account.sign_in', subjectType: 'carer_account', subjectId: result.accountId, authMethod: 'link' }, deps.clock.now());
    return redirect(reply, `/${tenant.slug}/mina-sidor`);
  });

  const pendingCookie = `${deps.config.isProduction ? '__Host-' : ''}bredvid_eid`;

  async function eidFailure(req: FastifyRequest, reply: FastifyReply, err: unknown) {
    if (!(err instanceof SsoError)) throw err;
    const f = EID_FAILURE[err.reason] ?? { status: 400, key: 'accounts.eid.mismatch' };
    reply.clearCookie(pendingCookie, cookieOptions(deps.config.isProduction));
    await audit(deps.db, { tenantId: tenantOf(req).id, userId: null, action: 'carer_account.eid_failed', purpose: err.reason, outcome: 'failed', authMethod: 'eid' }, deps.clock.now());
    if (err.detail) req.log.warn({ reason: err.reason, detail: err.detail }, 'e-legitimation sign-in failed');
    const t = carerT(req);
    return render(reply, <EidFailurePage ctx={pageContext(req, 'public')} t={t} message={t(f.key)} />, f.status);
  }

  app.get('/mina-sidor/e-legitimation', async (req, reply) => {
    try {
      const started = await beginEid(deps, tenantOf(req));
      reply.setCookie(pendingCookie, started.cookie, cookieOptions(deps.config.isProduction, PENDING_TTL_MS / 1000));
      return redirect(reply, started.url);
    } catch (err) {
      return eidFailure(req, reply, err);
    }
  });

  app.get('/mina-sidor/e-legitimation/callback', async (req, reply) => {
    const tenant = tenantOf(req);
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    try {
      const done = await completeEid(deps, tenant, req.cookies[pendingCookie], query);
      reply.clearCookie(pendingCookie, cookieOptions(deps.config.isProduction));
      await service.startSession(req, reply, done.accountId, 'eid');
      await audit(deps.db, { tenantId: tenant.id, userId: null, action: 'carer_account.sign_in', subjectType: 'carer_account', subjectId: done.accountId, authMethod: 'eid' }, deps.clock.now());
      if (done.sealedPersonnummer) {
        reply.setCookie(eidPersonnummerCookie(deps.config.isProduction), done.sealedPersonnummer, cookieOptions(deps.config.isProduction, PENDING_TTL_MS / 1000));
      }
      return redirect(reply, `/${tenant.slug}/mina-sidor`);
    } catch (err) {
      return eidFailure(req, reply, err);
    }
  });

  app.post('/mina-sidor/logga-ut', async (req, reply) => {
    const tenant = tenantOf(req);
    const parsed = parseForm(signOutSchema, req.body);
    await service.endSession(req, reply, parsed.ok && parsed.data.everywhere === '1');
    reply.clearCookie(eidPersonnummerCookie(deps.config.isProduction), cookieOptions(deps.config.isProduction));
    return redirect(reply, `/${tenant.slug}/mina-sidor/logga-in?utloggad=1`);
  });
}
