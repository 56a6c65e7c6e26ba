// The overview's month series against everything else a board member sees (issue 14): over
// random organisation trees, the overview of every part (twelve months and the year's total, as
// series-tree.ts hides them) and the yearly report of every part (its "Kontakter per månad" and a
// breakdown sharing the same total, as tree.ts hides them). For every hidden figure the test
// builds a second set of figures — each part's own months and categories, whole numbers, none
// below 0 — that gives every visible figure of every overview and report exactly, keeps every
// hidden figure within what its label says ("<t": 1…t−1, "dolt": t or more), and differs in the
// hidden one. The arithmetic here (sums over the tree, the linear algebra) is the test's own.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakdownTable, type YearlyReport } from './model.js';
import { countStates } from './present.js';
import { MONTH_CODES, monthTable } from './sections/monthly.js';
import { seriesTreeStates } from './series-tree.js';
import { treeForced } from './tree.js';
import type { CellState } from './suppression.js';
import { readerRange } from '../../../test/suppression-checker.js';
import { integerSecondTable } from '../../../test/second-table-ilp.js';

const MONTHS = 12;
const CATS = ['a', 'b', 'c'];
const small = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 12 }));

const organisationOf = (value: fc.Arbitrary<number>, minSize = 2) => fc.record({ size: fc.integer({ min: minSize, max: 5 }), t: fc.integer({ min: 3, max: 5 }) }).chain((o) => fc.record({
  o: fc.constant(o),
  parents: fc.tuple(...Array.from({ length: o.size - 1 }, (_, i) => fc.integer({ min: 0, max: i }))),
  // What each part recorded itself, per month; its categories are a split of the same contacts.
  own: fc.array(fc.record({ months: fc.array(value, { minLength: MONTHS, maxLength: MONTHS }), split: fc.array(fc.nat(), { minLength: MONTHS, maxLength: MONTHS }) }),
    { minLength: o.size, maxLength: o.size }),
}));
const organisation = organisationOf(small);
// Few contacts, most months empty, and at least three levels (an area under an administration):
// where a hidden figure can be stuck between rests of 0 and labels at their edge.
const sparse = fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 }));
const deepOrganisation = organisationOf(sparse, 3).map((x) => ({ ...x, parents: x.parents.map((p, i) => (i === 1 ? 1 : p)) }));

// The whole organisation as the product sees it (service.reportTree): administrations, their areas
// and the units under each area, every one of which a reader can open. Sparse or small figures,
// so that sibling units hold "<t" cells that only the area's figure and the siblings' would give away.
const unitOrganisation = fc.record({
  admins: fc.integer({ min: 1, max: 2 }),
  unitsPerArea: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }),
  t: fc.integer({ min: 3, max: 5 }),
  dense: fc.boolean(),
}).chain(({ admins, unitsPerArea, t, dense }) => {
  const areas = unitsPerArea.length;
  const parents = [
    ...Array.from({ length: admins }, () => 0),
    ...unitsPerArea.map((_, j) => 1 + (j % admins)),
    ...unitsPerArea.flatMap((k, j) => Array.from({ length: k }, () => 1 + admins + j)),
  ];
  const size = parents.length + 1;
  return fc.record({
    o: fc.constant({ size, t }),
    parents: fc.constant(parents),
    own: fc.array(fc.record({ months: fc.array(dense ? small : sparse, { minLength: MONTHS, maxLength: MONTHS }), split: fc.array(fc.nat(), { minLength: MONTHS, maxLength: MONTHS }) }),
      { minLength: size, maxLength: size }),
    levels: fc.constant(1 + admins + areas),
  });
});

// A real leak makes every shrinking step run the second-table search below to its limits (up to
// millions of steps per hidden figure): unbounded, one failing seed kept CI's unit tier busy for
// an hour. fast-check stops starting new runs after this long and reports the failure found so
// far; passing runs take 1–20 s here, so a run that is merely slow still fails on its counts.
const BOUNDED_MS = 100_000;

/** One figure someone can see or not: a linear form over the unknowns (each part's own months, then own categories). */
interface Figure { where: string; coef: Map<number, number>; value: number; state: CellState; wholeTable: boolean }

type Input = { o: { size: number; t: number }; parents: number[]; own: { months: number[]; split: number[] }[] };

