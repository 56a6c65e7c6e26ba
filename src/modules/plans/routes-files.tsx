// Files: import (multipart upload, checked by content), export as XLSX and CSV, the printable
// page and the PDF. @fastify/multipart is registered here only, inside this encapsulated plugin.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { DateTime } from 'luxon';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { importFieldsSchema } from './schema.js';
import * as service from './service.js';
import { EDIT, READ } from './policy.js';
import { MAX_UPLOAD_BYTES } from './files.js';
import type { ImportError } from './layout.js';
import { planPdf } from './pdf.js';
import { PlanPrintPage, PlansListPage, ReplacePage } from './views/pages.js';
import { planId } from './schema.js';

interface Upload {
  fields: Record<string, string>;
  file?: Buffer;
  problem?: { status: 400 | 413; message: string };
}

/** Reads the multipart form: a few text fields and one file of at most 2 MB. */
async function readUpload(req: FastifyRequest): Promise<Upload> {
  const fields: Record<string, string> = {};
  if (!req.isMultipart()) return { fields, problem: { status: 400, message: 'Välj en fil att läsa in' } };
  let file: Buffer | undefined;
  let problem: Upload['problem'];
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          continue;
        }
        const buf = await part.toBuffer();
        // A browser sends an empty part without a name when no file was chosen.
        file = buf.length === 0 && !part.filename ? undefined : buf;
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') problem = { status: 413, message: `Filen är för stor. Den får vara högst ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
    else if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') problem = { status: 400, message: 'Skicka en fil åt gången.' };
    else if (code === 'FST_PROTO_VIOLATION' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') problem = { status: 400, message: 'Uppladdningen gick inte att läsa. Försök igen.' };
    else throw err;
  }
  if (!problem && !file) problem = { status: 400, message: 'Välj en fil att läsa in' };
  return { fields, file, problem };
}

const asciiName = (title: string) => (title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'plan');

function download(reply: FastifyReply, body: Buffer | string, type: string, filename: string): FastifyReply {
  return reply.code(200).header('content-type', type).header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

export async function planFileRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12, headerPairs: 50 } });

  /** Runs the import; on failure answers with the page the form came from. */
  async function handleImport(req: FastifyRequest, reply: FastifyReply, replaceId?: string) {
    const { principal } = await requirePermission(req, EDIT);
    const existing = replaceId ? await service.getPlan(db, principal.tenantId, replaceId) : undefined;
    const upload = await readUpload(req);
    const parsed = parseForm(importFieldsSchema, existing ? { title: existing.title, ...upload.fields } : upload.fields);
    const again = async (status: number, errors: FieldErrors, fileErrors?: ImportError[]) => {
      const ctx = pageContext(req, 'staff');
      if (existing) {
        const view = await service.getPlanView(db, principal.tenantId, existing.id);
        return render(reply, <ReplacePage ctx={ctx} view={view} errors={errors} values={upload.fields} fileErrors={fileErrors} />, status);
      }
      const plans = await service.listPlanViews(db, principal.tenantId);
      return render(reply, <PlansListPage ctx={ctx} plans={plans} canEdit errors={errors} values={upload.fields} fileErrors={fileErrors} />, status);
    };
    if (!parsed.ok || upload.problem || !upload.file) {
      const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
      if (upload.problem) errors.file = upload.problem.message;
      return again(upload.problem?.status ?? 400, errors);
    }
    const result = await service.importPlanFile(db, clock.now(), principal, {
      file: upload.file, title: parsed.data.title, grantPerInhabitantOre: parsed.data.grantPerInhabitant, replacePlanId: existing?.id,
    });
    if (!result.ok) {
      return again(400, { file: `Filen lästes inte in eftersom den har ${result.errors.length} fel. Inget har sparats. Rätta felen i listan och försök igen.` }, result.errors);
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/planer/${result.planId}?inlast=1`);
  }

  app.post('/personal/planer/import', async (req, reply) => handleImport(req, reply));

  app.get('/personal/planer/:id/ersatt', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    return render(reply, <ReplacePage ctx={pageContext(req, 'staff')} view={view} />);
  });
  app.post('/personal/planer/:id/ersatt', async (req, reply) => handleImport(req, reply, planId(req.params)));

  app.get('/personal/planer/mall.csv', async (req, reply) => {
    await requirePermission(req, READ);
    return download(reply, service.templateCsv(clock.now().getUTCFullYear() + 1), 'text/csv; charset=utf-8', 'verksamhetsplan-mall.csv');
  });

  app.get('/personal/planer/:id/plan.csv', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    return download(reply, service.exportCsv(view), 'text/csv; charset=utf-8', `${asciiName(view.plan.title)}.csv`);
  });

  app.get('/personal/planer/:id/plan.xlsx', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    return download(reply, await service.exportXlsx(view), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${asciiName(view.plan.title)}.xlsx`);
  });

  app.get('/personal/planer/:id/plan.pdf', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const tenant = tenantOf(req);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    const generatedAt = DateTime.fromJSDate(clock.now()).setZone('Europe/Stockholm').toFormat('yyyy-MM-dd HH:mm');
    const pdf = await planPdf(view, { municipality: tenant.name, grant: service.stateGrant(view.plan, tenant.settings.population), generatedAt });
    return download(reply, pdf, 'application/pdf', `${asciiName(view.plan.title)}.pdf`);
  });

  app.get('/personal/planer/:id/utskrift', async (req, reply) => {
    const { principal } = await requirePermission(req, READ);
    const view = await service.getPlanView(db, principal.tenantId, planId(req.params));
    return render(reply, <PlanPrintPage ctx={pageContext(req, 'staff')} view={view} grant={service.stateGrant(view.plan, tenantOf(req).settings.population)} />);
  });
}
