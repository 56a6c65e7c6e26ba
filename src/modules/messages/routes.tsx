// Thin routes of secure messages: the carer's side under /mina-sidor/meddelanden, the staff side
// under /personal/meddelanden and on a request (/personal/forfragningar/:id/meddelanden).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { Invalid, NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { guardPublicWrite, type WriteLimits } from '../../platform/http/abuse-limits.js';
import { carerT, localized } from '../accounts/routes.js';
import { signedInCarer } from '../accounts/service.js';
import { overview } from '../mypages/service.js';
import { getRequestForStaff } from '../requests/service.js';
import { readUploads, registerUploads, type UploadedFile } from '../../platform/http/multipart.js';
import { ATTACHMENT_LIMITS, contentDisposition } from './attachments.js';
import * as service from './service.js';
import { CarerThreadPage, NewThreadPage, StaffThreadListPage, StaffThreadPage } from './views.js';

const INBOX = 'contacts:inbox' as const;
const idParam = z.object({ id: z.string().uuid() });
const newThreadSchema = z.object({
  requestId: z.union([z.literal(''), z.string().uuid()]).optional().transform((v) => v || undefined),
  subject: z.string().min(1, 'accounts.err.subject').max(120, 'accounts.err.subject'),
  body: z.string().min(1, 'accounts.err.body').max(5000, 'accounts.err.body'),
}).strict();
const replySchema = z.object({ body: z.string().min(1, 'accounts.err.body').max(5000, 'accounts.err.body') }).strict();
const staffReplySchema = z.object({ body: z.string().min(1, 'Skriv ett svar').max(5000, 'Högst 5000 tecken') }).strict();
const sentQuery = z.object({ skickat: z.enum(['1']).optional() });

/** A signed-in carer's messages, per client address and municipality. */
export const MESSAGE_LIMITS: WriteLimits = { perAddress: 30, perMunicipality: 2000 };

const fileParams = z.object({ id: z.string().uuid(), fileId: z.string().uuid() });

/** Swedish texts of the file problems on the staff pages (the carer's come from the catalogue). */
const STAFF_FILE_ERRORS: Record<string, string> = {
  'accounts.err.fileTooLarge': 'En fil är för stor. Varje fil får vara högst 5 MB.',
  'accounts.err.fileType': 'En fil är av en typ som inte tas emot. Bifoga PDF, JPEG, PNG eller vanlig text.',
  'accounts.err.fileTooMany': 'Bifoga högst 3 filer till ett meddelande.',
  'accounts.err.fileUnreadable': 'Filerna kom inte fram hela. Försök igen.',
};

interface MessageForm { body: unknown; files: UploadedFile[]; fileError?: string; status: 400 | 413 }

/** The message form's body: URL-encoded (no files), or multipart with up to three files. */
async function readMessageForm(req: FastifyRequest): Promise<MessageForm> {
  if (!req.isMultipart()) return { body: req.body, files: [], status: 400 };
  const u = await readUploads(req, ATTACHMENT_LIMITS);
  if (u.problem) {
    const key = u.problem.kind === 'tooLarge' ? 'fileTooLarge' : u.problem.kind === 'tooMany' ? 'fileTooMany' : 'fileUnreadable';
    return { body: u.fields, files: [], fileError: `accounts.err.${key}`, status: u.problem.status };
  }
  const problem = service.attachmentProblem(u.files);
  return { body: u.fields, files: u.files, fileError: problem ? `accounts.err.${problem}` : undefined, status: 400 };
}

function sendFile(reply: FastifyReply, file: { filename: string; contentType: string; content: Buffer }) {
  return reply.header('content-type', file.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : file.contentType)
    .header('content-disposition', contentDisposition(file.filename)).header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store').send(file.content);
}

function idOf(params: unknown): string {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
}

export async function messagesRoutes(app: FastifyInstance): Promise<void> {
  // Multipart (attachments) is accepted only by the routes inside this encapsulated plugin.
  await app.register(messageRoutes);
}

