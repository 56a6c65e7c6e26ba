// Table shapes for small-number suppression (suppression.ts): how a 1-D breakdown, a 2-D table
// with its totals, or a single count becomes the cells and equations that suppress() protects.
import type { CellState, StructureCell } from './suppression.js';

/**
 * A 1-D breakdown: parts, optional subtotals over some of the parts (e.g. children as carers =
 * under 13 + 13–17), and the total. Cell order: parts, subtotals, total.
 */
export function breakdownCells(parts: number[], total: number, opts: { groups?: number[][]; totalIsAnchor?: boolean } = {}): StructureCell[] {
  const groups = opts.groups ?? [];
  const GROUND = 0;
  const ROOT = 1;
  const groupOf = new Map<number, number>();
  groups.forEach((members, g) => members.forEach((m) => groupOf.set(m, g)));
  const cells: StructureCell[] = parts.map((value, i) => ({
    value, from: GROUND, to: groupOf.has(i) ? 2 + groupOf.get(i)! : ROOT, sign: 1,
  }));
  groups.forEach((members, g) => {
    cells.push({ value: members.reduce((s, m) => s + parts[m], 0), from: 2 + g, to: ROOT, sign: 1 });
  });
  cells.push({ value: total, from: ROOT, to: GROUND, sign: 1, anchor: opts.totalIsAnchor });
  return cells;
}

/**
 * A 2-D table with row totals, column totals and the grand total. Cell order: the m×n inner
 * cells row by row, then the m row totals, the n column totals, and the grand total.
 */
export function crosstabCells(inner: number[][], opts: { grandIsAnchor?: boolean } = {}): StructureCell[] {
  const m = inner.length;
  const n = m > 0 ? inner[0].length : 0;
  const row = (i: number) => i; // rows 0..m-1, totals row m
  const col = (j: number) => m + 1 + j; // columns, totals column m+1+n
  const cells: StructureCell[] = [];
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) cells.push({ value: inner[i][j], from: row(i), to: col(j), sign: 1 });
  for (let i = 0; i < m; i++) cells.push({ value: inner[i].reduce((s, v) => s + v, 0), from: row(i), to: col(n), sign: -1 });
  for (let j = 0; j < n; j++) cells.push({ value: inner.reduce((s, r) => s + r[j], 0), from: row(m), to: col(j), sign: -1 });
  cells.push({ value: inner.flat().reduce((s, v) => s + v, 0), from: row(m), to: col(n), sign: 1, anchor: opts.grandIsAnchor });
  return cells;
}

/** A single count with no totals around it (e.g. unique carers reached). */
export function singleCellState(value: number, threshold: number): CellState {
  return value > 0 && value < threshold ? 'primary' : 'shown';
}
