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
import { listUnits, pathTo, subtree, type OrgUnit, type Tenant } from '../../platform/tenancy/tenancy.js';
import { audit } from '../../platform/audit/audit.js';
import { zodToFieldErrors } from '../../platform/http/forms.js';
import { DETAILED } from './policy.js';
import { buildReport } from './report.js';
import { presentReport, type Mode, type ShownReport } from './present.js';
import type { ReportScope } from './model.js';
import { withSharedReads } from '../../platform/db/shared-reads.js';
import { treeForced } from './tree.js';
import type { TreeReport } from './tree-crosstabs.js';
import { dashboard as dashboardPanels, type ShownPanel } from './dashboard.js';
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
  return { ok: true, year, scope: scopeOf(principal.units, unitId), mode: modeFor(principal) };
}

const WHOLE_MUNICIPALITY: ReportScope = { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' };

/** The report scope of a unit (and everything under it), or of the whole municipality. */
function scopeOf(units: readonly OrgUnit[], unitId: string | null): ReportScope {
  if (unitId === null) return WHOLE_MUNICIPALITY;
  return { unitId, unitName: pathTo(units, unitId).map((u) => u.name).join(' › '), unitIds: [...subtree(units, unitId)] };
}

/**
 * The dashboard's ?enhet. Without one, a viewer who reaches the whole organisation sees the whole
 * municipality, and a manager their own part of it (the top unit their role covers); the whole
 * municipality stays one choice away, as for the report.
 */
export function resolveDashboardRequest(principal: Principal, readScope: Scope, now: Date, query: unknown): ReportRequest {
  const raw = (query ?? {}) as Record<string, unknown>;
  const enhet = typeof raw.enhet === 'string' ? raw.enhet : (defaultUnit(principal, readScope) ?? '');
  return resolveReportRequest(principal, readScope, now, { ar: String(currentYear(now)), enhet });
}

function defaultUnit(principal: Principal, readScope: Scope): string | null {
  const allowed = reportableUnits(principal, readScope);
  if (allowed === 'all') return null;
  const parentOf = new Map(principal.units.map((u) => [u.id, u.parentId]));
  const top = unitChoices(principal, readScope).find((c) => !allowed.includes(parentOf.get(c.id) ?? ''));
  return top?.id ?? null;
}

/** Exact figures on screen for reports:detailed (specialists); suppressed for everyone else. */
export function modeFor(principal: Principal): Mode {
  return scopeFor(principal, DETAILED) ? 'exact' : 'suppressed';
}

/**
 * The parts of the organisation whose report and overview can be opened (resolveReportRequest
 * takes any unit of the municipality): the municipality and every unit under it —
 * administrations, areas and the units below them, inactive and external ones included — each
 * with the index of its parent. A board member may read all of them side by side, so they are
 * suppressed as one tree (tree.ts): siblings together with their parent.
 */
export function reportTree(units: OrgUnit[]): { scopes: ReportScope[]; parents: number[] } {
  const scopes = [WHOLE_MUNICIPALITY, ...units.map((u) => scopeOf(units, u.id))];
  const index = new Map(units.map((u, i) => [u.id, i + 1]));
  const parents = [-1, ...units.map((u) => (u.parentId !== null && index.has(u.parentId) ? index.get(u.parentId)! : 0))];
  return { scopes, parents };
}

/**
 * The report as its reader sees it. Every part's report is suppressed together with all the
 * others (tree.ts): a reader can set them side by side, so no hidden figure may follow from what
 * any of them shows; the same tree answers for every part, so a figure reads the same everywhere.
 */
export async function yearlyReport(db: Kysely<DB>, clock: Clock, tenant: Tenant, year: number, scope: ReportScope, mode: Mode): Promise<ShownReport> {
  const now = clock.now();
  const threshold = tenant.settings.suppressionThreshold;
  const tree = reportTree(await listUnits(db, tenant.id));
  const at = tree.scopes.findIndex((s) => s.unitId === scope.unitId);
  if (at < 0) throw new NotFound();
  const reports = await withSharedReads(db, (shared) => Promise.all(tree.scopes.map((s) => buildReport({ db: shared, tenant, year, scope: s, now }))));
  const nodes: TreeReport[] = reports.map((report, i) => ({ report, parent: tree.parents[i] }));
  return presentReport(reports[at], mode, threshold, treeForced(nodes, threshold)[at]);
}

/** The dashboard, suppressed over the same organisation tree as the report. */
export async function dashboard(db: Kysely<DB>, clock: Clock, tenant: Tenant, scope: ReportScope, mode: Mode): Promise<ShownPanel[]> {
  return dashboardPanels(db, tenant, clock.now(), scope, mode, reportTree(await listUnits(db, tenant.id)));
}

/** Every export leaves the specialists: suppressed for everyone, and written to the access log
 *  (`db`; the figures may come from the read connections, `reads`). */
export async function reportForExport({ db, reads = db }: { db: Kysely<DB>; reads?: Kysely<DB> }, clock: Clock, actor: Principal, tenant: Tenant, year: number, scope: ReportScope,
  format: 'pdf' | 'xlsx' | 'csv'): Promise<ShownReport> {
  const shown = await yearlyReport(reads, clock, tenant, year, scope, 'suppressed');
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
