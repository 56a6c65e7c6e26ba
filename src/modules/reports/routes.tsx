// Thin routes: parse → service → render, redirect or send a file.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, requirePermission, tenantOf } from '../../platform/http/context.js';
import { Forbidden } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import * as service from './service.js';
import { mayViewDashboard, READ, wholeMunicipalityOnly } from './policy.js';
import { FIRST_YEAR } from './schema.js';
import { ReportPage, ReportsIndexPage } from './views/report.js';
import { DefinitionsPage } from './views/definitions.js';
import { DashboardPage } from './views/dashboard.js';
import { reportPdf } from './exports/pdf.js';
import { reportXlsx } from './exports/xlsx.js';
import { reportCsv } from './exports/csv.js';
import { questionnaireRoutes } from './questionnaire-routes.js';

const years = (now: Date) => Array.from({ length: Math.min(10, service.currentYear(now) - FIRST_YEAR + 1) }, (_, i) => service.currentYear(now) - i);

export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  // The report's and the overview's many reads run off the request thread on SQLite (platform/db/sqlite-readers.ts).
  const reads = app.deps.reads ?? db;

  /** The chooser, again with the error messages of a bad ?ar or ?enhet (400, never a 500). */
  const chooser = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: Record<string, string>) => {
    const { principal, scope } = await requirePermission(req, READ);
    const slug = tenantOf(req).slug;
    const links = [
      ...(mayViewDashboard(principal) ? [{ href: `/${slug}/personal/oversikt`, label: 'Översikt', description: 'Kontakter och annat månad för månad, i år jämfört med i fjol.' }] : []),
      { href: `/${slug}/personal/rapporter/enkat?ar=${service.currentYear(clock.now())}`, label: 'Årsenkät', description: 'Frågor av det slag Öppna jämförelser ställer, med Bredvids förslag på svar.' },
      { href: `/${slug}/personal/rapporter/definitioner`, label: 'Så räknas talen', description: 'Hur varje tal i rapporten räknas, och hur små tal döljs.' },
    ];
    return render(reply, <ReportsIndexPage ctx={pageContext(req, 'staff')} years={years(clock.now())} units={service.unitChoices(principal, scope)}
      values={values} errors={errors} links={links} />, errors ? 400 : 200);
  };

  app.get('/personal/rapporter', async (req, reply) => chooser(req, reply, { ar: String(service.currentYear(clock.now())) }));

  /** ?ar defaults to this year; anything else wrong comes back as field messages. */
  const resolve = async (req: FastifyRequest) => {
    const { principal, scope } = await requirePermission(req, READ);
    const query = { ar: String(service.currentYear(clock.now())), ...(req.query as Record<string, unknown>) };
    return { principal, request: service.resolveReportRequest(principal, scope, clock.now(), query) };
  };
  const queryString = (year: number, unitId: string | null) => `ar=${year}${unitId ? `&enhet=${unitId}` : ''}`;

  app.get('/personal/rapporter/rapport', async (req, reply) => {
    const { request } = await resolve(req);
    if (!request.ok) return chooser(req, reply, request.values, request.errors);
    const tenant = tenantOf(req);
    const shown = await service.yearlyReport(reads, clock, tenant, request.year, request.scope, request.mode);
    const answers = await service.answerSummaries(reads, tenant, request.year, clock.now());
    return render(reply, <ReportPage ctx={pageContext(req, 'staff')} shown={shown} answers={answers} query={queryString(request.year, request.scope.unitId)} />);
  });

  const exportRoute = (format: 'pdf' | 'xlsx' | 'csv') => async (req: FastifyRequest, reply: FastifyReply) => {
    const { principal, request } = await resolve(req);
    if (!request.ok) return chooser(req, reply, request.values, request.errors);
    const tenant = tenantOf(req);
    const shown = await service.reportForExport({ db, reads }, clock, principal, tenant, request.year, request.scope, format);
    const answers = await service.answerSummaries(reads, tenant, request.year, clock.now());
    const name = `arsrapport-${tenant.slug}-${request.year}${request.scope.unitId ? '-enhet' : ''}`;
    reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
    if (format === 'pdf') return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).send(await reportPdf(shown, answers));
    if (format === 'xlsx') {
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(await reportXlsx(shown, answers));
    }
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(reportCsv(shown, answers));
  };
  app.get('/personal/rapporter/rapport.pdf', exportRoute('pdf'));
  app.get('/personal/rapporter/rapport.xlsx', exportRoute('xlsx'));
  app.get('/personal/rapporter/rapport.csv', exportRoute('csv'));

  app.get('/personal/rapporter/definitioner', async (req, reply) => {
    await requirePermission(req, READ);
    return render(reply, <DefinitionsPage ctx={pageContext(req, 'staff')} />);
  });

  /** ?enhet chooses the part of the organisation: a malformed one is a form error, one out of reach 404. */
  app.get('/personal/oversikt', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, READ);
    if (!mayViewDashboard(principal)) throw new Forbidden();
    const boardOnly = wholeMunicipalityOnly(principal);
    const request = service.resolveDashboardRequest(principal, scope, clock.now(), boardOnly ? { enhet: '' } : req.query);
    const units = boardOnly ? [] : service.unitChoices(principal, scope);
    const ctx = pageContext(req, 'staff');
    if (!request.ok) return render(reply, <DashboardPage ctx={ctx} shown={null} units={units} values={request.values} errors={request.errors} />, 400);
    const panels = await service.dashboard(reads, clock, tenantOf(req), request.scope, request.mode);
    return render(reply, <DashboardPage ctx={ctx} shown={{ panels, scopeName: request.scope.unitName, mode: request.mode }} units={units}
      values={{ enhet: request.scope.unitId ?? '' }} />);
  });

  await questionnaireRoutes(app);
}
