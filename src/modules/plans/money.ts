// Amounts are integer kronor everywhere (exact sums); tkr is only a way of showing them.

/** Largest amount one cell may hold (fits a 32-bit integer column on PostgreSQL). */
export const MAX_AMOUNT_KR = 999_999_999;

export type AmountParse = { ok: true; kr: number | null } | { ok: false; message: string };

/**
 * Whole kronor as people write them: "10 000", "10000", "10 000 kr", "2000". Empty = null.
 * Spaces, no-break spaces and thin spaces separate thousands. Decimals are refused (the plan is
 * kept in whole kronor), as are negative numbers and text.
 */
export function parseKr(raw: string | number | null | undefined): AmountParse {
  if (raw === null || raw === undefined) return { ok: true, kr: null };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, message: 'Skriv ett belopp i kronor, till exempel 10 000' };
    if (raw < 0) return { ok: false, message: 'Beloppet kan inte vara negativt' };
    if (!Number.isInteger(raw)) return { ok: false, message: 'Skriv beloppet i hela kronor, utan decimaler' };
    if (raw > MAX_AMOUNT_KR) return { ok: false, message: 'Beloppet är för stort (högst 999 999 999 kr)' };
    return { ok: true, kr: raw };
  }
  const s = raw.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
  if (s === '') return { ok: true, kr: null };
  const body = s.replace(/\s*kr$/i, '').replace(/ /g, '');
  if (/^[-−–]\s*\d/.test(body)) return { ok: false, message: 'Beloppet kan inte vara negativt' };
  if (/^\d+([,.]\d+)+$/.test(body)) return { ok: false, message: 'Skriv beloppet i hela kronor, utan decimaler och med mellanslag mellan tusental, till exempel 10 000' };
  if (!/^\d+$/.test(body)) return { ok: false, message: 'Skriv ett belopp i kronor med siffror, till exempel 10 000' };
  const n = Number(body);
  if (n > MAX_AMOUNT_KR) return { ok: false, message: 'Beloppet är för stort (högst 999 999 999 kr)' };
  return { ok: true, kr: n };
}

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** 1723000 → "1 723 000" (no-break spaces, Swedish grouping). */
export function formatKr(kr: number): string {
  return (kr < 0 ? '−' : '') + group(String(Math.abs(kr)));
}

/** Kronor shown as tkr, exact: 1723000 → "1 723", 2500 → "2,5", 1 → "0,001". */
export function formatTkr(kr: number): string {
  const abs = Math.abs(kr);
  const whole = Math.floor(abs / 1000);
  const rest = abs % 1000;
  const frac = rest === 0 ? '' : ',' + String(rest).padStart(3, '0').replace(/0+$/, '');
  return (kr < 0 ? '−' : '') + group(String(whole)) + frac;
}

/** Kronor as a number of tkr for callers that compute (exact for whole tkr). */
export const toTkr = (kr: number): number => kr / 1000;

/** "31", "31,50", "31.5" kr → öre; empty → null. */
export function parseOre(raw: string): { ok: true; ore: number | null } | { ok: false; message: string } {
  const s = raw.replace(/\s+/g, '').replace(/kr$/i, '');
  if (s === '') return { ok: true, ore: null };
  const m = /^(\d{1,6})(?:[,.](\d{1,2}))?$/.exec(s);
  if (!m) return { ok: false, message: 'Skriv ett belopp i kronor, till exempel 31 eller 31,50' };
  return { ok: true, ore: Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0') };
}

/** 3100 → "31", 3150 → "31,50". */
export function formatOre(ore: number): string {
  const kr = Math.floor(ore / 100);
  const rest = ore % 100;
  return group(String(kr)) + (rest === 0 ? '' : ',' + String(rest).padStart(2, '0'));
}

/** The expected state grant: kronor per inhabitant × population, rounded to whole kronor. */
export function expectedGrantKr(orePerInhabitant: number, population: number): number {
  return Math.round((orePerInhabitant * population) / 100);
}
