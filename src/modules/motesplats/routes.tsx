// Thin routes of Mötesplatsen for carers, under /mina-sidor/motesplats. Every page needs a
// signed-in carer (otherwise: the sign-in page). Works without JavaScript: every action is a form.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, tenantOf } from '../../platform/http/context.js';
import { f, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { Invalid, NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { limitMessage } from '../../platform/http/abuse-limits.js';
import { translator, type Translate } from '../../platform/i18n/i18n.js';
import { signedInCarer } from '../accounts/service.js';
import * as service from './service.js';
import { NotAllowedPage, ReportPage, RoomListPage, RoomPageView } from './views.js';
import { staffMotesplatsRoutes } from './staff-routes.js';

const roomParam = z.object({ room: z.string().uuid() });
const postParam = z.object({ room: z.string().uuid(), post: z.string().uuid() });
const joinSchema = z.object({ pseudonym: z.string().trim().min(2, 'motesplats.err.pseudonym').max(40, 'motesplats.err.pseudonym'), rules: f.checkbox() }).strict();
const postSchema = z.object({
  body: z.string().trim().min(1, 'motesplats.err.body').max(service.MAX_POST, 'motesplats.err.body'),
  threadId: z.union([z.literal(''), z.string().uuid()]).optional().transform((v) => v || undefined),
}).strict();
const reportSchema = z.object({ reason: z.string().trim().min(1, 'motesplats.err.reason').max(1000, 'motesplats.err.reason') }).strict();
const notifySchema = z.object({ on: z.enum(['0', '1']) }).strict();
const NOTICES = {
  publicerat: 'motesplats.notice.posted', granskas: 'motesplats.notice.held', med: 'motesplats.notice.joined', borttaget: 'motesplats.notice.deleted',
  anmalt: 'motesplats.notice.reported', sparat: 'motesplats.notice.saved', lamnat: 'motesplats.notice.left',
} as const;
const noticeQuery = z.object({ klar: z.enum(Object.keys(NOTICES) as [keyof typeof NOTICES]).optional(), hjalp: z.enum(['1']).optional() });
/** A room's page: by number, or the one holding a post (`inlagg`, where an action sends the carer back to). */
const roomQuery = noticeQuery.extend({ page: z.coerce.number().int().min(1).max(10_000).optional(), inlagg: z.string().uuid().optional() });


export const motesplatsT = (req: FastifyRequest): Translate => translator(req.locale, service.MOTESPLATS_MESSAGES);

const localized = (t: Translate, errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.startsWith('motesplats.') ? t(v) : v]));

function paramsOf<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const p = schema.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data;
}

