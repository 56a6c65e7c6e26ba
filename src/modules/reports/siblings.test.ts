// Sibling units read side by side (issue 14): a board member can open the report of every unit
// under an area as well as the area's own. Had each unit been suppressed only against the larger
// reports containing it, a unit's "<5" would follow from the area's figure less its siblings'
// shown ones. A constructed year: contacts only in the four units of Hemvård, skewed so that some
// categories are small in some units. The test reads every page as a reader would and solves
// what it can: each table adds up to its total, and per category the area is its units plus what
// was logged on the area itself (a rest ≥ 0, 0 when the totals leave nothing). Nothing hidden may
// come out exactly, and the unit's CSV shows the page's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { clearContacts, constructYear, insertFixture } from '../../../test/report-fixtures.js';

const slug = 'hassleholm';
const UNITS = ['hemvard-norr', 'hemvard-soder', 'hemvard-tyringe', 'hemvard-vinslov'];
const TABLES = ['kontakter-kanal', 'kontakter-malgrupp', 'kontakter-aktivitet', 'kontakter-kon', 'kontakter-relation', 'kontakter-hort'];
const TOTAL = 'Totalt';

/** What a reader copies from a report page: table id → label → figure (a number, or null when hidden). */
function figures(page: Page): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const id of TABLES) {
    const rows = new Map<string, number | null>();
    page.$(`#tabell-${id} tbody tr`).each((_, tr) => {
      const td = page.$(tr).find('td').first().clone();
      td.find('.visually-hidden').remove();
      const text = td.text().trim();
      rows.set(page.$(tr).find('th').text().trim(), /^[\d\s\u00a0]+$/.test(text) ? Number(text.replace(/[\s\u00a0]/g, '')) : null);
    });
    expect(rows.get(TOTAL), `${id} has a total row`).not.toBeUndefined();
    out.set(id, rows);
  }
  return out;
}

/**
 * The reader's arithmetic over one parent and its children: every equation with one unknown left
 * is solved, again and again. Returns the hidden figures that came out exactly ("report/table/label = n").
 */
function solveSideBySide(parent: Map<string, Map<string, number | null>>, children: Map<string, Map<string, number | null>>[]): string[] {
  const known = new Map<string, number>();
  const eqs: string[][] = []; // each: Σ first-of-pair… written as [+vars…, '-', −vars…]
  const reports = [parent, ...children];
  const key = (r: number, table: string, label: string) => `${r === 0 ? 'område' : `enhet ${r}`}/${table}/${label}`;
  for (const table of TABLES) {
    const labels = [...new Set(reports.flatMap((rep) => [...rep.get(table)!.keys()]))].filter((l) => l !== TOTAL);
    reports.forEach((rep, r) => {
      for (const [label, v] of rep.get(table)!) if (v !== null) known.set(key(r, table, label), v);
      for (const l of labels) if (!rep.get(table)!.has(l)) known.set(key(r, table, l), 0);
      eqs.push([...labels.map((l) => key(r, table, l)), '-', key(r, table, TOTAL)]);
    });
    // The parent is its children plus its own rest (unknown, ≥ 0).
    for (const l of [...labels, TOTAL]) eqs.push([key(0, table, l), '-', ...children.map((_, c) => key(c + 1, table, l)), `rest/${table}/${l}`]);
    eqs.push([...labels.map((l) => `rest/${table}/${l}`), '-', `rest/${table}/${TOTAL}`]);
  }
  const solved: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const eq of eqs) {
      const sign = (i: number) => (i < eq.indexOf('-') ? 1 : -1);
      const open = eq.flatMap((v, i) => (v !== '-' && !known.has(v) ? [i] : []));
      if (open.length !== 1) continue;
      const i = open[0];
      const rest = eq.reduce((s, v, j) => (v === '-' || j === i ? s : s + sign(j) * known.get(v)!), 0);
      known.set(eq[i], -rest * sign(i));
      if (!eq[i].startsWith('rest/')) solved.push(`${eq[i]} = ${known.get(eq[i])}`);
      changed = true;
    }
    // A rest of 0 in all leaves 0 in every category (none is below 0).
    for (const table of TABLES) {
      if (known.get(`rest/${table}/${TOTAL}`) !== 0) continue;
      for (const eq of eqs) for (const v of eq) if (v.startsWith(`rest/${table}/`) && !known.has(v)) { known.set(v, 0); changed = true; }
    }
  }
  return solved;
}

describe.each(DIALECTS)('sibling units side by side on %s', (dialect) => {
  let t: TestApp;
  const unit = (k: string) => t.seeds.get(slug)!.unitIds.get(k)!;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [slug] });
    await clearContacts(t.db);
    const rows = UNITS.flatMap((k, i) => constructYear({ year: 2025, n: [34, 27, 21, 16][i], unitIds: [unit(k)], seed: 40 + i }));
    await insertFixture(t.db, t.seeds.get(slug)!.tenantId, rows, t.clock.now());
  });
  afterAll(async () => t?.close());

  const report = (enhet: string, ext = '') => `/${slug}/personal/rapporter/rapport${ext}?ar=2025&enhet=${enhet}`;

  it('lets no hidden figure of a unit be recomputed from its siblings\' reports and the area\'s', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    const area = figures(await board.get(report(unit('of-hemvard'))));
    const units = await Promise.all(UNITS.map(async (k) => figures(await board.get(report(unit(k))))));
    // The constructed year has small categories in the units, hidden there: something to protect.
    const hidden = units.flatMap((u) => TABLES.flatMap((id) => [...u.get(id)!.values()].filter((v) => v === null)));
    expect(hidden.length).toBeGreaterThan(10);
    expect(area.get('kontakter-kanal')!.get(TOTAL)).toBe(98);
    expect(solveSideBySide(area, units)).toEqual([]);
  });

  it('shows a unit\'s figures the same in its CSV as on its page', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    for (const k of UNITS) {
      const page = await board.get(report(unit(k)));
      const csv = await board.get(report(unit(k), '.csv'));
      expect(csv.status).toBe(200);
      const lines = csv.body.split('\r\n');
      const start = lines.indexOf(`"${page.$('#tabell-kontakter-kanal').attr('aria-label')}"`);
      expect(start).toBeGreaterThan(0);
      const inCsv = new Map(lines.slice(start + 2, lines.indexOf('', start)).map((l) => l.split(';').map((f) => f.replace(/^"|"$/g, '')) as [string, string]));
      page.$('#tabell-kontakter-kanal tbody tr').each((_, tr) => {
        const td = page.$(tr).find('td').first().clone();
        td.find('.visually-hidden').remove();
        const label = page.$(tr).find('th').text().trim();
        expect({ k, label, csv: inCsv.get(label) }).toEqual({ k, label, csv: td.text().trim().replace(/[\s\u00a0]/g, '') });
      });
    }
  });
});
