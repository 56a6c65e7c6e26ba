// Instrument administration (selfcheck:admin): thin routes, parse → instruments.ts → render or redirect.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { Conflict, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import type { Principal } from '../../platform/auth/principal.js';
import { ADMIN } from './policy.js';
import * as instruments from './instruments.js';
import { dimensionFormSchema, generalFormSchema, generalValues, instrumentIdParam, itemFormSchema, keyParam, l10nValues, newInstrumentSchema } from './schema.js';
import { InstrumentListPage, InstrumentPage, NewInstrumentPage } from './views/admin.js';
import { DimensionFormPage, GeneralFormPage, ItemFormPage } from './views/admin-forms.js';
import type { InstrumentDetail } from './instruments.js';

const NOTICES: Record<string, string> = {
  sparad: 'Ändringen är sparad i utkastet.', skapad: 'Utkastet är skapat.', borttagen: 'Borttaget ur utkastet.',
  publicerad: 'Utkastet är publicerat som en ny version.', erbjuds: 'Instrumentet erbjuds nu invånare.', erbjudsinte: 'Instrumentet erbjuds inte längre invånare.',
  aterstalld: 'Utkastet är återställt till den publicerade versionen.',
};
const noticeOf = (req: FastifyRequest) => NOTICES[(req.query as Record<string, string>)?.klart ?? ''];

function params<S extends z.ZodType>(schema: S, p: unknown): z.infer<S> {
  const r = schema.safeParse(p);
  if (!r.success) throw new NotFound();
  return r.data;
}

function dimensionValues(i: InstrumentDetail, key: string): Record<string, string | string[]> {
  const d = i.draft.dimensions.find((x) => x.key === key);
  if (!d) throw new NotFound();
  const v: Record<string, string | string[]> = { ...l10nValues('name', d.name), ...l10nValues('about', d.about), minAnswered: String(d.minAnswered) };
  for (const b of i.draft.bands) {
    Object.assign(v, l10nValues(`fb_${b.key}`, d.feedback[b.key]));
    v[`types_${b.key}`] = d.suggestions[b.key]?.types ?? [];
    v[`groups_${b.key}`] = d.suggestions[b.key]?.targetGroups ?? [];
  }
  return v;
}

function itemValues(i: InstrumentDetail, key: string): Record<string, string> {
  const it = i.draft.items.find((x) => x.key === key);
  if (!it) throw new NotFound();
  return { dimension: it.dimension, ...l10nValues('text', it.text), reversed: it.reversed ? 'on' : '', position: '' };
}

