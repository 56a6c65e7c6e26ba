// Normalised keys for search and duplicate detection.
export const normName = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Digits only; a Swedish country code becomes a leading 0. */
export function normPhone(s: string | null): string | null {
  if (!s) return null;
  let d = s.replace(/\D/g, '');
  if (d.startsWith('0046')) d = `0${d.slice(4)}`;
  else if (d.startsWith('46') && d.length >= 11) d = `0${d.slice(2)}`;
  return d || null;
}
