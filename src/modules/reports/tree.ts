// Suppression over the whole organisation tree (SPEC C6). A reader can set the reports of every
// part of the organisation side by side: a parent's breakdown is the sum of its children's plus
// what was recorded above them (the "rest": its own units, or no unit at all, like "Okänd
// enhet"). Per parent, per breakdown table and column, that is a crosstab — rows: the children
// and the rest; columns: the breakdown's rows; row totals: each child's total; column totals:
// the parent's figures. A cell hidden in one report is hidden in every crosstab it appears in,
// and each crosstab is protected by the same engine as a single table (suppression.ts). The
// result feeds back into each report's own suppression as `forced` cells, until nothing changes.
// One level at a time is not enough with three levels (a move in the municipality's crosstab may
// need the administration's own figures to follow): when the crosstabs have settled, every table
// column is checked over the whole tree as one problem (whole-tree.ts, whole-tree-search.ts), and
// what that hides starts the rounds again.
import { createHash } from 'node:crypto';
import type { YearlyReport } from './model.js';
import { forcedByLarger, type ForcedCells } from './differencing.js';
import { countStates } from './present.js';
import { alternativeChange, residualGraph, suppress, type CellState } from './suppression.js';
import { columnModels, type ColumnModel } from './whole-tree.js';
import { columnGap, labelRange } from './whole-tree-search.js';
import { isSeriesTable } from './sections/monthly.js';

import { additiveTables, forceFacts, treeCrosstabs, withFactTables, type TreeCrosstab, type TreeReport } from './tree-crosstabs.js';

/** countStates of one table, remembered by what it depends on (its report, forced, pinned and withheld cells). */
type StatesMemo = Map<string, Map<string, CellState>>;

/** One report's cell states: table id → "row:col" → state (the memo's maps themselves, read only). */
type TableStates = Map<string, ReadonlyMap<string, CellState>>;

const keyOf = (set: ReadonlySet<string> | undefined) => (set && set.size > 0 ? [...set].sort().join(',') : '');

/**
 * The states of every count cell of every additive table of every report, with the cells forced and pinned so far. Between
 * rounds only a few tables gain a forced cell: the others are taken from `memo` (same inputs, same
 * answer: suppress() is deterministic), which is most of what makes the whole tree affordable.
 */
export function reportStates(nodes: TreeReport[], forced: ForcedCells[], threshold: number, memo: StatesMemo = new Map()): TableStates[] {
  return nodes.map((n, i) => {
    const out: TableStates = new Map();
    // Only the tables the crosstabs and columns read (each report presents the others on its own).
    for (const t of additiveTables(n.report)) {
      const f = forced[i].tables.get(t.id);
      const p = forced[i].pinned?.get(t.id);
      const w = forced[i].withheld?.has(t.id) ?? false;
      const key = `${i}/${t.id}|${keyOf(f)}|${keyOf(p)}|${w}`;
      let states = memo.get(key);
      if (!states) memo.set(key, states = countStates(t, threshold, f, p, w).states);
      out.set(t.id, states);
    }
    return out;
  });
}

const isPinned = (forced: ForcedCells[], x: TreeCrosstab, i: number) => {
  const a = x.at[i];
  return !!a && !!forced[a[0]].pinned?.get(x.tableId)?.has(a[1]);
};

/**
 * Cells that the anchors (totals shown everywhere) and zeros give away across the tree, e.g. an
 * area's only category, which equals its total: another report must not hide them to protect a
 * cell, or the reader would find them anyway. Marked `pinned` and treated as anchors.
 */
