// The search for second tables in the whole-tree models of whole-tree.ts (issue 14). For each
// hidden figure the search looks for a second table: ±1 on a few figures such that
// every shown figure stays, every hidden one stays within its label ("<t": 1…t−1, "dolt": t or
// more) and every rest stays ≥ 0. When there is none, it looks again letting shown figures be
// hidden (the fewest, then the smallest) and those are hidden; when even that fails the table is
// withheld over the tree. A move found is a second consistent table, checked by construction
// (and independently by series-differencing.test.ts). Deterministic: fixed orders, no randomness.
import type { CellState } from './suppression.js';
import type { ColumnModel } from './whole-tree.js';

/** What a reader knows of a figure from its label: [lo, hi], or null when it is shown (fixed). */
export function labelRange(state: CellState | undefined, value: number, threshold: number): [number, number] | null {
  switch (state ?? 'shown') {
    case 'shown': return null;
    case 'primary': return [1, threshold - 1];
    case 'secondary': return [threshold, Infinity];
    default: return value > 0 ? [1, Infinity] : [0, Infinity]; // withheld (a 0 only in a table withheld as a whole)
  }
}

export interface SearchOptions {
  /** Per var: its label's range, or null when shown. */
  ranges: ([number, number] | null)[];
  /** Per var: whether a shown figure may be hidden to make a move (then "dolt": t or more). */
  hideable: (v: number) => boolean;
  threshold: number;
  maxHides: number;
}

const MAX_MOVES = 12;
const MAX_VISITS = 4000;

type Move = { delta: Map<number, number>; hides: number[] };

/** A model's constraints as flat arrays for the search (built once per model, same orders). */
interface Flat {
  nEq: number;
  value: Int32Array;
  /** Per var v: its constraints touchCi[touchStart[v] … touchStart[v+1]) with touchCoef. */
  touchStart: Int32Array; touchCi: Int32Array; touchCoef: Int32Array;
  /** Per constraint c: its terms termU[termStart[c] … termStart[c+1]) with termCoef. */
  termStart: Int32Array; termU: Int32Array; termCoef: Int32Array;
  /** Per rest r (constraint nEq + r): how far its sum may fall. */
  slack: Float64Array;
}
const flats = new WeakMap<ColumnModel, Flat>();

function flatOf(m: ColumnModel): Flat {
  const hit = flats.get(m);
  if (hit) return hit;
  const terms = [...m.eqs, ...m.rests.map((r) => r.terms)];
  const touchStart = new Int32Array(m.vars.length + 1);
  m.touching.forEach((t, v) => { touchStart[v + 1] = touchStart[v] + t.length; });
  const termStart = new Int32Array(terms.length + 1);
  terms.forEach((t, c) => { termStart[c + 1] = termStart[c] + t.length; });
  const flat: Flat = {
    nEq: m.eqs.length,
    value: Int32Array.from(m.vars, (x) => x.value),
    touchStart, touchCi: Int32Array.from(m.touching.flat(), ([ci]) => ci), touchCoef: Int32Array.from(m.touching.flat(), ([, coef]) => coef),
    termStart, termU: Int32Array.from(terms.flat(), ([u]) => u), termCoef: Int32Array.from(terms.flat(), ([, coef]) => coef),
    slack: Float64Array.from(m.rests, (r) => r.slack),
  };
  flats.set(m, flat);
  return flat;
}

/**
 * A second table in which `target` differs: the vars moved (var → ±1) and which of them were
 * shown (to be hidden), with the fewest hidden first, trying `fromHides` hidden figures and up;
 * null when none is found within the limits. `complete`: the search ran to its end
 * without reaching the limit of visits, so "none" means that no move of up to MAX_MOVES figures
 * exists with the hides tried.
 */
