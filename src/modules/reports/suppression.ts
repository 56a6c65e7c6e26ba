// Small-number suppression (SPEC C6): what leaves the specialists must not let anyone find a
// count below the municipality's threshold, neither directly nor by subtracting shown figures.
//
// The rule, as the report states it:
//  - 0 is shown (that nobody received something identifies nobody).
//  - A count from 1 to threshold−1 is shown as "<threshold" (primary suppression).
//  - Any other count that would let a hidden one be recomputed from the totals is shown as
//    "dolt" (secondary suppression); as a last resort a whole breakdown is hidden.
//
// Model. Every table is a set of cells tied by "parts add up to the whole" equations. Each cell
// is an arc between two equation vertices with a sign, so that the equations say "signed flow is
// conserved at every vertex" (a 1-D breakdown: parts flow from a ground vertex into the total's
// vertex and the total flows back; a 2-D table: rows → columns, with totals as negative flow).
// Another table consistent with everything shown is then the true table plus a circulation on
// the hidden cells. A hidden cell is protected when a cycle through it can move by ±1 while every
// hidden cell stays inside what a reader knows of it: "<t" means 1…t−1, "dolt" means ≥ t (it was
// not small, and 0 would have been shown) or ≥ 1 when a whole breakdown is hidden. Cells are
// hidden until every hidden cell is protected; a cycle found is a second consistent table, which
// the property tests check independently.
//
// Across reports: a report for part of the organisation can be set beside the report of a larger
// part that contains it. A count that is 1…t−1 below the same count there would give the rest a
// small number by subtraction, so it is hidden here as well (differencing.ts finds such cells);
// suppress() takes them as `forced` and protects them like any other hidden cell.
//
// The table shapes (a breakdown, a crosstab, a single count) as cells are in table-shapes.ts.
import { formatNumber } from '../../platform/i18n/numbers.js';

export type CellState = 'shown' | 'primary' | 'secondary' | 'withheld';

export interface StructureCell {
  value: number;
  /** Shown elsewhere in the report (e.g. the year's total): never hidden as a secondary. */
  anchor?: boolean;
  from: number;
  to: number;
  sign: 1 | -1;
}

export interface Suppressed {
  states: CellState[];
  /** false when the table cannot be shown at all: every cell but the anchors is then withheld. */
  ok: boolean;
}

/** The range a reader can infer for a cell from its label (inclusive; max Infinity). */
export function knownRange(state: CellState, value: number, threshold: number): [number, number] {
  switch (state) {
    case 'shown': return [value, value];
    case 'primary': return [1, threshold - 1];
    case 'secondary': return [threshold, Infinity];
    case 'withheld': return [1, Infinity];
  }
}

function canMove(cell: StructureCell, state: CellState, origDelta: number, threshold: number): boolean {
  // knownRange without building the pair: this runs for every cell of every search.
  const v = cell.value + origDelta;
  switch (state) {
    case 'shown': return false;
    case 'primary': return v >= 1 && v <= threshold - 1;
    case 'secondary': return v >= threshold;
    case 'withheld': return v >= 1;
  }
}

/** Per vertex, the residual arcs of the hidden cells as [next vertex, cell, flow], in cell order;
 *  `top`: the largest vertex (vertices are a table's equations, small integers from 0). */
export interface Residual { arcs: Map<number, [number, number, 1 | -1][]>; top: number }

/**
 * The arcs a ±1 move may use, given what is shown. Built once for many searches over the same
 * states (each search skips its own target's arcs): the same arcs in the same order as a graph
 * built without the target, so every search finds the same path.
 */
export function residualGraph(cells: StructureCell[], states: CellState[], threshold: number): Residual {
  const arcs = new Map<number, [number, number, 1 | -1][]>();
  let top = 0;
  const add = (from: number, to: number, cell: number, flow: 1 | -1) => {
    const list = arcs.get(from);
    if (list) list.push([to, cell, flow]);
    else arcs.set(from, [[to, cell, flow]]);
  };
  cells.forEach((e, i) => {
    top = Math.max(top, e.from, e.to);
    if (states[i] === 'shown') return;
    if (canMove(e, states[i], e.sign, threshold)) add(e.from, e.to, i, 1);
    if (canMove(e, states[i], -e.sign, threshold)) add(e.to, e.from, i, -1);
  });
  return { arcs, top };
}

/**
 * A second table consistent with what is shown in which `target` differs: the changes per cell
 * (in the cells' own values), or null when none is found by a ±1 move along a cycle.
 */
