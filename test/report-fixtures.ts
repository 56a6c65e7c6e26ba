// A constructed year of contact-log rows for the reports tests: deterministic, skewed so that
// some categories are small (and must be suppressed) and others large. The tests count the
// true numbers from these rows themselves, independently of any SQL.
import { inflateSync } from 'node:zlib';
import { clearContactLog, seedContacts } from '../src/modules/contacts/service.js';
import { contactRows, type GeneratedContact } from '../src/modules/reports/generate.js';
import type { Kysely } from 'kysely';
import type { DB } from '../src/platform/db/schema.js';

export type ContactFixture = GeneratedContact;

export function constructYear(opts: { year: number; n: number; unitIds: string[]; seed?: number; carers?: number }): ContactFixture[] {
  return [...contactRows(opts)];
}

export async function insertFixture(db: Kysely<DB>, tenantId: string, rows: ContactFixture[], at: Date): Promise<void> {
  const iso = at.toISOString();
  await seedContacts(db, rows.map((c) => ({
    ...c, tenant_id: tenantId, user_id: null, district: null, campaign_id: null, created_at: iso, updated_at: iso,
  })));
}

/** Empty the contact log (and its tallies) so a test knows every row counted. */
export async function clearContacts(db: Kysely<DB>): Promise<void> {
  await clearContactLog(db);
}

/** Counts per value of one column, the way a person with a spreadsheet would. */
export function tally(rows: ContactFixture[], key: keyof ContactFixture): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) {
    const k = row[key] === null ? 'unknown' : String(row[key]);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** The text of a pdfkit PDF (standard fonts, WinAnsi), one line per text run: enough to find
 *  table titles and cells without poppler. */
export function pdfTextContent(pdf: Buffer): string {
  const latin = pdf.toString('latin1');
  const decoder = new TextDecoder('windows-1252');
  const lines: string[] = [];
  const streams = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streams.exec(latin))) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      lines.push(decoder.decode(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}