function pinCells(crosstabs: TreeCrosstab[], forced: ForcedCells[], threshold: number): void {
  // A crosstab's answer depends only on the pins of its table: one whose table gained no pin since
  // it was last looked at would pin nothing again, and is skipped (the same result, found sooner).
  const version = new Map<string, number>();
  const seen = new Map<TreeCrosstab, number>();
  for (let round = 0; round < 20; round++) {
    let changed = false;
    for (const x of crosstabs) {
      const v = version.get(x.tableId) ?? 0;
      if (seen.get(x) === v) continue;
      seen.set(x, v);
      const fixed = x.cells.map((c, i) => c.value === 0 || !!c.anchor || isPinned(forced, x, i));
      const states: CellState[] = fixed.map((f) => (f ? 'shown' : 'withheld'));
      // Every cell searched here is already 'withheld' in `states`: one graph serves them all.
      const graph = residualGraph(x.cells, states, threshold);
      x.cells.forEach((c, i) => {
        const a = x.at[i];
        if (fixed[i] || !a) return;
        if (alternativeChange(x.cells, states, threshold, i, graph)) return;
        const pins = forced[a[0]].pinned ?? new Map<string, Set<string>>();
        pins.set(x.tableId, (pins.get(x.tableId) ?? new Set<string>()).add(a[1]));
        forced[a[0]].pinned = pins;
        version.set(x.tableId, (version.get(x.tableId) ?? 0) + 1);
        changed = true;
      });
    }
    if (!changed) return;
  }
}

/**
 * What each report must hide beyond its own small numbers: the cells a larger report would reveal
 * by subtraction (differencing.ts), and the cells the tree's crosstabs need hidden. Deterministic;
 * forced sets only grow, so it ends.
 */
export function treeForced(given: TreeReport[], threshold: number): ForcedCells[] {
  // The same reports give the same answer (the solve is deterministic): the page, its CSV, XLSX
  // and PDF and the other parts' reports of the same figures are solved once. Keyed by the whole
  // input, so any change in the data is a new solve; a few answers kept, none shared as objects.
  const key = createHash('sha256').update(JSON.stringify([threshold, given])).digest('base64');
  const hit = solvedTrees.get(key);
  if (hit) {
    solvedTrees.delete(key);
    solvedTrees.set(key, hit);
    return structuredClone(hit);
  }
  const forced = solveWholeTree(given, threshold);
  solvedTrees.set(key, structuredClone(forced));
  if (solvedTrees.size > SOLVED_KEPT) solvedTrees.delete(solvedTrees.keys().next().value!);
  return forced;
}

const SOLVED_KEPT = 32;
const solvedTrees = new Map<string, ForcedCells[]>();

function solveWholeTree(given: TreeReport[], threshold: number): ForcedCells[] {
  const nodes = given.map((n) => ({ ...n, report: withFactTables(n.report) }));
  // Parts with nothing recorded (every count of their own sections 0, and so of every part below
  // them) are left out of the solve: a reader sees their zeros, which a crosstab or column would
  // hold at 0 anyway, so the others' answer does not depend on them. With every unit in the tree
  // (service.reportTree) many parts have recorded nothing in a year.
  const kept = keptNodes(nodes);
  const index = new Map(kept.map((i, k) => [i, k]));
  const solved = solveTree(kept.map((i) => ({ ...nodes[i], parent: nodes[i].parent < 0 ? -1 : index.get(nodes[i].parent)! })), threshold);
  const forced = nodes.map((n, i) => (index.has(i) ? solved[index.get(i)!] : forcedByLarger(n.report, ancestorsOf(nodes, i), threshold)));
  nodes.forEach((n, i) => forceFacts(n.report, forced[i], threshold));
  return forced;
}

/** The reports of every part containing node i, nearest first. */
const ancestorsOf = (nodes: TreeReport[], i: number): YearlyReport[] => {
  const up: YearlyReport[] = [];
  for (let p = nodes[i].parent; p >= 0; p = nodes[p].parent) up.push(nodes[p].report);
  return up;
};

/** Whether a report shows any count other than 0 in its own (not municipality-wide) sections. */
const recordsAnything = (r: YearlyReport): boolean => r.sections.some((s) => !s.municipalityWide && (
  (s.facts ?? []).some((f) => f.cell.kind === 'count' && f.cell.value !== 0)
  || s.tables.some((t) => t.rows.some((row) => row.cells.some((c) => c.kind === 'count' && c.value !== 0)))));

