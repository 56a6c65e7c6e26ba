// Named trees for the check of series-differencing.test.ts, each once a failure or a known gap
// (most found by its property tests; the comment above each says what it was), kept so that every
// run checks them: for every hidden figure, a second set of figures agreeing with everything
// shown and within every label (test/differencing-scenario.ts).
import { describe, it } from 'vitest';
import { checkSecondTables } from '../../../test/differencing-scenario.js';

describe('the overview\'s month series, the reports and the tree together: named trees', () => {
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
