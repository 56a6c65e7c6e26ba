// Thin routes: parse → service → render or redirect. The public contact form and status page,
// and the specialists' list of requests. Nothing here logs or stores the client's address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { assignSchema, contactFormSchema, idParam, inboxQuerySchema, prefillSchema, statusSchema, tokenParam, type RequestStatus } from './schema.js';
import * as service from './service.js';
import { OPEN_STATUSES } from './service.js';
import { INBOX } from './policy.js';
import { fillStamp, stampAge } from './codes.js';
import { CONTACT_LIMITS, HANDOVER_LIMITS } from './limiter.js';
import { guardPublicWrite } from '../../platform/http/abuse-limits.js';
import { checkFill } from './form-guard.js';
import { CheckPage, PrivacyPage, requestsText, StepPage, type FlowModel } from './views/steps.js';
import { navigate, readAnswers, stepForErrors, STEPS, type Answers, type Step } from './steps.js';
import { ConfirmPage } from '../../platform/views/confirm.js';
import { isConfirmed } from '../../platform/http/confirm.js';
import { activeCampaignOptions } from '../campaigns/service.js';
import { localToday } from '../../platform/domain/dates.js';
import { StatusPage } from './views/status.js';
import { InboxPage } from './views/inbox.js';
import { linkIfSameAddress } from '../accounts/service.js';
import { RequestDetailPage } from './views/detail.js';

const PAGE_SIZE = 50;