export function alternativeChange(cells: StructureCell[], states: CellState[], threshold: number, target: number,
  graph: Residual = residualGraph(cells, states, threshold)): Map<number, number> | null {
  const c = cells[target];
  for (const dir of [1, -1] as const) {
    if (!canMove(c, states[target], dir * c.sign, threshold)) continue;
    // Moving c by dir (in flow terms) along from→to; close the cycle with a path back.
    const start = dir > 0 ? c.to : c.from;
    const goal = dir > 0 ? c.from : c.to;
    const path = findPath(graph, target, start, goal);
    if (path) {
      const out = new Map<number, number>([[target, dir * c.sign]]);
      for (const [i, flow] of path) out.set(i, flow * cells[i].sign);
      return out;
    }
  }
  return null;
}

// Scratch space of findPath, reused by every search (vertices are small integers: a table's
// equations). A search never runs inside another, so one set serves them all; `seenAt` holds the
// number of the search that last reached a vertex, so nothing needs clearing between searches.
let seenAt = new Int32Array(64);
let viaVertex = new Int32Array(64);
let viaCell = new Int32Array(64);
let viaFlow = new Int8Array(64);
let queue = new Int32Array(64);
let searchNo = 0;

function scratchFor(vertices: number): void {
  if (vertices <= seenAt.length) return;
  const size = Math.max(vertices, seenAt.length * 2);
  [seenAt, viaVertex, viaCell, viaFlow, queue] = [new Int32Array(size), new Int32Array(size), new Int32Array(size), new Int8Array(size), new Int32Array(size)];
  searchNo = 0;
}

/** Breadth-first search over the residual arcs of hidden cells other than `skip`. */
function findPath(graph: Residual, skip: number, start: number, goal: number): [number, 1 | -1][] | null {
  scratchFor(Math.max(graph.top, start, goal) + 1);
  if (++searchNo === 0x7fffffff) { seenAt.fill(0); searchNo = 1; }
  const stamp = searchNo;
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  seenAt[start] = stamp;
  while (head < tail) {
    const v = queue[head++];
    if (v === goal) {
      const path: [number, 1 | -1][] = [];
      for (let cur = v; cur !== start; cur = viaVertex[cur]) path.push([viaCell[cur], viaFlow[cur] as 1 | -1]);
      return path;
    }
    const arcs = graph.arcs.get(v);
    if (!arcs) continue;
    for (const [next, cell, flow] of arcs) {
      if (cell === skip || seenAt[next] === stamp) continue;
      seenAt[next] = stamp;
      viaVertex[next] = v;
      viaCell[next] = cell;
      viaFlow[next] = flow;
      queue[tail++] = next;
    }
  }
  return null;
}

const isHidden = (s: CellState) => s !== 'shown';

/**
 * Whether showing `own` next to `larger` (the same count in a report for a larger part of the
 * organisation that contains this one) would give the rest a small number by subtraction.
 * A 0 never is: the larger count is then itself small, and hidden there.
 */
export function differsBySmall(own: number, larger: number, threshold: number): boolean {
  const rest = larger - own;
  return own > 0 && rest >= 1 && rest < threshold;
}

/**
 * Decide which cells to hide. Pure and deterministic: the same table always gives the same answer.
 * `forced` are cells that must be hidden whatever their value (a 0 stays shown): those a larger
 * report would reveal by subtraction. They read as "dolt" (or "<t" when small), anchors included,
 * and the table's own secondary suppression then protects them.
 */
export function suppress(cells: StructureCell[], threshold: number, forced: ReadonlySet<number> = new Set()): Suppressed {
  const small = (c: StructureCell) => c.value > 0 && c.value < threshold;
  const mustHide = (i: number) => forced.has(i) && cells[i].value > 0;
  // First with the labels "<t" and "dolt"; when a reader could still pin a small value down from
  // them (e.g. 1 + 5 = 6: "<5" is 1–4 and "dolt" at least 5), every hidden cell of the table
  // becomes "dolt" in the wider sense (any value from 1) and the search runs again. Anchors keep
  // the narrow reading: the same figure is shown with that label in other tables.
  const first = hideUntilProtected(cells, threshold, cells.map((c, i) => (small(c) ? 'primary' : mustHide(i) ? 'secondary' : 'shown')), 'secondary');
  if (first) return { states: first, ok: true };
  const second = hideUntilProtected(cells, threshold, cells.map((c, i) => (
    small(c) ? (c.anchor ? 'primary' : 'withheld') : mustHide(i) ? (c.anchor ? 'secondary' : 'withheld') : 'shown')), 'withheld');
  if (second) return { states: second, ok: true };
  // Nothing works (e.g. 1 + 1 + 1 = 3 with zeros shown): the whole table is withheld, zeros too.
  return { states: cells.map((c, i) => (!c.anchor ? 'withheld' : small(c) ? 'primary' : mustHide(i) ? 'secondary' : 'shown')), ok: false };
}

