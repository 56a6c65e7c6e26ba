// The yearly report and the dashboard in a real browser: a specialist chooses year and unit,
// reads the report with exact figures, answers the questionnaire and opens the dashboard, then
// one area of it through the same chooser; a board member reads the same report with small
// numbers hidden, opening with the summary and the chart, and the municipality's overview.
// axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';

describe('reports in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
  });
  afterAll(async () => rig?.close());

  it('takes a specialist from the chooser to the report, the definitions, the questionnaire and the dashboard', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    await page.goto('/hassleholm/personal/rapporter');
    await expectNoAxeViolations(page);
    await page.getByLabel('År').selectOption('2026');
    await page.getByLabel('Förvaltning eller område').selectOption({ label: 'Hela kommunen' });
    await page.getByRole('button', { name: 'Visa rapport' }).click();
    await page.waitForURL('**/rapporter/rapport?ar=2026**');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Årsrapport 2026');
    expect(await page.getByText('Du ser exakta tal').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/reports-report-specialist.png', fullPage: true });

    await page.locator('#tabell-kontakter-kanal .definition-link').click();
    await page.waitForURL('**/rapporter/definitioner#kontakter');
    await expectNoAxeViolations(page);

    await page.goto('/hassleholm/personal/rapporter/enkat?ar=2026');
    await expectNoAxeViolations(page);
    await page.locator('.question').first().getByRole('link', { name: /^Svara/ }).click();
    await page.waitForURL('**/enkat/fraga/**');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara svaret' }).click();
    await page.waitForURL('**/enkat?ar=2026**');
    await expect.poll(() => page.locator('.banner-success').count()).toBe(1);
    expect(await page.locator('.question').first().textContent()).toContain('Bekräftat av');
    await page.screenshot({ path: 'test-results/reports-questionnaire.png', fullPage: true });

    await page.goto('/hassleholm/personal/oversikt');
    const chart = page.locator('svg[role="img"]').first();
    expect(await chart.locator('title').textContent()).toBe('Kontakter per månad');
    expect(await page.locator('.chart-table table').count()).toBe(await page.locator('svg[role="img"]').count());
    expect(await page.locator('h1').textContent()).toBe('Översikt: Hela kommunen');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/reports-dashboard.png', fullPage: true });

    // The same chooser as the report's: one area of the organisation.
    await page.getByLabel('Förvaltning eller område').selectOption({ label: 'Omsorgsförvaltningen › Hemvård' });
    await page.getByRole('button', { name: 'Visa översikt' }).click();
    await page.waitForURL('**/oversikt?enhet=**');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Översikt: Omsorgsförvaltningen › Hemvård');
    expect(await chart.locator('desc').textContent()).toContain('Omsorgsförvaltningen › Hemvård');
    expect(await page.locator('.scope-note').count()).toBe(0); // every series is counted in its unit
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/reports-dashboard-area.png', fullPage: true });
    await ctx.close();
  });

  it('shows the board the charts and a three-sentence summary first, the rules behind "Så räknar vi", and the overview', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'board').email);
    await page.goto('/hassleholm/personal/rapporter/rapport?ar=2026');
    // The first heading after the title is the summary, with three sentences and the chart.
    expect(await page.locator('main h2').first().textContent()).toBe('Sammanfattning');
    const summary = page.locator('.report-summary');
    expect(await summary.locator('> p').count()).toBe(4); // three sentences and the link
    expect(await summary.locator('svg[role="img"] title').textContent()).toBe('Kontakter per månad 2026');
    const chartTop = await summary.locator('svg[role="img"]').boundingBox();
    const firstTable = await page.locator('.report-section table').first().boundingBox();
    expect(chartTop!.y).toBeLessThan(firstTable!.y);
    expect(await page.locator('.hidden-outside').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/reports-report-board.png', fullPage: true });
    await summary.getByRole('link', { name: 'Så räknar vi' }).click();
    await page.waitForURL('**/rapporter/definitioner#sekretess');
    expect(await page.locator('#sekretess').textContent()).toContain('dolt');
    await expectNoAxeViolations(page);

    const res = await page.goto('/hassleholm/personal/oversikt');
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Översikt: Hela kommunen');
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('fits a phone: wide tables scroll inside their own focusable region, long unit names wrap', async () => {
    const ctx = await rig.context({ phone: true });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'board').email);
    await page.goto('/hassleholm/personal/rapporter');
    const longest = (await page.locator('select[name=enhet] option').evaluateAll((os) => os.map((o) => ({ v: (o as HTMLOptionElement).value, t: o.textContent ?? '' }))))
      .sort((a, b) => b.t.length - a.t.length)[0];
    for (const url of ['/hassleholm/personal/rapporter/rapport?ar=2026', `/hassleholm/personal/rapporter/rapport?ar=2026&enhet=${longest.v}`]) {
      await page.goto(url);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect({ url, ...widths }).toEqual({ url, page: widths.view, view: widths.view });
      const region = page.getByRole('region', { name: 'Grupper och deltagare per målgrupp' });
      expect(await region.getAttribute('tabindex')).toBe('0');
    }
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('works on a phone without JavaScript: a bad year gives the message, not an error page', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    const res = await page.goto('/hassleholm/personal/rapporter/rapport?ar=20x6');
    expect(res?.status()).toBe(400);
    expect(await page.locator('.error-summary').textContent()).toContain('fyra siffror');
    await expectNoAxeViolations(page);
    await page.goto('/hassleholm/personal/oversikt');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/reports-dashboard-phone.png', fullPage: true });
    // The dashboard's chooser is a plain GET form: it works without JavaScript, and a bad value
    // comes back with the error summary.
    await page.getByLabel('Förvaltning eller område').selectOption({ label: 'Omsorgsförvaltningen › Hemvård' });
    await page.getByRole('button', { name: 'Visa översikt' }).click();
    await page.waitForURL('**/oversikt?enhet=**');
    expect(await page.locator('h1').textContent()).toContain('Hemvård');
    const bad = await page.goto('/hassleholm/personal/oversikt?enhet=fel');
    expect(bad?.status()).toBe(400);
    expect(await page.locator('.error-summary').textContent()).toContain('Välj en enhet i listan');
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