function searchMove(m: ColumnModel, target: number, o: SearchOptions, fromHides: number): { move: Move | null; complete: boolean } {
  const { nEq, value, touchStart, touchCi, touchCoef, termStart, termU, termCoef, slack } = flatOf(m);
  const sums = new Int32Array(termStart.length - 1);
  const delta = new Int8Array(m.vars.length);
  const moved: number[] = [];
  const ranges = o.ranges;
  // The labels' ranges as flat arrays: shown[v] 1 when the figure is shown (no range).
  const shown = new Uint8Array(m.vars.length);
  const lo = new Float64Array(m.vars.length);
  const hi = new Float64Array(m.vars.length);
  ranges.forEach((r, v) => { if (r) { lo[v] = r[0]; hi[v] = r[1]; } else shown[v] = 1; });
  let hides = 0;
  let visits = 0;
  let visitNo = 0;
  const violated = (ci: number) => (ci < nEq ? sums[ci] !== 0 : sums[ci] < -slack[ci - nEq]);
  // o.hideable per var, asked once (it does not change during a search): -1 not asked yet.
  const hideableMemo = new Int8Array(m.vars.length).fill(-1);
  const hideable = (v: number): boolean => {
    if (hideableMemo[v] < 0) hideableMemo[v] = o.hideable(v) ? 1 : 0;
    return hideableMemo[v] === 1;
  };
  // The visit that last counted a constraint: one touched by two moved vars is counted once.
  const countedAt = new Int32Array(termStart.length - 1);
  /** Whether var v may move by d, and if it needs hiding. */
  const allowed = (v: number, d: number, hidesLeft: number): 0 | 1 | 2 => {
    if (delta[v] !== 0) return 0;
    const x = value[v] + d;
    if (shown[v] === 0) return x >= lo[v] && x <= hi[v] ? 1 : 0;
    return hidesLeft > 0 && hideable(v) && x >= o.threshold ? 2 : 0;
  };
  const apply = (v: number, d: number) => {
    delta[v] += d;
    for (let k = touchStart[v]; k < touchStart[v + 1]; k++) sums[touchCi[k]] += touchCoef[k] * d;
  };
  const search = (limit: number, hideLimit: number): boolean => {
    if (++visits > MAX_VISITS) return false;
    const visit = ++visitNo;
    const hidesLeft = hideLimit - hides;
    // The violated constraint with the fewest ways out (constraints touched by a moved var only).
    // Counted first without building the lists (this runs for every visit); the first
    // constraint with the fewest ways wins, and only its list is built.
    let bestCi = -1;
    let bestWays = Infinity;
    for (const v of moved) {
      for (let k = touchStart[v]; k < touchStart[v + 1]; k++) {
        const ci = touchCi[k];
        if (countedAt[ci] === visit || !violated(ci)) continue;
        countedAt[ci] = visit;
        const need = ci < nEq ? -Math.sign(sums[ci]) : 1;
        // Counting stops at the best so far: such a constraint can neither win nor have none.
        let ways = 0;
        for (let t = termStart[ci]; t < termStart[ci + 1]; t++) if (allowed(termU[t], need * termCoef[t], hidesLeft) !== 0 && ++ways >= bestWays) break;
        if (ways < bestWays) { bestCi = ci; bestWays = ways; }
        if (ways === 0) return false;
      }
    }
    if (bestCi < 0) return true;
    if (moved.length >= limit) return false;
    const need = bestCi < nEq ? -Math.sign(sums[bestCi]) : 1;
    const best: [number, number][] = [];
    for (let t = termStart[bestCi]; t < termStart[bestCi + 1]; t++) {
      const d = need * termCoef[t];
      const a = allowed(termU[t], d, hidesLeft);
      if (a !== 0) best.push([termU[t], d + (a === 2 ? 10 : 0)]);
    }
    // Hidden figures first, then shown ones by size (the least information lost).
    const order = best.sort((a, b) => (a[1] > 5 ? 1 : 0) - (b[1] > 5 ? 1 : 0) || (a[1] > 5 ? value[a[0]] - value[b[0]] : 0) || a[0] - b[0]);
    for (const [u, code] of order) {
      const hide = code > 5;
      const d = hide ? code - 10 : code;
      if (allowed(u, d, hideLimit - hides) === 0) continue;
      apply(u, d);
      moved.push(u);
      if (hide) hides++;
      if (search(limit, hideLimit)) return true;
      if (hide) hides--;
      moved.pop();
      apply(u, -d);
    }
    return false;
  };
  // Checking (no hides): one depth-first search, the most constrained figure first. Hiding: the
  // fewest figures first, then the shortest move (iterative deepening).
  let complete = true;
  for (let hideLimit = fromHides; hideLimit <= o.maxHides; hideLimit++) {
    for (let limit = o.maxHides === 0 ? MAX_MOVES : 2; limit <= MAX_MOVES; limit++) {
      visits = 0;
      for (const d of [1, -1]) {
        if (allowed(target, d, 0) !== 1) continue;
        apply(target, d);
        moved.push(target);
        const found = search(limit, hideLimit);
        if (found) {
          const out = new Map(moved.map((v) => [v, delta[v]]));
          return { move: { delta: out, hides: moved.filter((v) => ranges[v] === null) }, complete: true };
        }
        moved.pop();
        apply(target, -d);
      }
      if (visits > MAX_VISITS) {
        complete = false;
        break; // deeper searches would not finish either
      }
    }
  }
  return { move: null, complete };
}

/**
 * The first hidden figure of the column (in var order) that no second table moves, and what to
 * do about it: the shown figures to hide, or null when the table must be withheld over the tree.
 * undefined when every hidden figure moves. `known`: moves found before for this column (var →
 * move), kept across the rounds of the solve and filled here; a kept move is used again only
 * while every figure it moves is still hidden and stays within its label.
 */
export function columnGap(m: ColumnModel, o: Omit<SearchOptions, 'maxHides'>, known: Map<number, Map<number, number>> = new Map()): { target: number; hide: number[] | null } | undefined {
  // A move is a second table in which every figure it moves differs: those need no search of
  // their own (most hidden figures of a column are freed by another's move, in this round or an
  // earlier one: the equations and rests never change, only which figures are hidden).
  const checked = new Map<Map<number, number>, boolean>();
  const stillValid = (delta: Map<number, number>): boolean => {
    let ok = checked.get(delta);
    if (ok === undefined) {
      ok = [...delta].every(([u, d]) => { const r = o.ranges[u]; const x = m.vars[u].value + d; return !!r && x >= r[0] && x <= r[1]; });
      checked.set(delta, ok);
    }
    return ok;
  };
  for (let v = 0; v < m.vars.length; v++) {
    const r = o.ranges[v];
    if (!r || m.vars[v].value === 0) continue;
    const kept = known.get(v);
    if (kept && stillValid(kept)) continue;
    const { move, complete } = searchMove(m, v, { ...o, maxHides: 0 }, 0);
    if (move) {
      checked.set(move.delta, true);
      for (const u of move.delta.keys()) known.set(u, move.delta);
      continue;
    }
    // With hides allowed the search starts again without any, at growing depths; a search
    // without hides that ran to its end found that there is none at any depth up to MAX_MOVES
    // (the shallower searches walk the same choices, cut earlier), so it starts at one hide.
    const fix = searchMove(m, v, { ...o, maxHides: 3 }, complete ? 1 : 0).move;
    return { target: v, hide: fix && fix.hides.length > 0 ? fix.hides : null };
  }
  return undefined;
}
