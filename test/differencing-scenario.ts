// The arithmetic of series-differencing.test.ts and series-differencing-cases.test.ts, the
// tests' own (the application never imports it): an organisation tree's overviews (series-tree.ts)
// and yearly reports (tree.ts) as figures, each a linear form over every part's own months and
// categories, with the null space of what is shown; and, for every hidden figure, a second set of
// figures that agrees with everything shown and keeps every hidden figure within its label.
import { expect } from 'vitest';
import { breakdownTable, type YearlyReport } from '../src/modules/reports/model.js';
import { countStates } from '../src/modules/reports/present.js';
import { MONTH_CODES, monthTable } from '../src/modules/reports/sections/monthly.js';
import { seriesTreeStates } from '../src/modules/reports/series-tree.js';
import { treeForced } from '../src/modules/reports/tree.js';
import type { CellState } from '../src/modules/reports/suppression.js';
import { readerRange } from './suppression-checker.js';
import { integerSecondTable } from './second-table-ilp.js';

export const MONTHS = 12;
const CATS = ['a', 'b', 'c'];

/** One figure someone can see or not: a linear form over the unknowns (each part's own months, then own categories). */
export interface Figure { where: string; coef: Map<number, number>; value: number; state: CellState; wholeTable: boolean }

export type Input = { o: { size: number; t: number }; parents: number[]; own: { months: number[]; split: number[] }[] };

