// Area reports carry the area's own figures (contacts in the unit that logged them, bookings in
// the group's unit), and the board's view opens with the summary and the chart. A generated year
// spread over units in different areas; each area's figures are checked against the others and
// against the municipality, and its CSV against its own report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { clearContacts } from '../../../test/report-fixtures.js';
import { generateYear } from './generate.js';
import { buildReport } from './report.js';
import { reportTree, yearlyReport } from './service.js';
import ExcelJS from 'exceljs';
import { cookieNames } from '../../platform/http/security.js';
import { listUnits, findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import type { YearlyReport } from './model.js';
import { yearInstants } from './source-queries.js';

const slug = 'hassleholm';
const total = (r: YearlyReport, tableId: string, label = 'Totalt'): number => {
  const row = r.sections.flatMap((s) => s.tables).find((t) => t.id === tableId)!.rows.find((x) => x.label === label)!;
  return (row.cells[0] as { value: number }).value;
};

function csvBlock(csv: string, title: string): Map<string, string> {
  const lines = csv.split('\r\n');
  const start = lines.indexOf(`"${title}"`);
  expect(start).toBeGreaterThan(0);
  const out = new Map<string, string>();
  for (const l of lines.slice(start + 2)) {
    if (l === '') break;
    const [label, value] = l.split(';').map((f) => f.replace(/^"|"$/g, ''));
    out.set(label, value);
  }
  return out;
}

describe.each(DIALECTS)('area reports on %s', (dialect) => {
  let t: TestApp;
  let reports: { name: string; unitId: string | null; report: YearlyReport; parent: number }[];
  const unit = (key: string) => t.seeds.get(slug)!.unitIds.get(key)!;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [slug] });
    await clearContacts(t.db);
    const seed = t.seeds.get(slug)!;
    const units = ['anhorigstod', 'hemvard-tyringe', 'sabo-ekbacken', 'novum'].map(unit);
    await generateYear(t.db, seed.tenantId, { year: 2025, contacts: 1500, bookings: 900, unitIds: units, seed: 3, now: t.clock.now() });
    const tenant = (await findTenantBySlug(t.db, slug))!;
    const tree = reportTree(await listUnits(t.db, seed.tenantId));
    reports = await Promise.all(tree.scopes.map(async (scope, i) => ({
      name: scope.unitName, unitId: scope.unitId, parent: tree.parents[i],
      report: await buildReport({ db: t.db, tenant, year: 2025, scope, now: t.clock.now() }),
    })));
  });
  afterAll(async () => t?.close());

  it('adds up: the administrations\' contacts and bookings are the municipality\'s, less what has no unit', async () => {
    const { from, to } = yearInstants(2025);
    // Plain SQL, apart from the report: bookings in the year to carer events that have no unit.
    const noUnit = await sql<{ n: number | string }>`select count(*) as n from event_bookings b join events e on e.id = b.event_id
      where b.tenant_id = ${t.seeds.get(slug)!.tenantId} and b.created_at >= ${from} and b.created_at < ${to} and e.unit_id is null and e.audience like ${'%"carers"%'}`.execute(t.db);
    const whole = reports[0].report;
    const admins = reports.filter((r) => r.parent === 0);
    expect(admins.length).toBeGreaterThan(1);
    const sum = (f: (r: YearlyReport) => number) => admins.reduce((s, a) => s + f(a.report), 0);
    expect(sum((r) => total(r, 'kontakter-slag', 'Kontakter totalt'))).toBe(total(whole, 'kontakter-slag', 'Kontakter totalt'));
    expect(total(whole, 'kontakter-slag', 'Kontakter totalt')).toBe(1500);
    for (const id of ['kontakter-kanal', 'kontakter-malgrupp', 'forfragningar-satt', 'formedlingar-tid']) {
      const adminSum = sum((r) => total(r, id));
      expect({ id, adminSum }).toEqual({ id, adminSum: id.startsWith('kontakter') ? total(whole, id) : adminSum });
      expect(adminSum).toBeLessThanOrEqual(total(whole, id));
    }
    const bookings = (r: YearlyReport) => total(r, 'grupper-deltagare', 'Bokningar som gjordes under året');
    expect(sum(bookings) + Number(noUnit.rows[0].n)).toBe(bookings(whole));
    // Areas add up to their administration too.
    for (const [ai, a] of reports.entries()) {
      const areas = reports.filter((r) => r.parent === ai);
      if (areas.length === 0 || a.parent !== 0) continue;
      expect(areas.reduce((s, r) => s + total(r.report, 'kontakter-kanal'), 0)).toBe(total(a.report, 'kontakter-kanal'));
    }
  });

  it('recounts every scope\'s requests, referrals and contacts with plain SQL, apart from the report code', async () => {
    const { from, to } = yearInstants(2025);
    const tenantId = t.seeds.get(slug)!.tenantId;
    const count = async (table: 'contact_requests' | 'referrals', column: string, unitIds: 'all' | string[]) => {
      const units = unitIds === 'all' ? sql`` : sql` and ${sql.ref(column)} in (${sql.join(unitIds.length > 0 ? unitIds : ['-'])})`;
      const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where tenant_id = ${tenantId} and created_at >= ${from} and created_at < ${to}${units}`.execute(t.db);
      return Number(r.rows[0].n);
    };
    const contacts = async (unitIds: 'all' | string[]) => {
      const units = unitIds === 'all' ? sql`` : sql` and unit_id in (${sql.join(unitIds.length > 0 ? unitIds : ['-'])})`;
      const r = await sql<{ n: number | string }>`select count(*) as n from contact_log where tenant_id = ${tenantId} and contact_date >= '2025-01-01' and contact_date <= '2025-12-31'${units}`.execute(t.db);
      return Number(r.rows[0].n);
    };
    const tree = reportTree(await listUnits(t.db, tenantId));
    let nonZero = 0;
    for (const [i, r] of reports.entries()) {
      const scope = tree.scopes[i].unitIds;
      const recount = {
        requests: await count('contact_requests', 'routed_unit_id', scope),
        referrals: await count('referrals', 'to_unit_id', scope),
        contacts: await contacts(scope),
      };
      const shown = { requests: total(r.report, 'forfragningar-satt'), referrals: total(r.report, 'formedlingar-tid'), contacts: total(r.report, 'kontakter-slag', 'Kontakter totalt') };
      expect({ scope: r.name, ...shown }).toEqual({ scope: r.name, ...recount });
      if (r.parent >= 0 && recount.requests > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(2);
    // Referrals whose referring unit is unknown have their own row in the municipality's table.
    const unknown = await sql<{ n: number | string }>`select count(*) as n from referrals where tenant_id = ${tenantId} and created_at >= ${from} and created_at < ${to} and from_unit_id is null`.execute(t.db);
    expect(total(reports[0].report, 'formedlingar-enhet', 'Okänd enhet')).toBe(Number(unknown.rows[0].n));
  });

  it('adds up contact hours: rounded per unit, the parts\' printed hours sum to their parent\'s', async () => {
    const hours = (r: YearlyReport) => {
      const fact = r.sections.flatMap((s) => s.facts ?? []).find((f) => f.label === 'Tid i kontakter (timmar)')!;
      return (fact.cell as { value: number }).value;
    };
    // Plain SQL over the contact log, apart from the tallies: minutes per unit, whole hours per unit.
    const perUnit = await sql<{ unit_id: string | null; minutes: number | string }>`select unit_id, sum(duration_min) as minutes from contact_log
      where tenant_id = ${t.seeds.get(slug)!.tenantId} and contact_date >= '2025-01-01' and contact_date <= '2025-12-31' group by unit_id`.execute(t.db);
    const expected = perUnit.rows.reduce((s, r) => s + Math.round(Number(r.minutes) / 60), 0);
    expect(hours(reports[0].report)).toBe(expected);
    let parents = 0;
    for (const [pi, p] of reports.entries()) {
      const kids = reports.filter((r) => r.parent === pi);
      if (kids.length === 0) continue;
      // Never more than the parent: its own units (contacts logged above its parts) are the rest.
      expect(kids.reduce((s, k) => s + hours(k.report), 0)).toBeLessThanOrEqual(hours(p.report));
      parents++;
    }
    expect(parents).toBeGreaterThan(1);
    const admins = reports.filter((r) => r.parent === 0);
    expect(admins.reduce((s, a) => s + hours(a.report), 0)).toBe(hours(reports[0].report));
  });

  it('gives an area\'s CSV the area\'s own figures, not the municipality\'s', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    const hemvard = reports.find((r) => r.unitId === unit('of-hemvard'))!;
    const whole = reports[0];
    const own = total(hemvard.report, 'grupper-deltagare', 'Bokningar som gjordes under året');
    expect(own).toBeLessThan(total(whole.report, 'grupper-deltagare', 'Bokningar som gjordes under året'));
    const csv = await board.get(`/${slug}/personal/rapporter/rapport.csv?ar=2025&enhet=${unit('of-hemvard')}`);
    expect(csv.status).toBe(200);
    const cell = csvBlock(csv.body, 'Bokningar och deltagare').get('Bokningar som gjordes under året')!;
    expect(['dolt', '<5', String(own)]).toContain(cell);
    const contacts = csvBlock(csv.body, 'Kontakter: anonyma och med identifierade anhöriga').get('Kontakter totalt')!;
    expect(['dolt', String(total(hemvard.report, 'kontakter-slag', 'Kontakter totalt'))]).toContain(contacts);
    expect(csv.body).not.toMatch(/\d\.\d{3,}/); // shares and medians rounded as the report prints them
  });

  it('gives an area\'s XLSX and CSV exactly the area\'s own report, cell by cell, never the municipality\'s', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    const tenant = (await findTenantBySlug(t.db, slug))!;
    const area = reports.find((r) => r.unitId === unit('of-hemvard'))!;
    const scope = reportTree(await listUnits(t.db, tenant.id)).scopes.find((s) => s.unitId === area.unitId)!;
    const own = await yearlyReport(t.db, t.clock, tenant, 2025, scope, 'suppressed');
    const whole = await yearlyReport(t.db, t.clock, tenant, 2025, reportTree(await listUnits(t.db, tenant.id)).scopes[0], 'suppressed');
    const session = cookieNames(false).session;
    const xlsx = await t.app.inject({ method: 'GET', url: `/${slug}/personal/rapporter/rapport.xlsx?ar=2025&enhet=${unit('of-hemvard')}`, headers: { cookie: `${session}=${board.cookie(session)}` } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const csv = (await board.get(`/${slug}/personal/rapporter/rapport.csv?ar=2025&enhet=${unit('of-hemvard')}`)).body;
    let compared = 0;
    let differs = 0;
    for (const [si, section] of own.sections.entries()) {
      for (const [ti, table] of section.tables.entries()) {
        if (table.table.columns.length !== 1) continue;
        const sheet = wb.worksheets.find((w) => w.getRow(1).getCell(1).value === table.table.title)!;
        expect(sheet, table.table.title).toBeDefined();
        const inSheet = new Map<string, unknown>();
        sheet.eachRow((row) => inSheet.set(String(row.getCell(1).value), row.getCell(2).value));
        const inCsv = csvBlock(csv, table.table.title);
        for (const row of table.rows) {
          const cell = row.cells[0];
          // The area's figure (or its hidden label), in the workbook and the CSV alike.
          expect({ t: table.table.id, row: row.label, xlsx: inSheet.get(row.label) }).toEqual({ t: table.table.id, row: row.label, xlsx: cell.number !== null && !cell.hidden ? cell.number : cell.text });
          expect({ t: table.table.id, row: row.label, csv: inCsv.get(row.label) }).toEqual({ t: table.table.id, row: row.label, csv: cell.number !== null && !cell.hidden ? String(cell.number) : cell.text });
          compared++;
          const theirs = whole.sections[si]?.tables[ti]?.rows.find((x) => x.label === row.label)?.cells[0];
          if (!section.municipalityWide && theirs && theirs.text !== cell.text) differs++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(differs).toBeGreaterThan(10); // the area's own figures, not the municipality's
  });

  it('opens the board\'s report with the summary and the chart, the rules one link away', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    const page = await board.get(`/${slug}/personal/rapporter/rapport?ar=2025`);
    expect(page.status).toBe(200);
    const main = page.$('main');
    const first = main.find('h2').first().text();
    expect(first).toBe('Sammanfattning');
    const sentences = main.find('.report-summary > p').map((_, e) => page.$(e).text().replace(/\u00a0/g, ' ')).get();
    expect(sentences[0]).toContain('1 500 kontakter');
    expect(main.find('.report-summary svg[role="img"] title').text()).toContain('Kontakter per månad 2025');
    expect(main.find('.report-summary a').last().attr('href')).toBe(`/${slug}/personal/rapporter/definitioner#sekretess`);
    expect(page.body).not.toContain('Ett antal som annars skulle göra det möjligt');
  });
});
