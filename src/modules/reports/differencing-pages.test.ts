// Differencing across reports over HTTP, on every dialect. A constructed year: 60 contacts in
// Hemvård Tyringe (area Hemvård) and 2 in Biståndshandläggning (area Myndighet, the same
// administration). The municipality and the administration show 62; had the area's report shown
// 60, subtracting would give the rest 2. The board and every export see such figures hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { clearContacts, constructYear, insertFixture, tally, type ContactFixture } from '../../../test/report-fixtures.js';
import { CHANNELS, CHANNEL_LABELS } from '../contacts/vocab.js';

const slug = 'hassleholm';
const num = (s: string) => Number(s.replace(/[\s\u00a0]/g, ''));
const isNumber = (s: string) => /^[\d\s\u00a0]+$/.test(s);

/** Every count the contacts section shows, by table/fact and label: what a reader can copy. */
function contactFigures(page: Page): Map<string, string> {
  const out = new Map<string, string>();
  page.$('#kontakter .report-fact').each((_, f) => {
    const dd = page.$(f).find('dd').clone();
    dd.find('.visually-hidden').remove();
    out.set(`fakta/${page.$(f).find('dt > span').first().text()}`, dd.text().trim());
  });
  page.$('#kontakter .table-wrap').each((_, w) => {
    page.$(w).find('tbody tr').each((__, tr) => {
      const td = page.$(tr).find('td').first().clone();
      td.find('.visually-hidden').remove();
      out.set(`${page.$(w).attr('id')}/${page.$(tr).find('th').text().trim()}`, td.text().trim());
    });
  });
  return out;
}

/** A CSV block (after its title line) as label → value. */
function csvBlock(csv: string, title: string): Map<string, string> {
  const lines = csv.split('\r\n');
  const start = lines.indexOf(`"${title}"`);
  expect(start).toBeGreaterThan(0);
  const out = new Map<string, string>();
  for (const line of lines.slice(start + 2)) {
    if (line === '') break;
    const [label, value] = line.split(';').map((f) => f.replace(/^"|"$/g, ''));
    out.set(label, value);
  }
  return out;
}

describe.each(DIALECTS)('differencing across reports on %s', (dialect) => {
  let t: TestApp;
  let area: ContactFixture[];
  let all: ContactFixture[];
  const unit = (key: string) => t.seeds.get(slug)!.unitIds.get(key)!;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [slug] });
    const seed = t.seeds.get(slug)!;
    await clearContacts(t.db);
    area = constructYear({ year: 2025, n: 60, unitIds: [unit('hemvard-tyringe')], seed: 5 });
    const rest = constructYear({ year: 2025, n: 2, unitIds: [unit('bistand')], seed: 9 });
    all = [...area, ...rest];
    await insertFixture(t.db, seed.tenantId, all, t.clock.now());
  });
  afterAll(async () => t?.close());

  const board = () => signIn(t.app, slug, demoUser(t, slug, 'board').email);
  const report = (enhet?: string) => `/${slug}/personal/rapporter/rapport?ar=2025${enhet ? `&enhet=${enhet}` : ''}`;

  it('hides from the board the area\'s figures that the municipality\'s would reveal, and shows the larger reports unchanged', async () => {
    const agent = await board();
    const whole = contactFigures(await agent.get(report()));
    const admin = contactFigures(await agent.get(report(unit('of'))));
    const hemvard = contactFigures(await agent.get(report(unit('of-hemvard'))));
    expect(whole.get('tabell-kontakter-kanal/Totalt')).toBe('62');
    expect(admin.get('tabell-kontakter-kanal/Totalt')).toBe('62'); // the same as the municipality: nothing to hide
    expect(hemvard.get('tabell-kontakter-kanal/Totalt')).toBe('dolt'); // 60 would give the rest 2

    // Channel by channel, from the rows themselves: a channel the 2 contacts used is hidden in the area.
    const inArea = tally(area, 'channel');
    const inAll = tally(all, 'channel');
    let hiddenForTheRest = 0;
    for (const c of CHANNELS) {
      const own = inArea.get(c) ?? 0;
      const rest = (inAll.get(c) ?? 0) - own;
      const cell = hemvard.get(`tabell-kontakter-kanal/${CHANNEL_LABELS[c]}`)!;
      if (own >= 5 && rest >= 1) {
        hiddenForTheRest++;
        expect({ c, cell }).toEqual({ c, cell: 'dolt' });
      }
    }
    expect(hiddenForTheRest).toBeGreaterThan(0);

    // And in general: no count shown in both the area's and a larger report differs by 1–4 (the
    // hours of contact time are not a count of people, and are never hidden).
    let compared = 0;
    for (const larger of [whole, admin]) {
      for (const [key, cell] of hemvard) {
        const theirs = larger.get(key);
        if (key.startsWith('fakta/Tid i kontakter') || theirs === undefined || !isNumber(cell) || !isNumber(theirs)) continue;
        const diff = num(theirs) - num(cell);
        expect({ key, cell, theirs, small: diff >= 1 && diff <= 4 }).toEqual({ key, cell, theirs, small: false });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('hides it in the CSV export too, and the specialist sees the exact figure marked as hidden outside', async () => {
    const csv = await (await board()).get(`/${slug}/personal/rapporter/rapport.csv?ar=2025&enhet=${unit('of-hemvard')}`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('1 till 4 lägre än samma antal i den större rapporten');
    expect(csvBlock(csv.body, 'Kontakter per kanal').get('Totalt')).toBe('dolt');
    const wholeCsv = await (await board()).get(`/${slug}/personal/rapporter/rapport.csv?ar=2025`);
    expect(csvBlock(wholeCsv.body, 'Kontakter per kanal').get('Totalt')).toBe('62');

    const exact = await (await signIn(t.app, slug, demoUser(t, slug, 'specialist').email)).get(report(unit('of-hemvard')));
    const total = exact.$('#tabell-kontakter-kanal tr.total-row td');
    expect(total.find('.hidden-outside').length).toBe(1);
    expect(total.find('.hidden-outside > span').first().text()).toBe('60');
  });

  it('hides it on the area manager\'s dashboard as well', async () => {
    const email = t.seeds.get(slug)!.data.staff.find((s) => s.roles.some((r) => r.role === 'area_manager' && r.unitKey === 'of-hemvard'))!.email;
    const page = await (await signIn(t.app, slug, email)).get(`/${slug}/personal/oversikt`);
    expect(page.$('h1').text()).toContain('Hemvård');
    const totals = page.$('section[aria-labelledby="kontakter-rubrik"] > p strong').map((_, e) => page.$(e).text()).get();
    expect(totals[1]).toBe('dolt'); // 2025: 60 here, 62 in the administration and the municipality
    const whole = await (await signIn(t.app, slug, email)).get(`/${slug}/personal/oversikt?enhet=`);
    expect(whole.$('section[aria-labelledby="kontakter-rubrik"] > p strong').eq(1).text()).toBe('62');
  });
});