export async function selfcheckAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const root = (req: FastifyRequest) => `/${tenantOf(req).slug}/personal/belastningskoll/instrument`;
  const admin = async (req: FastifyRequest) => (await requirePermission(req, ADMIN)).principal;
  const staffCtx = (req: FastifyRequest) => pageContext(req, 'staff');

  /** Runs a change; a Conflict with field messages re-renders the form, one without shows the overview. */
  async function change(req: FastifyRequest, reply: FastifyReply, i: InstrumentDetail, run: () => Promise<void>, form: (errors: Record<string, string>) => JSX.Element, done: string) {
    try {
      await run();
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      if (Object.keys(e.fields).length > 0) return render(reply, form(e.fields), 400);
      return render(reply, <InstrumentPage ctx={staffCtx(req)} i={i} problems={[e.message]} />, 400);
    }
    return redirect(reply, `${root(req)}/${i.id}?klart=${done}`);
  }

  app.get('/personal/belastningskoll/instrument', async (req, reply) => {
    const p = await admin(req);
    return render(reply, <InstrumentListPage ctx={staffCtx(req)} instruments={await instruments.listInstrumentsForAdmin(db, p.tenantId)} notice={noticeOf(req)} />);
  });

  app.get('/personal/belastningskoll/instrument/nytt', async (req, reply) => {
    await admin(req);
    return render(reply, <NewInstrumentPage ctx={staffCtx(req)} />);
  });

  app.post('/personal/belastningskoll/instrument', async (req, reply) => {
    const p = await admin(req);
    const parsed = parseForm(newInstrumentSchema, req.body);
    if (!parsed.ok) return render(reply, <NewInstrumentPage ctx={staffCtx(req)} errors={parsed.errors} values={parsed.values} />, 400);
    const id = await instruments.createInstrument(db, clock, p, parsed.data);
    return redirect(reply, `${root(req)}/${id}?klart=skapad`);
  });

  const load = async (req: FastifyRequest): Promise<{ p: Principal; i: InstrumentDetail }> => {
    const p = await admin(req);
    return { p, i: await instruments.getInstrument(db, p.tenantId, params(instrumentIdParam, req.params).id) };
  };

  app.get('/personal/belastningskoll/instrument/:id', async (req, reply) => {
    const { i } = await load(req);
    return render(reply, <InstrumentPage ctx={staffCtx(req)} i={i} notice={noticeOf(req)} />);
  });

  // General parts
  app.get('/personal/belastningskoll/instrument/:id/allmant', async (req, reply) => {
    const { i } = await load(req);
    return render(reply, <GeneralFormPage ctx={staffCtx(req)} i={i} values={generalValues(i.draft)} />);
  });
  app.post('/personal/belastningskoll/instrument/:id/allmant', async (req, reply) => {
    const { p, i } = await load(req);
    const parsed = parseForm(generalFormSchema(i.draft.bands.map((b) => b.key)), req.body);
    if (!parsed.ok) return render(reply, <GeneralFormPage ctx={staffCtx(req)} i={i} errors={parsed.errors} values={parsed.values} />, 400);
    await instruments.saveGeneral(db, clock, p, i.id, parsed.data as Record<string, unknown>);
    return redirect(reply, `${root(req)}/${i.id}?klart=sparad`);
  });

  // Dimensions
  app.get('/personal/belastningskoll/instrument/:id/dimension/ny', async (req, reply) => {
    const { i } = await load(req);
    return render(reply, <DimensionFormPage ctx={staffCtx(req)} i={i} dimKey={null} values={{ minAnswered: '1' }} />);
  });
  app.post('/personal/belastningskoll/instrument/:id/dimension', async (req, reply) => {
    const { p, i } = await load(req);
    const parsed = parseForm(dimensionFormSchema(i.draft.bands.map((b) => b.key), true), req.body);
    const form = (errors: Record<string, string>) => <DimensionFormPage ctx={staffCtx(req)} i={i} dimKey={null} errors={errors} values={parsed.values} />;
    if (!parsed.ok) return render(reply, form(parsed.errors), 400);
    return change(req, reply, i, () => instruments.saveDimension(db, clock, p, i.id, null, parsed.data as Record<string, unknown>), form, 'sparad');
  });
  app.get('/personal/belastningskoll/instrument/:id/dimension/:key', async (req, reply) => {
    const { i } = await load(req);
    const { key } = params(keyParam, req.params);
    return render(reply, <DimensionFormPage ctx={staffCtx(req)} i={i} dimKey={key} values={dimensionValues(i, key)} />);
  });
  app.post('/personal/belastningskoll/instrument/:id/dimension/:key', async (req, reply) => {
    const { p, i } = await load(req);
    const { key } = params(keyParam, req.params);
    dimensionValues(i, key); // 404 for an unknown dimension
    const parsed = parseForm(dimensionFormSchema(i.draft.bands.map((b) => b.key), false), req.body);
    if (!parsed.ok) return render(reply, <DimensionFormPage ctx={staffCtx(req)} i={i} dimKey={key} errors={parsed.errors} values={parsed.values} />, 400);
    await instruments.saveDimension(db, clock, p, i.id, key, parsed.data as Record<string, unknown>);
    return redirect(reply, `${root(req)}/${i.id}?klart=sparad`);
  });
  app.post('/personal/belastningskoll/instrument/:id/dimension/:key/ta-bort', async (req, reply) => {
    const { p, i } = await load(req);
    const { key } = params(keyParam, req.params);
    return change(req, reply, i, () => instruments.deleteDimension(db, clock, p, i.id, key), () => <></>, 'borttagen');
  });

  // Statements
  app.get('/personal/belastningskoll/instrument/:id/fraga/ny', async (req, reply) => {
    const { i } = await load(req);
    return render(reply, <ItemFormPage ctx={staffCtx(req)} i={i} itemKey={null} />);
  });
  app.post('/personal/belastningskoll/instrument/:id/fraga', async (req, reply) => {
    const { p, i } = await load(req);
    const parsed = parseForm(itemFormSchema(i.draft.dimensions.map((d) => d.key), true), req.body);
    const form = (errors: Record<string, string>) => <ItemFormPage ctx={staffCtx(req)} i={i} itemKey={null} errors={errors} values={parsed.values} />;
    if (!parsed.ok) return render(reply, form(parsed.errors), 400);
    return change(req, reply, i, () => instruments.saveItem(db, clock, p, i.id, null, parsed.data as Record<string, unknown>), form, 'sparad');
  });
  app.get('/personal/belastningskoll/instrument/:id/fraga/:key', async (req, reply) => {
    const { i } = await load(req);
    const { key } = params(keyParam, req.params);
    return render(reply, <ItemFormPage ctx={staffCtx(req)} i={i} itemKey={key} values={itemValues(i, key)} />);
  });
  app.post('/personal/belastningskoll/instrument/:id/fraga/:key', async (req, reply) => {
    const { p, i } = await load(req);
    const { key } = params(keyParam, req.params);
    itemValues(i, key); // 404 for an unknown statement
    const parsed = parseForm(itemFormSchema(i.draft.dimensions.map((d) => d.key), false), req.body);
    if (!parsed.ok) return render(reply, <ItemFormPage ctx={staffCtx(req)} i={i} itemKey={key} errors={parsed.errors} values={parsed.values} />, 400);
    await instruments.saveItem(db, clock, p, i.id, key, parsed.data as Record<string, unknown>);
    return redirect(reply, `${root(req)}/${i.id}?klart=sparad`);
  });
  app.post('/personal/belastningskoll/instrument/:id/fraga/:key/ta-bort', async (req, reply) => {
    const { p, i } = await load(req);
    const { key } = params(keyParam, req.params);
    return change(req, reply, i, () => instruments.deleteItem(db, clock, p, i.id, key), () => <></>, 'borttagen');
  });

  // Publishing and offering
  app.post('/personal/belastningskoll/instrument/:id/publicera', async (req, reply) => {
    const { p, i } = await load(req);
    const outcome = await instruments.publish(db, clock, p, i.id);
    if (!outcome.ok) return render(reply, <InstrumentPage ctx={staffCtx(req)} i={i} problems={outcome.problems} />, 400);
    return redirect(reply, `${root(req)}/${i.id}?klart=publicerad`);
  });
  for (const [path, offered, done] of [['erbjud', true, 'erbjuds'], ['sluta-erbjuda', false, 'erbjudsinte']] as const) {
    app.post(`/personal/belastningskoll/instrument/:id/${path}`, async (req, reply) => {
      const { p, i } = await load(req);
      return change(req, reply, i, () => instruments.setOffered(db, clock, p, i.id, offered), () => <></>, done);
    });
  }
  app.post('/personal/belastningskoll/instrument/:id/aterstall', async (req, reply) => {
    const { p, i } = await load(req);
    return change(req, reply, i, () => instruments.resetDraft(db, clock, p, i.id), () => <></>, 'aterstalld');
  });
}