const parseToken = (params: unknown): string => {
  const p = tokenParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.token;
};
const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function requestsRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock, config } = app.deps;
  const secret = config.sessionSecret;

  const campaignsOf = async (req: FastifyRequest) => activeCampaignOptions(db, tenantOf(req).id, localToday(clock.now()));
  const flowModel = async (req: FastifyRequest, answers: Answers, stamp: string | undefined, errors?: FieldErrors): Promise<FlowModel> => ({
    ctx: pageContext(req, 'public'), answers, stamp: stamp ?? fillStamp(secret, clock.now()), campaigns: await campaignsOf(req), errors,
  });
  const stepPage = async (reply: FastifyReply, m: FlowModel, step: Step, review = false, status = m.errors ? 400 : 200) =>
    render(reply, <StepPage m={m} step={step} review={review} />, status);
  const postedStamp = (body: Record<string, unknown>) => (typeof body.started === 'string' && stampAge(secret, body.started, clock.now()) !== undefined ? body.started : undefined);

  // Step 1 of the form (the steps are in steps.ts; nothing is stored until the carer sends).
  app.get('/kontakt', async (req, reply) => stepPage(reply, await flowModel(req, {}, undefined), STEPS[0]));

  app.get('/kontakt/integritet', async (req, reply) => render(reply, <PrivacyPage ctx={pageContext(req, 'public')} />));

  app.post('/kontakt/steg', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const answers = readAnswers(body);
    if (body.dropSelfcheck !== undefined) delete answers.selfcheck;
    const stamp = postedStamp(body);
    const next = navigate(body, answers);
    if (next.kind === 'step') return stepPage(reply, await flowModel(req, answers, stamp, next.errors), next.step, next.review);
    return render(reply, <CheckPage m={await flowModel(req, answers, stamp)} />);
  });

  app.post('/kontakt', async (req, reply) => {
    const tenant = tenantOf(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.prefill !== undefined) {
      // The self-check's hand-over: step 1 carrying the result (contract in schema.ts).
      // It stores nothing, but is limited like every public write so it cannot be used to load the server.
      const pre = parseForm(prefillSchema, { prefill: body.prefill, selfcheck: body.selfcheck });
      if (!pre.ok) return stepPage(reply, await flowModel(req, {}, undefined, { _form: 'err.selfcheckLong' }), STEPS[0]);
      const selfcheck = pre.data.selfcheck?.trim() || undefined;
      const guard = await guardPublicWrite(app.deps, req, reply, 'selfcheck-handover', HANDOVER_LIMITS);
      if (guard.refusal) return stepPage(reply, await flowModel(req, { selfcheck }, undefined, { _form: guard.refusal }), STEPS[0], false, 429);
      return stepPage(reply, await flowModel(req, { selfcheck }, undefined), STEPS[0]);
    }
    // The check page's "Skicka": the whole request. A problem shows the step that asks the field.
    const now = clock.now();
    const answers = readAnswers(body);
    const parsed = parseForm(contactFormSchema, body);
    const { verdict, stamp } = checkFill(secret, body, now);
    if (!parsed.ok) {
      const step = stepForErrors(parsed.errors);
      const m = await flowModel(req, answers, stamp, step ? parsed.errors : { _form: 'err.unknownFields' });
      return step ? stepPage(reply, m, step) : render(reply, <CheckPage m={m} />, 400);
    }
    if (verdict === 'expired') return render(reply, <CheckPage m={await flowModel(req, answers, undefined, { _form: 'err.expired' })} />, 400);
    if (verdict === 'tooFast') return render(reply, <CheckPage m={await flowModel(req, answers, stamp, { _form: 'err.tooFast' })} />, 400);
    // Only an accepted request counts; at the limit the check page comes back with all that was given.
    const guard = await guardPublicWrite(app.deps, req, reply, 'contact', CONTACT_LIMITS);
    if (guard.refusal) return render(reply, <CheckPage m={await flowModel(req, answers, stamp, { _form: guard.refusal })} />, 429);
    const done = await service.submitRequest(db, clock, config.PUBLIC_BASE_URL, tenant, parsed.data).catch(async (err: unknown) => {
      await guard.release();
      throw err;
    });
    // Signed in to Mina sidor with the same verified address: the request belongs to the account.
    const details = service.contactDetails(parsed.data);
    await linkIfSameAddress(req, 'request', done.id, { email: details.email, phone: details.phone });
    return redirect(reply, `/${tenant.slug}/kontakt/status/${done.token}?skickad=1`);
  });

  const statusPage = async (req: FastifyRequest, reply: FastifyReply, token: string, extra: { notice?: string; problem?: string } = {}, status = 200) => {
    const tenant = tenantOf(req);
    const s = await service.getStatus(db, tenant, token);
    const q = req.query as { skickad?: string };
    const link = `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}/${tenant.slug}/kontakt/status/${token}`;
    return render(reply, <StatusPage ctx={pageContext(req, 'public')} s={s} token={token} link={link} justSent={q.skickad === '1'} {...extra} />, status);
  };

  app.get('/kontakt/status/:token', async (req, reply) => {
    const token = parseToken(req.params);
    const done = (req.query as { aterkallad?: string }).aterkallad === '1';
    return statusPage(req, reply, token, done ? { notice: requestsText(pageContext(req, 'public'))('requests.status.withdrawnDone') } : {});
  });

  // Withdrawing deletes the contact details: a confirmation page first (GET), and the POST
  // changes nothing without confirm=yes (platform/http/confirm.ts).
  const withdrawConfirmation = async (req: FastifyRequest, reply: FastifyReply, token: string, unconfirmed: boolean) => {
    const tenant = tenantOf(req);
    const s = await service.getStatus(db, tenant, token);
    const ctx = pageContext(req, 'public');
    const t = requestsText(ctx);
    const open = OPEN_STATUSES.includes(s.status);
    const back = `/${tenant.slug}/kontakt/status/${token}`;
    return render(reply, <ConfirmPage ctx={ctx} question={t(open ? 'requests.confirm.withdrawTitle' : 'requests.confirm.eraseTitle')}
      text={open ? t('requests.status.withdrawText') : undefined} action={`${back}/aterkalla`} back={back} unconfirmed={unconfirmed}
      yes={t(open ? 'requests.confirm.withdrawYes' : 'requests.confirm.eraseYes')} />);
  };

  app.get('/kontakt/status/:token/aterkalla', async (req, reply) => withdrawConfirmation(req, reply, parseToken(req.params), false));

  app.post('/kontakt/status/:token/aterkalla', { config: { confirmation: 'own' } }, async (req, reply) => {
    const tenant = tenantOf(req);
    const token = parseToken(req.params);
    if (!isConfirmed(req)) return withdrawConfirmation(req, reply, token, true);
    try {
      await service.withdraw(db, clock, tenant, token);
    } catch (err) {
      if (!(err instanceof Conflict)) throw err;
      const s = await service.getStatus(db, tenant, token);
      const t = requestsText(pageContext(req, 'public'));
      return statusPage(req, reply, token, { problem: t(s.status === 'withdrawn' ? 'requests.status.alreadyWithdrawn' : 'requests.status.alreadyErased') }, 409);
    }
    return redirect(reply, `/${tenant.slug}/kontakt/status/${token}?aterkallad=1`);
  });

  // Staff: the list and one request.
  app.get('/personal/forfragningar', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const query = parseQuery(inboxQuerySchema, req.query);
    const statuses: RequestStatus[] | 'all' | undefined = query.status === 'open' ? undefined : query.status === 'all' ? 'all' : [query.status];
    const { items, total } = await service.listRequestsForInbox(db, scope, {
      statuses, assignedUserId: query.mine ? principal.userId : undefined, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE,
    }, tenantOf(req).settings);
    const moved = (req.query as { flyttad?: string }).flyttad ? 'Markeringen är sparad och förfrågan har flyttats till den enhet som tar emot misstanke om våld i nära relation.' : undefined;
    return render(reply, <InboxPage ctx={pageContext(req, 'staff')} items={items} total={total} query={query} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} notice={moved} />);
  });

  const detail = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: { errors?: FieldErrors; notice?: string } = {}, status = 200) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const r = await service.getRequestForStaff(db, clock, principal, scope, id);
    const colleagues = await service.colleaguesFor(db, scope.tenantId, r.routedUnitId);
    return render(reply, <RequestDetailPage ctx={pageContext(req, 'staff')} r={r} colleagues={colleagues} {...extra} />, status);
  };

  app.get('/personal/forfragningar/:id', async (req, reply) => {
    const notice = (req.query as { sparad?: string }).sparad ? 'Ändringen är sparad.' : undefined;
    return detail(req, reply, parseId(req.params), { notice });
  });

  app.post('/personal/forfragningar/:id/tilldela', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = parseId(req.params);
    const parsed = parseForm(assignSchema, req.body);
    try {
      if (!parsed.ok) throw new Invalid(parsed.errors);
      await service.assignRequest(db, clock, principal, scope, id, parsed.data.userId);
    } catch (err) {
      if (err instanceof Invalid) return detail(req, reply, id, { errors: err.fields }, 400);
      if (err instanceof Conflict) return detail(req, reply, id, { errors: { _form: err.message } }, 409);
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/forfragningar/${id}?sparad=1`);
  });

  app.post('/personal/forfragningar/:id/vald', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = parseId(req.params);
    const parsed = parseForm(service.violenceFlagSchema, req.body);
    try {
      if (!parsed.ok) throw new Invalid(parsed.errors);
      const result = await service.setRequestViolenceFlag(db, clock, service.tenantUrlOf(config.PUBLIC_BASE_URL, tenantOf(req).slug), principal, scope, id, parsed.data);
      // Moved to a unit the actor does not see: back to the list, not to a page that is gone for them.
      if (!result.stillVisible) return redirect(reply, `/${tenantOf(req).slug}/personal/forfragningar?flyttad=1`);
    } catch (err) {
      if (err instanceof Invalid) return detail(req, reply, id, { errors: err.fields }, 400);
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/forfragningar/${id}?sparad=1`);
  });

  app.post('/personal/forfragningar/:id/status', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = parseId(req.params);
    const parsed = parseForm(statusSchema, req.body);
    try {
      if (!parsed.ok) throw new Invalid(parsed.errors);
      const change = parsed.data.status === 'closed' ? { status: 'closed' as const, reason: parsed.data.reason! } : { status: 'contacted' as const };
      await service.setRequestStatus(db, clock, principal, scope, id, change);
    } catch (err) {
      if (err instanceof Invalid) return detail(req, reply, id, { errors: err.fields }, 400);
      if (err instanceof Conflict) return detail(req, reply, id, { errors: { _form: err.message } }, 409);
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/forfragningar/${id}?sparad=1`);
  });
}
