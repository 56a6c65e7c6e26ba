// Swedish personal identity numbers (personnummer) and coordination numbers (samordnings-
// nummer, day + 60). Pure functions; the value is never put in a URL, log or query string.

export type PersonnummerResult =
  | { ok: true; normalized: string; birthDate: string; coordination: boolean }
  | { ok: false; message: string };

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(ten: string): boolean {
  if (!/^\d{10}$/.test(ten)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}

/** The check digit that makes the nine digits YYMMDDNNN valid. */
export function luhnCheckDigit(nine: string): number {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${nine}${c}`)) return c;
  throw new Error('unreachable');
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Accepts YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD-NNNN and
 * YYYYMMDDNNNN. Returns the 12-digit form. `today` decides the century of short forms.
 */
export function parsePersonnummer(input: string, today: Date): PersonnummerResult {
  const raw = input.replace(/\s+/g, '');
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/.exec(raw);
  if (!m) return { ok: false, message: 'Skriv personnumret som ÅÅÅÅMMDD-NNNN' };
  const [, century, yy, mm, dd, sep, last4] = m;
  const month = Number(mm);
  let day = Number(dd);
  const coordination = day > 60;
  if (coordination) day -= 60;
  const thisYear = today.getUTCFullYear();
  let year: number;
  if (century !== undefined) {
    year = Number(`${century}${yy}`);
  } else {
    // The latest year with these two digits that is not in the future; '+' adds a century.
    year = thisYear - ((thisYear - Number(yy)) % 100 + 100) % 100;
    if (sep === '+') year -= 100;
  }
  if (!validDate(year, month, day)) return { ok: false, message: 'Personnumret innehåller inget giltigt datum' };
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (birthDate > today.toISOString().slice(0, 10)) return { ok: false, message: 'Personnumret har ett datum i framtiden' };
  if (!luhnValid(`${yy}${mm}${dd}${last4}`)) return { ok: false, message: 'Kontrollsiffran stämmer inte. Kontrollera personnumret' };
  return { ok: true, normalized: `${year}${mm}${dd}${last4}`, birthDate, coordination };
}

/** YYYYMMDD-NNNN for display once the user has asked to see it. */
export function formatPersonnummer(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

/** Day of the month of birth (coordination numbers subtract 60), for the archive rule. */
export function birthDayOfMonth(normalized: string): number {
  const d = Number(normalized.slice(6, 8));
  return d > 60 ? d - 60 : d;
}
