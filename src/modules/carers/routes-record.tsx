// The record's parts: stödkontakt, consents, planned actions and follow-ups, signed journal.
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm } from '../../platform/http/forms.js';
import { NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { actionFormSchema, consentFormSchema, emptySchema, journalFormSchema, offerFormSchema, subIdParam, supportContactSchema } from './schema.js';
import * as service from './service.js';
import { WRITE } from './policy.js';
import { CarerPage } from './views/carer-page.js';
import { carerPageModel, parseId } from './page-model.js';

const parseSub = (params: unknown): { id: string; sub: string } => {
  const p = subIdParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data;
};

export async function carerRecordRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  /**
   * A POST on the carer's page: parse, run, and on bad input show the page again with the
   * messages (400), nothing stored; otherwise back to the page with a notice.
   */
  function post<S extends z.ZodType>(path: string, schema: S, notice: string,
    run: (ctx: { principal: Principal; scope: Scope; req: FastifyRequest; id: string; sub: string | null; data: z.infer<S> }) => Promise<void>,
    guard?: (req: FastifyRequest) => void) {
    app.post(path, async (req: FastifyRequest, reply: FastifyReply) => {
      const { principal, scope } = await requirePermission(req, WRITE);
      guard?.(req);
      const params = path.includes(':sub') ? parseSub(req.params) : { id: parseId(req.params), sub: null };
      const parsed = parseForm(schema, req.body);
      const again = async (errors: Record<string, string>) => {
        const m = await carerPageModel(app, req, principal, params.id, { errors, values: parsed.values });
        return render(reply, <CarerPage ctx={pageContext(req, 'staff')} m={m} />, 400);
      };
      if (!parsed.ok) {
        await service.loadCarer(db, principal, scope, params.id);
        return again(parsed.errors);
      }
      const failed = await attempt(() => run({ principal, scope, req, id: params.id, sub: params.sub, data: parsed.data }));
      if (failed) return again(failed);
      return redirect(reply, `/${tenantOf(req).slug}/personal/anhoriga/${params.id}?sparad=${notice}`);
    });
  }

  post('/personal/anhoriga/:id/stodkontakt', supportContactSchema, 'stodkontakt', async ({ principal, scope, id, data }) => {
    const row = await service.loadCarer(db, principal, scope, id);
    const options = await service.supportContactOptions(db, principal, row.unit_id);
    await service.setSupportContact(db, clock, principal, scope, id, data.supportContactUserId, options);
  });

  post('/personal/anhoriga/:id/erbjudande', offerFormSchema, 'erbjudande', async ({ principal, scope, id, data }) => {
    const row = await service.loadCarer(db, principal, scope, id);
    const options = await service.supportContactOptions(db, principal, row.unit_id);
    await service.recordOffer(db, clock, principal, scope, id, data, options);
  });

  post('/personal/anhoriga/:id/samtycken', consentFormSchema, 'samtycke', async ({ principal, scope, id, data }) => {
    await service.addConsent(db, clock, principal, scope, id, data);
  });

  post('/personal/anhoriga/:id/samtycken/:sub/aterkalla', emptySchema, 'aterkallat', async ({ principal, scope, id, sub }) => {
    await service.withdrawConsent(db, clock, principal, scope, id, sub!);
  });

  post('/personal/anhoriga/:id/insatser', actionFormSchema, 'insats', async ({ principal, scope, id, data }) => {
    const row = await service.loadCarer(db, principal, scope, id);
    const options = await service.supportContactOptions(db, principal, row.unit_id);
    await service.addAction(db, clock, principal, scope, id, data, options);
  });

  post('/personal/anhoriga/:id/insatser/:sub/klar', emptySchema, 'klar', async ({ principal, scope, id, sub }) => {
    await service.setActionDone(db, clock, principal, scope, id, sub!, 'done');
  });

  post('/personal/anhoriga/:id/insatser/:sub/installd', emptySchema, 'installd', async ({ principal, scope, id, sub }) => {
    await service.setActionDone(db, clock, principal, scope, id, sub!, 'cancelled');
  });

  // Under the 'none' policy there is no journal at all: the route answers 404.
  post('/personal/anhoriga/:id/journal', journalFormSchema, 'journal', async ({ principal, scope, req, id, data }) => {
    await service.addJournalEntry(db, clock, principal, scope, tenantOf(req), id, data);
  }, (req) => {
    if (tenantOf(req).settings.documentationPolicy !== 'journal') throw new NotFound();
  });
}
