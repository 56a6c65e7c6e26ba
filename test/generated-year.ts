// A generated year for the recount tests (recount.test.ts, recount-board.test.ts): one
// municipality's records of a year made by reports/generate.ts, and its yearly report for every
// part of the organisation. Also what both recount with: which rows belong to a part (unitSql)
// and the report's figures in the shape of a recount (figures).
import { sql, type RawBuilder } from 'kysely';
import { DateTime } from 'luxon';
import { buildTestApp, type TestApp } from './harness.js';
import { clearContacts } from './report-fixtures.js';
import type { Dialect } from '../src/platform/db/database.js';
import { generateYear, type Generated } from '../src/modules/reports/generate.js';
import { buildReport } from '../src/modules/reports/report.js';
import { reportTree } from '../src/modules/reports/service.js';
import { listUnits, findTenantBySlug, type OrgUnit, type Tenant } from '../src/platform/tenancy/tenancy.js';
import { withSharedReads } from '../src/platform/db/shared-reads.js';
import type { ReportScope, YearlyReport } from '../src/modules/reports/model.js';

export const slug = 'hassleholm';
export const YEAR = 2025;
export const ZONE = 'Europe/Stockholm';
const instant = (y: number) => DateTime.fromObject({ year: y, month: 1, day: 1 }, { zone: ZONE }).toUTC().toISO()!;
export const FROM = instant(YEAR);
export const TO = instant(YEAR + 1);

/** Which rows a recount takes by their unit column: every row, the units given, or every row outside them (no unit included). */
export type Where = { all: true } | { in: string[] } | { outside: string[] };
export const num = (v: unknown) => Number(v ?? 0);

/** label → figure, for one table of a report (exact figures). */
export type Figures = Map<string, number>;

export const unitSql = (column: string, w: Where): RawBuilder<unknown> => {
  if ('all' in w) return sql`1 = 1`;
  const ids: string[] = 'in' in w ? w.in : w.outside;
  const list = sql.join((ids.length > 0 ? ids : ['-']).map((id) => sql`${id}`));
  return 'in' in w ? sql`${sql.ref(column)} in (${list})` : sql`(${sql.ref(column)} is null or ${sql.ref(column)} not in (${list}))`;
};

/** The report's figures in the same shape: table id (or "table:column" for wide tables, "fakta:section") → label → value. */
export function figures(r: YearlyReport): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const s of r.sections) {
    out.set(`fakta:${s.id}`, new Map((s.facts ?? []).flatMap((f) => (f.cell.kind === 'count' || f.cell.kind === 'plain' ? [[f.label, f.cell.value]] : f.cell.kind === 'measure' && f.cell.format === 'days' ? [[f.label, f.cell.value ?? -1]] : []))));
    for (const tb of s.tables) {
      tb.columns.forEach((col, c) => {
        const key = tb.columns.length > 1 ? `${tb.id}:${col}` : tb.id;
        out.set(key, new Map(tb.rows.flatMap((row) => (row.cells[c]?.kind === 'count' || row.cells[c]?.kind === 'plain' ? [[row.label, (row.cells[c] as { value: number }).value]] : []))));
      });
    }
  }
  return out;
}

export interface GeneratedYear {
  t: TestApp;
  tenant: Tenant;
  units: OrgUnit[];
  made: Generated;
  scopes: ReportScope[];
  parents: number[];
  reports: YearlyReport[];
}

/** A test app with the generated year and every part's report; the app is closed again if making them fails. */
export async function generatedYear(dialect: Dialect): Promise<GeneratedYear> {
  const t = await buildTestApp(dialect, { slugs: [slug] });
  try {
    const unit = (key: string) => t.seeds.get(slug)!.unitIds.get(key)!;
    await clearContacts(t.db);
    const tenant = (await findTenantBySlug(t.db, slug))!;
    // Units in two administrations and three areas, so every level has parts to add up.
    const made = await generateYear(t.db, tenant.id, {
      year: YEAR, contacts: 1600, bookings: 700, carers: 40, requests: 260, referrals: 180, seed: 21, now: t.clock.now(),
      unitIds: ['anhorigstod', 'hemvard-tyringe', 'sabo-ekbacken', 'novum'].map(unit),
    });
    const units = await listUnits(t.db, tenant.id);
    const { scopes, parents } = reportTree(units);
    const reports = await withSharedReads(t.db, (db) => Promise.all(scopes.map((scope) => buildReport({ db, tenant, year: YEAR, scope, now: t.clock.now() }))));
    return { t, tenant, units, made, scopes, parents, reports };
  } catch (e) {
    await t.close();
    throw e;
  }
}
