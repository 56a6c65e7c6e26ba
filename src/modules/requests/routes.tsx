// Thin routes: parse → service → render or redirect. The public contact form and status page,
// and the specialists' list of requests. Nothing here logs or stores the client's address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { Conflict, Invalid, NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { assignSchema, contactFormSchema, HONEYPOT, idParam, inboxQuerySchema, prefillSchema, statusSchema, tokenParam, type RequestStatus } from './schema.js';
import * as service from './service.js';
import { INBOX } from './policy.js';
import { fillStamp } from './codes.js';
import { CONTACT_LIMITS, HANDOVER_LIMITS } from './limiter.js';
import { guardPublicWrite } from '../../platform/http/abuse-limits.js';
import { checkFill } from './form-guard.js';
import { ContactFormPage } from './views/form.js';
import { activeCampaignOptions } from '../outreach/service.js';
import { localToday } from '../../platform/domain/dates.js';
import { StatusPage } from './views/status.js';
import { InboxPage } from './views/inbox.js';
import { RequestDetailPage } from './views/detail.js';
import { ui } from './views/labels.js';

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

  const formPage = async (req: FastifyRequest, reply: FastifyReply, o: { values?: FormValues; errors?: FieldErrors; selfcheck?: string; stamp?: string }, status = 200) =>
    render(reply, <ContactFormPage ctx={pageContext(req, 'public')} values={o.values} errors={o.errors} selfcheck={o.selfcheck}
      stamp={o.stamp ?? fillStamp(secret, clock.now())} campaigns={await activeCampaignOptions(db, tenantOf(req).id, localToday(clock.now()))} />, status);

  app.get('/kontakt', async (req, reply) => {
    tenantOf(req);
    return formPage(req, reply, {});
  });

  app.post('/kontakt', async (req, reply) => {
    const tenant = tenantOf(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.prefill !== undefined) {
      // The self-check's hand-over: an empty form carrying the result (contract in schema.ts).
      // It stores nothing, but is limited like every public write so it cannot be used to load the server.
      const pre = parseForm(prefillSchema, { prefill: body.prefill, selfcheck: body.selfcheck });
      if (!pre.ok) return formPage(req, reply, { errors: { _form: 'err.selfcheckLong' } }, 400);
      const selfcheck = pre.data.selfcheck?.trim() || undefined;
      const guard = await guardPublicWrite(app.deps, req, reply, 'selfcheck-handover', HANDOVER_LIMITS);
      if (guard.refusal) return formPage(req, reply, { errors: { _form: guard.refusal }, selfcheck }, 429);
      return formPage(req, reply, { selfcheck });
    }
    const now = clock.now();
    const parsed = parseForm(contactFormSchema, body);
    const values: FormValues = { ...parsed.values, [HONEYPOT]: undefined };
    const { verdict, stamp } = checkFill(secret, body, now);
    const selfcheck = typeof values.selfcheck === 'string' ? values.selfcheck : undefined;
    if (!parsed.ok) return formPage(req, reply, { values, errors: parsed.errors, selfcheck, stamp }, 400);
    if (verdict === 'expired') return formPage(req, reply, { values, errors: { _form: 'err.expired' }, selfcheck }, 400);
    if (verdict === 'tooFast') return formPage(req, reply, { values, errors: { _form: 'err.tooFast' }, selfcheck, stamp }, 400);
    // Only an accepted request counts; at the limit the form comes back with all that was typed.
    const guard = await guardPublicWrite(app.deps, req, reply, 'contact', CONTACT_LIMITS);
    if (guard.refusal) return formPage(req, reply, { values, errors: { _form: guard.refusal }, selfcheck, stamp }, 429);
    const done = await service.submitRequest(db, clock, config.PUBLIC_BASE_URL, tenant, parsed.data).catch(async (err: unknown) => {
      await guard.release();
      throw err;
    });
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
    return statusPage(req, reply, token, done ? { notice: ui(req.locale).u.withdrawnDone } : {});
  });

  app.post('/kontakt/status/:token/aterkalla', async (req, reply) => {
    const tenant = tenantOf(req);
    const token = parseToken(req.params);
    try {
      await service.withdraw(db, clock, tenant, token);
    } catch (err) {
      if (err instanceof Conflict) return statusPage(req, reply, token, { problem: err.message }, 409);
      throw err;
    }
    return redirect(reply, `/${tenant.slug}/kontakt/status/${token}?aterkallad=1`);
  });

  // Staff: the list and one request.
  app.get('/personal/forfragningar', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const query = parseQuery(inboxQuerySchema, req.query);
    const statuses: RequestStatus[] | undefined = query.status === 'open' ? undefined
      : query.status === 'all' ? ['new', 'assigned', 'contacted', 'closed', 'withdrawn'] : [query.status];
    const { items, total } = await service.listRequestsForInbox(db, scope, {
      statuses, assignedUserId: query.mine ? principal.userId : undefined, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE,
    });
    return render(reply, <InboxPage ctx={pageContext(req, 'staff')} items={items} total={total} query={query} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} />);
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
      await service.setRequestViolenceFlag(db, clock, principal, scope, id, parsed.data);
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
