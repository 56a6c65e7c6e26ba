// The carer's rights (export, erasure), merge of duplicates and the team's follow-up list.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { eraseSchema, mergeSchema, subIdParam } from './schema.js';
import * as service from './service.js';
import { READ, WRITE } from './policy.js';
import { ErasePage, ErasureBlockedPage, MergePage } from './views/rights.js';
import { FollowUpsPage } from './views/lists.js';
import { carerPageModel, parseId } from './page-model.js';
import { CarerPage } from './views/carer-page.js';
import { localDate } from './time.js';

export async function carerRightsRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  for (const format of ['json', 'pdf'] as const) {
    app.get(`/personal/anhoriga/:id/registerutdrag.${format}`, async (req, reply) => {
      const { principal, scope } = await requirePermission(req, READ);
      const data = await service.exportCarer(db, clock, principal, scope, tenantOf(req), parseId(req.params), format);
      const name = `registerutdrag-${localDate(clock.now())}.${format}`;
      reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
      return reply.type('application/pdf').send(await service.exportPdf(data));
    });
  }

  app.get('/personal/anhoriga/:id/radera', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const id = parseId(req.params);
    const { name, decision } = await service.erasurePreview(db, clock, principal, scope, id);
    return render(reply, <ErasePage ctx={pageContext(req, 'staff')} id={id} name={name} decision={decision} />);
  });

  app.post('/personal/anhoriga/:id/radera', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const id = parseId(req.params);
    const parsed = parseForm(eraseSchema, req.body);
    if (!parsed.ok) {
      const { name, decision } = await service.erasurePreview(db, clock, principal, scope, id);
      return render(reply, <ErasePage ctx={pageContext(req, 'staff')} id={id} name={name} decision={decision} errors={parsed.errors} />, 400);
    }
    try {
      await service.eraseCarer(db, clock, principal, scope, id);
    } catch (err) {
      if (err instanceof service.ErasureBlocked) {
        return render(reply, <ErasureBlockedPage ctx={pageContext(req, 'staff')} id={id} rule={err.rule} reason={err.reason} />, 409);
      }
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/anhoriga?sparad=raderad`);
  });

  app.get('/personal/anhoriga/:id/sammanfoga/:sub', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const p = subIdParam.safeParse(req.params);
    if (!p.success || p.data.id === p.data.sub) throw new NotFound();
    const keep = await service.readCarer(db, clock, principal, scope, p.data.id, 'jämför dubbletter');
    const other = await service.readCarer(db, clock, principal, scope, p.data.sub, 'jämför dubbletter');
    return render(reply, <MergePage ctx={pageContext(req, 'staff')} keep={keep} other={other} />);
  });

  app.post('/personal/anhoriga/:id/sammanfoga', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, WRITE);
    const id = parseId(req.params);
    const parsed = parseForm(mergeSchema, req.body);
    if (!parsed.ok) throw new NotFound();
    try {
      await service.mergeCarers(db, clock, principal, scope, id, parsed.data.otherId);
    } catch (err) {
      // e.g. two different personnummer: not the same person; say so on the carer's page.
      if (err instanceof Invalid) {
        const m = await carerPageModel(app, req, principal, id, { errors: { _form: Object.values(err.fields)[0] ?? 'Posterna kan inte slås samman' } });
        return render(reply, <CarerPage ctx={pageContext(req, 'staff')} m={m} />, 400);
      }
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/anhoriga/${id}?sparad=sammanslagen`);
  });

  app.get('/personal/uppfoljningar', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, READ);
    const query = parseQuery(z.object({ visa: z.enum(['mina']).optional() }), req.query);
    const rows = await service.followUpList(db, clock, principal, scope, 14, query.visa === 'mina');
    const plans = await service.planFollowUps(db, clock, principal, scope, 14, query.visa === 'mina');
    return render(reply, <FollowUpsPage ctx={pageContext(req, 'staff')} rows={rows} plans={plans} mine={query.visa === 'mina'} today={localDate(clock.now())} />);
  });
}