async function messageRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  await registerUploads(app, ATTACHMENT_LIMITS);

  // ---- carer ---------------------------------------------------------------------------------

  const newThreadPage = async (req: FastifyRequest, reply: FastifyReply, accountId: string, errors?: FieldErrors, values?: FormValues, status = 200) => {
    const t = carerT(req);
    const o = await overview(deps, tenantOf(req), accountId);
    return render(reply, <NewThreadPage ctx={pageContext(req, 'public')} t={t} requests={o.requests} errors={errors ? localized(t, errors) : undefined} values={values} />, status);
  };

  app.get('/mina-sidor/meddelanden/ny', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    return newThreadPage(req, reply, accountId);
  });

  app.post('/mina-sidor/meddelanden/ny', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const tenant = tenantOf(req);
    const form = await readMessageForm(req);
    const parsed = parseForm(newThreadSchema, form.body);
    const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...(form.fileError ? { files: form.fileError } : {}) };
    if (!parsed.ok || form.fileError) return newThreadPage(req, reply, accountId, errors, parsed.values, form.status);
    const guard = await guardPublicWrite(deps, req, reply, 'carer-message', MESSAGE_LIMITS);
    if (guard.refusal) return newThreadPage(req, reply, accountId, { _form: guard.refusal }, parsed.values, 429);
    try {
      const id = await service.startThread(deps, tenant, accountId, parsed.data, form.files);
      return redirect(reply, `/${tenant.slug}/mina-sidor/meddelanden/${id}?skickat=1`);
    } catch (err) {
      await guard.release();
      if (err instanceof Invalid) return newThreadPage(req, reply, accountId, err.fields, parsed.values, 400);
      throw err;
    }
  });

  const carerThreadPage = async (req: FastifyRequest, reply: FastifyReply, accountId: string, id: string, opts: { notice?: string; errors?: FieldErrors; values?: FormValues } = {}, status = 200) => {
    const t = carerT(req);
    const thread = await service.carerThread(deps, tenantOf(req).id, accountId, id);
    return render(reply, <CarerThreadPage ctx={pageContext(req, 'public')} t={t} thread={thread} notice={opts.notice} errors={opts.errors ? localized(t, opts.errors) : undefined} values={opts.values} />, status);
  };

  app.get('/mina-sidor/meddelanden/:id', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const sent = parseQuery(sentQuery, req.query).skickat === '1';
    return carerThreadPage(req, reply, accountId, idOf(req.params), { notice: sent ? carerT(req)('accounts.messages.sent') : undefined });
  });

  app.post('/mina-sidor/meddelanden/:id', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const tenant = tenantOf(req);
    const id = idOf(req.params);
    const form = await readMessageForm(req);
    const parsed = parseForm(replySchema, form.body);
    const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...(form.fileError ? { files: form.fileError } : {}) };
    if (!parsed.ok || form.fileError) return carerThreadPage(req, reply, accountId, id, { errors, values: parsed.values }, form.status);
    const guard = await guardPublicWrite(deps, req, reply, 'carer-message', MESSAGE_LIMITS);
    if (guard.refusal) return carerThreadPage(req, reply, accountId, id, { errors: { _form: guard.refusal }, values: parsed.values }, 429);
    await service.carerReply(deps, tenant, accountId, id, parsed.data.body, form.files).catch(async (err: unknown) => {
      await guard.release();
      throw err;
    });
    return redirect(reply, `/${tenant.slug}/mina-sidor/meddelanden/${id}?skickat=1`);
  });

  // ---- staff ---------------------------------------------------------------------------------

  app.get('/personal/meddelanden', async (req, reply) => {
    const { scope } = await requirePermission(req, INBOX);
    const threads = await service.threadsForStaff(deps, tenantOf(req), scope);
    return render(reply, <StaffThreadListPage ctx={pageContext(req, 'staff')} threads={threads} title="Meddelanden från Mina sidor" />);
  });

  app.get('/personal/forfragningar/:id/meddelanden', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = idOf(req.params);
    // The request must be within the scope (404 otherwise); reading it is audited there.
    const r = await getRequestForStaff(deps.db, deps.clock, principal, scope, id);
    const threads = await service.threadsOfRequest(deps, tenantOf(req), scope, id);
    const slug = tenantOf(req).slug;
    return render(reply, <StaffThreadListPage ctx={pageContext(req, 'staff')} threads={threads} title={`Meddelanden om ${r.reference}`}
      back={{ href: `/${slug}/personal/forfragningar/${id}`, label: `Förfrågan ${r.reference}` }} />);
  });

  const staffThreadPage = async (req: FastifyRequest, reply: FastifyReply, id: string, opts: { notice?: string; errors?: FieldErrors; values?: FormValues } = {}, status = 200) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const thread = await service.staffThread(deps, tenantOf(req), principal, scope, id);
    return render(reply, <StaffThreadPage ctx={pageContext(req, 'staff')} thread={thread} {...opts} />, status);
  };

  app.get('/personal/meddelanden/:id', async (req, reply) => {
    const sent = parseQuery(sentQuery, req.query).skickat === '1';
    return staffThreadPage(req, reply, idOf(req.params), { notice: sent ? 'Svaret är skickat. Den anhöriga har fått ett meddelande om att det finns ett svar.' : undefined });
  });

  app.post('/personal/meddelanden/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const id = idOf(req.params);
    const form = await readMessageForm(req);
    const parsed = parseForm(staffReplySchema, form.body);
    const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...(form.fileError ? { files: STAFF_FILE_ERRORS[form.fileError]! } : {}) };
    if (!parsed.ok || form.fileError) return staffThreadPage(req, reply, id, { errors, values: parsed.values }, form.status);
    await service.staffReply(deps, tenantOf(req), principal, scope, id, parsed.data.body, form.files);
    return redirect(reply, `/${tenantOf(req).slug}/personal/meddelanden/${id}?skickat=1`);
  });

  // ---- attachments ---------------------------------------------------------------------------

  app.get('/mina-sidor/meddelanden/:id/bilagor/:fileId', async (req, reply) => {
    const accountId = await signedInCarer(req, reply);
    if (!accountId) return reply;
    const p = fileParams.safeParse(req.params);
    if (!p.success) throw new NotFound();
    return sendFile(reply, await service.carerAttachment(deps, tenantOf(req).id, accountId, p.data.id, p.data.fileId));
  });

  app.get('/personal/meddelanden/:id/bilagor/:fileId', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, INBOX);
    const p = fileParams.safeParse(req.params);
    if (!p.success) throw new NotFound();
    return sendFile(reply, await service.staffAttachment(deps, tenantOf(req), principal, scope, p.data.id, p.data.fileId));
  });
}
