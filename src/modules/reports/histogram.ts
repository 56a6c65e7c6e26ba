// The median of many values kept as a histogram (value → how many), the same as sorting them
// all: the middle value, or the mean of the two middle values for an even count. Lets a report
// add the histograms of its units instead of reading every row for every part of the tree.

export function medianOfHistogram(histogram: ReadonlyMap<number, number>): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((a, [, n]) => a + n, 0);
  if (total === 0) return null;
  const at = (k: number): number => {
    let seen = 0;
    for (const [v, n] of entries) {
      seen += n;
      if (k < seen) return v;
    }
    return entries[entries.length - 1][0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Adds `from` into `into`. */
export function addHistogram(into: Map<number, number>, from: ReadonlyMap<number, number>): void {
  for (const [v, n] of from) into.set(v, (into.get(v) ?? 0) + n);
}
