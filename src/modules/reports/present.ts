// From report data to what a reader sees: exact figures for specialists, suppressed figures for
// everyone else and for every export. One function per table; the views and exports only
// format what comes out of here.
import { formatCount, suppress, suppressedLabel, type CellState } from './suppression.js';
import { breakdownCells, crosstabCells, singleCellState } from './table-shapes.js';
import type { Fact, ReportCell, ReportRow, ReportTable, YearlyReport } from './model.js';
import { NOTHING_FORCED, type ForcedCells } from './differencing.js';
import { formatNumber } from '../../platform/i18n/numbers.js';

export type Mode = 'exact' | 'suppressed';

export interface ShownCell {
  text: string;
  /** The number when it is shown (for spreadsheets); null when hidden or not a number. */
  number: number | null;
  numeric: boolean;
  hidden: boolean;
  /** Exact view only: this figure is hidden in what leaves the specialists. */
  hiddenOutside: boolean;
}

export interface ShownRow {
  label: string;
  total: boolean;
  subtotal: boolean;
  cells: ShownCell[];
}

export interface ShownTable {
  table: ReportTable;
  rows: ShownRow[];
  /** The table could not be shown cell by cell at all (everything but the total is hidden). */
  withheld: boolean;
  anyHidden: boolean;
}


export function formatCell(c: ReportCell): string {
  switch (c.kind) {
    case 'count': return formatCount(c.value);
    case 'plain': return c.unit === 'kr' ? `${formatNumber(c.value)} kr` : c.unit === 'tkr' ? `${formatNumber(c.value, 1)} tkr` : c.unit === 'percent' ? `${formatNumber(c.value * 100)} %` : formatNumber(c.value);
    case 'measure':
      if (c.value === null) return '–';
      return c.format === 'percent' ? `${formatNumber(c.value * 100)} %` : c.format === 'kr' ? `${formatNumber(c.value)} kr` : `${formatNumber(c.value, 1)} dagar`;
    case 'text': return c.value;
  }
}

/**
 * Suppression states of every count cell of a table, keyed "row:col". `forced` ("row:col") are
 * cells a larger report would reveal by subtraction: hidden whatever their value (differencing.ts).
 */
export function countStates(t: ReportTable, threshold: number, forced: ReadonlySet<string> = new Set(), pinned: ReadonlySet<string> = new Set(), withheld = false): { states: Map<string, CellState>; ok: boolean } {
  const states = new Map<string, CellState>();
  const key = (r: number, c: number) => `${r}:${c}`;
  if (withheld && t.shape.kind === 'columns') {
    // The whole tree cannot show this table cell by cell: only its total, when that is an anchor.
    t.rows.forEach((row, r) => row.cells.forEach((cell, c) => {
      if (cell.kind !== 'count') return;
      const anchor = row.total && t.shape.kind === 'columns' && t.shape.totalIsAnchor && !forced.has(key(r, c));
      states.set(key(r, c), anchor ? singleCellState(cell.value, threshold) : 'withheld');
    }));
    return { states, ok: false };
  }
  const forcedAt = (positions: [number, number][]) => new Set(positions.flatMap(([r, c], i) => (forced.has(key(r, c)) ? [i] : [])));
  const valueAt = (r: number, c: number) => {
    const cell = t.rows[r].cells[c];
    return cell?.kind === 'count' ? cell.value : null;
  };
  let ok = true;
  if (t.shape.kind === 'independent') {
    t.rows.forEach((row, r) => row.cells.forEach((cell, c) => {
      if (cell.kind !== 'count') return;
      const own = singleCellState(cell.value, threshold);
      states.set(key(r, c), own === 'shown' && cell.value > 0 && forced.has(key(r, c)) ? 'secondary' : own);
    }));
    return { states, ok };
  }
  const totalRow = t.rows.findIndex((row) => row.total);
  if (totalRow < 0) throw new Error(`table ${t.id}: a ${t.shape.kind} table needs a total row`);
  const parts = t.rows.map((row, r) => ({ row, r })).filter(({ row }) => !row.total && !row.subtotalOf).map(({ r }) => r);
  if (t.shape.kind === 'columns') {
    const subs = t.rows.map((row, r) => ({ row, r })).filter(({ row }) => row.subtotalOf);
    const width = t.rows[totalRow].cells.length;
    for (let c = 0; c < width; c++) {
      if (valueAt(totalRow, c) === null) continue;
      const values = parts.map((r) => valueAt(r, c) ?? 0);
      const total = valueAt(totalRow, c)!;
      if (values.reduce((s, v) => s + v, 0) !== total) throw new Error(`table ${t.id}: column ${c} does not add up to its total`);
      const groups = subs.map(({ row }) => row.subtotalOf!.map((m) => parts.indexOf(m)));
      const positions: [number, number][] = [...parts.map((r): [number, number] => [r, c]), ...subs.map(({ r }): [number, number] => [r, c]), [totalRow, c]];
      const cells = breakdownCells(values, total, { groups, totalIsAnchor: t.shape.totalIsAnchor });
      // Pinned: a figure other reports give away (e.g. an area's only category, equal to its total).
      positions.forEach(([r, cc], i) => { if (pinned.has(key(r, cc))) cells[i].anchor = true; });
      const res = suppress(cells, threshold, forcedAt(positions));
      ok &&= res.ok;
      parts.forEach((r, i) => states.set(key(r, c), res.states[i]));
      subs.forEach(({ r }, g) => states.set(key(r, c), res.states[parts.length + g]));
      states.set(key(totalRow, c), res.states[res.states.length - 1]);
    }
    return { states, ok };
  }
  // crosstab: inner cells, the last column holds row totals, the total row holds column totals.
  const width = t.rows[totalRow].cells.length - 1;
  const inner = parts.map((r) => Array.from({ length: width }, (_, c) => valueAt(r, c) ?? 0));
  const cells = crosstabCells(inner, { grandIsAnchor: t.shape.grandIsAnchor });
  const expected = [...inner.flat(), ...parts.map((r) => valueAt(r, width)), ...Array.from({ length: width }, (_, c) => valueAt(totalRow, c)), valueAt(totalRow, width)];
  if (cells.some((cell, i) => cell.value !== expected[i])) throw new Error(`table ${t.id}: the crosstab's totals do not add up`);
  const m = parts.length;
  const positions: [number, number][] = [
    ...parts.flatMap((r) => Array.from({ length: width }, (_, c): [number, number] => [r, c])),
    ...parts.map((r): [number, number] => [r, width]),
    ...Array.from({ length: width }, (_, c): [number, number] => [totalRow, c]),
    [totalRow, width],
  ];
  const res = suppress(cells, threshold, forcedAt(positions));
  ok = res.ok;
  parts.forEach((r, i) => {
    for (let c = 0; c < width; c++) states.set(key(r, c), res.states[i * width + c]);
    states.set(key(r, width), res.states[m * width + i]);
  });
  for (let c = 0; c < width; c++) states.set(key(totalRow, c), res.states[m * width + m + c]);
  states.set(key(totalRow, width), res.states[res.states.length - 1]);
  return { states, ok };
}

