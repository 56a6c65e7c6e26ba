// Citizens: the calendar, an event's page, booking, the .ics feed, and the private booking
// link (see, change, confirm, cancel, .ics). No account; nothing identifying is logged.
import { linkIfSameAddress } from '../accounts/service.js';
import { guardPublicWrite, writeUnderLimits, type WriteLimits } from '../../platform/http/abuse-limits.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, redirect, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { type FieldErrors, Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { bookingFormSchema, calendarQuerySchema, changeBookingSchema, emptyFormSchema, idParam, tokenParam } from './schema.js';
import * as service from './service.js';
import { monthBounds, upcomingMonths } from './time.js';
import { bookingLink } from './tokens.js';
import { PUBLIC_AUDIENCES } from './vocab.js';
import { bookability } from './bookability.js';
import { BookingFormPage, CalendarPage, EventPage } from './views/public.js';
import { PrivateBookingPage } from './views/booking.js';
import { fill, langOf, localizeErrors, ui } from './views/labels.js';
import { renderConfirmation } from '../../platform/http/confirm.js';
import { isLocale } from '../../platform/i18n/i18n.js';
import { refuse } from './refusals.js';

/** Invalid input (or a refusal) that should re-render with what the person typed. */
class FormInvalid extends Invalid {
  constructor(public readonly source: FieldErrors | Invalid, public readonly values: Record<string, string | string[] | undefined>) {
    super(source instanceof Invalid ? source.fields : source);
  }
}

/** Public bookings in 15 minutes: per address, per municipality, and per event and address (issue 13). */
const BOOKING_LIMITS: WriteLimits = { perAddress: 10, perMunicipality: 300, perItemAndAddress: 3 };
/**
 * Changes through private booking links (change, cancel, confirm) in 15 minutes: a link holder
 * needs a few, a script cycling through links (each one sends a message) is stopped.
 */
const BOOKING_LINK_LIMITS: WriteLimits = { perAddress: 20, perMunicipality: 400, perItemAndAddress: 6 };

export const parseParams = <T,>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, params: unknown): T => {
  const p = schema.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data;
};

