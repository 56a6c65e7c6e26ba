// Thin routes of the accessibility statement: the public statement and its feedback form
// ("Rapportera brister i tillgängligheten"), and the admin's editor and list of reports.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, parseForm, parseQuery, type FormValues } from '../../platform/http/forms.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { guardPublicWrite, type WriteLimits } from '../../platform/http/abuse-limits.js';
import { checkFill, fillStamp, HONEYPOT } from '../requests/service.js';
import * as service from './accessibility.js';
import { feedbackFormSchema, feedbackIdParam, feedbackListQuery, statementFormSchema } from './accessibility-schema.js';
import { requireWholeMunicipality, SETTINGS_ADMIN } from './policy.js';
import { AccessibilityStatement } from './views/accessibility.js';
import { FeedbackFormPage, FeedbackThanksPage } from './views/accessibility-feedback.js';
import { FeedbackListPage, StatementEditorPage } from './views/admin-accessibility.js';
import { adminBase } from './views/admin-common.js';

const PAGE_SIZE = 20;
/** The report form on the shared public-write limits (issue 13). */
export const FEEDBACK_LIMITS: WriteLimits = { perAddress: 20, perMunicipality: 200 };

export async function accessibilityRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock, config } = app.deps;
  const secret = config.sessionSecret;

  app.get('/tillganglighet', async (req, reply) => {
    const tenant = tenantOf(req);
    return render(reply, <AccessibilityStatement ctx={pageContext(req, 'public')} s={await service.getStatement(db, tenant)} />);
  });

  const formPage = (req: FastifyRequest, reply: FastifyReply, o: { values?: FormValues; errors?: FieldErrors; stamp?: string }, status = 200) =>
    render(reply, <FeedbackFormPage ctx={pageContext(req, 'public')} values={o.values} errors={o.errors} stamp={o.stamp ?? fillStamp(secret, clock.now())} />, status);

  app.get('/tillganglighet/rapportera', async (req, reply) => {
    tenantOf(req);
    if ((req.query as { skickad?: string }).skickad === '1') return render(reply, <FeedbackThanksPage ctx={pageContext(req, 'public')} />);
    return formPage(req, reply, {});
  });

  app.post('/tillganglighet/rapportera', async (req, reply) => {
    const tenant = tenantOf(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const now = clock.now();
    const parsed = parseForm(feedbackFormSchema, body);
    const values: FormValues = { ...parsed.values, [HONEYPOT]: undefined };
    const { verdict, stamp } = checkFill(secret, body, now);
    if (!parsed.ok) return formPage(req, reply, { values, errors: parsed.errors, stamp }, 400);
    if (verdict === 'expired') return formPage(req, reply, { values, errors: { _form: 'Formuläret kunde inte tas emot. Ladda om sidan och försök igen.' } }, 400);
    if (verdict === 'tooFast') return formPage(req, reply, { values, errors: { _form: 'Formuläret skickades väldigt snabbt. Vänta några sekunder och skicka igen.' }, stamp }, 400);
    // Only an accepted report counts; at the limit the form comes back with all that was typed.
    const guard = await guardPublicWrite(app.deps, req, reply, 'accessibility-feedback', FEEDBACK_LIMITS);
    if (guard.refusal) return formPage(req, reply, { values, errors: { _form: guard.refusal }, stamp }, 429);
    await service.submitFeedback(db, clock, config.PUBLIC_BASE_URL, tenant, parsed.data).catch(async (err: unknown) => {
      await guard.release();
      throw err;
    });
    return redirect(reply, `/${tenant.slug}/tillganglighet/rapportera?skickad=1`);
  });

  // The admin: the statement and the reports. Both shape or read the whole municipality's.
  const editor = async (req: FastifyRequest, reply: FastifyReply, o: { values?: FormValues; errors?: FieldErrors; notice?: string }, status = 200) => {
    const { principal, scope } = await requirePermission(req, SETTINGS_ADMIN);
    requireWholeMunicipality(scope);
    const statement = await service.getStatement(db, tenantOf(req));
    const reports = await service.countFeedback(db, principal.tenantId);
    return render(reply, <StatementEditorPage ctx={pageContext(req, 'staff')} values={o.values ?? service.statementFormValues(statement)}
      errors={o.errors} notice={o.notice} isDefault={statement.isDefault} reports={reports} />, status);
  };

  app.get('/personal/admin/tillganglighet', async (req, reply) => {
    const notice = (req.query as { sparad?: string }).sparad === '1' ? 'Redogörelsen är sparad.' : undefined;
    return editor(req, reply, { notice });
  });

  app.post('/personal/admin/tillganglighet', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, SETTINGS_ADMIN);
    requireWholeMunicipality(scope);
    const parsed = parseForm(statementFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => service.saveStatement(db, clock, principal, scope, parsed.data)) : parsed.errors;
    if (errors) return editor(req, reply, { values: parsed.values, errors }, 400);
    return redirect(reply, `${adminBase(pageContext(req, 'staff'))}/tillganglighet?sparad=1`);
  });

  app.get('/personal/admin/tillganglighet/rapporter', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, SETTINGS_ADMIN);
    const { page } = parseQuery(feedbackListQuery, req.query);
    const { items, total } = await service.listFeedbackForAdmin(db, clock, principal, scope, page, PAGE_SIZE);
    const notice = (req.query as { raderad?: string }).raderad === '1' ? 'Rapporten är raderad.' : undefined;
    return render(reply, <FeedbackListPage ctx={pageContext(req, 'staff')} items={items} total={total} page={page}
      pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} notice={notice} />);
  });

  app.post('/personal/admin/tillganglighet/rapporter/:id/radera', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, SETTINGS_ADMIN);
    const p = feedbackIdParam.safeParse(req.params);
    if (!p.success) throw new NotFound();
    await service.deleteFeedback(db, clock, principal, scope, p.data.id);
    return redirect(reply, `${adminBase(pageContext(req, 'staff'))}/tillganglighet/rapporter?raderad=1`);
  });
}
