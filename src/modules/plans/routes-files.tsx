// Files: import (multipart upload, checked by content), export as XLSX and CSV, the printable
// page and the PDF. Uploads are read by the platform's one multipart reader, registered here only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { readUpload, registerUploads } from '../../platform/http/multipart.js';
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

const UPLOAD_LIMITS = { maxFileBytes: MAX_UPLOAD_BYTES, maxFields: 10 };

const asciiName = (title: string) => (title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'plan');

function download(reply: FastifyReply, body: Buffer | string, type: string, filename: string): FastifyReply {
  return reply.code(200).header('content-type', type).header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

export async function planFileRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  await registerUploads(app, UPLOAD_LIMITS);

  /** Runs the import; on failure answers with the page the form came from. */
  async function handleImport(req: FastifyRequest, reply: FastifyReply, replaceId?: string) {
    const { principal } = await requirePermission(req, EDIT);
    const existing = replaceId ? await service.getPlan(db, principal.tenantId, replaceId) : undefined;
    const upload = await readUpload(req, UPLOAD_LIMITS);
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
      file: upload.file.content, title: parsed.data.title, grantPerInhabitantOre: parsed.data.grantPerInhabitant, replacePlanId: existing?.id,
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
