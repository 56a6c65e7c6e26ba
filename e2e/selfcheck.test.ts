// Belastningskoll in a real browser: a carer on a phone without JavaScript, one question per
// screen and all on one page; a specialist with a carer and the chart; an admin's editor.
// axe on every screen the journeys visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';
import { scopeFor, type Principal } from '../src/platform/auth/principal.js';
import { listUnits } from '../src/platform/tenancy/tenancy.js';
import { createCarer } from '../src/modules/carers/service.js';
import { BREDVID_INSTRUMENT } from '../src/modules/selfcheck/bredvid-instrument.js';

const items = BREDVID_INSTRUMENT.items;
const label = (value: number) => BREDVID_INSTRUMENT.scale.find((s) => s.value === value)!.label.sv;

async function answerOnScreen(page: Page, value: number) {
  await page.getByLabel(label(value), { exact: true }).check();
  await page.getByRole('button', { name: /^(Nästa|Visa resultat)$/ }).click();
}

describe('belastningskoll in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['sodertalje'] });
  });
  afterAll(async () => rig?.close());

  it('lets a carer on a phone without JavaScript answer one question per screen, go back, and see result and suggestions', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    expect((await page.goto('/sodertalje/belastningskoll'))?.status()).toBe(200);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/selfcheck-start-phone.png', fullPage: true });
    await page.getByLabel('En fråga i taget').check();
    await page.getByLabel('En äldre person').check();
    await page.getByRole('button', { name: 'Börja' }).click();
    // Next without an answer: the error summary, then answer.
    await expect.poll(() => page.locator('h1').textContent()).toBe(items[0].text.sv);
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/selfcheck-error-phone.png', fullPage: true });
    for (let i = 0; i < items.length; i++) {
      await expect.poll(() => page.locator('main').textContent()).toContain(`Fråga ${i + 1} av 14`);
      expect(await page.locator('h1').textContent()).toBe(items[i].text.sv);
      await expectNoAxeViolations(page);
      if (i === 1) await page.screenshot({ path: 'test-results/selfcheck-question-phone.png', fullPage: true });
      if (i === 2) {
        // Back once: question 2 shows its answer; forward again keeps it.
        await page.getByRole('button', { name: 'Föregående fråga' }).click();
        await expect.poll(() => page.locator('main').textContent()).toContain('Fråga 2 av 14');
        expect(await page.getByLabel(label(3), { exact: true }).isChecked()).toBe(true);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Nästa' }).click();
        await expect.poll(() => page.locator('main').textContent()).toContain('Fråga 3 av 14');
      }
      await answerOnScreen(page, items[i].reversed ? 2 : 3);
    }
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ditt resultat');
    await expectNoAxeViolations(page);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('Du svarade på 14 av 14 frågor.');
    expect(main).toContain('Hög belastning');
    for (const d of BREDVID_INSTRUMENT.dimensions) expect(main).toContain(d.name.sv);
    expect(await page.locator('main .cards a[href*="/sodertalje/stod/"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Skicka mitt resultat till en anhörigkonsulent/ }).count()).toBe(1);
    await page.screenshot({ path: 'test-results/selfcheck-result-phone.png', fullPage: true });
    // Reloading the result page sends the last POST again: the result shows, the check still counts once.
    const counted = async () => (await rig.t.db.selectFrom('selfcheck_counters').select('count').execute()).reduce((n, r) => n + Number(r.count), 0);
    const before = await counted();
    expect(before).toBeGreaterThan(0);
    page.on('dialog', (d) => void d.accept());
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ditt resultat');
    expect(posts).toHaveLength(1);
    expect(await counted()).toBe(before);
    // A suggestion opens the offering.
    await page.locator('main .cards a[href*="/sodertalje/stod/"]').first().click();
    await expect.poll(() => page.url()).toContain('/sodertalje/stod/');
    await ctx.close();
  });

  it('offers all questions on one page, in English too', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await page.goto('/sodertalje/belastningskoll?lang=en');
    await expectNoAxeViolations(page);
    await page.getByLabel('All questions on one page').check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('main fieldset').count()).toBe(14);
    await expectNoAxeViolations(page);
    for (const [i, item] of items.entries()) if (i % 3 !== 0) await page.locator(`#f-a_${item.key}-${item.reversed ? 3 : 0}`).check();
    await page.screenshot({ path: 'test-results/selfcheck-all-phone.png', fullPage: true });
    await page.getByRole('button', { name: 'Show result' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your result');
    await expectNoAxeViolations(page);
    expect(await page.locator('main').textContent()).toContain('Low strain');
    // Change answers: back to the page with the answers kept.
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await expect.poll(() => page.locator('main fieldset').count()).toBe(14);
    expect(await page.locator(`#f-a_${items[1].key}-0`).isChecked()).toBe(true);
    await page.goto('/sodertalje/belastningskoll?lang=ar');
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('lets a specialist go through the check with a carer and compare occasions in the chart', async () => {
    const seed = rig.t.seeds.get('sodertalje')!;
    const s = seed.data.staff.find((x) => x.key === 'konsulent-aldre')!;
    const p: Principal = {
      userId: seed.userIds.get(s.key)!, tenantId: seed.tenantId, name: s.name, email: s.email, title: s.title,
      roles: s.roles.map((r) => ({ role: r.role, unitId: r.unitKey ? seed.unitIds.get(r.unitKey)! : null })), units: await listUnits(rig.t.db, seed.tenantId),
    };
    const created = await createCarer(rig.t.db, rig.t.clock, p, scopeFor(p, 'carers:read')!, scopeFor(p, 'carers:write')!, {
      name: 'Greta Provsson', phone: '070-111 11 11', email: null, personnummer: null, targetGroup: 'older', relationship: null, ageBand: null,
      gender: null, supportContactUserId: null, unitId: seed.unitIds.get('omsorg-aldre')!, consentGiven: true, consentDate: '2026-11-25',
      confirmNotDuplicate: 'yes', fromReferral: null,
    });
    if (!created.created) throw new Error('carer not created');
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'sodertalje', s.email);
    // From the hub: a posted search finds the carer in the specialist's units.
    await page.goto('/sodertalje/personal/belastningskoll');
    await expectNoAxeViolations(page);
    await page.getByLabel('Sök anhörig').fill('Greta');
    await page.getByRole('button', { name: 'Sök' }).click();
    await expect.poll(() => page.locator('main table a').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Greta Provsson' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Belastningskoll – Greta Provsson');
    // Values per dimension at each occasion (higher = heavier), as a conversation months apart might give.
    const dims = BREDVID_INSTRUMENT.dimensions.map((d) => d.key);
    const occasions = [[3, 4, 3, 2], [2, 3, 3, 1]];
    for (const [occasion, perDim] of occasions.entries()) {
      await page.goto(`/sodertalje/personal/belastningskoll/anhorig/${created.id}`);
      await expectNoAxeViolations(page);
      await page.getByLabel('Alla frågor på en sida').check();
      await page.getByRole('button', { name: 'Börja' }).click();
      await expect.poll(() => page.locator('main fieldset').count()).toBe(14);
      if (occasion === 0) await expectNoAxeViolations(page);
      for (const item of items) {
        const value = perDim[dims.indexOf(item.dimension)];
        await page.locator(`#f-a_${item.key}-${item.reversed ? 4 - value : value - 1}`).check();
      }
      await page.getByRole('button', { name: 'Visa resultat' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Resultat för Greta Provsson');
      if (occasion === 0) {
        await page.getByRole('button', { name: 'Spara resultatet' }).click();
        await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
        await expectNoAxeViolations(page);
      }
      await page.getByLabel('Den anhöriga har samtyckt till att resultatet sparas i Bredvid').check();
      await page.getByRole('button', { name: 'Spara resultatet' }).click();
      await expect.poll(() => page.locator('.banner-success').count()).toBe(1);
      rig.t.clock.advance(30 * 24 * 3600 * 1000);
      if (occasion === 0) await signInUi(page, 'sodertalje', s.email);
    }
    expect(await page.locator('main svg.chart polyline').count()).toBe(4);
    expect(await page.locator('main table tbody tr').count()).toBe(2);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/selfcheck-staff-chart.png', fullPage: true });
    await ctx.close();
  });

  it('gives an admin an accessible instrument editor', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'sodertalje', demoUser(rig.t, 'sodertalje', 'admin').email);
    await page.goto('/sodertalje/personal/belastningskoll');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Instrument', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Bredvids belastningskoll' }).click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/selfcheck-admin-instrument.png', fullPage: true });
    const base = page.url();
    for (const path of ['/allmant', '/dimension/tid', '/fraga/tid4', '/dimension/ny', '/fraga/ny']) {
      await page.goto(base + path);
      await expectNoAxeViolations(page);
    }
    await page.goto(`${base}/dimension/ny`);
    await page.getByRole('button', { name: 'Spara dimensionen' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.goto(base);
    await page.getByRole('button', { name: 'Publicera utkastet' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.goto('/sodertalje/personal/belastningskoll/statistik');
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
