// Dashboards for specialists and managers (SPEC C6): this year against last year, month by
// month, for the whole municipality or one part of it. Each series is a 12-month breakdown with
// the year's total, suppressed exactly as the report's month tables are (same numbers in, same
// cells hidden), including the cells a larger part's dashboard would reveal by subtraction.
import { DateTime } from 'luxon';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { MONTH_NAMES, ZONE } from '../../platform/domain/dates.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import type { ReportScope } from './model.js';
import type { Mode } from './present.js';
import { breakdownCells, formatCount, suppress, suppressedLabel } from './suppression.js';
import { DASHBOARD_SOURCES } from './sections/monthly.js';
import { definition } from './definitions.js';
import { forcedInSeries } from './differencing.js';

export interface MonthlySource {
  id: string;
  title: string;
  /** The row of the definitions table (definitions.ts) whose "what is counted" the chart describes. */
  definition: string;
  municipalityWide: boolean;
  months(db: Kysely<DB>, tenant: Tenant, year: number, scope: ReportScope): Promise<number[]>;
}

export interface ShownSeries {
  year: number;
  /** null = hidden or a month that has not happened yet */
  values: (number | null)[];
  display: string[];
  totalText: string;
}

export interface ShownPanel {
  id: string;
  title: string;
  description: string;
  municipalityWide: boolean;
  current: ShownSeries;
  previous: ShownSeries;
}

export const MONTH_SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

function showSeries(values: number[], year: number, monthsElapsed: number, mode: Mode, threshold: number, forced: Set<number>): ShownSeries {
  const total = values.reduce((s, v) => s + v, 0);
  const { states } = suppress(breakdownCells(values, total, { totalIsAnchor: true }), threshold, forced);
  const label = (i: number, v: number) => (mode === 'exact' || states[i] === 'shown' ? formatCount(v) : suppressedLabel(states[i], v, threshold));
  return {
    year,
    values: values.map((v, i) => (i >= monthsElapsed ? null : mode === 'exact' || states[i] === 'shown' ? v : null)),
    display: values.map((v, i) => (i >= monthsElapsed ? '–' : label(i, v))),
    totalText: label(12, total),
  };
}

/**
 * `larger`: the parts of the organisation containing `scope` (service.largerScopes). Their
 * series are read only for sources split by unit; the others are the same in every scope.
 */
export async function dashboard(db: Kysely<DB>, tenant: Tenant, now: Date, scope: ReportScope, mode: Mode, larger: ReportScope[] = []): Promise<ShownPanel[]> {
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  const year = today.year;
  const threshold = tenant.settings.suppressionThreshold;
  const whole = scope.unitIds === 'all';
  return Promise.all(DASHBOARD_SOURCES.map(async (src) => {
    const years = (s: ReportScope) => Promise.all([src.months(db, tenant, year, s), src.months(db, tenant, year - 1, s)]);
    const [[cur, prev], ...above] = await Promise.all([scope, ...(src.municipalityWide ? [] : larger)].map(years));
    const current = showSeries(cur, year, today.month, mode, threshold, forcedInSeries(cur, above.map(([c]) => c), threshold));
    const previous = showSeries(prev, year - 1, 12, mode, threshold, forcedInSeries(prev, above.map(([, p]) => p), threshold));
    const where = whole ? 'Hela kommunen.' : src.municipalityWide ? 'Gäller hela kommunen: källan registrerar inte enhet.' : `Gäller ${scope.unitName} med allt under den.`;
    return {
      id: src.id, title: src.title, municipalityWide: src.municipalityWide && !whole, current, previous,
      description: `${definition(src.definition).counted ?? definition(src.definition).text} ${where} Staplar per månad för ${year} (till och med ${MONTH_NAMES[today.month - 1]}) och ${year - 1}. Totalt ${year} hittills: ${current.totalText}. Totalt ${year - 1}: ${previous.totalText}.`,
    };
  }));
}