/** The nodes the solve needs, in order: the root, and every part that (or a part below which) records anything. */
function keptNodes(nodes: TreeReport[]): number[] {
  const keep = nodes.map((n, i) => i === 0 || n.parent < 0 || recordsAnything(n.report));
  // A part is kept when anything below it is (so the kept parts stay one tree).
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (!keep[i]) continue;
    for (let p = nodes[i].parent; p >= 0 && !keep[p]; p = nodes[p].parent) keep[p] = true;
  }
  return nodes.flatMap((_, i) => (keep[i] ? [i] : []));
}

function solveTree(nodes: TreeReport[], threshold: number): ForcedCells[] {
  const forced = nodes.map((n, i) => forcedByLarger(n.report, ancestorsOf(nodes, i), threshold));
  const crosstabs = treeCrosstabs(nodes);
  if (crosstabs.length === 0) return forced;
  pinCells(crosstabs, forced, threshold);
  const statesMemo: StatesMemo = new Map();
  const solved = new Map<string, ReturnType<typeof suppress>>(); // crosstab and its hidden cells → answer
  const models = columnModels(nodes.map((n) => new Map(additiveTables(n.report).map((t) => [t.id, t]))), nodes.map((n) => n.parent), sharedTotals(nodes),
    isSeriesTable); // a dashboard's month series is also solved alone (series-tree.ts): checked alone too
  const passed = new Map<ColumnModel, string>(); // a column and its states that had no gap
  const moves = new Map<ColumnModel, Map<number, Map<number, number>>>(); // second tables found so far, per column
  for (let round = 0; round < 100; round++) {
    const states = reportStates(nodes, forced, threshold, statesMemo);
    let changed = false;
    for (const [xi, x] of crosstabs.entries()) {
      const hidden = new Set(x.at.flatMap((a, i) => (a && states[a[0]].get(x.tableId)?.get(a[1]) !== 'shown' ? [i] : [])));
      const cells = x.cells.map((c, i) => (isPinned(forced, x, i) ? { ...c, anchor: true } : c));
      // The rest (parent minus its children) small: the children's totals, shown as anchors, would
      // give it away. The smallest child's total gives way (the same child in every table, as the
      // totals are the same there).
      const m = x.children.length + 1;
      const n = x.labels.length;
      const restTotal = cells[m * n + m - 1].value;
      // Only when every total in "parent − children" is shown: a hidden one already keeps it (the
      // same total in another table of the source must not be hidden here alone, or that table
      // would give it away).
      const totalsShown = [...x.children.map((_, i) => m * n + i), cells.length - 1].every((i) => !hidden.has(i));
      if (restTotal > 0 && restTotal < threshold && totalsShown) {
        const totals = x.children.map((_, i) => cells[m * n + i].value);
        const smallest = totals.indexOf(Math.min(...totals.filter((v) => v > 0)));
        if (smallest >= 0) cells[m * n + smallest] = { ...cells[m * n + smallest], anchor: false };
      }
      // The cells (pins included) are fixed after pinCells, so the hidden set decides the answer:
      // a crosstab whose hidden cells did not change since the last round is not solved again.
      const key = `${xi}|${[...hidden].join(',')}`;
      let res = solved.get(key);
      if (!res) solved.set(key, res = suppress(cells, threshold, hidden));
      // The engine's wider reading ("dolt" for a small cell too) is not what the reports print
      // for a small cell: treat it as a table that cannot be shown cell by cell.
      const stateAt = (i: number) => { const a = x.at[i]; return a ? states[a[0]].get(x.tableId)?.get(a[1]) : undefined; };
      const widened = res.states.some((st, i) => st === 'withheld' && x.at[i] !== null && stateAt(i) !== 'withheld');
      if (!res.ok || widened) {
        // Only the anchors would be shown: a child's total that gave way above is hidden too.
        x.children.forEach((ri, i) => {
          const a = x.at[m * n + i];
          if (cells[m * n + i].anchor || !a || cells[m * n + i].value === 0) return;
          const set = forced[ri].tables.get(x.tableId) ?? new Set<string>();
          if (!set.has(a[1])) {
            forced[ri].tables.set(x.tableId, set.add(a[1]));
            changed = true;
          }
        });
        for (const ri of [x.parent, ...x.children]) {
          const w = forced[ri].withheld ?? new Set<string>();
          if (!w.has(x.tableId)) {
            forced[ri].withheld = w.add(x.tableId);
            changed = true;
          }
        }
        continue;
      }
      res.states.forEach((s, i) => {
        const a = x.at[i];
        if (s === 'shown' || !a || hidden.has(i) || x.cells[i].value === 0) return;
        const set = forced[a[0]].tables.get(x.tableId) ?? new Set<string>();
        if (!set.has(a[1])) {
          set.add(a[1]);
          forced[a[0]].tables.set(x.tableId, set);
          changed = true;
        }
      });
    }
    if (!changed && !closeGaps(models, states, forced, threshold, passed, moves)) return forced;
  }
  return forced;
}

