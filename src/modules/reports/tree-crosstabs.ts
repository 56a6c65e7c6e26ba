// The tree's crosstabs (tree.ts): per parent, per additive table and column, the children's and
// the rest's figures against the parent's. Additive headline figures join them as one-row tables.
import type { ReportTable, YearlyReport } from './model.js';
import type { ForcedCells } from './differencing.js';
import { countStates } from './present.js';
import type { StructureCell } from './suppression.js';
import { crosstabCells } from './table-shapes.js';

export interface TreeReport {
  report: YearlyReport;
  /** Index of the report of the part directly containing this one; -1 for the municipality. */
  parent: number;
}

/** The table a fact that adds up over the tree is suppressed as: its one figure, and a total equal to it. */
export const factTableId = (sectionId: string, index: number): string => `fakta:${sectionId}:${index}`;

/**
 * The report with each additive headline figure (Fact.additive) also as a one-row table, so that
 * the tree's crosstabs protect it like any breakdown: an area's figure beside its siblings' and
 * its parent's must not give away a small rest.
 */
export function withFactTables(r: YearlyReport): YearlyReport {
  return {
    ...r,
    sections: r.sections.map((s) => {
      const extra: ReportTable[] = (s.facts ?? []).flatMap((f, i) => (f.additive && f.cell.kind === 'count' && !s.municipalityWide && !s.tables.some((t) => t.id === factTableId(s.id, i)) ? [{
        id: factTableId(s.id, i), title: f.label, definition: f.definition, firstHeader: '', columns: ['Antal'],
        rows: [{ label: f.label, cells: [f.cell] }, { label: 'Totalt', cells: [f.cell], total: true }], shape: { kind: 'columns' as const },
      }] : []));
      return extra.length > 0 ? { ...s, tables: [...s.tables, ...extra] } : s;
    }),
  };
}

/** The facts whose one-row table the tree hides (tables keep their own forced cells). */
export function forceFacts(r: YearlyReport, forced: ForcedCells, threshold: number): void {
  for (const s of r.sections) {
    for (const t of s.tables) {
      const m = /^fakta:.+:(\d+)$/.exec(t.id);
      if (!m) continue;
      const { states } = countStates(t, threshold, forced.tables.get(t.id), forced.pinned?.get(t.id), forced.withheld?.has(t.id));
      if (states.get('0:0') !== 'shown') forced.facts.set(s.id, (forced.facts.get(s.id) ?? new Set<number>()).add(Number(m[1])));
    }
  }
}

/** Tables whose figures add up over the parts of the organisation (1-D breakdowns of a source split by unit). */
export function additiveTables(r: YearlyReport): ReportTable[] {
  return r.sections.filter((s) => !s.municipalityWide).flatMap((s) => s.tables).filter((t) => t.shape.kind === 'columns');
}

export const countAt = (t: ReportTable, r: number, c: number): number | null => {
  const cell = t.rows[r]?.cells[c];
  return cell?.kind === 'count' ? cell.value : null;
};

/** The part rows (not totals or subtotals) of a table by label, and its total row. */
function partsOf(t: ReportTable): { parts: Map<string, number>; total: number } {
  const parts = new Map<string, number>();
  t.rows.forEach((row, r) => { if (!row.total && !row.subtotalOf) parts.set(row.label, r); });
  return { parts, total: t.rows.findIndex((row) => row.total) };
}

export interface TreeCrosstab {
  /** Parent's and children's report indexes; rows of the crosstab are children, then the rest. */
  parent: number;
  children: number[];
  tableId: string;
  column: number;
  labels: string[];
  cells: StructureCell[];
  /** Per cell: where it is published ([report, "row:col"]), or null for the unpublished rest. */
  at: ([number, string] | null)[];
}

/** Every parent × additive table × column crosstab of the tree, or none where figures do not add up. */
export function treeCrosstabs(nodes: TreeReport[]): TreeCrosstab[] {
  const out: TreeCrosstab[] = [];
  nodes.forEach((p, pi) => {
    const children = nodes.flatMap((n, i) => (n.parent === pi ? [i] : []));
    if (children.length === 0) return;
    for (const pt of additiveTables(p.report)) {
      const kids = children.map((ci) => additiveTables(nodes[ci].report).find((t) => t.id === pt.id));
      if (kids.some((k) => k === undefined)) continue;
      const pp = partsOf(pt);
      const kp = kids.map((k) => partsOf(k!));
      const labels = [...new Set([...pp.parts.keys(), ...kp.flatMap((k) => [...k.parts.keys()])])];
      const width = pt.rows[pp.total].cells.length;
      for (let c = 0; c < width; c++) {
        if (countAt(pt, pp.total, c) === null) continue;
        const valueIn = (t: ReportTable, parts: Map<string, number>, label: string) => (parts.has(label) ? countAt(t, parts.get(label)!, c) ?? 0 : 0);
        const inner = kids.map((k, i) => labels.map((l) => valueIn(k!, kp[i].parts, l)));
        const parentRow = labels.map((l) => valueIn(pt, pp.parts, l));
        const rest = parentRow.map((v, j) => v - inner.reduce((s, row) => s + row[j], 0));
        if (rest.some((v) => v < 0)) continue; // not additive here (a source that is not split by unit)
        inner.push(rest);
        const cells = crosstabCells(inner);
        const m = inner.length;
        const n = labels.length;
        const pub = (ri: number, t: ReportTable, parts: Map<string, number>, label: string): [number, string] | null =>
          (parts.has(label) ? [ri, `${parts.get(label)}:${c}`] : null);
        const at: ([number, string] | null)[] = [
          ...inner.flatMap((_, i) => labels.map((l) => (i < children.length ? pub(children[i], kids[i]!, kp[i].parts, l) : null))),
          ...inner.map((_, i): [number, string] | null => (i < children.length ? [children[i], `${kp[i].total}:${c}`] : null)),
          ...labels.map((l) => pub(pi, pt, pp.parts, l)),
          [pi, `${pp.total}:${c}`],
        ];
        // A total shown as an anchor in its report (the same figure in every breakdown) is never
        // chosen as a secondary here either.
        kids.forEach((k, i) => { if (k!.shape.kind === 'columns' && k!.shape.totalIsAnchor) cells[m * n + i].anchor = true; });
        if (pt.shape.kind === 'columns' && pt.shape.totalIsAnchor) cells[cells.length - 1].anchor = true;
        out.push({ parent: pi, children, tableId: pt.id, column: c, labels, cells, at });
      }
    }
  });
  return out;
}