export function presentTable(t: ReportTable, mode: Mode, threshold: number, forced?: ReadonlySet<string>, pinned?: ReadonlySet<string>, withheld = false): ShownTable {
  const { states, ok } = countStates(t, threshold, forced, pinned, withheld);
  const hiddenAt = (r: number, c: number) => {
    const s = states.get(`${r}:${c}`);
    return s !== undefined && s !== 'shown';
  };
  let anyHidden = false;
  const rows = t.rows.map((row: ReportRow, r): ShownRow => ({
    label: row.label,
    total: !!row.total,
    subtotal: !!row.subtotalOf,
    cells: row.cells.map((cell, c): ShownCell => {
      let hide = false;
      if (cell.kind === 'count') hide = hiddenAt(r, c);
      if (cell.kind === 'measure') hide = cell.value !== null && ((cell.base > 0 && cell.base < threshold) || (cell.dependsOn ?? []).some(([rr, cc]) => hiddenAt(rr, cc)));
      anyHidden ||= hide;
      const numeric = cell.kind !== 'text';
      if (hide && mode === 'suppressed') {
        const label = cell.kind === 'count' ? suppressedLabel(states.get(`${r}:${c}`)!, cell.value, threshold) : 'dolt';
        return { text: label, number: null, numeric, hidden: true, hiddenOutside: true };
      }
      const number = cell.kind === 'text' || (cell.kind === 'measure' && cell.value === null) ? null : (cell.value as number);
      return { text: formatCell(cell), number, numeric, hidden: false, hiddenOutside: hide };
    }),
  }));
  return { table: t, rows, withheld: !ok, anyHidden };
}

export interface ShownFact {
  fact: Fact;
  cell: ShownCell;
}

/** `forced`: a larger report would reveal this count by subtraction (differencing.ts), or the tree hides it (tree.ts). */
export function presentFact(f: Fact, mode: Mode, threshold: number, forced = false): ShownFact {
  const own = f.cell.kind === 'count' ? singleCellState(f.cell.value, threshold) : 'shown';
  // A forced 0 comes only from a table the whole tree cannot show cell by cell (tree.ts): hidden too.
  const state: CellState = own === 'shown' && forced && f.cell.kind === 'count' ? (f.cell.value > 0 ? 'secondary' : 'withheld') : own;
  const hide = state !== 'shown';
  if (hide && mode === 'suppressed') {
    return { fact: f, cell: { text: suppressedLabel(state, f.cell.value as number, threshold), number: null, numeric: true, hidden: true, hiddenOutside: true } };
  }
  const number = f.cell.kind === 'text' || (f.cell.kind === 'measure' && f.cell.value === null) ? null : (f.cell.value as number);
  return { fact: f, cell: { text: formatCell(f.cell), number, numeric: f.cell.kind !== 'text', hidden: false, hiddenOutside: hide } };
}

export interface ShownSection {
  id: string;
  title: string;
  intro?: string;
  municipalityWide: boolean;
  unavailable?: string;
  facts: ShownFact[];
  tables: ShownTable[];
}

export interface ShownReport {
  report: YearlyReport;
  mode: Mode;
  threshold: number;
  sections: ShownSection[];
}

/** `forced`: the cells that reports for larger parts of the organisation would reveal (differencing.ts). */
export function presentReport(report: YearlyReport, mode: Mode, threshold: number, forced: ForcedCells = NOTHING_FORCED): ShownReport {
  return {
    report, mode, threshold,
    sections: report.sections.map((s) => ({
      id: s.id, title: s.title, intro: s.intro, municipalityWide: !!s.municipalityWide, unavailable: s.unavailable,
      facts: (s.facts ?? []).map((f, i) => presentFact(f, mode, threshold, forced.facts.get(s.id)?.has(i) ?? false)),
      tables: s.tables.map((t) => presentTable(t, mode, threshold, forced.tables.get(t.id), forced.pinned?.get(t.id), forced.withheld?.has(t.id))),
    })),
  };
}
