// Staff with events:manage: the event list and editor, sessions and attendance, participants,
// the waiting list, messages sent, cancelling. Everything within their unit scope (else 404).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { type FormValues, parseForm, parseQuery } from '../../platform/http/forms.js';
import { type FieldErrors, Invalid } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { listMessages } from '../../platform/mail/outbox.js';
import { staffListQuerySchema, bookingParam, attendanceFormSchema, cancelFormSchema, emptyFormSchema, eventFormSchema, idParam, promoteFormSchema, sessionFormSchema, sessionParam } from './schema.js';
import * as service from './service.js';
import { EDIT, MANAGE } from './policy.js';
import type { Permission } from '../../platform/auth/permissions.js';
import { parseParams } from './public-routes.js';
import type { StaffActor } from './waitlist.js';
import { EventEditorPage, StaffEventsPage } from './views/staff-editor.js';
import { CancelEventPage, MessagesPage, ParticipantsPage, StaffEventPage } from './views/staff-event.js';
import { SessionPage } from './views/staff-session.js';

/** The list of every activity, past ones included, a page at a time. */
const STAFF_PAGE_SIZE = 50;

const publishChoice = z.object({ publish: z.enum(['yes', 'no']).optional() });

async function actorOf(req: FastifyRequest, permission: Permission = MANAGE): Promise<StaffActor> {
  const { principal, scope } = await requirePermission(req, permission);
  return { principal, units: scope.units };
}

const NOTICES: Record<string, string> = {
  sparad: 'Aktiviteten är sparad.', publicerad: 'Aktiviteten är publicerad.', avpublicerad: 'Aktiviteten är avpublicerad.',
  installd: 'Aktiviteten är inställd och de bokade har fått besked.', traff: 'Träffen är sparad.', narvaro: 'Närvaron är sparad.',
  avbokad: 'Bokningen är avbokad och personen har fått besked.', forst: 'Personen står nu först i kön.', plats: 'Personen har fått en plats och besked.',
  godkand: 'Bokningen är godkänd.', nekad: 'Bokningen är nekad och personen har fått besked.', traffinstalld: 'Träffen är inställd och de bokade har fått besked.',
};
export const noticeOf = (req: FastifyRequest): string | undefined => {
  const q = req.query as Record<string, string | undefined>;
  return Object.keys(NOTICES).find((k) => q[k] !== undefined) ? NOTICES[Object.keys(NOTICES).find((k) => q[k] !== undefined)!] : undefined;
};

