// "Min plan" (issue 18): only for an account the carer linked, with consent, to her identified
// carer record; anyone else gets "not found". Reading and commenting are audited (carers module).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { guardPublicWrite } from '../../platform/http/abuse-limits.js';
import * as accounts from '../accounts/service.js';
import { carerT, localized } from '../accounts/routes.js';
import { addPlanComment, planOfLinkedCarer } from '../carers/service.js';
import { MESSAGE_LIMITS } from '../messages/routes.js';
import { signedInCarer } from '../accounts/service.js';
import { MyPlanPage } from './plan-views.js';

const commentSchema = z.object({ comment: z.string().trim().min(1, 'accounts.err.comment').max(1000, 'accounts.err.comment') }).strict();
const sentQuery = z.object({ skickat: z.enum(['1']).optional() });

export async function myPlanRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;

  /** The linked carer record of the signed-in account, or not found. */
  const linkedCarer = async (req: FastifyRequest, accountId: string): Promise<string> => {
    const account = await accounts.getAccount(deps, tenantOf(req).id, accountId);
    if (!account.linkedCarerId) throw new NotFound();
    return account.linkedCarerId;
  };

  const page = async (req: FastifyRequest, reply: FastifyReply, carerId: string, opts: { notice?: string; errors?: FieldErrors; values?: FormValues } = {}, status = 200) => {
    const t = carerT(req);
    const plan = await planOfLinkedCarer(deps.db, deps.clock, tenantOf(req).id, carerId);
    if (!plan) throw new NotFound();
    return render(reply, <MyPlanPage ctx={pageContext(req, 'public')} t={t} measures={plan.measures} comments={plan.comments} notice={opts.notice}
      errors={opts.errors ? localized(t, opts.errors) : undefined} values={opts.values} />, status);
  };

  app.get('/mina-sidor/plan', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const sent = parseQuery(sentQuery, req.query).skickat === '1';
    return page(req, reply, await linkedCarer(req, accountId), { notice: sent ? carerT(req)('accounts.plan.sent') : undefined });
  });

  app.post('/mina-sidor/plan', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const carerId = await linkedCarer(req, accountId);
    const parsed = parseForm(commentSchema, req.body);
    if (!parsed.ok) return page(req, reply, carerId, { errors: parsed.errors, values: parsed.values }, 400);
    const guard = await guardPublicWrite(deps, req, reply, 'carer-message', MESSAGE_LIMITS);
    if (guard.refusal) return page(req, reply, carerId, { errors: { _form: guard.refusal }, values: parsed.values }, 429);
    await addPlanComment(deps.db, deps.clock, tenantOf(req).id, carerId, parsed.data.comment);
    return redirect(reply, `/${tenantOf(req).slug}/mina-sidor/plan?skickat=1`);
  });
}
