// Thin routes: parse → service → render or redirect.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { AppError, Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { can, homeUnitId, type Principal, type Scope } from '../../platform/auth/principal.js';
import { assignRequest, setRequestStatus, tenantUrlOf, violenceFlagSchema } from '../requests/service.js';
import { assignSchema, closeSchema, emptySchema, idParam, inboxQuerySchema, needsAssessmentSchema, referralFormSchema } from './schema.js';
import * as service from './service.js';
import { combinedInbox, type InboxView } from './inbox.js';
import { CREATE, HANDLE, INBOX, RECORD_ASSESSMENT } from './policy.js';
import { ReferralFormPage } from './views/referral-form.js';
import { InboxPage } from './views/inbox.js';
import { ReferralPage, referralNotice } from './views/referral.js';
import { NeedsAssessmentPage } from './views/needs-assessment.js';
import { workingDaysBetween } from './working-days.js';
import { localDate, localDateOf } from './time.js';

const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function referralsRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock, config } = app.deps;
  const slugOf = (req: FastifyRequest) => tenantOf(req).slug;

  // ——— Förmedla kontakt: any staff member ———
  async function formPage(req: FastifyRequest, principal: Principal, values: FormValues, errors?: Record<string, string>, sentId?: string) {
    const mine = await service.myReferrals(db, principal, tenantOf(req).settings.routing);
    return <ReferralFormPage ctx={pageContext(req, 'staff')} values={values} errors={errors} units={service.referringUnits(principal)}
      sent={sentId ? mine.find((m) => m.id === sentId) : undefined} mine={mine} targetDays={tenantOf(req).settings.contactTargetWorkingDays} />;
  }

  app.get('/personal/formedla', async (req, reply) => {
    const { principal } = await requirePermission(req, CREATE);
    const query = parseQuery(z.object({ skickad: z.string().uuid().optional() }), req.query);
    const units = service.referringUnits(principal);
    const home = homeUnitId(principal);
    const values = { urgency: 'normal', consentCaredFor: 'not_asked', fromUnitId: units.some((u) => u.id === home) ? home! : (units[0]?.id ?? '') };
    return render(reply, await formPage(req, principal, values, undefined, query.skickad));
  });

  app.post('/personal/formedla', async (req, reply) => {
    const { principal } = await requirePermission(req, CREATE);
    const parsed = parseForm(referralFormSchema, req.body);
    if (!parsed.ok) return render(reply, await formPage(req, principal, parsed.values, parsed.errors), 400);
    try {
      const sent = await service.createReferral(db, clock, config.PUBLIC_BASE_URL, principal, tenantOf(req), parsed.data);
      return redirect(reply, `/${slugOf(req)}/personal/formedla?skickad=${sent.id}`);
    } catch (err) {
      if (err instanceof Invalid) return render(reply, await formPage(req, principal, parsed.values, err.fields), 400);
      throw err;
    }
  });

  // ——— The specialists' combined inbox ———
  const INBOX_PAGE_SIZE = 50;
  async function inbox(req: FastifyRequest, reply: FastifyReply, view: InboxView, page: number) {
    const { principal, scope } = await requirePermission(req, INBOX);
    const tenant = tenantOf(req);
    const entries = await combinedInbox(db, clock, principal, scope, tenant, view);
    const notice = (req.query as { sparad?: string }).sparad ? 'Ärendet är ditt.' : undefined;
    // A page at a time: a big unit's queue was one page of several hundred rows (300 KB).
    const pages = Math.max(1, Math.ceil(entries.length / INBOX_PAGE_SIZE));
    return render(reply, <InboxPage ctx={pageContext(req, 'staff')} entries={entries.slice((page - 1) * INBOX_PAGE_SIZE, page * INBOX_PAGE_SIZE)}
      total={entries.length} page={page} pages={pages} view={view} canHandle={can(principal, HANDLE)} notice={notice}
      targetDays={tenant.settings.contactTargetWorkingDays} />);
  }

  app.get('/personal/inkorg', async (req, reply) => {
    const q = parseQuery(inboxQuerySchema, req.query);
    return inbox(req, reply, q.visa, q.page);
  });
  app.get('/personal/inkorg/forsenade', async (req, reply) => inbox(req, reply, 'forsenade', parseQuery(inboxQuerySchema, req.query).page));

  async function referralPage(req: FastifyRequest, principal: Principal, scope: Scope, id: string, extra: { errors?: Record<string, string>; notice?: string } = {}) {
    const r = await service.getReferral(db, clock, principal, scope, id);
    const colleagues = await service.colleaguesForReferral(db, principal, scope, id);
    const taken = r.firstContactAt ? workingDaysBetween(localDateOf(r.createdAt), localDateOf(r.firstContactAt)) : null;
    return <ReferralPage ctx={pageContext(req, 'staff')} r={r} colleagues={colleagues} canHandle={can(principal, HANDLE)}
      canRegisterCarer={can(principal, 'carers:write')} workingDaysTaken={taken} {...extra} />;
  }

  app.get('/personal/inkorg/formedlingar/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const notice = referralNotice((req.query as { sparad?: string }).sparad);
    return render(reply, await referralPage(req, principal, scope, parseId(req.params), { notice }));
  });

  /** A change on a referral: inbox scope decides visibility, referrals:handle the right to act. */
  function change<S extends z.ZodType>(path: string, schema: S, notice: string, run: (p: Principal, s: Scope, id: string, data: z.infer<S>, req: FastifyRequest) => Promise<void | { stillVisible: boolean }>, toInbox = false) {
    app.post(`/personal/inkorg/formedlingar/:id/${path}`, async (req, reply) => {
      const { principal, scope } = await requirePermission(req, INBOX);
      await requirePermission(req, HANDLE);
      const id = parseId(req.params);
      const parsed = parseForm(schema, req.body);
      if (!parsed.ok) return render(reply, await referralPage(req, principal, scope, id, { errors: parsed.errors }), 400);
      let gone = false;
      try {
        const result = await run(principal, scope, id, parsed.data, req);
        gone = result !== undefined && !result.stillVisible;
      } catch (err) {
        if (err instanceof Invalid) return render(reply, await referralPage(req, principal, scope, id, { errors: err.fields }), 400);
        if (err instanceof AppError && err.code === 'Conflict') return render(reply, await referralPage(req, principal, scope, id, { errors: { _form: err.message } }), 409);
        throw err;
      }
      // Moved to a unit the actor does not see (violence routing): back to the inbox.
      return redirect(reply, toInbox || gone ? `/${slugOf(req)}/personal/inkorg?sparad=1` : `/${slugOf(req)}/personal/inkorg/formedlingar/${id}?sparad=${notice}`);
    });
  }
  change('tilldela', assignSchema, 'tilldelad', (p, s, id, d) => service.assignReferral(db, clock, p, s, id, d.userId));
  change('ta', emptySchema, 'tilldelad', (p, s, id) => service.assignReferral(db, clock, p, s, id, p.userId), true);
  change('kontaktad', emptySchema, 'kontaktad', (p, s, id) => service.markContacted(db, clock, p, s, id));
  change('vald', violenceFlagSchema, 'vald', (p, s, id, d, req) => service.setReferralViolenceFlag(db, clock,
    tenantUrlOf(config.PUBLIC_BASE_URL, slugOf(req)), tenantOf(req).settings, p, s, id, d));
  change('avsluta', closeSchema, 'avslutad', (p, s, id, d) => service.closeReferral(db, clock, p, s, id, d.reason));

  // Quick actions on web contact requests from the combined inbox (the requests module's API).
  app.post('/personal/inkorg/forfragningar/:id/ta', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = parseId(req.params);
    if (!parseForm(emptySchema, req.body).ok) throw new NotFound();
    try {
      await assignRequest(db, clock, principal, scope, id, principal.userId);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'Conflict' || err.code === 'Invalid')) return redirect(reply, `/${slugOf(req)}/personal/forfragningar/${id}`);
      throw err;
    }
    return redirect(reply, `/${slugOf(req)}/personal/inkorg?sparad=1`);
  });

  app.post('/personal/inkorg/forfragningar/:id/kontaktad', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = parseId(req.params);
    if (!parseForm(emptySchema, req.body).ok) throw new NotFound();
    await setRequestStatus(db, clock, principal, scope, id, { status: 'contacted' });
    return redirect(reply, `/${slugOf(req)}/personal/inkorg?sparad=1`);
  });

  // ——— Case officers: carers' part in the needs assessment ———
  async function assessmentPage(req: FastifyRequest, principal: Principal, scope: Scope, values: FormValues, errors?: Record<string, string>, notice?: string) {
    const now = clock.now();
    return <NeedsAssessmentPage ctx={pageContext(req, 'staff')} values={values} errors={errors} notice={notice}
      rows={await service.listNeedsAssessments(db, principal, scope, now)} referrals={await service.assessmentReferralOptions(db, principal, scope, now)} />;
  }

  app.get('/personal/behovsbedomning', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, RECORD_ASSESSMENT);
    const saved = (req.query as { sparad?: string }).sparad ? 'Registrerat.' : undefined;
    return render(reply, await assessmentPage(req, principal, scope, { assessedOn: localDate(clock.now()) }, undefined, saved));
  });

  app.post('/personal/behovsbedomning', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, RECORD_ASSESSMENT);
    const parsed = parseForm(needsAssessmentSchema, req.body);
    if (!parsed.ok) return render(reply, await assessmentPage(req, principal, scope, parsed.values, parsed.errors), 400);
    const failed = await attempt(() => service.recordNeedsAssessment(db, clock, principal, scope, parsed.data));
    if (failed) return render(reply, await assessmentPage(req, principal, scope, parsed.values, failed), 400);
    return redirect(reply, `/${slugOf(req)}/personal/behovsbedomning?sparad=1`);
  });
}
