// The yearly follow-up to the nämnd and the dashboards (SPEC C6): every figure comes from what
// was recorded during the year, through the owning modules' services. Specialists see exact
// numbers; everyone else, and every export, sees small numbers suppressed (suppression.ts).
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { ZONE } from '../../platform/domain/dates.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { scopeFor } from '../../platform/auth/principal.js';
import { NotFound, type FieldErrors } from '../../platform/http/errors.js';
import { pathTo, subtree, type OrgUnit, type Tenant } from '../../platform/tenancy/tenancy.js';
import { audit } from '../../platform/audit/audit.js';
import { zodToFieldErrors } from '../../platform/http/forms.js';
import { DETAILED } from './policy.js';
import { buildReport } from './report.js';
import { presentReport, type Mode, type ShownReport } from './present.js';
import type { ReportScope } from './model.js';
import { FIRST_YEAR, reportQuerySchema } from './schema.js';
import { questionnaire, summarize } from './questionnaire.js';
import type { AnswerSummary } from './views/questionnaire-summary.js';

export const currentYear = (now: Date): number => DateTime.fromJSDate(now, { zone: ZONE }).year;

export interface UnitChoice {
  id: string;
  /** "Omsorgsförvaltningen › Äldreomsorg" */
  label: string;
  kind: OrgUnit['kind'];
}

/**
 * Which parts of the organisation a viewer may see a report for. The whole municipality is the
 * report to the nämnd, open to every reports:read holder (suppressed). Specialists produce the
 * report for the whole carer-support function, so reports:detailed opens every administration
 * and area; managers see the units their role covers.
 */
export function reportableUnits(principal: Principal, readScope: Scope): 'all' | string[] {
  return readScope.units === 'all' || scopeFor(principal, DETAILED) ? 'all' : readScope.units;
}

/** Administrations and areas to choose from (and units, for a manager whose scope is a unit). */
export function unitChoices(principal: Principal, readScope: Scope): UnitChoice[] {
  const allowed = reportableUnits(principal, readScope);
  return principal.units
    .filter((u) => u.active && !u.external && (allowed === 'all' ? u.kind !== 'unit' : allowed.includes(u.id)))
    .map((u) => ({ id: u.id, kind: u.kind, label: pathTo(principal.units, u.id).map((p) => p.name).join(' › ') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

export type ReportRequest =
  | { ok: true; year: number; scope: ReportScope; mode: Mode }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Reads ?ar and ?enhet. A bad year or a malformed unit gives field errors (the chooser is shown
 * again, status 400); a unit outside the viewer's reach, or another municipality's, is not found.
 */
export function resolveReportRequest(principal: Principal, readScope: Scope, now: Date, query: unknown): ReportRequest {
  const raw = (query ?? {}) as Record<string, unknown>;
  const values = { ar: typeof raw.ar === 'string' ? raw.ar : '', enhet: typeof raw.enhet === 'string' ? raw.enhet : '' };
  const parsed = reportQuerySchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: zodToFieldErrors(parsed.error), values };
  const year = Number(parsed.data.ar);
  const thisYear = currentYear(now);
  if (year < FIRST_YEAR || year > thisYear) {
    return { ok: false, errors: { ar: `Välj ett år mellan ${FIRST_YEAR} och ${thisYear}. En rapport kan inte gälla ett år som inte har börjat.` }, values };
  }
  const unitId = parsed.data.enhet || null;
  if (unitId !== null) {
    const allowed = reportableUnits(principal, readScope);
    if (!principal.units.some((u) => u.id === unitId) || (allowed !== 'all' && !allowed.includes(unitId))) throw new NotFound();
  }
  const scope: ReportScope = unitId === null
    ? { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' }
    : { unitId, unitName: pathTo(principal.units, unitId).map((u) => u.name).join(' › '), unitIds: [...subtree(principal.units, unitId)] };
  return { ok: true, year, scope, mode: modeFor(principal) };
}

/** Exact figures on screen for reports:detailed (specialists); suppressed for everyone else. */
export function modeFor(principal: Principal): Mode {
  return scopeFor(principal, DETAILED) ? 'exact' : 'suppressed';
}

export async function yearlyReport(db: Kysely<DB>, clock: Clock, tenant: Tenant, year: number, scope: ReportScope, mode: Mode): Promise<ShownReport> {
  const report = await buildReport({ db, tenant, year, scope, now: clock.now() });
  return presentReport(report, mode, tenant.settings.suppressionThreshold);
}

/** Every export leaves the specialists: suppressed for everyone, and written to the access log. */
export async function reportForExport(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, year: number, scope: ReportScope, format: 'pdf' | 'xlsx' | 'csv'): Promise<ShownReport> {
  const shown = await yearlyReport(db, clock, tenant, year, scope, 'suppressed');
  await audit(db, {
    tenantId: tenant.id, userId: actor.userId, unitId: scope.unitId, action: 'report.export', subjectType: 'yearly_report',
    subjectId: `${year}${scope.unitId ? `:${scope.unitId}` : ''}`, purpose: format,
  }, clock.now());
  return shown;
}

/** The year's questionnaire as the report shows it: answers and dates, no names. */
export async function answerSummaries(db: Kysely<DB>, tenant: Tenant, year: number, now: Date): Promise<AnswerSummary[]> {
  const questions = await questionnaire(db, tenant, year, now, false);
  return questions.map((qn) => {
    const times = Object.values(qn.answers).map((a) => a!.at).sort();
    return { text: qn.text, answer: summarize(qn), note: qn.note, answeredAt: times.length > 0 ? times[times.length - 1] : null };
  });
}