function hideUntilProtected(cells: StructureCell[], threshold: number, states: CellState[], hideAs: CellState): CellState[] | null {
  for (let guard = 0; guard <= cells.length; guard++) {
    const graph = residualGraph(cells, states, threshold);
    const bad = states.findIndex((s, i) => isHidden(s) && !alternativeChange(cells, states, threshold, i, graph));
    if (bad < 0) return states;
    const extra = cheapestProtection(cells, states, threshold, bad, hideAs);
    if (!extra) return null;
    for (const i of extra) states[i] = hideAs;
  }
  return null;
}

/**
 * The shown cells to hide so that a ±1 cycle runs through `target`, choosing the cycle that hides
 * the least (sum of the values hidden, the usual measure of information lost). Every cell hidden
 * this way lies on that cycle, so it is protected too.
 */
function cheapestProtection(cells: StructureCell[], states: CellState[], threshold: number, target: number, hideAs: CellState): number[] | null {
  const usable = (i: number) => i !== target && (isHidden(states[i]) || (!cells[i].anchor && cells[i].value > 0));
  const stateOf = (i: number) => (isHidden(states[i]) ? states[i] : hideAs);
  const cost = (i: number) => (isHidden(states[i]) ? 0 : cells[i].value + 1);
  const arcs = new Map<number, [number, number][]>(); // vertex → [next vertex, cell]
  const add = (from: number, to: number, cell: number) => arcs.set(from, [...(arcs.get(from) ?? []), [to, cell]]);
  cells.forEach((e, i) => {
    if (!usable(i)) return;
    if (canMove(e, stateOf(i), e.sign, threshold)) add(e.from, e.to, i);
    if (canMove(e, stateOf(i), -e.sign, threshold)) add(e.to, e.from, i);
  });
  const c = cells[target];
  let best: { cost: number; cells: number[] } | null = null;
  for (const dir of [1, -1] as const) {
    if (!canMove(c, states[target], dir * c.sign, threshold)) continue;
    const found = dijkstra(arcs, cost, dir > 0 ? c.to : c.from, dir > 0 ? c.from : c.to);
    if (found && (!best || found.cost < best.cost)) best = found;
  }
  return best ? best.cells.filter((i) => !isHidden(states[i])) : null;
}

function dijkstra(arcs: Map<number, [number, number][]>, cost: (cell: number) => number, start: number, goal: number): { cost: number; cells: number[] } | null {
  const dist = new Map<number, number>([[start, 0]]);
  const via = new Map<number, [number, number]>(); // vertex → [previous, cell]
  const done = new Set<number>();
  for (;;) {
    let v = -1;
    let d = Infinity;
    for (const [k, x] of dist) if (!done.has(k) && x < d) [v, d] = [k, x];
    if (v < 0) return null;
    if (v === goal) break;
    done.add(v);
    for (const [next, cell] of arcs.get(v) ?? []) {
      const nd = d + cost(cell);
      if (nd < (dist.get(next) ?? Infinity)) {
        dist.set(next, nd);
        via.set(next, [v, cell]);
      }
    }
  }
  const path: number[] = [];
  for (let cur = goal; cur !== start; cur = via.get(cur)![0]) path.push(via.get(cur)![1]);
  return { cost: dist.get(goal)!, cells: path };
}

/** What a reader sees in a suppressed report. */
export function suppressedLabel(state: CellState, value: number, threshold: number): string {
  if (state === 'shown') return formatCount(value);
  return state === 'primary' ? `<${threshold}` : 'dolt';
}

export function formatCount(n: number): string {
  return formatNumber(n);
}

/** The rule in words, for the report, the definitions page and every export. */
export function ruleText(threshold: number): string {
  return `Antal från 1 till ${threshold - 1} visas som "<${threshold}". Ett antal som annars skulle göra det möjligt att räkna fram ett sådant litet tal ur summorna visas som "dolt". Går en tabell inte att visa utan att ett litet tal kan räknas fram visas bara dess totalsumma. 0 visas alltid. Årets totalsummor visas, utom när de själva är små tal eller döljs enligt regeln här nedan. ${differencingText(threshold)}`;
}

/** The rule across reports, in words (part of ruleText; the definitions page says it too). */
export function differencingText(threshold: number): string {
  return `En rapport för en förvaltning eller ett område kan läggas bredvid rapporten för en större del som den ingår i, till exempel hela kommunen. Är ett antal 1 till ${threshold - 1} lägre än samma antal i den större rapporten skulle skillnaden visa ett litet tal för resten. Då döljs antalet i den mindre rapporten: det visas som "dolt" (eller "<${threshold}" om det självt är litet), och andra tal i tabellen döljs vid behov så att det inte kan räknas fram ur summorna.`;
}
