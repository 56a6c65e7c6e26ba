// Section adapters against a real database (every dialect): each turns its module's data into
// tables whose numbers the test knows, and every table of a whole report can be suppressed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug, type Tenant } from '../../platform/tenancy/tenancy.js';
import type { CountCell, ReportSection, ReportTable } from './model.js';
import { buildReport } from './report.js';
import { presentReport, presentTable } from './present.js';
import { contactsSection } from './sections/contacts.js';
import { followUpsSection } from './sections/carers.js';
import { requestsSection } from './sections/requests.js';
import type { SectionContext } from './sections/context.js';
import { clearContacts, constructYear, insertFixture } from '../../../test/report-fixtures.js';
import { contactsPerMonth } from './source-queries.js';

const counts = (t: ReportTable, col = 0) => new Map(t.rows.map((r) => [r.label, (r.cells[col] as CountCell).value]));
const table = (s: ReportSection, id: string) => s.tables.find((t) => t.id === id)!;

describe.each(DIALECTS)('section adapters on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let unit: (key: string) => string;
  const ctx = (year: number, unitIds: 'all' | string[] = 'all'): SectionContext => ({
    db: t.db, tenant, year, now: t.clock.now(), scope: { unitId: unitIds === 'all' ? null : unitIds[0], unitName: 'x', unitIds },
  });

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    tenant = (await findTenantBySlug(t.db, 'hassleholm'))!;
    const seed = t.seeds.get('hassleholm')!;
    unit = (key) => seed.unitIds.get(key)!;
  });
  afterAll(async () => t?.close());

  it('contacts: every breakdown adds up to the year\'s total, which is an anchor, with children as a subtotal', async () => {
    await clearContacts(t.db);
    const rows = constructYear({ year: 2024, n: 120, unitIds: [unit('anhorigstod')], seed: 3 });
    await insertFixture(t.db, tenant.id, rows, t.clock.now());
    const s = await contactsSection(ctx(2024));
    for (const tb of s.tables.filter((x) => x.id !== 'kontakter-vidare')) {
      expect(tb.shape).toEqual({ kind: 'columns', totalIsAnchor: true });
      const total = tb.rows.find((r) => r.total)!;
      expect((total.cells[0] as CountCell).value).toBe(rows.length);
      const parts = tb.rows.filter((r) => !r.total && !r.subtotalOf).reduce((a, r) => a + (r.cells[0] as CountCell).value, 0);
      expect({ id: tb.id, parts }).toEqual({ id: tb.id, parts: rows.length });
    }
    const ages = table(s, 'kontakter-alder');
    const sub = ages.rows.find((r) => r.subtotalOf)!;
    expect(sub.subtotalOf!.map((i) => ages.rows[i].label)).toEqual(['Under 13 år', '13–17 år']);
    expect((sub.cells[0] as CountCell).value).toBe(rows.filter((r) => r.age_band === 'under_13' || r.age_band === '13_17').length);
    const onward = counts(table(s, 'kontakter-vidare'));
    expect(onward.get('Totalt')).toBe(rows.filter((r) => r.referred_onward === 1).length);
    // The dashboard's own month query counts exactly the report's month table (same cells hidden).
    const months = counts(table(s, 'kontakter-manad'));
    expect(await contactsPerMonth(t.db, tenant.id, 2024, 'all')).toEqual([...months.values()].slice(0, 12));
    expect(await contactsPerMonth(t.db, tenant.id, 2024, [unit('bistand')])).toEqual(Array(12).fill(0));
    // The unit filter reaches the contact log: another unit has none of these contacts.
    const other = await contactsSection(ctx(2024, [unit('bistand')]));
    expect(counts(table(other, 'kontakter-kanal')).get('Totalt')).toBe(0);
  });

  it('follow-ups: the carers module\'s yearly figures, with follow-ups done as part of all done', async () => {
    await t.db.deleteFrom('carer_actions').execute();
    const at = t.clock.now().toISOString();
    const carer = async (unitId: string) => {
      const id = randomUUID();
      await t.db.insertInto('carers').values({
        id, tenant_id: tenant.id, unit_id: unitId, name: 'Testperson Ett', name_norm: 'testperson ett', phone: null, phone_norm: null, email: null,
        personnummer: null, target_group: null, relationship: null, age_band: null, gender: null, support_contact_user_id: null, created_by: null,
        created_at: at, updated_at: at, last_activity_at: at,
      }).execute();
      return id;
    };
    const mine = await carer(unit('anhorigstod'));
    const action = (due: string, status: string, done: string | null, kind = 'follow_up') => t.db.insertInto('carer_actions').values({
      id: randomUUID(), tenant_id: tenant.id, carer_id: mine, kind, action_type: 'other', due_on: due, assigned_user_id: null, status, done_on: done,
      created_by: null, created_at: at, updated_at: at,
    }).execute();
    // The clock says 25 November 2026.
    await action('2026-02-01', 'done', '2026-02-01');
    await action('2026-03-01', 'done', '2026-03-09');
    await action('2026-04-01', 'done', '2026-04-01', 'action');
    await action('2026-06-01', 'planned', null);
    await action('2026-11-24', 'planned', null);
    await action('2026-12-15', 'planned', null);
    await action('2026-05-05', 'cancelled', null);
    await action('2025-12-31', 'planned', null); // another year
    const s = await followUpsSection(ctx(2026));
    expect(Object.fromEntries(counts(table(s, 'uppfoljningar-status')))).toEqual({
      'Uppföljningar som genomförts': 2, 'Andra insatser som genomförts': 1, 'Genomförda, summa': 3,
      'Försenade: datumet har passerat utan att de genomförts': 2, 'Planerade, datumet har inte passerat': 1, Avbrutna: 1, Totalt: 7,
    });
    expect(s.municipalityWide).toBe(true);
    // A past year: whatever is still planned has passed its date.
    const past = await followUpsSection(ctx(2025));
    expect(counts(table(past, 'uppfoljningar-status')).get('Försenade: datumet har passerat utan att de genomförts')).toBe(1);
    // New identified carers follow the unit (a read-only count of the carers table).
    const here = await contactsSection(ctx(2026, [unit('anhorigstod')]));
    const there = await contactsSection(ctx(2026, [unit('bistand')]));
    const fact = (x: ReportSection) => (x.facts!.find((f) => f.label.startsWith('Nya identifierade'))!.cell as CountCell).value;
    expect(fact(here)).toBeGreaterThanOrEqual(1);
    expect(fact(there)).toBe(0);
  });

  it('requests: counted by how they came in, the närstående\'s target group and the carer\'s age', async () => {
    await t.db.deleteFrom('contact_requests').execute();
    const at = (iso: string) => iso;
    const req = (created: string, mode: string, group: string | null, age: string | null) => t.db.insertInto('contact_requests').values({
      id: randomUUID(), tenant_id: tenant.id, reference: `K-${randomUUID().slice(0, 8)}`, status_token_hash: randomUUID(), mode, name: null, phone: null, email: null,
      message: null, selfcheck_summary: null, channel: 'phone', topic: 'talk', target_group: group, age_band: age, preferred_language: 'sv', preferred_time: 'any',
      heard_via: null, campaign_id: null, routed_unit_id: null, routing_note: '', status: 'new', assigned_user_id: null, close_reason: null,
      created_at: at(created), updated_at: at(created), contacted_at: null, closed_at: null, erased_at: null,
    }).execute();
    await req('2026-01-01T00:30:00.000Z', 'anonymous', 'older', '13_17'); // 01:30 in Stockholm: 2026
    await req('2025-12-31T23:30:00.000Z', 'anonymous', 'older', '13_17'); // 00:30 on 1 January in Stockholm: 2026
    await req('2025-12-31T22:30:00.000Z', 'named', 'older', '45_64'); // 23:30 on 31 December: 2025
    await req('2026-06-10T10:00:00.000Z', 'named', null, '45_64');
    const s = await requestsSection(ctx(2026));
    expect(Object.fromEntries(counts(table(s, 'forfragningar-satt')))).toEqual({ Anonyma: 2, 'Med namn': 1, Totalt: 3 });
    const groups = counts(table(s, 'forfragningar-malgrupp'));
    expect([groups.get('Äldre'), groups.get('Ej angivet'), groups.get('Totalt')]).toEqual([2, 1, 3]);
    expect(counts(table(s, 'forfragningar-alder')).get('Barn som anhöriga (under 18 år), summa')).toBe(2);
    // Requests count in the unit they were routed to, so an area's report has its own figures.
    expect(s.municipalityWide).toBeFalsy();
  });

  it('builds the whole demo report, every table suppressible, with no small count left in sight', async () => {
    const report = await buildReport(ctx(2026));
    const ids = report.sections.flatMap((s) => s.tables.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(report.sections.map((s) => s.id)).toEqual(['kontakter', 'uppfoljningar', 'forfragningar', 'grupper', 'formedlingar', 'behovsbedomning', 'ombud', 'uppsokande', 'budget', 'belastningskoll', 'stodkontakt', 'vald', 'barn']);
    const shown = presentReport(report, 'suppressed', 5);
    for (const s of shown.sections) {
      for (const f of s.facts) if (f.fact.cell.kind === 'count' && f.fact.cell.value > 0 && f.fact.cell.value < 5) expect(f.cell.text).toBe('<5');
      for (const tb of s.tables) {
        tb.rows.forEach((r, ri) => r.cells.forEach((c, ci) => {
          const cell = tb.table.rows[ri].cells[ci];
          if (cell.kind === 'count' && cell.value > 0 && cell.value < 5) expect({ table: tb.table.id, text: c.text }).toEqual({ table: tb.table.id, text: tb.withheld ? 'dolt' : '<5' });
          if (c.hidden) expect(c.number).toBeNull();
        }));
      }
    }
  });

  it('hides a cost per person reached when it would reveal a small number', () => {
    const tb: ReportTable = {
      id: 'x', title: 'Kampanjer', definition: 'uppsokande', firstHeader: 'Kampanj', columns: ['Kontakter', 'Förfrågningar', 'Kostnad per nådd'],
      rows: [
        { label: 'A', cells: [{ kind: 'count', value: 2 }, { kind: 'count', value: 0 }, { kind: 'measure', value: 5000, base: 2, format: 'kr', dependsOn: [[0, 0], [0, 1]] }] },
        { label: 'B', cells: [{ kind: 'count', value: 30 }, { kind: 'count', value: 12 }, { kind: 'measure', value: 100, base: 42, format: 'kr', dependsOn: [[1, 0], [1, 1]] }] },
      ],
      shape: { kind: 'independent' },
    };
    const out = presentTable(tb, 'suppressed', 5);
    expect(out.rows[0].cells.map((c) => c.text)).toEqual(['<5', '0', 'dolt']);
    expect(out.rows[1].cells.map((c) => c.text)).toEqual(['30', '12', '100 kr']);
    const exact = presentTable(tb, 'exact', 5);
    expect(exact.rows[0].cells.map((c) => [c.text, c.hiddenOutside])).toEqual([['2', true], ['0', false], ['5\u00a0000 kr', true]]);
  });
});
