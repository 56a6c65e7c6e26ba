// A constructed year of contact-log rows for the reports tests: deterministic, skewed so that
// some categories are small (and must be suppressed) and others large. The tests count the
// true numbers from these rows themselves, independently of any SQL.
import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { AGE_BANDS, GENDERS, HEARD_VIA, RELATIONSHIPS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { ACTIVITY_TYPES, CHANNELS, ONWARD_TARGETS } from '../contacts/vocab.js';
import { seedContacts } from '../contacts/service.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface ContactFixture {
  id: string;
  unit_id: string;
  contact_date: string;
  channel: string;
  duration_min: number;
  activity_type: string;
  target_group: string | null;
  relationship: string | null;
  age_band: string | null;
  gender: string | null;
  heard_via: string | null;
  referred_onward: number;
  referred_to: string | null;
  carer_id: string | null;
}

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks with weights falling steeply, so late list items are rare (small numbers). */
function skewed<T>(r: () => number, items: readonly T[]): T {
  const weights = items.map((_, i) => 1 / (i + 1) ** 2.2);
  let x = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    x -= weights[i];
    if (x <= 0) return items[i];
  }
  return items[items.length - 1];
}

export function constructYear(opts: { year: number; n: number; unitIds: string[]; seed?: number; carers?: number }): ContactFixture[] {
  const r = rng(opts.seed ?? 7);
  const carers = Array.from({ length: opts.carers ?? 12 }, () => randomUUID());
  const out: ContactFixture[] = [];
  for (let i = 0; i < opts.n; i++) {
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const referred = r() < 0.15;
    out.push({
      id: randomUUID(),
      unit_id: opts.unitIds[Math.floor(r() * opts.unitIds.length)],
      contact_date: `${opts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      channel: skewed(r, CHANNELS),
      duration_min: 15 + Math.floor(r() * 4) * 15,
      activity_type: skewed(r, ACTIVITY_TYPES),
      target_group: r() < 0.05 ? null : skewed(r, TARGET_GROUPS),
      relationship: r() < 0.05 ? null : skewed(r, RELATIONSHIPS),
      age_band: r() < 0.04 ? null : skewed(r, [...AGE_BANDS].reverse()),
      gender: skewed(r, GENDERS),
      heard_via: r() < 0.3 ? null : skewed(r, HEARD_VIA),
      referred_onward: referred ? 1 : 0,
      referred_to: referred ? skewed(r, ONWARD_TARGETS) : null,
      carer_id: r() < 0.2 ? carers[Math.floor(r() * carers.length)] : null,
    });
  }
  return out;
}

export async function insertFixture(db: Kysely<DB>, tenantId: string, rows: ContactFixture[], at: Date): Promise<void> {
  const iso = at.toISOString();
  await seedContacts(db, rows.map((c) => ({
    ...c, tenant_id: tenantId, user_id: null, district: null, campaign_id: null, created_at: iso, updated_at: iso,
  })));
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