/** Every figure of every overview and report of the tree, which are shown, and the null space of what is shown. */
export function scenario({ o, parents: ps, own }: Input) {
  const parents = [-1, ...ps];
  const n = o.size;
  const below = (v: number): number[] => [v, ...parents.flatMap((p, u) => (p === v ? below(u) : []))];
  // Own categories: each month's contacts go to a category picked by `split`.
  const ownCats = own.map((d) => CATS.map((_, c) => d.months.reduce((s, m, j) => s + (d.split[j] % CATS.length === c ? m : 0), 0)));
  const monthVar = (u: number, j: number) => u * MONTHS + j;
  const catVar = (u: number, c: number) => n * MONTHS + u * CATS.length + c;
  const unknowns = n * (MONTHS + CATS.length);
  const truth = Array.from({ length: unknowns }, (_, k) => (k < n * MONTHS ? own[Math.floor(k / MONTHS)].months[k % MONTHS] : ownCats[Math.floor((k - n * MONTHS) / CATS.length)][(k - n * MONTHS) % CATS.length]));
  const sumOf = (coef: Map<number, number>, x: number[]) => [...coef].reduce((s, [k, c]) => s + c * x[k], 0);
  const monthForm = (v: number, j: number | 'total') => new Map(below(v).flatMap((u) => (j === 'total' ? Array.from({ length: MONTHS }, (_, k) => monthVar(u, k)) : [monthVar(u, j)]).map((k): [number, number] => [k, 1])));
  const catForm = (v: number, c: number) => new Map(below(v).map((u): [number, number] => [catVar(u, c), 1]));
  const series = Array.from({ length: n }, (_, v) => Array.from({ length: MONTHS }, (_, j) => sumOf(monthForm(v, j), truth)));
  const cats = Array.from({ length: n }, (_, v) => CATS.map((_, c) => sumOf(catForm(v, c), truth)));

  // What the product shows: the overviews (series-tree.ts) and the reports (tree.ts, present.ts).
  const overview = seriesTreeStates('kontakter-manad', series, parents, o.t);
  const reports: YearlyReport[] = series.map((values, v) => ({
    tenantName: 'Test', year: 2025, periodEnd: '2025-12-31',
    scope: v === 0 ? { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' } : { unitId: `u${v}`, unitName: `Del ${v}`, unitIds: [`u${v}`] },
    sections: [{ id: 'kontakter', title: 'Kontakter', tables: [
      monthTable('kontakter-manad', 'Kontakter per månad', 'kontakter', Object.fromEntries(MONTH_CODES.map((m, j) => [m, values[j]]))),
      breakdownTable({ id: 'kontakter-kanal', title: 'Kanal', definition: 'kontakter', firstHeader: 'Kanal', order: CATS, labels: Object.fromEntries(CATS.map((c) => [c, c.toUpperCase()])),
        counts: Object.fromEntries(CATS.map((c, k) => [c, cats[v][k]])), totalIsAnchor: true }),
    ] }],
  }));
  const forced = treeForced(reports.map((report, v) => ({ report, parent: parents[v] })), o.t);
  const figures: Figure[] = [];
  for (let v = 0; v < n; v++) {
    // A series that cannot be shown month by month shows only its total (the months read "dolt", 0 included).
    const withheld = overview[v].includes('withheld');
    overview[v].forEach((state, j) => figures.push({ where: `översikt ${v} ${j === MONTHS ? 'totalt' : `månad ${j}`}`, coef: monthForm(v, j === MONTHS ? 'total' : j), value: j === MONTHS ? series[v].reduce((a, b) => a + b, 0) : series[v][j], state, wholeTable: withheld }));
    for (const t of reports[v].sections[0].tables) {
      const { states, ok } = countStates(t, o.t, forced[v].tables.get(t.id), forced[v].pinned?.get(t.id), forced[v].withheld?.has(t.id));
      t.rows.forEach((row, r) => {
        const coef = row.total ? monthForm(v, 'total') : t.id === 'kontakter-manad' ? monthForm(v, r) : catForm(v, r);
        figures.push({ where: `rapport ${v} ${t.id} ${row.label}`, coef, value: sumOf(coef, truth), state: states.get(`${r}:0`)!, wholeTable: !ok });
      });
    }
  }
  // The months and the categories of a part's own contacts are the same contacts.
  const structure = Array.from({ length: n }, (_, u) => new Map<number, number>([
    ...Array.from({ length: MONTHS }, (_, j): [number, number] => [monthVar(u, j), 1]), ...CATS.map((_, c): [number, number] => [catVar(u, c), -1]),
  ]));
  const shown = figures.filter((f) => f.state === 'shown');
  const hidden = figures.filter((f) => f.state !== 'shown');
  expect(hidden.every((f) => f.value > 0 || f.state === 'withheld' || f.wholeTable)).toBe(true); // a 0 is never hidden cell by cell
  const fixed = [...structure, ...shown.map((f) => f.coef)];
  const basis = nullspace(fixed, unknowns);
  return { o, truth, figures, shown, hidden, fixed, basis, structure, sumOf };
}

/** Whether a figure moves along some direction that keeps everything shown: if not, it follows exactly from what is shown. */
export const movable = (target: Figure, basis: number[][]) => basis.some((b) => [...target.coef].reduce((a, [k, c]) => a + c * b[k], 0) !== 0);

/** For every hidden figure of a scenario, a second set of figures that agrees with everything shown; the number checked. */
export function checkSecondTables(input: Input, onChecked: (where: string) => void = () => {}): number {
  const { o, truth, shown, hidden, fixed, basis, structure, sumOf } = scenario(input);
  let checked = 0;
  for (const target of hidden) {
    if (target.value === 0) continue; // a 0 in a withheld table: the table says nothing of it, nothing to recompute
    // The quick search first; when it finds nothing within its limits, the exact one decides.
    const alt = secondTable(truth, fixed, basis, target, hidden, o.t) ?? integerSecondTable(truth.length,
      [...structure.map((coef) => ({ coef, value: 0 })), ...shown.map((f) => ({ coef: f.coef, value: f.value }))],
      hidden.map((f) => { const [lo, hi] = readerRange(f.state, f.value, o.t, f.wholeTable); return { coef: f.coef, lo, hi }; }), target);
    const free = basis.filter((b) => [...target.coef].reduce((a, [k, c]) => a + c * b[k], 0) !== 0).length;
    expect(alt, `${target.where} = ${target.value} (t=${o.t}) follows from what is shown (${free === 0 ? 'exactly' : 'within the labels'})`).not.toBeNull();
    // Checked again, exactly: every shown figure the same, every hidden one within its label, the target different.
    for (const f of shown) expect(sumOf(f.coef, alt!)).toBe(f.value);
    for (const s of structure) expect(sumOf(s, alt!)).toBe(0);
    for (const f of hidden) {
      const [lo, hi] = readerRange(f.state, f.value, o.t, f.wholeTable);
      const x = sumOf(f.coef, alt!);
      expect({ where: f.where, inRange: x >= lo && x <= hi }).toEqual({ where: f.where, inRange: true });
    }
    expect(alt!.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expect(sumOf(target.coef, alt!)).not.toBe(target.value);
    onChecked(target.where);
    checked++;
  }
  return checked;
}

/** A basis of the vectors d with row·d = 0 for every row (floating point, Gauss–Jordan), each scaled to whole numbers. */
function nullspace(rows: Map<number, number>[], n: number): number[][] {
  const m = rows.map((r) => Array.from({ length: n }, (_, k) => r.get(k) ?? 0));
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < n && rank < m.length; col++) {
    const p = m.findIndex((r, i) => i >= rank && Math.abs(r[col]) > 1e-9);
    if (p < 0) continue;
    [m[rank], m[p]] = [m[p], m[rank]];
    const pv = m[rank][col];
    m[rank] = m[rank].map((x) => x / pv);
    for (let i = 0; i < m.length; i++) if (i !== rank && Math.abs(m[i][col]) > 1e-9) { const f = m[i][col]; m[i] = m[i].map((x, k) => x - f * m[rank][k]); }
    pivots.push(col);
    rank++;
  }
  const free = Array.from({ length: n }, (_, k) => k).filter((k) => !pivots.includes(k));
  return free.map((f) => {
    const d = Array.from({ length: n }, () => 0);
    d[f] = 1;
    pivots.forEach((col, i) => { d[col] = -m[i][f]; });
    const scale = [1, 2, 3, 4, 5, 6, 8, 10, 12].find((s) => d.every((x) => Math.abs(x * s - Math.round(x * s)) < 1e-6)) ?? 1;
    return d.map((x) => Math.round(x * scale));
  });
}

/**
 * The figures plus a whole-number change from the null space (so that every shown figure stays),
 * moving the target and keeping every hidden figure within its label and every own figure ≥ 0:
 * one basis vector or a sum or difference of two, a small multiple of it. null when none is found.
 */
function secondTable(truth: number[], fixed: Map<number, number>[], basis: number[][], target: Figure, hidden: Figure[], t: number): number[] | null {
  const dot = (coef: Map<number, number>, d: number[]) => [...coef].reduce((s, [k, c]) => s + c * d[k], 0);
  const ok = (d: number[]) => {
    if (dot(target.coef, d) === 0) return null;
    const alt = truth.map((x, k) => x + d[k]);
    if (alt.some((x) => x < 0)) return null;
    for (const f of hidden) {
      const [lo, hi] = readerRange(f.state, f.value, t, f.wholeTable);
      const x = f.value + dot(f.coef, d);
      if (x < lo || x > hi) return null;
    }
    return alt;
  };
  const moving = basis.filter((b) => dot(target.coef, b) !== 0);
  const candidates: number[][] = [];
  // One contact moved from one own figure to another (e.g. from one month of a part's rest to another), where nothing shown sees it.
  const touching = new Map<number, Map<number, number>[]>();
  fixed.forEach((row) => row.forEach((_, k) => touching.set(k, [...(touching.get(k) ?? []), row])));
  for (const k1 of target.coef.keys()) {
    for (let k2 = 0; k2 < truth.length; k2++) {
      if (k2 === k1) continue;
      const d = truth.map(() => 0);
      d[k1] = 1;
      d[k2] = -1;
      if (fixed.every((row) => dot(row, d) === 0)) candidates.push(d, d.map((x) => -x));
    }
  }
  for (const b of moving) for (const s of [1, -1, 2, -2]) candidates.push(b.map((x) => s * x));
  for (const b of moving) for (const c of basis) if (c !== b) for (const [s, u] of [[1, 1], [1, -1], [-1, 1], [-1, -1]]) candidates.push(b.map((x, k) => s * x + u * c[k]));
  for (const d of candidates) {
    const alt = ok(d);
    if (alt) return alt;
  }
  return repair(truth, fixed, target, hidden, t, ok);
}

/**
 * A change of a few own figures by ±1 each: move the target's figure, then, while a shown figure
 * (or a part's months against its categories) is out of balance or a hidden one is pushed outside
 * its label, move one more figure in it — the row with fewest choices first — with the fewest figures moved first, up to eight.
 */
function repair(truth: number[], fixed: Map<number, number>[], target: Figure, hidden: Figure[], t: number, ok: (d: number[]) => number[] | null): number[] | null {
  const rowsOf = new Map<number, number[]>();
  fixed.forEach((row, ri) => row.forEach((_, k) => rowsOf.set(k, [...(rowsOf.get(k) ?? []), ri])));
  const d = truth.map(() => 0);
  const balance = fixed.map(() => 0);
  let visits = 0;
  const apply = (k: number, s: number) => {
    d[k] += s;
    for (const ri of rowsOf.get(k) ?? []) balance[ri] += s * fixed[ri].get(k)!;
  };
  let limit = 0;
  const search = (support: number): number[] | null => {
    if (++visits > 50_000) return null; // then the exact search decides (second-table-ilp.ts)
    let best = -1;
    let choices = Infinity;
    balance.forEach((b, ri) => {
      if (b === 0) return;
      const n = [...fixed[ri].keys()].filter((k) => d[k] === 0).length;
      if (n < choices) { best = ri; choices = n; }
    });
    // Balanced: then a hidden figure pushed outside its label is the next to bring back.
    let row = best >= 0 ? fixed[best] : undefined;
    let need = best >= 0 ? -Math.sign(balance[best]) : 0;
    if (!row) {
      for (const f of hidden) {
        const [lo, hi] = readerRange(f.state, f.value, t, f.wholeTable);
        const x = f.value + [...f.coef].reduce((a, [k, c]) => a + c * d[k], 0);
        if (x >= lo && x <= hi) continue;
        const n = [...f.coef.keys()].filter((k) => d[k] === 0).length;
        if (n < choices) { row = f.coef; need = x < lo ? 1 : -1; choices = n; }
      }
    }
    if (!row) return ok(d);
    if (support >= limit || choices === 0) return null;
    for (const [k, c] of row) {
      if (d[k] !== 0) continue;
      const s = need * c;
      if (truth[k] + s < 0) continue;
      apply(k, s);
      const found = search(support + 1);
      if (found) return found;
      apply(k, -s);
    }
    return null;
  };
  // Fewest figures first (iterative deepening).
  for (limit = 2; limit <= 14; limit++) {
    visits = 0;
    for (const k of target.coef.keys()) {
      for (const s of [1, -1]) {
        if (truth[k] + s < 0) continue;
        apply(k, s);
        const found = search(1);
        if (found) return found;
        apply(k, -s);
      }
    }
  }
  return null;
}
