// Staff booking on a carer's behalf (events:book_for) and staff signing up for trainings.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { type FormValues, parseForm } from '../../platform/http/forms.js';
import { type FieldErrors, Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { audit } from '../../platform/audit/audit.js';
import { bookingFormSchema, idParam, selfBookingSchema } from './schema.js';
import * as service from './service.js';
import { BOOK_FOR, TRAINING } from './policy.js';
import { bookability } from './bookability.js';
import { parseParams } from './public-routes.js';
import { bookingLink, bookingToken } from './tokens.js';
import { PUBLIC_AUDIENCES, TRAINING_AUDIENCES } from './vocab.js';
import { BookForListPage, StaffBookedPage, StaffBookPage, TrainingsPage } from './views/staff-book.js';

const doneParam = z.object({ tenant: z.string(), id: z.string().uuid(), bid: z.string().uuid() });
const withdrawSchema = z.object({ bookingId: z.string().uuid() }).strict();

function trainingNotice(req: FastifyRequest): string | undefined {
  const q = req.query as Record<string, string | undefined>;
  return q.anmald !== undefined ? 'Du är anmäld.' : q.avbokad !== undefined ? 'Du är avanmäld.' : undefined;
}

export async function staffBookingRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;

  app.get('/personal/aktiviteter/boka', async (req, reply) => {
    const { principal } = await requirePermission(req, BOOK_FOR);
    const events = await service.listPublished(deps, principal.tenantId, { audience: PUBLIC_AUDIENCES });
    const nowIso = deps.clock.now().toISOString();
    const open = events.filter((x) => x.event.status === 'published' && !bookability(x.event, x.sessions, nowIso).closedReason);
    return render(reply, <BookForListPage ctx={pageContext(req, 'staff')} events={open} />);
  });

  const bookPage = async (req: FastifyRequest, reply: FastifyReply, id: string, opts: { errors?: FieldErrors; values?: FormValues; status?: number } = {}) => {
    const x = await service.getPublished(deps, tenantOf(req).id, id);
    const b = bookability(x.event, x.sessions, deps.clock.now().toISOString());
    return render(reply, <StaffBookPage ctx={pageContext(req, 'staff')} e={x.event} b={b} errors={opts.errors} values={opts.values} />, opts.status ?? 200);
  };

  app.get('/personal/aktiviteter/boka/:id', async (req, reply) => {
    await requirePermission(req, BOOK_FOR);
    return bookPage(req, reply, parseParams(idParam, req.params).id);
  });

  app.post('/personal/aktiviteter/boka/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, BOOK_FOR);
    const { id } = parseParams(idParam, req.params);
    const parsed = parseForm(bookingFormSchema, req.body);
    if (!parsed.ok) return bookPage(req, reply, id, { errors: parsed.errors, values: parsed.values, status: 400 });
    const f = parsed.data;
    try {
      const out = await service.book(deps, tenantOf(req), id, {
        name: f.name, email: f.email, phone: f.phone, needs: service.needsFrom(f), sessionId: f.sessionId ?? null, bookedByUserId: principal.userId,
      }, 'staff-for-carer');
      return redirect(reply, `/${tenantOf(req).slug}/personal/aktiviteter/boka/${id}/klar/${out.bookingId}`);
    } catch (err) {
      if (err instanceof Invalid) return bookPage(req, reply, id, { errors: err.fields, values: parsed.values, status: 400 });
      throw err;
    }
  });

  // The outcome, with the carer's private link: only for the staff member who made the booking.
  app.get('/personal/aktiviteter/boka/:id/klar/:bid', async (req, reply) => {
    const { principal } = await requirePermission(req, BOOK_FOR);
    const { id, bid } = parseParams(doneParam, req.params);
    const tenant = tenantOf(req);
    const token = bookingToken(deps.config.sessionSecret, bid);
    const v = await service.getByToken(deps, tenant, token).catch(() => undefined);
    if (!v || v.event.id !== id || v.booking.bookedByUserId !== principal.userId) throw new NotFound();
    await audit(deps.db, { tenantId: tenant.id, userId: principal.userId, action: 'event_booking.read', subjectType: 'event_booking', subjectId: bid, purpose: 'booked-for' }, deps.clock.now());
    return render(reply, <StaffBookedPage ctx={pageContext(req, 'staff')} e={v.event} status={v.booking.status} link={bookingLink(deps.config.PUBLIC_BASE_URL, tenant.slug, token)} />);
  });

  // ---- trainings for staff and ambassadors ---------------------------------------------------

  const trainingsPage = async (req: FastifyRequest, reply: FastifyReply, userId: string, errors?: FieldErrors) => {
    const tenantId = tenantOf(req).id;
    const nowIso = deps.clock.now().toISOString();
    const events = await service.listPublished(deps, tenantId, { audience: TRAINING_AUDIENCES });
    const mine = await service.myTrainingBookings(deps, tenantId, userId);
    const items = events.filter((x) => x.event.status === 'published').map((x) => {
      const b = bookability(x.event, x.sessions, nowIso);
      return { ...x, mine: mine.filter((m) => m.eventId === x.event.id), closedReason: b.closedReason, open: b.sessions.filter((s) => s.open).map((s) => s.session) };
    });
    return render(reply, <TrainingsPage ctx={pageContext(req, 'staff')} items={items} notice={trainingNotice(req)} errors={errors} />, errors ? 400 : 200);
  };

  app.get('/personal/utbildningar', async (req, reply) => {
    const { principal } = await requirePermission(req, TRAINING);
    return trainingsPage(req, reply, principal.userId);
  });

  app.post('/personal/utbildningar/:id/anmal', async (req, reply) => {
    const { principal } = await requirePermission(req, TRAINING);
    const { id } = parseParams(idParam, req.params);
    const parsed = parseForm(selfBookingSchema, req.body);
    if (!parsed.ok) return trainingsPage(req, reply, principal.userId, parsed.errors);
    try {
      await service.book(deps, tenantOf(req), id, {
        name: principal.name, email: principal.email, phone: null, needs: {}, sessionId: parsed.data.sessionId ?? null, userId: principal.userId,
      }, 'training');
      return redirect(reply, `/${tenantOf(req).slug}/personal/utbildningar?anmald=1`);
    } catch (err) {
      if (err instanceof Invalid) return trainingsPage(req, reply, principal.userId, err.fields);
      throw err;
    }
  });

  app.post('/personal/utbildningar/:id/avanmal', async (req, reply) => {
    const { principal } = await requirePermission(req, TRAINING);
    const { id } = parseParams(idParam, req.params);
    const parsed = parseForm(withdrawSchema, req.body);
    if (!parsed.ok) return trainingsPage(req, reply, principal.userId, parsed.errors);
    try {
      await service.cancelOwnTraining(deps, tenantOf(req), principal.userId, id, parsed.data.bookingId);
      return redirect(reply, `/${tenantOf(req).slug}/personal/utbildningar?avbokad=1`);
    } catch (err) {
      if (err instanceof Invalid) return trainingsPage(req, reply, principal.userId, err.fields);
      throw err;
    }
  });
}