export async function motesplatsRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  await staffMotesplatsRoutes(app);
  const base = (req: FastifyRequest) => `/${tenantOf(req).slug}/mina-sidor/motesplats`;

  const roomPage = async (req: FastifyRequest, reply: FastifyReply, accountId: string, roomId: string,
    opts: { notice?: string; help?: boolean; errors?: FieldErrors; values?: FormValues; errorThread?: string; place?: service.RoomPlace } = {}, status = 200) => {
    const t = motesplatsT(req);
    const ctx = pageContext(req, 'public');
    const page = await service.roomForAccount(deps, tenantOf(req), accountId, roomId, opts.place ?? (opts.errorThread ? { post: opts.errorThread } : {}));
    if (!page.allowed) return render(reply, <NotAllowedPage ctx={ctx} t={t} room={page.room} />, 403);
    return render(reply, <RoomPageView ctx={ctx} t={t} page={page} notice={opts.notice} help={opts.help} errors={opts.errors ? localized(t, opts.errors) : undefined}
      values={opts.values} errorThread={opts.errorThread} />, status);
  };

  app.get('/mina-sidor/motesplats', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const rooms = await service.roomsForAccount(deps, tenantOf(req), accountId);
    const q = parseQuery(noticeQuery, req.query);
    const t = motesplatsT(req);
    return render(reply, <RoomListPage ctx={pageContext(req, 'public')} t={t} rooms={rooms} notice={q.klar ? t(NOTICES[q.klar]) : undefined} />);
  });

  app.get('/mina-sidor/motesplats/:room', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const { room } = paramsOf(roomParam, req.params);
    const q = parseQuery(roomQuery, req.query);
    return roomPage(req, reply, accountId, room, { notice: q.klar ? motesplatsT(req)(NOTICES[q.klar]) : undefined, help: q.hjalp === '1', place: { page: q.page, post: q.inlagg } });
  });

  app.post('/mina-sidor/motesplats/:room/ga-med', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const { room } = paramsOf(roomParam, req.params);
    const parsed = parseForm(joinSchema, req.body);
    if (!parsed.ok) return roomPage(req, reply, accountId, room, { errors: parsed.errors, values: parsed.values }, 400);
    if (!parsed.data.rules) return roomPage(req, reply, accountId, room, { errors: { rules: 'motesplats.err.rules' }, values: parsed.values }, 400);
    try {
      await service.join(deps, tenantOf(req), accountId, room, parsed.data.pseudonym);
    } catch (err) {
      if (err instanceof Invalid) return roomPage(req, reply, accountId, room, { errors: err.fields, values: parsed.values }, 400);
      throw err;
    }
    return redirect(reply, `${base(req)}/${room}?klar=med`);
  });

  app.post('/mina-sidor/motesplats/:room/inlagg', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const { room } = paramsOf(roomParam, req.params);
    const parsed = parseForm(postSchema, req.body);
    const threadId = typeof parsed.values.threadId === 'string' && parsed.values.threadId ? parsed.values.threadId : undefined;
    const fail = (errors: FieldErrors, status: number) => roomPage(req, reply, accountId, room,
      { errors: threadId ? { [`reply-${threadId}`]: Object.values(errors)[0]! } : errors, values: parsed.values, errorThread: threadId }, status);
    if (!parsed.ok) return fail(parsed.errors, 400);
    try {
      const posted = await service.post(deps, tenantOf(req), accountId, room, parsed.data);
      const notice = posted.status === 'held' ? 'granskas' : 'publicerat';
      return redirect(reply, `${base(req)}/${room}?klar=${notice}${posted.crisis ? '&hjalp=1' : ''}&inlagg=${posted.id}#${posted.crisis ? 'help-title' : `inlagg-${posted.id}`}`);
    } catch (err) {
      if (err instanceof Invalid) return fail(err.fields, 400);
      if (err instanceof service.TooManyPosts) {
        // The limit is the account's (service.POSTS_PER_WINDOW); the message is the public forms' one: when to try again, and other ways in.
        const settings = tenantOf(req).settings;
        reply.header('retry-after', String(err.retryAfterSeconds));
        return fail({ _form: limitMessage(req.locale, { phone: settings.contactPhone, email: settings.contactEmail }, { perAddress: 0, perMunicipality: 0, windowMs: service.POST_WINDOW_MS }) }, 429);
      }
      throw err;
    }
  });

  app.post('/mina-sidor/motesplats/:room/inlagg/:post/tack', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const p = paramsOf(postParam, req.params);
    await service.toggleTack(deps, tenantOf(req), accountId, p.room, p.post);
    return redirect(reply, `${base(req)}/${p.room}?inlagg=${p.post}#inlagg-${p.post}`);
  });

  const reportPage = async (req: FastifyRequest, reply: FastifyReply, accountId: string, p: { room: string; post: string }, errors?: FieldErrors, values?: FormValues, status = 200) => {
    const t = motesplatsT(req);
    const found = await service.reportablePost(deps, tenantOf(req), accountId, p.room, p.post);
    return render(reply, <ReportPage ctx={pageContext(req, 'public')} t={t} room={found.room} post={found.post} errors={errors ? localized(t, errors) : undefined} values={values} />, status);
  };

  app.get('/mina-sidor/motesplats/:room/inlagg/:post/anmal', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    return reportPage(req, reply, accountId, paramsOf(postParam, req.params));
  });

  app.post('/mina-sidor/motesplats/:room/inlagg/:post/anmal', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const p = paramsOf(postParam, req.params);
    const parsed = parseForm(reportSchema, req.body);
    if (!parsed.ok) return reportPage(req, reply, accountId, p, parsed.errors, parsed.values, 400);
    await service.report(deps, tenantOf(req), accountId, p.room, p.post, parsed.data.reason);
    return redirect(reply, `${base(req)}/${p.room}?klar=anmalt&inlagg=${p.post}#inlagg-${p.post}`);
  });

  app.post('/mina-sidor/motesplats/:room/inlagg/:post/ta-bort', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const p = paramsOf(postParam, req.params);
    await service.deleteOwnPost(deps, tenantOf(req), accountId, p.room, p.post);
    return redirect(reply, `${base(req)}/${p.room}?klar=borttaget&inlagg=${p.post}#inlagg-${p.post}`);
  });

  app.post('/mina-sidor/motesplats/:room/avisering', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const { room } = paramsOf(roomParam, req.params);
    const parsed = parseForm(notifySchema, req.body);
    if (!parsed.ok) return redirect(reply, `${base(req)}/${room}`);
    await service.setNotify(deps, tenantOf(req), accountId, room, parsed.data.on === '1');
    return redirect(reply, `${base(req)}/${room}?klar=sparat`);
  });

  app.post('/mina-sidor/motesplats/:room/medlemskap/ta-bort', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const { room } = paramsOf(roomParam, req.params);
    await service.leave(deps, tenantOf(req), accountId, room);
    return redirect(reply, `${base(req)}?klar=lamnat`);
  });
}
