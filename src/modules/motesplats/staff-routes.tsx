// Thin staff routes of Mötesplatsen under /personal/motesplats: the moderators' queue and its
// actions, room admin (rooms, moderators, members) and the word list. Those with
// motesplats:moderate (specialists, admin) moderate and administer rooms.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { f, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import * as service from './service.js';
import { QueuePage, RoomFormPage, RoomsPage, WordListPage } from './staff-views.js';

const PERM = 'motesplats:moderate' as const;
const idParam = z.object({ id: z.string().uuid() });
const reasonSchema = z.object({ reason: z.string().trim().min(1, 'Skriv ett skäl (det visas för den anhöriga)').max(500, 'Högst 500 tecken'), confirm: z.string().optional() }).strict();
const emptySchema = z.object({ confirm: z.string().optional() }).strict();
const time = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv en tid som TT:MM')]).optional().transform((v) => v || null);
const roomSchema = z.object({
  name: f.text(120),
  description: z.string().trim().min(1, 'Skriv en beskrivning').max(2000, 'Högst 2000 tecken'),
  houseRules: z.string().trim().min(1, 'Skriv husreglerna').max(4000, 'Högst 4000 tecken'),
  eventId: z.union([z.literal(''), z.string().uuid('Välj i listan')]).optional().transform((v) => v || null),
  opens: time,
  closes: time,
  closedOutsideHours: f.checkbox(),
  holdFirstPosts: z.string().regex(/^\d{1,2}$/, `Skriv ett tal mellan 0 och ${service.MAX_HOLD_FIRST_POSTS}`).transform(Number),
  retentionDays: z.string().regex(/^\d{1,4}$/, 'Skriv antal dagar, 1–3650').transform(Number).refine((n) => n >= 1 && n <= 3650, 'Skriv antal dagar, 1–3650'),
  moderatorIds: z.union([z.string().uuid(), z.array(z.string().uuid())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
}).strict();
const wordsSchema = z.object({ words: z.string().max(20000, 'Högst 20000 tecken') }).strict();
const NOTICES = { klar: 'Klart. Åtgärden är sparad och loggad.', sparat: 'Sparat.' } as const;
const noticeQuery = z.object({ klar: z.enum(['1']).optional(), sparat: z.enum(['1']).optional() });

function idOf(params: unknown): string {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
}

export async function staffMotesplatsRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const base = (req: FastifyRequest) => `/${tenantOf(req).slug}/personal/motesplats`;

  const queue = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors, status = 200) => {
    await requirePermission(req, PERM);
    const q = parseQuery(noticeQuery, req.query);
    const items = await service.moderationQueue(deps, tenantOf(req));
    return render(reply, <QueuePage ctx={pageContext(req, 'staff')} items={items} errors={errors} notice={q.klar ? NOTICES.klar : undefined} />, status);
  };

  app.get('/personal/motesplats', (req, reply) => queue(req, reply));

  const postAction = (segment: string, action: service.PostAction, needsReason: boolean) =>
    app.post(`/personal/motesplats/inlagg/:id/${segment}`, async (req, reply) => {
      const { principal } = await requirePermission(req, PERM);
      const id = idOf(req.params);
      let reason: string | null = null;
      if (needsReason) {
        const parsed = parseForm(reasonSchema, req.body);
        if (!parsed.ok) return queue(req, reply, { [`${segment === 'dolj' ? 'hide' : 'remove'}-${id}`]: parsed.errors.reason ?? 'Skriv ett skäl' }, 400);
        reason = parsed.data.reason;
      } else if (!parseForm(emptySchema, req.body).ok) {
        return queue(req, reply, undefined, 400);
      }
      await service.moderatePost(deps, tenantOf(req), principal, id, action, reason);
      return redirect(reply, `${base(req)}?klar=1`);
    });
  postAction('godkann', 'approve', false);
  postAction('avfarda', 'dismiss', false);
  postAction('dolj', 'hide', true);
  postAction('ta-bort', 'remove', true);

  const memberAction = (segment: string, action: service.MemberAction, needsReason: boolean) =>
    app.post(`/personal/motesplats/medlemmar/:id/${segment}`, async (req, reply) => {
      const { principal } = await requirePermission(req, PERM);
      const id = idOf(req.params);
      let reason: string | null = null;
      if (needsReason) {
        const parsed = parseForm(reasonSchema, req.body);
        // Shown again on the member's room page, where each member has these forms (ids f-mute-…, f-remove-…).
        if (!parsed.ok) {
          const roomId = await service.roomOfMember(deps, tenantOf(req), id);
          return roomForm(req, reply, roomId, { errors: { [`${segment === 'tysta' ? 'mute' : 'remove'}-${id}`]: parsed.errors.reason ?? 'Skriv ett skäl' } }, 400);
        }
        reason = parsed.data.reason;
      }
      const roomId = await service.moderateMember(deps, tenantOf(req), principal, id, action, reason);
      return redirect(reply, `${base(req)}/rum/${roomId}?sparat=1`);
    });
  memberAction('tysta', 'mute', true);
  memberAction('aktivera', 'unmute', false);
  memberAction('ta-bort', 'remove', true);

  // ---- rooms -------------------------------------------------------------------------------

  app.get('/personal/motesplats/rum', async (req, reply) => {
    await requirePermission(req, PERM);
    return render(reply, <RoomsPage ctx={pageContext(req, 'staff')} rooms={await service.roomsForStaff(deps, tenantOf(req))} />);
  });

  const roomForm = async (req: FastifyRequest, reply: FastifyReply, id: string | undefined, opts: { errors?: FieldErrors; values?: FormValues; notice?: string } = {}, status = 200) => {
    const { scope } = await requirePermission(req, PERM);
    const tenant = tenantOf(req);
    const [room, staff, series] = await Promise.all([
      id ? service.roomForStaff(deps, tenant, id) : Promise.resolve(undefined), service.moderatorCandidates(deps, tenant), service.seriesOptions(deps, tenant, scope.units),
    ]);
    return render(reply, <RoomFormPage ctx={pageContext(req, 'staff')} room={room} staff={staff} series={series} {...opts} />, status);
  };

  app.get('/personal/motesplats/rum/ny', (req, reply) => roomForm(req, reply, undefined));
  app.get('/personal/motesplats/rum/:id', (req, reply) => {
    const q = parseQuery(noticeQuery, req.query);
    return roomForm(req, reply, idOf(req.params), { notice: q.sparat ? NOTICES.sparat : undefined });
  });

  const saveRoom = async (req: FastifyRequest, reply: FastifyReply, id: string | undefined) => {
    const { principal, scope } = await requirePermission(req, PERM);
    const tenant = tenantOf(req);
    const parsed = parseForm(roomSchema, req.body);
    if (!parsed.ok) return roomForm(req, reply, id, { errors: parsed.errors, values: parsed.values }, 400);
    const d = parsed.data;
    if (d.eventId && !(await service.seriesOptions(deps, tenant, scope.units)).some((s) => s.id === d.eventId)) {
      return roomForm(req, reply, id, { errors: { eventId: 'Välj i listan' }, values: parsed.values }, 400);
    }
    if ((d.opens === null) !== (d.closes === null)) return roomForm(req, reply, id, { errors: { closes: 'Skriv både från och till, eller ingen av dem' }, values: parsed.values }, 400);
    const roomId = await service.saveRoom(deps, tenant, principal, id, {
      name: d.name, description: d.description, houseRules: d.houseRules, eventId: d.eventId, opens: d.opens, closes: d.closes,
      closedOutsideHours: d.closedOutsideHours, holdFirstPosts: d.holdFirstPosts, retentionDays: d.retentionDays, moderatorIds: d.moderatorIds,
    });
    return redirect(reply, `${base(req)}/rum/${roomId}?sparat=1`);
  };

  app.post('/personal/motesplats/rum', (req, reply) => saveRoom(req, reply, undefined));
  app.post('/personal/motesplats/rum/:id', (req, reply) => saveRoom(req, reply, idOf(req.params)));

  // ---- word list ---------------------------------------------------------------------------

  app.get('/personal/motesplats/ordlista', async (req, reply) => {
    await requirePermission(req, PERM);
    const q = parseQuery(noticeQuery, req.query);
    return render(reply, <WordListPage ctx={pageContext(req, 'staff')} words={await service.wordListOf(deps, tenantOf(req))} notice={q.sparat ? NOTICES.sparat : undefined} />);
  });

  app.post('/personal/motesplats/ordlista', async (req, reply) => {
    const { principal } = await requirePermission(req, PERM);
    const parsed = parseForm(wordsSchema, req.body);
    if (!parsed.ok) return redirect(reply, `${base(req)}/ordlista`);
    await service.saveWordList(deps, tenantOf(req), principal, parsed.data.words);
    return redirect(reply, `${base(req)}/ordlista?sparat=1`);
  });
}
