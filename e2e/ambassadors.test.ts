// Ambassadors, governance and outreach in a real browser: a unit manager designates an
// ambassador and the coverage view shows it; every page visited has zero axe violations.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { openAboutYouStep } from './contact-steps.js';

const email = (rig: BrowserRig, key: string) => rig.t.seeds.get('hassleholm')!.data.staff.find((s) => s.key === key)!.email;

async function shot(page: Page, name: string) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

const coverageRow = (page: Page, unit: string) => page.locator('tbody tr', { has: page.locator('td:first-child', { hasText: unit }) }).first();

describe('ambassadors, governance and outreach in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
  });
  afterAll(async () => rig?.close());

  it('lets a unit manager designate an ambassador without JavaScript, and the coverage view shows it', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', email(rig, 'enhetschef-tyringe'));
    await page.getByRole('link', { name: 'Täckning av anhörigombud' }).first().click();
    await expectNoAxeViolations(page);
    await expect.poll(() => coverageRow(page, 'Hemvård Tyringe').textContent()).not.toContain('Greta Pålsson');

    await page.goto('/hassleholm/personal/ombud');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Utse ombud i Hemvård Tyringe' }).click();
    await expectNoAxeViolations(page);
    // A mistake first: no name for someone without an account.
    await page.getByLabel('Nej, skriv namnet').check();
    await page.getByRole('button', { name: 'Utse anhörigombud' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Skriv medarbetarens namn');
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn på medarbetare utan konto').fill('Greta Pålsson');
    await page.getByLabel('Befattning (frivilligt)').fill('Undersköterska');
    await page.getByRole('button', { name: 'Utse anhörigombud' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Greta Pålsson');
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Anhörigombudet är utsett.');
    await expectNoAxeViolations(page);
    await shot(page, 'ambassador-detail');

    await page.goto('/hassleholm/personal/ombud/tackning');
    await expect.poll(() => coverageRow(page, 'Hemvård Tyringe').textContent()).toContain('Greta Pålsson, ingen utbildning registrerad');
    await shot(page, 'ambassador-coverage-unit-manager');
    await ctx.close();
  });

  it('shows a director the whole administration, and a designation changes a unit’s status', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', email(rig, 'forvaltningschef-of'));
    await page.goto('/hassleholm/personal/ombud/tackning');
    await expectNoAxeViolations(page);
    await expect.poll(() => coverageRow(page, 'Dagverksamhet för personer med demens').textContent()).toContain('Inget ombud');
    await shot(page, 'ambassador-coverage-director');
    await page.goto('/hassleholm/personal/ombud');
    await page.getByRole('link', { name: 'Utse ombud i Dagverksamhet för personer med demens' }).click();
    await page.getByLabel('Nej, skriv namnet').check();
    await page.getByLabel('Namn på medarbetare utan konto').fill('Rut Engström');
    await page.getByRole('button', { name: 'Utse anhörigombud' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rut Engström');
    await page.goto('/hassleholm/personal/ombud/tackning');
    await expect.poll(() => coverageRow(page, 'Dagverksamhet för personer med demens').textContent()).toContain('Ombud utan aktuell utbildning');
    await ctx.close();
  });

  it('lets a specialist keep governance and outreach, with accessible pages and the yearly wheel', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', email(rig, 'strateg'));
    await page.goto('/hassleholm/personal/styrning');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Styrgruppen för anhörigstöd' }).click();
    await expectNoAxeViolations(page);
    await shot(page, 'governance-body');
    await page.getByRole('button', { name: 'Lägg till möte' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.locator('#f-date').fill('2027-02-03');
    await page.getByLabel('Ämne (frivilligt)').first().fill('Extra möte om budgeten');
    await page.getByRole('button', { name: 'Lägg till möte' }).click();
    await page.getByRole('link', { name: '3 februari 2027' }).click();
    await expectNoAxeViolations(page);
    // Upload: a PNG named .pdf is refused in Swedish.
    await page.getByRole('radio', { name: 'Dagordning' }).check();
    await page.locator('#f-file').setInputFiles({ name: 'dagordning.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) });
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await expect.poll(() => page.locator('#f-file-error').textContent()).toContain('PDF eller ett Word-dokument');
    await expectNoAxeViolations(page);
    await shot(page, 'governance-meeting-upload-error');

    await page.goto('/hassleholm/personal/styrning/arshjul?ar=2027');
    await expectNoAxeViolations(page);
    await shot(page, 'governance-wheel');
    await page.locator('svg.chart').screenshot({ path: 'test-results/governance-wheel-ring.png' });

    await page.goto('/hassleholm/personal/uppsokande');
    await expectNoAxeViolations(page);
    await shot(page, 'outreach-list');
    await page.getByRole('button', { name: 'Ny kampanj' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Kampanjens namn').fill('Informationsbrev till 80-åringar');
    await page.getByLabel('Målgrupp').fill('Äldre anhöriga som bor med sin make eller maka');
    await page.getByLabel('Brev hem').check();
    await page.locator('#f-endsOn').fill('2027-03-31');
    await page.getByLabel('Kostnad i kronor (frivilligt)').fill('9 800');
    await page.getByRole('button', { name: 'Skapa kampanjen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Informationsbrev till 80-åringar');
    await expectNoAxeViolations(page);
    await shot(page, 'outreach-campaign');
    await ctx.close();
  });

  it('offers the running campaigns in the public contact form, accessibly, on a phone without JavaScript', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    const res = await page.goto('/hassleholm/kontakt');
    expect(res?.status()).toBe(200);
    await openAboutYouStep(page);
    await expect.poll(() => page.locator('#f-campaignId option').allTextContents()).toContain('En bra plats – digital gemenskap för anhöriga');
    await expectNoAxeViolations(page);
    await page.goto('/hassleholm/kontakt?lang=ar');
    await openAboutYouStep(page);
    await expect.poll(() => page.locator('label[for="f-campaignId"]').textContent()).toBe('هل رأيت شيئًا من هذه؟');
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
