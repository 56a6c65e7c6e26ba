// Thin routes of Mina sidor. Every page needs a signed-in carer (otherwise: the sign-in page).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, tenantOf } from '../../platform/http/context.js';
import { f, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { guardPublicWrite } from '../../platform/http/abuse-limits.js';
import { isConfirmed } from '../../platform/http/confirm.js';
import * as accounts from '../accounts/service.js';
import { carerT, eidPersonnummerCookie, localized, SIGN_IN_LIMITS } from '../accounts/routes.js';
import { linkCarerRecord, personnummerOf } from '../accounts/eid.js';
import { carerIdByPersonnummer } from '../carers/service.js';
import { cookieOptions } from '../../platform/http/security.js';
import { CodePage } from '../accounts/views.js';
import * as service from './service.js';
import { ClaimPage, DeletePage, MyPagesPage } from './views.js';

const idParam = z.object({ id: z.string().uuid() });
const noticeQuery = z.object({ klar: z.enum(['kopplat', 'lagt-till', 'sparad', 'aterkallad', 'skickat']).optional() });
const nameSchema = z.object({ pseudonym: z.string().min(1, 'accounts.err.pseudonym').max(60, 'accounts.err.pseudonym') }).strict();
const claimSchema = z.object({ reference: z.string().min(1, 'accounts.err.reference').max(500, 'accounts.err.reference') }).strict();
const claimCodeSchema = z.object({ codeId: z.string().uuid('accounts.err.expired'), code: z.string().regex(/^\d{6}$/, 'accounts.err.code') }).strict();
const selfcheckSchema = z.object({ selfcheck: z.string().min(1).max(4000) }).strict();

const linkSchema = z.object({ consent: f.checkbox() }).strict();

const NOTICES = { kopplat: 'accounts.link.linked', 'lagt-till': 'accounts.claim.done', sparad: 'accounts.saved', aterkallad: 'accounts.status.withdrawn', skickat: 'accounts.messages.sent' } as const;

/** The signed-in carer's account id, or a redirect to the sign-in page. */
const signedInCarer = accounts.signedInCarer;

function idOf(params: unknown): string {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
}

export async function mypagesRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;

  const page = async (req: FastifyRequest, reply: FastifyReply, accountId: string, opts: { notice?: string; errors?: FieldErrors; values?: FormValues } = {}, status = 200) => {
    const t = carerT(req);
    const o = await service.overview(deps, tenantOf(req), accountId);
    const linkOffer = personnummerOf(deps, tenantOf(req).id, accountId, req.cookies[eidPersonnummerCookie(deps.config.isProduction)]) !== undefined;
    return render(reply, <MyPagesPage ctx={pageContext(req, 'public')} t={t} o={o} notice={opts.notice} errors={opts.errors ? localized(t, opts.errors) : undefined} values={opts.values} linkOffer={linkOffer} />, status);
  };

  app.get('/mina-sidor', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const q = parseQuery(noticeQuery, req.query);
    return page(req, reply, accountId, { notice: q.klar ? carerT(req)(NOTICES[q.klar]) : undefined });
  });

  app.post('/mina-sidor/namn', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const parsed = parseForm(nameSchema, req.body);
    if (!parsed.ok) return page(req, reply, accountId, { errors: parsed.errors, values: parsed.values }, 400);
    await accounts.rename(deps, tenantOf(req), accountId, parsed.data.pseudonym);
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor?klar=sparad`);
  });

  app.post('/mina-sidor/forfragningar/:id/aterkalla', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    await service.withdrawRequest(deps, tenantOf(req), accountId, idOf(req.params));
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor?klar=aterkallad`);
  });

  app.post('/mina-sidor/belastningskoll', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const parsed = parseForm(selfcheckSchema, req.body);
    if (!parsed.ok) return redirect(reply, `/${tenantOf(req).slug}/belastningskoll`);
    await accounts.saveSelfcheck(deps, tenantOf(req).id, accountId, parsed.data.selfcheck);
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor?klar=sparad`);
  });

  app.post('/mina-sidor/belastningskoll/:id/ta-bort', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    await accounts.deleteSavedSelfcheck(deps, tenantOf(req).id, accountId, idOf(req.params));
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor?klar=sparad`);
  });

  // ---- link to the identified carer record (after an e-legitimation sign-in, with consent) ----

  app.post('/mina-sidor/koppla', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const tenant = tenantOf(req);
    const cookieName = eidPersonnummerCookie(deps.config.isProduction);
    const pnr = personnummerOf(deps, tenant.id, accountId, req.cookies[cookieName]);
    if (!pnr) return redirect(reply, `/${tenant.slug}/mina-sidor`);
    const parsed = parseForm(linkSchema, req.body);
    if (!parsed.ok || !parsed.data.consent) return page(req, reply, accountId, { errors: { consent: 'accounts.err.consent' } }, 400);
    const carerId = await carerIdByPersonnummer(deps.db, tenant.id, pnr, deps.clock.now());
    // Used or not, the personnummer is not kept a moment longer than this answer.
    reply.clearCookie(cookieName, cookieOptions(deps.config.isProduction));
    if (!carerId) return page(req, reply, accountId, { errors: { _form: 'accounts.link.notFound' } }, 400);
    await linkCarerRecord(deps, tenant.id, accountId, carerId);
    return redirect(reply, `/${tenant.slug}/mina-sidor?klar=kopplat`);
  });

  // ---- claim ---------------------------------------------------------------------------------

  const claimPage = (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors, values?: FormValues, status = 200) => {
    const t = carerT(req);
    return render(reply, <ClaimPage ctx={pageContext(req, 'public')} t={t} errors={errors ? localized(t, errors) : undefined} values={values} />, status);
  };
  const claimCodePage = (req: FastifyRequest, reply: FastifyReply, codeId: string, errors?: FieldErrors, status = 200) => {
    const t = carerT(req);
    return render(reply, <CodePage ctx={pageContext(req, 'public')} t={t} title={t('accounts.claim.title')} action={`/${tenantOf(req).slug}/mina-sidor/lagg-till/kod`}
      minutes={accounts.CODE_TTL_MS / 60_000} hidden={{ codeId }} errors={errors ? localized(t, errors) : undefined} />, status);
  };

  app.get('/mina-sidor/lagg-till', async (req, reply) => {
    if (!(await signedInCarer(req, reply))) return reply;
    return claimPage(req, reply);
  });

  app.post('/mina-sidor/lagg-till', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const parsed = parseForm(claimSchema, req.body);
    if (!parsed.ok) return claimPage(req, reply, parsed.errors, parsed.values, 400);
    const guard = await guardPublicWrite(deps, req, reply, 'carer-claim', SIGN_IN_LIMITS);
    if (guard.refusal) return claimPage(req, reply, { _form: guard.refusal }, parsed.values, 429);
    const started = await service.startClaim(deps, tenantOf(req), accountId, parsed.data.reference, req.locale);
    if (!started.ok) {
      await guard.release();
      if (started.reason === 'limit') {
        reply.header('retry-after', String(started.retryAfterSeconds));
        return claimPage(req, reply, { _form: carerT(req)('accounts.err.limit', { minutes: Math.ceil(started.retryAfterSeconds / 60) }) }, parsed.values, 429);
      }
      return claimPage(req, reply, { reference: 'accounts.err.reference' }, parsed.values, 400);
    }
    return claimCodePage(req, reply, started.codeId);
  });

  app.post('/mina-sidor/lagg-till/kod', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const parsed = parseForm(claimCodeSchema, req.body);
    const codeId = String(parsed.values.codeId ?? '');
    if (!parsed.ok) return parsed.errors.codeId ? claimPage(req, reply, { _form: 'accounts.err.expired' }, {}, 400) : claimCodePage(req, reply, codeId, parsed.errors, 400);
    const result = await accounts.claimWithCode(deps, tenantOf(req), accountId, parsed.data.codeId, parsed.data.code);
    if (!result.ok) {
      if (result.reason === 'wrong') return claimCodePage(req, reply, codeId, { code: 'accounts.err.wrong' }, 400);
      return claimPage(req, reply, { _form: `accounts.err.${result.reason}` }, {}, 400);
    }
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor?klar=lagt-till`);
  });

  // ---- delete everything ---------------------------------------------------------------------

  app.get('/mina-sidor/ta-bort', async (req, reply) => {
    if (!(await signedInCarer(req, reply))) return reply;
    return render(reply, <DeletePage ctx={pageContext(req, 'public')} t={carerT(req)} />);
  });

  app.post('/mina-sidor/ta-bort', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    // Only with confirm=yes (the ticked box, or the answer on the confirmation page) does the
    // confirmation hook let the request through (platform/http/confirm.tsx); checked here too.
    if (!isConfirmed(req)) {
      const t = carerT(req);
      return render(reply, <DeletePage ctx={pageContext(req, 'public')} t={t} errors={{ confirm: t('accounts.err.confirm') }} />, 400);
    }
    await service.deleteEverything(deps, tenantOf(req), accountId, 'self');
    await accounts.endSession(req, reply, true);
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor/logga-in?borttaget=1`);
  });
}
