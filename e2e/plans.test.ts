// Activity plans in a real browser: a specialist imports Hässleholm's plan from CSV without
// JavaScript, sees 1 723 and 1 882 tkr, opens the printable page and downloads the PDF; a bad
// file shows its errors by row and column. Axe on every page visited.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';
import { HASSLEHOLM_PLAN_FILE } from '../src/modules/plans/demo.js';

const cells = (texts: string[]) => texts.map((s) => s.replace(/\s+/g, ' ').trim());

describe('activity plans in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
  });
  afterAll(async () => rig?.close());

  it('lets a specialist import the plan from CSV, see its totals, print it and download the PDF', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    await page.getByRole('link', { name: 'Verksamhetsplaner' }).first().click();
    await page.waitForURL('**/hassleholm/personal/planer');
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn på planen').fill('Verksamhetsplan från fil');
    await page.getByLabel('Statsbidrag per invånare (kr)').fill('31');
    await page.getByLabel('Fil (XLSX eller CSV, högst 2 MB)').setInputFiles(fileURLToPath(HASSLEHOLM_PLAN_FILE));
    await page.getByRole('button', { name: 'Läs in planen' }).click();
    await page.waitForURL(/\/hassleholm\/personal\/planer\/[0-9a-f-]{36}\?inlast=1$/);
    expect(await page.locator('h1').textContent()).toBe('Verksamhetsplan från fil');
    expect(cells(await page.locator('#totals tr[data-row="budget"] td').allTextContents())).toEqual(['1 723', '1 882', '3 605']);
    expect(cells(await page.locator('#goal-totals tfoot td').allTextContents())).toEqual(['1 723', '1 882', '3 605']);
    expect(await page.locator('main').textContent()).toContain('31 kr per invånare');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/plans-plan.png', fullPage: true });
    await page.screenshot({ path: 'test-results/plans-plan-top.png' });
    await page.locator('section.plan-goal').first().screenshot({ path: 'test-results/plans-plan-goal.png' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('verksamhetsplan-fran-fil.pdf');
    await download.saveAs('test-results/plans.pdf');
    expect((await readFile('test-results/plans.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('link', { name: 'Utskriftsvänlig sida' }).click();
    await page.waitForURL('**/utskrift');
    expect(cells(await page.locator('#totals tr[data-row="budget"] td').allTextContents())).toEqual(['1 723', '1 882', '3 605']);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.nav-staff').isVisible()).toBe(false);
    await page.screenshot({ path: 'test-results/plans-print.png', fullPage: true });
    await page.screenshot({ path: 'test-results/plans-print-top.png' });
    await ctx.close();
  });

  it('shows a bad file’s errors by row and column, and the editors, without axe violations', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    await page.goto('/hassleholm/personal/planer');
    await page.getByLabel('Namn på planen').fill('Trasig plan');
    await page.getByLabel('Fil (XLSX eller CSV, högst 2 MB)').setInputFiles({
      name: 'trasig.csv', mimeType: 'text/csv',
      buffer: Buffer.from('Mål;Delmål;Aktivitet;Status;Budget 2017\nEtt mål;;Aktivitet;Kanske;-5\n;Delmål;=1+1;;tio\n'),
    });
    await page.getByRole('button', { name: 'Läs in planen' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    const rows = await page.locator('#file-errors tbody tr').allTextContents();
    expect(rows.length).toBe(6);
    expect(cells(rows).join('\n')).toContain('2B (Delmål)Fältet måste fyllas i');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/plans-import-errors.png', fullPage: true });

    await page.goto('/hassleholm/personal/planer');
    await page.locator('#plans a').first().click();
    for (const name of ['Ny aktivitet', 'Nytt mål eller delmål', 'Ändra planen']) {
      const plan = page.url();
      await page.locator('main a', { hasText: name }).click();
      await expectNoAxeViolations(page);
      await page.goto(plan);
    }
    await page.locator('main a', { hasText: 'Ny aktivitet' }).click();
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/plans-activity-errors.png', fullPage: true });
    await ctx.close();
  });
});
