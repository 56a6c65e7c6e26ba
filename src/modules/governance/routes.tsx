// Thin routes: parse → service → render or redirect. The attachment upload is multipart and
// lives in an encapsulated plugin of its own (see uploads.tsx).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { pageContext, redirect, requirePermission, requireUser, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery, attempt } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { can, type Principal } from '../../platform/auth/principal.js';
import { localToday } from '../../platform/domain/dates.js';
import { frequencyFormSchema, idParam, meetingFormSchema, memberFormSchema, memberParam, params, wheelQuerySchema } from './schema.js';
import * as service from './service.js';
import { yearWheel } from './wheel.js';
import { contentDisposition, CONTENT_TYPES } from './files.js';
import { canEdit, canRead, EDIT } from './policy.js';
import { BodiesPage } from './views/bodies.js';
import { BodyPage, type BodyForm } from './views/body.js';
import { MeetingPage } from './views/meeting.js';
import { WheelPage } from './views/wheel.js';
import { uploadRoutes } from './uploads.js';

/** Readers: governance:edit or plans:read; others are refused (and the refusal audited). */
async function requireReader(req: FastifyRequest): Promise<Principal> {
  const principal = requireUser(req);
  if (canRead(principal)) return principal;
  return (await requirePermission(req, EDIT)).principal;
}
const requireEditor = async (req: FastifyRequest): Promise<Principal> => (await requirePermission(req, EDIT)).principal;

export const NOTICES: Record<string, string> = {
  medlem: 'Medlemmen är tillagd.', borttagen: 'Medlemmen är borttagen.', frekvens: 'Mötesfrekvensen är sparad.', mote: 'Mötet är tillagt.',
  andrat: 'Mötet är ändrat.', bilaga: 'Filen är uppladdad.', bilagaborttagen: 'Filen är borttagen.', motetborttaget: 'Mötet är borttaget.',
};
const noticeOf = (req: FastifyRequest) => {
  const s = (req.query as { sparad?: unknown }).sparad;
  return typeof s === 'string' ? NOTICES[s] : undefined;
};

export async function governanceRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/styrning', async (req, reply) => {
    const principal = await requireReader(req);
    const bodies = await service.bodiesOverview(db, principal.tenantId, clock.now());
    return render(reply, <BodiesPage ctx={pageContext(req, 'staff')} bodies={bodies} />);
  });

  app.get('/personal/styrning/arshjul', async (req, reply) => {
    const principal = await requireReader(req);
    const year = parseQuery(wheelQuerySchema, req.query).ar ?? Number(localToday(clock.now()).slice(0, 4));
    const wheel = await yearWheel(app.deps, principal.tenantId, tenantOf(req).slug, year, can(principal, 'events:edit'));
    return render(reply, <WheelPage ctx={pageContext(req, 'staff')} wheel={wheel} />);
  });

  const bodyPage = async (req: FastifyRequest, principal: Principal, id: string, extra: { errors?: Record<string, string>; values?: Record<string, string | string[] | undefined>; form?: BodyForm } = {}) => {
    const detail = await service.bodyDetail(db, clock, principal, id);
    const editor = canEdit(principal);
    const choices = editor ? await service.memberChoices(db, principal.tenantId) : undefined;
    return <BodyPage ctx={pageContext(req, 'staff')} detail={detail} choices={choices} canEdit={editor} notice={noticeOf(req)} {...extra} />;
  };

  app.get('/personal/styrning/:id', async (req, reply) => {
    const principal = await requireReader(req);
    return render(reply, await bodyPage(req, principal, params(idParam, req.params).id));
  });

  /** A form on the body page: parse, act, or show the page again with that form's errors. */
  const bodyAction = <S extends z.ZodType>(path: string, schema: S, form: BodyForm, act: (p: Principal, id: string, data: z.infer<S>) => Promise<unknown>, done: string) => {
    app.post(`/personal/styrning/:id/${path}`, async (req, reply) => {
      const principal = await requireEditor(req);
      const { id } = params(idParam, req.params);
      const parsed = parseForm(schema, req.body);
      const again = async (errors: Record<string, string>) => render(reply, await bodyPage(req, principal, id, { errors, values: parsed.values, form }), 400);
      if (!parsed.ok) return again(parsed.errors);
      const errors = await attempt(() => act(principal, id, parsed.data));
      if (errors) return again(errors);
      return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/${id}?sparad=${done}`);
    });
  };
  bodyAction('medlemmar', memberFormSchema, 'member', (p, id, d) => service.addMember(db, clock, p, id, d), 'medlem');
  bodyAction('frekvens', frequencyFormSchema, 'frequency', (p, id, d) => service.setFrequency(db, clock, p, id, d), 'frekvens');
  bodyAction('moten', meetingFormSchema, 'meeting', (p, id, d) => service.addMeeting(db, clock, p, id, d), 'mote');

  app.post('/personal/styrning/:id/medlemmar/:memberId/ta-bort', async (req, reply) => {
    const principal = await requireEditor(req);
    const { id, memberId } = params(memberParam, req.params);
    await service.removeMember(db, clock, principal, id, memberId);
    return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/${id}?sparad=borttagen`);
  });

  app.get('/personal/styrning/moten/:id', async (req, reply) => {
    const principal = await requireReader(req);
    const { meeting, body } = await service.meetingDetail(db, principal.tenantId, params(idParam, req.params).id);
    return render(reply, <MeetingPage ctx={pageContext(req, 'staff')} meeting={meeting} body={body} canEdit={canEdit(principal)} notice={noticeOf(req)} />);
  });

  app.post('/personal/styrning/moten/:id', async (req, reply) => {
    const principal = await requireEditor(req);
    const { id } = params(idParam, req.params);
    const { meeting, body } = await service.meetingDetail(db, principal.tenantId, id);
    const parsed = parseForm(meetingFormSchema, req.body);
    if (!parsed.ok) {
      return render(reply, <MeetingPage ctx={pageContext(req, 'staff')} meeting={meeting} body={body} canEdit errors={parsed.errors} values={parsed.values} form="edit" />, 400);
    }
    await service.updateMeeting(db, clock, principal, id, parsed.data);
    return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/moten/${id}?sparad=andrat`);
  });

  app.post('/personal/styrning/moten/:id/ta-bort', async (req, reply) => {
    const principal = await requireEditor(req);
    const bodyId = await service.deleteMeeting(db, clock, principal, params(idParam, req.params).id);
    return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/${bodyId}?sparad=motetborttaget`);
  });

  app.get('/personal/styrning/bilagor/:id', async (req, reply) => {
    const principal = await requireReader(req);
    const file = await service.downloadAttachment(db, clock, principal, params(idParam, req.params).id);
    return reply.header('content-type', CONTENT_TYPES[file.fileType]).header('content-disposition', contentDisposition(file.filename))
      .header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store').send(file.content);
  });

  app.post('/personal/styrning/bilagor/:id/ta-bort', async (req, reply) => {
    const principal = await requireEditor(req);
    const meetingId = await service.removeAttachment(db, clock, principal, params(idParam, req.params).id);
    return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/moten/${meetingId}?sparad=bilagaborttagen`);
  });

  await app.register(uploadRoutes);
}
