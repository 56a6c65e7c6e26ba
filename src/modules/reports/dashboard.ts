// Dashboards for specialists and managers (SPEC C6): this year against last year, month by
// month, for the whole municipality or one part of it. Each series is a 12-month breakdown with
// the year's total, suppressed over the whole organisation tree (every unit) exactly as the report's month
// table is (series-tree.ts: same numbers in, same cells hidden), so nothing hidden on one
// overview follows from the others and the reports.
import { DateTime } from 'luxon';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { MONTH_NAMES, ZONE } from '../../platform/domain/dates.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import type { ReportScope } from './model.js';
import type { Mode } from './present.js';
import { formatCount, suppress, suppressedLabel, type CellState } from './suppression.js';
import { breakdownCells } from './table-shapes.js';
import { DASHBOARD_SOURCES, seriesTableId } from './sections/monthly.js';
import { seriesTreeStates } from './series-tree.js';
import { withSharedReads } from '../../platform/db/shared-reads.js';
import { definition } from './definitions.js';

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

function showSeries(values: number[], year: number, monthsElapsed: number, mode: Mode, threshold: number, states: CellState[]): ShownSeries {
  const total = values.reduce((s, v) => s + v, 0);
  const label = (i: number, v: number) => (mode === 'exact' || states[i] === 'shown' ? formatCount(v) : suppressedLabel(states[i], v, threshold));
  return {
    year,
    values: values.map((v, i) => (i >= monthsElapsed ? null : mode === 'exact' || states[i] === 'shown' ? v : null)),
    display: values.map((v, i) => (i >= monthsElapsed ? '–' : label(i, v))),
    totalText: label(12, total),
  };
}

/** A municipality-wide series (the same figures in every part's overview): its own small numbers. */
function ownStates(values: number[], threshold: number): CellState[] {
  const total = values.reduce((s, v) => s + v, 0);
  return suppress(breakdownCells(values, total, { totalIsAnchor: true }), threshold).states;
}

/** The parts of the organisation a reader can open side by side (service.reportTree). */
export interface BoardTree { scopes: ReportScope[]; parents: number[] }

/**
 * Every part of the tree (the municipality, each administration, area and unit) is suppressed
 * together with every other part (series-tree.ts), as the report is. `scope` must be a part of `tree`.
 */
export async function dashboard(db: Kysely<DB>, tenant: Tenant, now: Date, scope: ReportScope, mode: Mode, tree: BoardTree): Promise<ShownPanel[]> {
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  const year = today.year;
  const threshold = tenant.settings.suppressionThreshold;
  const whole = scope.unitIds === 'all';
  const at = tree.scopes.findIndex((s) => s.unitId === scope.unitId);
  if (at < 0) throw new Error(`dashboard: ${scope.unitId} is not a part of the organisation tree`);
  return withSharedReads(db, (shared) => Promise.all(DASHBOARD_SOURCES.map(async (src) => {
    const read = (y: number) => async (): Promise<[number[], CellState[]]> => {
      if (!src.municipalityWide) {
        const all = await Promise.all(tree.scopes.map((s) => src.months(shared, tenant, y, s)));
        return [all[at], seriesTreeStates(seriesTableId(src.id), all, tree.parents, threshold)[at]];
      }
      // The same figures for every part: the municipality's series, suppressed on its own.
      const own = await src.months(shared, tenant, y, scope);
      return [own, ownStates(own, threshold)];
    };
    const [[cur, curStates], [prev, prevStates]] = await Promise.all([read(year)(), read(year - 1)()]);
    const current = showSeries(cur, year, today.month, mode, threshold, curStates);
    const previous = showSeries(prev, year - 1, 12, mode, threshold, prevStates);
    const where = whole ? 'Hela kommunen.' : src.municipalityWide ? 'Gäller hela kommunen: källan registrerar inte enhet.' : `Gäller ${scope.unitName} med allt under den.`;
    return {
      id: src.id, title: src.title, municipalityWide: src.municipalityWide && !whole, current, previous,
      description: `${definition(src.definition).counted ?? definition(src.definition).text} ${where} Staplar per månad för ${year} (till och med ${MONTH_NAMES[today.month - 1]}) och ${year - 1}. Totalt ${year} hittills: ${current.totalText}. Totalt ${year - 1}: ${previous.totalText}.`,
    };
  })));
}