/** Every figure of every overview and report of the tree, which are shown, and the null space of what is shown. */
function scenario({ o, parents: ps, own }: Input) {
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
const movable = (target: Figure, basis: number[][]) => basis.some((b) => [...target.coef].reduce((a, [k, c]) => a + c * b[k], 0) !== 0);

describe('the overview\'s month series, the reports and the tree together', () => {
  it('never lets a hidden month, total or category be recomputed exactly from everything shown', () => {
    let hiddenChecked = 0;
    fc.assert(fc.property(organisation, (input) => {
      const { o, hidden, basis } = scenario(input);
      for (const target of hidden) {
        if (target.value === 0) continue;
        expect({ figure: target.where, value: target.value, t: o.t, recomputable: !movable(target, basis) }).toEqual({ figure: target.where, value: target.value, t: o.t, recomputable: false });
        hiddenChecked++;
      }
    }), { numRuns: 200 });
    expect(hiddenChecked).toBeGreaterThan(500);
  });

  it('builds, for every hidden figure, a second set of figures agreeing with everything shown and within every label', () => {
    let hiddenChecked = 0;
    fc.assert(fc.property(organisation, (input) => {
      hiddenChecked += checkSecondTables(input);
    }), { numRuns: 150, interruptAfterTimeLimit: BOUNDED_MS });
    expect(hiddenChecked).toBeGreaterThan(200);
  }, 120_000);

  it('does the same for sparse trees of three levels or more, where rests of 0 tie the levels together', () => {
    let hiddenChecked = 0;
    let deep = 0;
    fc.assert(fc.property(deepOrganisation, (input) => {
      deep += input.parents[1] === 1 ? 1 : 0;
      hiddenChecked += checkSecondTables(input);
    }), { numRuns: 150, interruptAfterTimeLimit: BOUNDED_MS });
    expect(deep).toBe(150);
    expect(hiddenChecked).toBeGreaterThan(300);
  }, 300_000);

  it('does the same with the unit level: sibling units under each area, read beside the area and each other', async () => {
    let hiddenChecked = 0;
    let unitsHidden = 0;
    // Asynchronous only to let the test runner breathe between trees (each is checked synchronously).
    await fc.assert(fc.asyncProperty(unitOrganisation, async ({ levels, ...input }) => {
      await new Promise((resolve) => setImmediate(resolve));
      hiddenChecked += checkSecondTables(input, (where) => { if (Number(where.split(' ')[1]) >= levels) unitsHidden++; });
    }), { numRuns: 50, interruptAfterTimeLimit: BOUNDED_MS });
    expect(hiddenChecked).toBeGreaterThan(1000);
    expect(unitsHidden).toBeGreaterThan(300); // the units' own hidden figures, not only the larger parts'
  }, 300_000);

  // Found by the sparse property test: the municipality's "<4" in March of the administration
  // moves only through its areas' January, November and December and its own total, which the
  // channel table shares: ten of the parts' own figures change together.
  it('finds the long second table across levels and tables that a sparse tree needs', () => {
    checkSecondTables({ o: { size: 5, t: 4 }, parents: [0, 1, 1, 1], own: [
      { months: [0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0], split: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], split: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { months: [1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], split: [341343059, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { months: [0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 2, 1], split: [0, 0, 0, 0, 0, 0, 1161042127, 410323492, 0, 1, 0, 1] },
      { months: [2, 1, 0, 1, 0, 3, 1, 0, 0, 0, 1, 0], split: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }] });
  });

  // Also found by it: an administration's channels could not be shown cell by cell, and its crosstab
  // hid an area's total (5) to keep a rest of 1 — while the month table showed the same total.
  // Both tables now leave the totals alone when the parent's total is itself hidden.
  it('hides a total shared by two tables in both or in neither', () => {
    checkSecondTables({ o: { size: 5, t: 5 }, parents: [0, 1, 1, 1], own: [[0,0,0,1,0,0,0,0,0,0,0,0],[0,0,1,0,0,0,0,0,0,0,0,0],[0,0,0,0,0,2,0,0,0,0,3,0],[1,0,0,0,2,0,0,1,0,0,1,0],[0,0,0,0,0,2,2,0,0,0,1,0]].map((months, i) => ({ months, split: i === 2 ? [0,0,0,0,0,748447439,0,0,0,0,154484597,0] : i === 4 ? [0,0,0,0,0,0,544427068,0,0,0,0,0] : months.map(() => 0) })) });
  });

  // Found by the sparse property test: an administration's August "<4" was exactly 3. Its total
  // read "dolt", but its channel table showed 7 of its contacts, so the total was at least 8; the
  // municipality's shown August (5) and total (10) then left no room for its own contacts but
  // the 2 of August. Tables breaking down the same total are now checked together (whole-tree.ts).
  // Found by the unit-level property test (seed -1699595703): the quick search found no second
  // table for an overview's "<4" (3) under a five-level tree, and the test took that for a leak.
  // Integer programming finds one (every hidden figure of this tree moves): the search's limit,
  // not a leak. The exact search now decides whenever the quick one finds nothing.
  it('decides by an exact search where the quick one finds no second table', () => {
    checkSecondTables({ o: { size: 9, t: 4 }, parents: [0, 0, 1, 2, 3, 3, 4, 4], own: [
      { months: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], split: [0, 17, 36420527, 28, 2106205626, 1726228818, 82022883, 2147483635, 2147483641, 28, 172920979, 1126552639] },
      { months: [2, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0], split: [1500849225, 2147483617, 567581312, 310935926, 23, 16, 29, 1696382297, 55725625, 966665754, 16836810, 19] },
      { months: [0, 0, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0], split: [197694033, 9, 1480367625, 18, 9, 1564430625, 1699963480, 870899008, 1680936855, 1218369849, 253774078, 1117716029] },
      { months: [0, 3, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2], split: [6, 896522318, 933728643, 15, 620371903, 1928759413, 1325057666, 2147483617, 9, 5, 1494856986, 4] },
      { months: [0, 0, 3, 0, 0, 1, 1, 0, 0, 0, 0, 0], split: [2, 2147483644, 2147483625, 21, 509459087, 748095635, 202875884, 6049686, 27, 13, 2064585279, 652407179] },
      { months: [1, 2, 0, 2, 0, 2, 0, 3, 0, 0, 0, 1], split: [14, 780951577, 1742616613, 2147483641, 4, 1453826846, 2147483621, 1, 9, 2147483636, 19, 26] },
      { months: [0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0], split: [915177405, 14, 18, 378326222, 10, 1771345011, 18, 91031270, 1991716565, 776959912, 2134075711, 2147483629] },
      { months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], split: [1246269772, 2147483632, 28, 2147483629, 316037309, 2147483641, 40604407, 25, 1007310698, 28, 61773834, 13] },
      { months: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3], split: [2147483647, 930916894, 30, 18, 1849656361, 1755481038, 18, 1361216345, 19, 1064331270, 1707344458, 7] }] });
  }, 120_000);

  it('reads a hidden total beside the other breakdown of the same total', () => {
    checkSecondTables({ o: { size: 3, t: 4 }, parents: [0, 1], own: [
      { months: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0], split: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { months: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], split: [67108864, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { months: [0, 0, 0, 0, 1, 0, 1, 3, 1, 0, 0, 0], split: [0, 0, 0, 0, 56297344, 0, 654738481, 4, 243649250, 0, 0, 0] }] });
  });

  // Was a known gap (issue 14): the tree's crosstabs protect each parent with its children one
  // level at a time. With an administration and an area below it, a municipality's month "<4"
  // could be pinned to exactly 3 from the labels: lowering it needs a move through the area
  // whose every other month is already at the edge of its "<4". whole-tree.ts closes it.
  it('does not let a three-level tree pin a hidden month down from the labels', () => {
    checkSecondTables({
      o: { size: 4, t: 4 }, parents: [0, 1, 0],
      own: [[1, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0], [0, 0, 0, 0, 3, 0, 0, 0, 0, 1, 0, 0], [3, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 3], [0, 0, 0, 2, 0, 0, 3, 0, 0, 0, 1, 0]]
        .map((months) => ({ months, split: months.map(() => 0) })),
    });
  });
});

/** For every hidden figure of a scenario, a second set of figures that agrees with everything shown; the number checked. */
function checkSecondTables(input: Input, onChecked: (where: string) => void = () => {}): number {
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
