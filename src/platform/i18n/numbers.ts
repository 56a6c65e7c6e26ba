// Numbers as Swedish readers write them ("12 491", "0,7"). An Intl.NumberFormat costs tens of
// µs to build and little to use; the yearly report formats thousands of figures, so one
// formatter per number of decimals is built once and kept.
const formats = new Map<number, Intl.NumberFormat>();

/** `n` in Swedish notation with at most `maxDecimals` decimals (none by default). */
export function formatNumber(n: number, maxDecimals = 0): string {
  let f = formats.get(maxDecimals);
  if (!f) formats.set(maxDecimals, f = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: maxDecimals }));
  return f.format(n);
}