/**
 * Tables that break down the same total, by id → key: the one-column breakdowns of one section
 * with the same definition whose total is an anchor (e.g. contacts by month and by channel).
 * whole-tree.ts checks them together, and only where their totals agree in every report.
 */
function sharedTotals(nodes: TreeReport[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of nodes) {
    for (const s of n.report.sections) {
      if (s.municipalityWide) continue;
      for (const t of s.tables) {
        if (t.shape.kind === 'columns' && t.shape.totalIsAnchor && t.columns.length === 1) out.set(t.id, `${s.id}/${t.definition}`);
      }
    }
  }
  return out;
}

/**
 * The whole tree as one problem (whole-tree.ts), after the crosstabs have settled: per table
 * column, the first hidden figure that no second table moves gets the shown figures that free
 * it hidden (or its table withheld over the tree). Whether anything changed.
 */
function closeGaps(models: ColumnModel[], states: TableStates[], forced: ForcedCells[], threshold: number, passed: Map<ColumnModel, string>,
  moves: Map<ColumnModel, Map<number, Map<number, number>>>): boolean {
  let changed = false;
  for (const m of models) {
    const stateOf = m.vars.map((x) => states[x.node].get(x.table)?.get(x.key));
    // A dashboard's month series is solved from its own figures (series-tree.ts): where its table
    // is checked together with another breakdown of the same total, the other gives way.
    const tablesIn = new Set(m.vars.map((x) => x.table));
    const joined = tablesIn.size > 1;
    const isWithheld = (t: string) => m.vars.every((x) => x.table !== t || forced[x.node].withheld?.has(t));
    const others = [...tablesIn].filter((t) => !isSeriesTable(t) && !isWithheld(t));
    // Every other breakdown withheld: they show only the total the series shows; its own model covers it.
    if (joined && others.length === 0) continue;
    const signature = stateOf.join(',');
    if (passed.get(m) === signature) continue;
    const gap = columnGap(m, {
      ranges: m.vars.map((x, v) => labelRange(stateOf[v], x.value, threshold)),
      hideable: (v) => { const x = m.vars[v]; return !x.anchor && x.value > 0 && !forced[x.node].pinned?.get(x.table)?.has(x.key) && !(joined && isSeriesTable(x.table)); },
      threshold,
    }, moves.get(m) ?? moves.set(m, new Map()).get(m));
    if (!gap) {
      passed.set(m, signature);
      continue;
    }
    for (const v of gap.hide ?? []) {
      const x = m.vars[v];
      forced[x.node].tables.set(x.table, (forced[x.node].tables.get(x.table) ?? new Set<string>()).add(x.key));
      changed = true;
    }
    if (gap.hide) continue;
    // The table of the figure no move frees is withheld over the tree — for a month series, the
    // other breakdowns of its total instead, so that the series stays what the dashboard shows.
    const target = m.vars[gap.target].table;
    const withhold = joined && isSeriesTable(target) ? others : [target];
    for (const x of m.vars) {
      const w = forced[x.node].withheld ?? new Set<string>();
      if (withhold.includes(x.table) && !w.has(x.table)) {
        forced[x.node].withheld = w.add(x.table);
        changed = true;
      }
    }
  }
  return changed;
}
