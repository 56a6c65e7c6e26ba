// Uploading an agenda or minutes, read by the platform's one multipart reader (registered only
// inside this encapsulated plugin, so no other route accepts multipart bodies). The CSRF token comes in the
// action's query string (?_csrf=…) and is checked by the platform before the body is read.
import type { FastifyInstance } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { readUpload, registerUploads, UPLOAD_MESSAGES } from '../../platform/http/multipart.js';
import { idParam, params, uploadFieldsSchema } from './schema.js';
import * as service from './service.js';
import { MAX_ATTACHMENT_BYTES } from './files.js';
import { EDIT } from './policy.js';
import { MeetingPage } from './views/meeting.js';

const UPLOAD_LIMITS = { maxFileBytes: MAX_ATTACHMENT_BYTES, maxFields: 5, maxFieldBytes: 1000 };

export async function uploadRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  await registerUploads(app, UPLOAD_LIMITS);

  app.post('/personal/styrning/moten/:id/bilagor', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id } = params(idParam, req.params);
    const { meeting, body } = await service.meetingDetail(db, principal.tenantId, id);
    const upload = await readUpload(req, UPLOAD_LIMITS);
    const { fields, file } = upload;
    const again = (errors: Record<string, string>, status = 400) => render(reply, <MeetingPage ctx={pageContext(req, 'staff')} meeting={meeting} body={body} canEdit
      errors={errors} values={fields} form="upload" />, status);
    const parsed = parseForm(uploadFieldsSchema, fields);
    const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
    if (upload.problem) errors.file = upload.problem.message;
    else if (!file) errors.file = UPLOAD_MESSAGES.noFile;
    if (!parsed.ok || Object.keys(errors).length > 0 || !file) return again(errors, upload.problem?.status);
    const failed = await attempt(() => service.addAttachment(db, clock, principal, meeting.id, { kind: parsed.data.kind, filename: file.filename, content: file.content }));
    if (failed) return again(failed);
    return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/moten/${meeting.id}?sparad=bilaga`);
  });
}
