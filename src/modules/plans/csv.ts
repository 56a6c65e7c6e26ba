// CSV in and out. Output is what Swedish Excel opens directly: UTF-8 with BOM, semicolons,
// CRLF, and every text cell that a spreadsheet could take for a formula (= + - @ tab CR)
// prefixed with an apostrophe (OWASP CSV injection). Input takes ; , or tab, decided from the
// header line, with RFC 4180 quoting.

export const FORMULA_START = /^[=+\-@\t\r]/;

/** An apostrophe in front of anything a spreadsheet would evaluate. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Numbers are written as they are; strings are neutralised and quoted when needed. */
export function writeCsv(rows: (string | number | null)[][], delimiter = ';'): string {
  const lines = rows.map((r) => r.map((c) => {
    if (c === null) return '';
    if (typeof c === 'number') return String(c);
    return quote(neutralizeFormula(c), delimiter);
  }).join(delimiter));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function detectDelimiter(text: string): ';' | ',' | '\t' {
  let firstLine = '';
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes) firstLine += ch;
  }
  const count = (d: string) => firstLine.split(d).length - 1;
  const candidates: (';' | ',' | '\t')[] = [';', '\t', ','];
  let best: ';' | ',' | '\t' = ';';
  for (const d of candidates) if (count(d) > count(best)) best = d;
  return best;
}

export type CsvParse = { ok: true; rows: string[][]; delimiter: string } | { ok: false; row: number; message: string };

/** Shared by every blank line, so a file of many empty lines costs no allocations. */
export const BLANK_ROW: readonly string[] = Object.freeze(['']);

/**
 * Parses the whole text in one pass (indexOf/slice, no per-character strings). Records are
 * numbered from 1 as a spreadsheet numbers rows. A quote opens a quoted field only at the start
 * of a field; text after its closing quote is kept as it is.
 */
export function parseCsv(input: string, delimiter: string = detectDelimiter(input)): CsvParse {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const fieldEnd = (from: number) => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === 10 || c === 13) break;
      k++;
    }
    return k;
  };
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      let buf = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return { ok: false, row: rows.length + 1, message: 'Ett citattecken (") öppnas men stängs aldrig' };
        buf += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          buf += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      const k = fieldEnd(j);
      value = buf + text.slice(j, k);
      i = k;
    } else {
      const k = fieldEnd(i);
      value = text.slice(i, k);
      i = k;
    }
    row.push(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    rows.push(row.length === 1 && row[0] === '' ? (BLANK_ROW as string[]) : row);
    row = [];
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  if (row.length > 0) rows.push(row);
  return { ok: true, rows, delimiter };
}

/** Valid UTF-8 text without NUL or other binary control characters, else undefined. */
export function decodeUtf8Text(buf: Buffer): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return undefined;
  return text;
}
