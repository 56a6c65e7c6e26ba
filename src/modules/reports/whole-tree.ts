// The whole organisation tree as one suppression problem (issue 14): the problem itself. tree.ts
// protects each parent with its children one level at a time (a crosstab per parent); with an
// administration and an area below the municipality that is not enough: moving a hidden cell of
// the administration in the municipality's crosstab needs the administration's own figures to
// follow, and they may be stuck (its rest already 0, the area's cells at the edge of their labels).
// Here every published figure of one table column over every report of the tree is an unknown,
// tied only by:
//  - each report's own breakdown: its parts (and subtotals) add up to its total;
//  - what each part recorded itself (the "rest": a parent's figure minus its children's) is ≥ 0.
// This file builds those models (ColumnModel); whole-tree-search.ts looks for second tables in them.
import type { ReportTable } from './model.js';
import { countAt } from './tree-crosstabs.js';

/**
 * One table column over the tree — or the first columns of the tables that break down the same
 * total, together — as figures (vars), equations (Σ coef·Δ = 0) and rests (Σ coef·Δ ≥ −slack).
 */
export interface ColumnModel {
  tableId: string;
  column: number;
  /** `table`: the table the figure is published in; `total`: whether it is that table's total. */
  vars: { node: number; table: string; key: string; value: number; anchor: boolean; total: boolean }[];
  eqs: [number, number][][];
  rests: { terms: [number, number][]; slack: number }[];
  /** Per var: [constraint index, coef], equations then rests (rest i is eqs.length + i). */
  touching: [number, number][][];
}


/**
 * The models of every table column of the tree. `tables[i]`: report i's additive tables by id
 * (tree.additiveTables); `parents[i]`: its parent's index, −1 for the municipality. `shareTotal`
 * (table id → key): tables with the same key break down the same total (e.g. contacts by month
 * and by channel); their one-column models are joined into one, each report's totals tied equal,
 * because a reader combines them: a "dolt" total read beside a channel table that shows 7 of its
 * contacts is at least 8, and that bound travels through the months of the parts above it.
 * `alsoAlone`: tables of a joined group that are also published alone, checked alone as well.
 */
export function columnModels(tables: Map<string, ReportTable>[], parents: number[], shareTotal: ReadonlyMap<string, string> = new Map(),
  alsoAlone: (tableId: string) => boolean = () => false): ColumnModel[] {
  return joinShared(singleColumnModels(tables, parents), shareTotal, alsoAlone);
}

function singleColumnModels(tables: Map<string, ReportTable>[], parents: number[]): ColumnModel[] {
  const ids = [...new Set(tables.flatMap((m) => [...m.keys()]))];
  const out: ColumnModel[] = [];
  for (const id of ids) {
    const width = Math.max(...tables.map((m) => { const t = m.get(id); return t ? t.rows[t.rows.length - 1].cells.length : 0; }));
    for (let c = 0; c < width; c++) {
      const model: ColumnModel = { tableId: id, column: c, vars: [], eqs: [], rests: [], touching: [] };
      const partVar: Map<string, number>[] = tables.map(() => new Map());
      tables.forEach((m, node) => {
        const t = m.get(id);
        if (!t) return;
        const totalRow = t.rows.findIndex((row) => row.total);
        if (totalRow < 0 || countAt(t, totalRow, c) === null) return;
        const anchored = t.shape.kind === 'columns' && !!t.shape.totalIsAnchor;
        const varOf = new Map<number, number>();
        t.rows.forEach((row, r) => {
          const v = countAt(t, r, c);
          if (v === null) return;
          varOf.set(r, model.vars.length);
          model.vars.push({ node, table: id, key: `${r}:${c}`, value: v, anchor: !!row.total && anchored, total: !!row.total });
          if (!row.total && !row.subtotalOf) partVar[node].set(row.label, varOf.get(r)!);
        });
        const parts = t.rows.flatMap((row, r) => (!row.total && !row.subtotalOf && varOf.has(r) ? [varOf.get(r)!] : []));
        model.eqs.push([...parts.map((v): [number, number] => [v, 1]), [varOf.get(totalRow)!, -1]]);
        t.rows.forEach((row, r) => {
          if (!row.subtotalOf || !varOf.has(r)) return;
          model.eqs.push([...row.subtotalOf.flatMap((mr): [number, number][] => (varOf.has(mr) ? [[varOf.get(mr)!, 1]] : [])), [varOf.get(r)!, -1]]);
        });
      });
      parents.forEach((_, p) => {
        const kids = parents.flatMap((q, i) => (q === p ? [i] : []));
        if (kids.length === 0 || partVar[p].size === 0 || kids.some((k) => partVar[k].size === 0)) return;
        const labels = [...new Set([...partVar[p].keys(), ...kids.flatMap((k) => [...partVar[k].keys()])])];
        const val = (node: number, l: string) => (partVar[node].has(l) ? model.vars[partVar[node].get(l)!].value : 0);
        const rests = labels.map((l) => val(p, l) - kids.reduce((s, k) => s + val(k, l), 0));
        if (rests.some((r) => r < 0)) return; // not additive here (a source not split by unit)
        labels.forEach((l, j) => {
          const terms: [number, number][] = [
            ...(partVar[p].has(l) ? [[partVar[p].get(l)!, 1] as [number, number]] : []),
            ...kids.flatMap((k): [number, number][] => (partVar[k].has(l) ? [[partVar[k].get(l)!, -1]] : [])),
          ];
          if (terms.length > 0) model.rests.push({ terms, slack: rests[j] });
        });
      });
      if (model.vars.length > 0) out.push(withTouching(model));
    }
  }
  return out;
}