export async function publicEventRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;

  app.get('/aktiviteter', async (req, reply) => {
    const tenant = tenantOf(req);
    const query = parseQuery(calendarQuerySchema, req.query);
    const bounds = query.month ? monthBounds(query.month) : undefined;
    const list = await service.listPublished(deps, tenant.id, {
      audience: PUBLIC_AUDIENCES, group: query.group, type: query.type, sessionFrom: bounds?.from, sessionTo: bounds?.to,
    });
    const nowIso = deps.clock.now().toISOString();
    const items = list.map((x) => {
      const upcoming = x.sessions.filter((s) => s.status === 'scheduled' && s.endsAt > nowIso && (!bounds || (s.startsAt >= bounds.from && s.startsAt < bounds.to)));
      return { event: service.localizeEvent(x.event, req.locale), upcoming, left: bookability(x.event, x.sessions, nowIso).left };
    }).filter((x) => x.upcoming.length > 0);
    const ctx = pageContext(req, 'public');
    return render(reply, <CalendarPage ctx={ctx} items={items} query={query} months={upcomingMonths(deps.clock.now(), 12)} />);
  });

  app.get('/aktiviteter.ics', async (req, reply) => {
    const tenant = tenantOf(req);
    const list = await service.listPublished(deps, tenant.id, { audience: PUBLIC_AUDIENCES, withCancelled: true });
    // Cached publicly: the language comes from the address only (?lang=, as the calendar page links it), never a cookie.
    const asked = (req.query as { lang?: unknown }).lang;
    const locale = isLocale(asked) && tenant.settings.languages.includes(asked) ? asked : 'sv';
    const entries = list.map((x) => ({ ...x, event: service.localizeEvent(x.event, locale) }));
    const body = service.feedIcs(tenant.name, deps.config.PUBLIC_BASE_URL, tenant.slug, entries, locale);
    return reply.code(200).header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="aktiviteter-${tenant.slug}.ics"`).header('cache-control', 'public, max-age=300').send(body);
  });

  app.get('/aktiviteter/:id', async (req, reply) => {
    const tenant = tenantOf(req);
    const { id } = parseParams(idParam, req.params);
    const x = await service.getPublished(deps, tenant.id, id);
    const leaders = await service.leaderNames(deps, tenant.id, x.event);
    const b = bookability(x.event, x.sessions, deps.clock.now().toISOString());
    return render(reply, <EventPage ctx={pageContext(req, 'public')} e={service.localizeEvent(x.event, req.locale)} sessions={x.sessions} leaders={leaders} b={b} />);
  });

  const bookingPage = async (req: FastifyRequest, reply: FastifyReply, tenant: Tenant, id: string, status = 200, errors?: Record<string, string>, values?: Record<string, string | string[] | undefined>) => {
    const x = await service.getPublished(deps, tenant.id, id);
    const b = bookability(x.event, x.sessions, deps.clock.now().toISOString());
    const preset = values ?? { sessionId: (req.query as { traff?: string }).traff ?? '' };
    return render(reply, <BookingFormPage ctx={pageContext(req, 'public')} e={service.localizeEvent(x.event, req.locale)} b={b} errors={errors} values={preset} retentionDays={tenant.settings.bookingRetentionDays} />, status);
  };

  app.get('/aktiviteter/:id/boka', async (req, reply) => {
    const tenant = tenantOf(req);
    return bookingPage(req, reply, tenant, parseParams(idParam, req.params).id);
  });

  app.post('/aktiviteter/:id/boka', async (req, reply) => {
    const tenant = tenantOf(req);
    const { id } = parseParams(idParam, req.params);
    const parsed = parseForm(bookingFormSchema, req.body);
    const l = langOf(req.locale);
    if (!parsed.ok) return bookingPage(req, reply, tenant, id, 400, localizeErrors(parsed.errors, l), parsed.values);
    const f = parsed.data;
    const request: service.BookingRequest = {
      name: f.name, email: f.email, phone: f.phone, needs: service.needsFrom(f), sessionId: f.sessionId ?? null, locale: req.locale,
    };
    try {
      // Under the limits: a booking refused by the event counts nothing.
      const out = await writeUnderLimits(deps, req, reply, 'booking', BOOKING_LIMITS, id, (trx) => service.bookIn(trx, deps, tenant, id, request, 'public'));
      if (out.refusal !== undefined) return bookingPage(req, reply, tenant, id, 429, { _form: out.refusal }, parsed.values);
      // Signed in to Mina sidor with the same verified address: the booking belongs to the account.
      await linkIfSameAddress(req, 'booking', out.value.bookingId, { email: f.email, phone: f.phone });
      return redirect(reply, `/${tenant.slug}/bokning/${out.value.token}?ny=1`);
    } catch (err) {
      if (err instanceof Invalid) return bookingPage(req, reply, tenant, id, 400, localizeErrors(err, l), parsed.values);
      throw err;
    }
  });

  // ---- the private link --------------------------------------------------------------------

  const privatePage = async (req: FastifyRequest, reply: FastifyReply, tenant: Tenant, token: string, opts: { status?: number; notice?: string; errors?: Record<string, string>; values?: Record<string, string | string[] | undefined> } = {}) => {
    const v = await service.getByToken(deps, tenant, token);
    const b = v.booking;
    const values = opts.values ?? {
      name: b.name ?? '', email: b.email ?? '', phone: b.phone ?? '', interpreter: b.needs.interpreter ?? '', diet: b.needs.diet ?? '',
      hearingLoop: b.needs.hearingLoop ? 'on' : '', bringingCaredFor: b.needs.bringingCaredFor ? 'on' : '',
    };
    const view = {
      booking: b, event: service.localizeEvent(v.event, req.locale), sessions: v.sessions, leaders: await service.leaderNames(deps, tenant.id, v.event),
      link: bookingLink(deps.config.PUBLIC_BASE_URL, tenant.slug, token), position: await service.positionInQueue(deps, tenant.id, b),
    };
    return render(reply, <PrivateBookingPage ctx={pageContext(req, 'public')} v={view} notice={opts.notice} errors={opts.errors} values={values} />, opts.status ?? 200);
  };

  const noticeFor = (req: FastifyRequest, b: { email: string | null; phone: string | null }): string | undefined => {
    const q = req.query as Record<string, string | undefined>;
    const u = ui(req.locale);
    if (q.ny !== undefined) return (b.email ?? b.phone) ? fill(u.messageSent, { to: (b.email ?? b.phone)! }, req.locale) : undefined;
    if (q.sparad !== undefined) return u.saved;
    if (q.avbokad !== undefined) return u.cancelledDone;
    if (q.bekraftad !== undefined) return u.confirmedDone;
    return undefined;
  };

  app.get('/bokning/:token', async (req, reply) => {
    const tenant = tenantOf(req);
    const { token } = parseParams(tokenParam, req.params);
    const v = await service.getByToken(deps, tenant, token);
    return privatePage(req, reply, tenant, token, { notice: noticeFor(req, v.booking) });
  });

  app.get('/bokning/:token/kalender.ics', async (req, reply) => {
    const tenant = tenantOf(req);
    const { token } = parseParams(tokenParam, req.params);
    const v = await service.getByToken(deps, tenant, token);
    const mine = v.sessions.filter((s) => v.booking.sessionId === null || s.id === v.booking.sessionId);
    const body = service.bookingIcs(tenant.name, deps.config.PUBLIC_BASE_URL, tenant.slug, { event: service.localizeEvent(v.event, v.booking.locale), sessions: mine, bookingId: v.booking.id }, v.booking.status === 'booked', v.booking.status === 'cancelled', v.booking.locale);
    return reply.code(200).header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="bokning.ics"')
      .header('cache-control', 'no-store').send(body);
  });

  // "Avboka min plats" leads here: the confirmation page, whose form posts confirm=yes.
  app.get('/bokning/:token/avboka', async (req, reply) => {
    const tenant = tenantOf(req);
    const { token } = parseParams(tokenParam, req.params);
    await service.getByToken(deps, tenant, token);
    return renderConfirmation(req, reply, 'cancel', false);
  });

  const action = (path: string, run: (tenant: Tenant, token: string, body: unknown) => Promise<string>) => {
    app.post(`/bokning/:token/${path}`, async (req, reply) => {
      const tenant = tenantOf(req);
      const { token } = parseParams(tokenParam, req.params);
      const guard = await guardPublicWrite(deps, req, reply, 'booking-link', BOOKING_LINK_LIMITS, token);
      if (guard.refusal) {
        const values = path === 'andra' ? parseForm(changeBookingSchema, req.body).values : undefined;
        return privatePage(req, reply, tenant, token, { status: 429, errors: { _form: guard.refusal }, values });
      }
      try {
        const done = await run(tenant, token, req.body);
        return redirect(reply, `/${tenant.slug}/bokning/${token}?${done}=1`);
      } catch (err) {
        await guard.release();
        if (err instanceof Invalid) {
          const errors = localizeErrors(err instanceof FormInvalid ? err.source : err, langOf(req.locale));
          return privatePage(req, reply, tenant, token, { status: 400, errors, values: err instanceof FormInvalid ? err.values : undefined });
        }
        throw err;
      }
    });
  };

  action('andra', async (tenant, token, body) => {
    const parsed = parseForm(changeBookingSchema, body);
    if (!parsed.ok) throw new FormInvalid(parsed.errors, parsed.values);
    const f = parsed.data;
    try {
      await service.changeByToken(deps, tenant, token, { name: f.name, email: f.email, phone: f.phone, needs: service.needsFrom(f) });
    } catch (err) {
      // Refused by a booking rule: show the form again with what the person typed.
      if (err instanceof Invalid && !(err instanceof FormInvalid)) throw new FormInvalid(err, parsed.values);
      throw err;
    }
    return 'sparad';
  });
  action('avboka', async (tenant, token, body) => {
    if (!parseForm(emptyFormSchema, body).ok) throw refuse('_form', 'unknownFields');
    await service.cancelByToken(deps, tenant, token);
    return 'avbokad';
  });
  action('bekrafta', async (tenant, token, body) => {
    if (!parseForm(emptyFormSchema, body).ok) throw refuse('_form', 'unknownFields');
    await service.confirmOffer(deps, tenant, token);
    return 'bekraftad';
  });
}