export async function staffEventRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const base = (req: FastifyRequest, id?: string) => `/${tenantOf(req).slug}/personal/aktiviteter${id ? `/${id}` : ''}`;

  const editor = async (req: FastifyRequest, reply: FastifyReply, actor: StaffActor, mode: 'new' | 'edit', opts: { id?: string; values?: FormValues; errors?: FieldErrors; status?: number }) => {
    const tenant = tenantOf(req);
    const event = opts.id ? (await service.getForStaff(deps, tenant.id, actor.units, opts.id)).event : undefined;
    const units = actor.principal.units.filter((u) => actor.units === 'all' || actor.units.includes(u.id)).map((u) => ({ id: u.id, name: u.name }));
    return render(reply, <EventEditorPage ctx={pageContext(req, 'staff')} mode={mode} event={event} errors={opts.errors} values={opts.values}
      leaders={await service.leaderCandidates(deps, tenant.id)} units={units} />, opts.status ?? 200);
  };

  app.get('/personal/aktiviteter', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const query = parseQuery(staffListQuerySchema, req.query);
    const ctx = pageContext(req, 'staff');
    if (query.tidigare === undefined) {
      const events = await service.listForStaff(deps, actor.principal.tenantId, actor.units);
      return render(reply, <StaffEventsPage ctx={ctx} events={events} includePast={false} notice={noticeOf(req)} canManage />);
    }
    const { events, total } = await service.listAllForStaff(deps, actor.principal.tenantId, actor.units, query.page, STAFF_PAGE_SIZE);
    return render(reply, <StaffEventsPage ctx={ctx} events={events} includePast notice={noticeOf(req)} canManage
      paging={{ page: query.page, pages: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)), total }} />);
  });

  app.get('/personal/aktiviteter/ny', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const copyOf = (req.query as { kopia?: string }).kopia;
    let values: FormValues = { language: 'sv', audience: ['carers'], bookingMode: 'series', waitlist: 'on', reminder: '24', intervalDays: '7', count: '1', capacity: '12' };
    if (copyOf && z.string().uuid().safeParse(copyOf).success) {
      const x = await service.getForStaff(deps, actor.principal.tenantId, actor.units, copyOf);
      values = service.copyValues(x, deps.clock.now());
    }
    return editor(req, reply, actor, 'new', { values });
  });

  app.post('/personal/aktiviteter', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const body = { ...(req.body as Record<string, unknown>) };
    const publish = publishChoice.safeParse({ publish: body.publish }).data?.publish === 'yes';
    delete body.publish;
    const parsed = parseForm(eventFormSchema(deps.clock.now(), true), body);
    if (!parsed.ok) return editor(req, reply, actor, 'new', { values: parsed.values, errors: parsed.errors, status: 400 });
    try {
      const id = await service.createEvent(deps, tenantOf(req), actor, parsed.data, publish);
      return redirect(reply, `${base(req, id)}?sparad=1`);
    } catch (err) {
      if (err instanceof Invalid) return editor(req, reply, actor, 'new', { values: parsed.values, errors: err.fields, status: 400 });
      throw err;
    }
  });

  app.get('/personal/aktiviteter/:id', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const { id } = parseParams(idParam, req.params);
    const x = await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    const leaders = await service.leaderNames(deps, actor.principal.tenantId, x.event);
    return render(reply, <StaffEventPage ctx={pageContext(req, 'staff')} x={x} sessionCounts={x.sessionCounts} leaders={leaders} notice={noticeOf(req)} />);
  });

  app.get('/personal/aktiviteter/:id/andra', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const { id } = parseParams(idParam, req.params);
    const x = await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    return editor(req, reply, actor, 'edit', { id, values: service.toFormValues(x.event) });
  });

  app.post('/personal/aktiviteter/:id', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const { id } = parseParams(idParam, req.params);
    await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    const parsed = parseForm(eventFormSchema(deps.clock.now(), false), req.body);
    if (!parsed.ok) return editor(req, reply, actor, 'edit', { id, values: parsed.values, errors: parsed.errors, status: 400 });
    try {
      await service.updateEvent(deps, tenantOf(req), actor, id, parsed.data);
      return redirect(reply, `${base(req, id)}?sparad=1`);
    } catch (err) {
      if (err instanceof Invalid) return editor(req, reply, actor, 'edit', { id, values: parsed.values, errors: err.fields, status: 400 });
      throw err;
    }
  });

  // Event page forms: on a domain error the event page shows the message (400).
  const eventPageError = async (req: FastifyRequest, reply: FastifyReply, actor: StaffActor, id: string, errors: FieldErrors, values?: FormValues) => {
    const x = await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    const leaders = await service.leaderNames(deps, actor.principal.tenantId, x.event);
    return render(reply, <StaffEventPage ctx={pageContext(req, 'staff')} x={x} sessionCounts={x.sessionCounts} leaders={leaders} errors={errors} values={values} />, 400);
  };

  for (const [path, publish] of [['publicera', true], ['avpublicera', false]] as const) {
    app.post(`/personal/aktiviteter/:id/${path}`, async (req, reply) => {
      const actor = await actorOf(req, EDIT);
      const { id } = parseParams(idParam, req.params);
      try {
        if (!parseForm(emptyFormSchema, req.body).ok) throw new Invalid({ _form: 'Formuläret innehöll okända fält' });
        await service.setPublished(deps, tenantOf(req), actor, id, publish);
        return redirect(reply, `${base(req, id)}?${publish ? 'publicerad' : 'avpublicerad'}=1`);
      } catch (err) {
        if (err instanceof Invalid) return eventPageError(req, reply, actor, id, err.fields);
        throw err;
      }
    });
  }

  app.get('/personal/aktiviteter/:id/installa', async (req, reply) => {
    const actor = await actorOf(req);
    const { id } = parseParams(idParam, req.params);
    const x = await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    return render(reply, <CancelEventPage ctx={pageContext(req, 'staff')} x={x} />);
  });

  app.post('/personal/aktiviteter/:id/installa', async (req, reply) => {
    const actor = await actorOf(req);
    const { id } = parseParams(idParam, req.params);
    const x = await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    const parsed = parseForm(cancelFormSchema, req.body);
    if (!parsed.ok) return render(reply, <CancelEventPage ctx={pageContext(req, 'staff')} x={x} errors={parsed.errors} values={parsed.values} />, 400);
    try {
      await service.cancelEvent(deps, tenantOf(req), actor, id, parsed.data.reason ?? null);
      return redirect(reply, `${base(req, id)}?installd=1`);
    } catch (err) {
      if (err instanceof Invalid) return render(reply, <CancelEventPage ctx={pageContext(req, 'staff')} x={x} errors={err.fields} values={parsed.values} />, 400);
      throw err;
    }
  });

  app.post('/personal/aktiviteter/:id/traffar', async (req, reply) => {
    const actor = await actorOf(req, EDIT);
    const { id } = parseParams(idParam, req.params);
    await service.getForStaff(deps, actor.principal.tenantId, actor.units, id);
    const parsed = parseForm(sessionFormSchema(deps.clock.now()), req.body);
    if (!parsed.ok) return eventPageError(req, reply, actor, id, parsed.errors, parsed.values);
    try {
      await service.addSession(deps, tenantOf(req), actor, id, parsed.data);
      return redirect(reply, `${base(req, id)}?traff=1`);
    } catch (err) {
      if (err instanceof Invalid) return eventPageError(req, reply, actor, id, err.fields, parsed.values);
      throw err;
    }
  });

  // ---- one session ---------------------------------------------------------------------------

  const sessionPage = async (req: FastifyRequest, reply: FastifyReply, actor: StaffActor, id: string, sid: string, opts: { errors?: FieldErrors; values?: FormValues; status?: number } = {}) => {
    const a = await service.sessionAttendance(deps, tenantOf(req), actor, id, sid);
    return render(reply, <SessionPage ctx={pageContext(req, 'staff')} a={a} notice={noticeOf(req)} errors={opts.errors} values={opts.values} />, opts.status ?? 200);
  };

  app.get('/personal/aktiviteter/:id/traffar/:sid', async (req, reply) => {
    const actor = await actorOf(req);
    const { id, sid } = parseParams(sessionParam, req.params);
    return sessionPage(req, reply, actor, id, sid);
  });

  const sessionAction = (path: string, run: (tenant: Tenant, actor: StaffActor, id: string, sid: string, body: unknown) => Promise<string>) => {
    app.post(`/personal/aktiviteter/:id/traffar/:sid/${path}`, async (req, reply) => {
      const actor = await actorOf(req);
      const { id, sid } = parseParams(sessionParam, req.params);
      try {
        const notice = await run(tenantOf(req), actor, id, sid, req.body);
        return redirect(reply, `${base(req, id)}${notice === 'traffinstalld' ? '' : `/traffar/${sid}`}?${notice}=1`);
      } catch (err) {
        if (err instanceof Invalid) return sessionPage(req, reply, actor, id, sid, { errors: err.fields, values: (err as Invalid & { values?: FormValues }).values, status: 400 });
        throw err;
      }
    });
  };
  const invalidWith = (errors: FieldErrors, values: FormValues) => Object.assign(new Invalid(errors), { values });

  sessionAction('narvaro', async (tenant, actor, id, sid, body) => {
    const parsed = parseForm(attendanceFormSchema, body);
    if (!parsed.ok) throw invalidWith(parsed.errors, parsed.values);
    await service.recordAttendance(deps, tenant, actor, id, sid, parsed.data);
    return 'narvaro';
  });
  sessionAction('flytta', async (tenant, actor, id, sid, body) => {
    const parsed = parseForm(sessionFormSchema(deps.clock.now()), body);
    if (!parsed.ok) throw invalidWith(parsed.errors, parsed.values);
    await service.moveSession(deps, tenant, actor, id, sid, parsed.data);
    return 'traff';
  });
  sessionAction('installa', async (tenant, actor, id, sid, body) => {
    if (!parseForm(emptyFormSchema, body).ok) throw new Invalid({ _form: 'Formuläret innehöll okända fält' });
    await service.cancelSession(deps, tenant, actor, id, sid);
    return 'traffinstalld';
  });

  // ---- participants, the waiting list, messages ------------------------------------------------

  const participantsPage = async (req: FastifyRequest, reply: FastifyReply, actor: StaffActor, id: string, errors?: FieldErrors) => {
    const p = await service.participants(deps, tenantOf(req), actor, id, 'list');
    return render(reply, <ParticipantsPage ctx={pageContext(req, 'staff')} p={p} notice={noticeOf(req)} errors={errors} />, errors ? 400 : 200);
  };

  app.get('/personal/aktiviteter/:id/deltagare', async (req, reply) => {
    const actor = await actorOf(req);
    return participantsPage(req, reply, actor, parseParams(idParam, req.params).id);
  });

  app.get('/personal/aktiviteter/:id/deltagare.csv', async (req, reply) => {
    const actor = await actorOf(req);
    const { id } = parseParams(idParam, req.params);
    const p = await service.participants(deps, tenantOf(req), actor, id, 'export');
    return reply.code(200).header('content-type', 'text/csv; charset=utf-8').header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="deltagare.csv"').send(service.participantsCsv(p));
  });

  app.get('/personal/aktiviteter/:id/meddelanden', async (req, reply) => {
    const actor = await actorOf(req);
    const { id } = parseParams(idParam, req.params);
    const p = await service.participants(deps, tenantOf(req), actor, id, 'messages');
    const messages = await listMessages(deps.db, actor.principal.tenantId, `events:${id}:`);
    return render(reply, <MessagesPage ctx={pageContext(req, 'staff')} title={p.event.title} eventId={id} messages={messages} />);
  });

  const bookingAction = (path: string, run: (tenant: Tenant, actor: StaffActor, id: string, bid: string, body: unknown) => Promise<string>) => {
    app.post(`/personal/aktiviteter/:id/bokningar/:bid/${path}`, async (req, reply) => {
      const actor = await actorOf(req);
      const { id, bid } = parseParams(bookingParam, req.params);
      try {
        const notice = await run(tenantOf(req), actor, id, bid, req.body);
        return redirect(reply, `${base(req, id)}/deltagare?${notice}=1`);
      } catch (err) {
        if (err instanceof Invalid) return participantsPage(req, reply, actor, id, err.fields);
        throw err;
      }
    });
  };
  const empty = (body: unknown) => {
    if (!parseForm(emptyFormSchema, body).ok) throw new Invalid({ _form: 'Formuläret innehöll okända fält' });
  };
  bookingAction('avboka', async (tenant, actor, id, bid, body) => {
    const parsed = parseForm(cancelFormSchema, body);
    if (!parsed.ok) throw new Invalid(parsed.errors);
    await service.cancelByStaff(deps, tenant, actor, id, bid, parsed.data.reason ?? null);
    return 'avbokad';
  });
  bookingAction('forst', async (tenant, actor, id, bid, body) => {
    empty(body);
    await service.moveFirst(deps, tenant, actor, id, bid);
    return 'forst';
  });
  bookingAction('ge-plats', async (tenant, actor, id, bid, body) => {
    const parsed = parseForm(promoteFormSchema, body);
    if (!parsed.ok) throw new Invalid(parsed.errors);
    await service.promoteByHand(deps, tenant, actor, id, bid, parsed.data.increaseCapacity);
    return 'plats';
  });
  for (const [path, approve] of [['godkann', true], ['neka', false]] as const) {
    bookingAction(path, async (tenant, actor, id, bid, body) => {
      empty(body);
      await service.decide(deps, tenant, actor, id, bid, approve);
      return approve ? 'godkand' : 'nekad';
    });
  }

}
