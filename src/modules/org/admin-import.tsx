// Admin route for importing an organisation file (SPEC §3): preview, then import in one
// transaction. The same import runs from the CLI (import-org, create-tenant --org-file).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, requirePermission } from '../../platform/http/context.js';
import { parseForm } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { ImportRejected, importOrganisation } from './org-import.js';
import { ORG_ADMIN, requireWholeMunicipality } from './policy.js';
import { ImportPage } from './views/admin-import.js';

const importFormSchema = z.object({
  content: z.string().min(1, 'Klistra in filens innehåll').max(200_000, 'Filen är för stor: högst 200 000 tecken'),
  step: z.enum(['preview', 'import'], { message: 'Välj förhandsgranska eller importera' }),
}).strict();

export async function adminImportRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/admin/importera', async (req, reply) => {
    const { scope } = await requirePermission(req, ORG_ADMIN);
    requireWholeMunicipality(scope);
    return render(reply, <ImportPage ctx={pageContext(req, 'staff')} />);
  });

  app.post('/personal/admin/importera', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, ORG_ADMIN);
    requireWholeMunicipality(scope);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(importFormSchema, req.body);
    if (!parsed.ok) return render(reply, <ImportPage ctx={ctx} values={parsed.values} errors={parsed.errors} />, 400);
    const dryRun = parsed.data.step === 'preview';
    try {
      const result = await importOrganisation(db, principal.tenantId, principal.userId, parsed.data.content, clock.now(), { dryRun });
      return render(reply, dryRun
        ? <ImportPage ctx={ctx} values={parsed.values} preview={result} />
        : <ImportPage ctx={ctx} done={result} />);
    } catch (err) {
      if (!(err instanceof ImportRejected)) throw err;
      return render(reply, <ImportPage ctx={ctx} values={parsed.values} problems={err.errors}
        errors={{ content: `Filen har ${err.errors.length} fel. Se listan och rätta filen.` }} />, 400);
    }
  });
}
