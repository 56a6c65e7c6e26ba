// Thin routes: parse → service → render or redirect.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { can, scopeFor, type Principal } from '../../platform/auth/principal.js';
import { carerLabel, contactOfferAnswer, recordContactOffer, touchCarer } from '../carers/service.js';
import { contactFormSchema, idParam, logQuerySchema } from './schema.js';
import * as service from './service.js';
import { LOG } from './policy.js';
import { ContactEditPage, ContactLogPage } from './views/contact-log.js';

const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function contactsRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  /** Linking to an identified carer needs carers:read over that carer; checked and audited. */
  const onLinked = (actor: Principal): service.OnLinked => async (trx, carerId) => {
    const scope = scopeFor(actor, 'carers:read');
    if (!scope) throw new Invalid({ carerId: 'Du kan inte koppla kontakter till identifierade anhöriga' });
    await touchCarer(trx, clock, actor, scope, carerId, 'kontakt kopplad');
  };

  /** The stödkontakt offer of the entry, kept by the carers module (no identity when anonymous). */
  const onOffer = (actor: Principal): service.OnOffer => (trx, c) =>
    recordContactOffer(trx, { ...c, tenantId: actor.tenantId, userId: actor.userId, now: clock.now() });

  async function logPage(req: FastifyRequest, principal: Principal, values: FormValues, errors?: Record<string, string>, notice?: string) {
    const tenant = tenantOf(req);
    const carerId = typeof values.carerId === 'string' && values.carerId ? values.carerId : undefined;
    const readScope = scopeFor(principal, 'carers:read');
    const linkedCarer = carerId && readScope ? await carerLabel(db, clock, principal, readScope, carerId).catch(() => undefined) : undefined;
    return <ContactLogPage ctx={pageContext(req, 'staff')} values={values} errors={errors} districts={await service.districtOptions(db, tenant)}
      campaigns={await service.campaignOptions(db, tenant.id, clock.now())}
      recent={await service.recentOwn(db, principal, clock.now())} notice={notice} now={clock.now()} linkedCarer={linkedCarer} />;
  }

  app.get('/personal/kontakter', async (req, reply) => {
    const { principal } = await requirePermission(req, LOG);
    const query = parseQuery(logQuerySchema, req.query);
    const carerId = query.anhorig && can(principal, 'carers:read') ? query.anhorig : undefined;
    return render(reply, await logPage(req, principal, service.formDefaults(clock.now(), carerId), undefined, query.sparad ? 'Kontakten är sparad.' : undefined));
  });

  app.post('/personal/kontakter', async (req, reply) => {
    const { principal } = await requirePermission(req, LOG);
    const parsed = parseForm(contactFormSchema, req.body);
    if (!parsed.ok) return render(reply, await logPage(req, principal, parsed.values, parsed.errors), 400);
    const failed = await attempt(() => service.logContact(db, clock, principal, tenantOf(req), parsed.data, onLinked(principal), onOffer(principal)));
    if (failed) return render(reply, await logPage(req, principal, parsed.values, failed), 400);
    const back = parsed.data.carerId ? `/${tenantOf(req).slug}/personal/anhoriga/${parsed.data.carerId}?sparad=kontakt` : `/${tenantOf(req).slug}/personal/kontakter?sparad=1`;
    return redirect(reply, back);
  });

  async function editPage(req: FastifyRequest, principal: Principal, id: string, values?: FormValues, errors?: Record<string, string>) {
    const { scope } = await requirePermission(req, LOG);
    const contact = await service.getOwn(db, principal, scope, id);
    const locked = clock.now().toISOString() >= contact.editableUntil;
    return <ContactEditPage ctx={pageContext(req, 'staff')} contact={contact} values={values ?? { ...service.toFormValues(contact), supportOffer: (await contactOfferAnswer(db, principal.tenantId, contact.id)) ?? '' }} errors={errors}
      districts={await service.districtOptions(db, tenantOf(req))} campaigns={await service.campaignOptions(db, principal.tenantId, clock.now())} locked={locked} />;
  }

  app.get('/personal/kontakter/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, LOG);
    return render(reply, await editPage(req, principal, parseId(req.params)));
  });

  app.post('/personal/kontakter/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, LOG);
    const id = parseId(req.params);
    const parsed = parseForm(contactFormSchema, req.body);
    if (!parsed.ok) return render(reply, await editPage(req, principal, id, parsed.values, parsed.errors), 400);
    try {
      await service.updateContact(db, clock, principal, scope, tenantOf(req), id, parsed.data, onLinked(principal), onOffer(principal));
    } catch (err) {
      if (err instanceof Invalid) return render(reply, await editPage(req, principal, id, parsed.values, err.fields), 400);
      if (err instanceof service.Locked) return render(reply, await editPage(req, principal, id), 409);
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/kontakter?sparad=1`);
  });
}
