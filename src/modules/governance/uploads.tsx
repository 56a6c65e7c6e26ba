// Uploading an agenda or minutes. @fastify/multipart is registered only inside this
// encapsulated plugin, so no other route accepts multipart bodies. The CSRF token comes in the
// action's query string (?_csrf=…) and is checked by the platform before the body is read.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { idParam, params, uploadFieldsSchema } from './schema.js';
import * as service from './service.js';
import { MAX_ATTACHMENT_BYTES } from './files.js';
import { EDIT } from './policy.js';
import { MeetingPage } from './views/meeting.js';

export async function uploadRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  await app.register(multipart, {
    // One byte over the limit marks the file as truncated: too large, told in Swedish.
    limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1, fields: 5, parts: 6, fieldSize: 1000, fieldNameSize: 100 },
    throwFileSizeLimit: false,
  });

  app.post('/personal/styrning/moten/:id/bilagor', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const { id } = params(idParam, req.params);
    const { meeting, body } = await service.meetingDetail(db, principal.tenantId, id);
    const fields: Record<string, string> = {};
    let file: { filename: string; content: Buffer; truncated: boolean } | undefined;
    if (req.isMultipart()) {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          const content = await part.toBuffer();
          if (part.fieldname === 'file' && !file) file = { filename: part.filename, content, truncated: part.file.truncated };
          else fields[part.fieldname] = 'file';
        } else if (part.fieldname !== '_csrf') {
          fields[part.fieldname] = String(part.value);
        }
      }
    }
    const again = (errors: Record<string, string>) => render(reply, <MeetingPage ctx={pageContext(req, 'staff')} meeting={meeting} body={body} canEdit
      errors={errors} values={fields} form="upload" />, 400);
    const parsed = parseForm(uploadFieldsSchema, fields);
    const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
    if (!file || (file.content.length === 0 && !file.filename)) errors.file = 'Välj en fil att ladda upp';
    else if (file.truncated) errors.file = 'Filen är för stor. Den får vara högst 10 MB.';
    if (!parsed.ok || Object.keys(errors).length > 0) return again(errors);
    const failed = await attempt(() => service.addAttachment(db, clock, principal, meeting.id, { kind: parsed.data.kind, filename: file!.filename, content: file!.content }));
    if (failed) return again(failed);
    return redirect(reply, `/${tenantOf(req).slug}/personal/styrning/moten/${meeting.id}?sparad=bilaga`);
  });
}