function withTouching(model: ColumnModel): ColumnModel {
  model.touching = model.vars.map(() => []);
  model.eqs.forEach((e, i) => e.forEach(([v, coef]) => model.touching[v].push([i, coef])));
  model.rests.forEach((e, i) => e.terms.forEach(([v, coef]) => model.touching[v].push([model.eqs.length + i, coef])));
  return model;
}

/** Per node, its total's value in a one-column model (undefined when the model has none there). */
const totalsOf = (m: ColumnModel): Map<number, number> => new Map(m.vars.flatMap((x) => (x.total ? [[x.node, x.value] as [number, number]] : [])));

/**
 * The one-column models of tables sharing a total joined: vars, equations and rests side by side,
 * and an equation per report tying its totals. A table whose totals differ anywhere from the
 * group's first is left on its own (it does not count the same people after all).
 */
function joinShared(models: ColumnModel[], shareTotal: ReadonlyMap<string, string>, alsoAlone: (tableId: string) => boolean): ColumnModel[] {
  const groups = new Map<string, ColumnModel[]>();
  const out: ColumnModel[] = [];
  for (const m of models) {
    const key = shareTotal.get(m.tableId);
    const single = m.column === 0 && !models.some((o) => o.tableId === m.tableId && o.column > 0);
    if (key === undefined || !single) { out.push(m); continue; }
    const group = groups.get(key) ?? [];
    const first = group[0] && totalsOf(group[0]);
    const same = !first || [...totalsOf(m)].every(([node, v]) => !first.has(node) || first.get(node) === v);
    if (same) groups.set(key, [...group, m]);
    else out.push(m);
  }
  for (const group of groups.values()) {
    if (group.length === 1) { out.push(group[0]); continue; }
    const joined: ColumnModel = { tableId: group[0].tableId, column: 0, vars: [], eqs: [], rests: [], touching: [] };
    const totalVar = new Map<number, number>(); // node → the first table's total var
    for (const m of group) {
      const base = joined.vars.length;
      const shift = (terms: [number, number][]) => terms.map(([v, c]): [number, number] => [v + base, c]);
      joined.vars.push(...m.vars);
      joined.eqs.push(...m.eqs.map(shift));
      joined.rests.push(...m.rests.map((r) => ({ terms: shift(r.terms), slack: r.slack })));
      m.vars.forEach((x, v) => {
        if (!x.total) return;
        const first = totalVar.get(x.node);
        if (first === undefined) totalVar.set(x.node, base + v);
        else joined.eqs.push([[first, 1], [base + v, -1]]);
      });
    }
    out.push(withTouching(joined));
    // Tables also published alone (a dashboard's month series) are checked alone as well.
    out.push(...group.filter((m) => alsoAlone(m.tableId)));
  }
  return out;
}
