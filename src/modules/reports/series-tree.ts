// The dashboards' month series suppressed over the whole organisation tree, like the report
// (tree.ts): a board member can open the overview of the municipality, of each administration,
// area and unit, and the yearly reports beside them. Per source and year, every part's twelve
// months and total are one month table (sections/monthly.ts) in a report of its own, and the
// tree's crosstabs (parent × children and rest × months) protect them. A table is solved by
// its own values only, so the contacts' series hides exactly the months the report's
// "Kontakter per månad" hides, and every series total follows the same differencing rule as the
// report's totals of that source.
import type { YearlyReport } from './model.js';
import { countStates } from './present.js';
import { MONTH_CODES, monthTable } from './sections/monthly.js';
import type { CellState } from './suppression.js';
import { treeForced } from './tree.js';

/**
 * `series[i]`: the twelve months of part i of the tree (0 = the municipality), `parents[i]` its
 * parent's index (-1 for the municipality). Returns per part the state of each month and, at
 * index 12, of the year's total.
 */
export function seriesTreeStates(tableId: string, series: number[][], parents: number[], threshold: number): CellState[][] {
  const reports: YearlyReport[] = series.map((values, i) => ({
    tenantName: '', year: 0, periodEnd: '',
    scope: i === 0 ? { unitId: null, unitName: '', unitIds: 'all' } : { unitId: `part-${i}`, unitName: '', unitIds: [`part-${i}`] },
    sections: [{ id: 'serie', title: '', tables: [monthTable(tableId, '', '', Object.fromEntries(MONTH_CODES.map((m, k) => [m, values[k] ?? 0])))] }],
  }));
  const forced = treeForced(reports.map((report, i) => ({ report, parent: parents[i] })), threshold);
  return reports.map((r, i) => {
    const t = r.sections[0].tables[0];
    const { states } = countStates(t, threshold, forced[i].tables.get(t.id), forced[i].pinned?.get(t.id), forced[i].withheld?.has(t.id));
    return t.rows.map((_, k) => states.get(`${k}:0`) ?? 'shown');
  });
}
