// Protection against differencing across reports (SPEC C6). Each table is suppressed on its own,
// but a reader can open the report of an area and that of the administration or municipality it
// lies in: if the area shows 38 contacts where the municipality shows 40, the rest has 2. So a
// count in a report for part of the organisation is hidden when it is 1…t−1 below the same count
// in a report for a larger part containing it; the table's own suppression then protects it
// (suppress() with `forced`). The finer report gives way, so the larger reports never change.
import type { ReportCell, ReportRow, YearlyReport } from './model.js';
import { differsBySmall } from './suppression.js';

export interface ForcedCells {
  /** table id → "row:col" of the count cells to hide */
  tables: Map<string, Set<string>>;
  /** section id → indexes of the count facts to hide */
  facts: Map<string, Set<number>>;
  /** table id → "row:col" of cells other reports give away: never chosen to protect another (tree.ts) */
  pinned?: Map<string, Set<string>>;
  /** tables that cannot be shown cell by cell anywhere in the tree: only their anchors are shown (tree.ts) */
  withheld?: Set<string>;
}

export const NOTHING_FORCED: ForcedCells = { tables: new Map(), facts: new Map() };

const countOf = (c: ReportCell | undefined): number | null => (c?.kind === 'count' ? c.value : null);

/**
 * The count cells of `report` that a report for a larger part of the organisation would reveal by
 * subtraction. `larger` are the reports for every part containing this one, up to the whole
 * municipality, built the same way. Cells are matched by section, table id, row label (every row
 * of that label, when a label repeats) and column; a section whose source cannot be split by unit
 * gives the same figure in both, which differs by 0 and stays shown.
 */
export function forcedByLarger(report: YearlyReport, larger: YearlyReport[], threshold: number): ForcedCells {
  const out: ForcedCells = { tables: new Map(), facts: new Map() };
  const add = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => m.set(k, (m.get(k) ?? new Set<V>()).add(v));
  const revealed = (own: number, theirs: (number | null)[]) => theirs.some((v) => v !== null && differsBySmall(own, v, threshold));
  for (const section of report.sections) {
    const same = larger.flatMap((l) => l.sections.filter((s) => s.id === section.id));
    (section.facts ?? []).forEach((fact, i) => {
      const own = countOf(fact.cell);
      const theirs = same.flatMap((s) => (s.facts ?? []).filter((f) => f.label === fact.label).map((f) => countOf(f.cell)));
      if (own !== null && revealed(own, theirs)) add(out.facts, section.id, i);
    });
    for (const table of section.tables) {
      // The larger reports' rows of this table by label (and whether a total), in their order:
      // one pass instead of a search per row (tables of a few dozen rows, in every report of the tree).
      const rowsByLabel = new Map<string, ReportRow[]>();
      for (const s of same) {
        for (const t of s.tables) {
          if (t.id !== table.id) continue;
          for (const x of t.rows) {
            const key = `${x.total ? 1 : 0}|${x.label}`;
            const list = rowsByLabel.get(key);
            if (list) list.push(x);
            else rowsByLabel.set(key, [x]);
          }
        }
      }
      table.rows.forEach((row, r) => {
        const rows = rowsByLabel.get(`${row.total ? 1 : 0}|${row.label}`) ?? [];
        row.cells.forEach((cell, c) => {
          const own = countOf(cell);
          if (own !== null && revealed(own, rows.map((x) => countOf(x.cells[c])))) add(out.tables, table.id, `${r}:${c}`);
        });
      });
    }
  }
  return out;
}
