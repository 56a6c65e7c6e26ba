// The stepped contact form in a browser, keyboard only, axe on every page: in Swedish with
// JavaScript off, in Arabic (right to left) and in Finnish on a 390×844 phone; then withdrawing
// through the confirmation page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, startRig, type BrowserRig } from './browser.js';
import { activate, walkStepsByKeyboard } from './contact-steps.js';

/** Ten pages, each with axe and the keyboard: more than the default two minutes on a shared machine. */
const STEP_JOURNEY_MS = 600_000;

describe('the contact form in steps, keyboard only', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
  });
  afterAll(async () => rig?.close());

  const phone = (javaScript: boolean) => rig.browser.newContext({
    baseURL: rig.base, javaScriptEnabled: javaScript, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 390, height: 844 }, isMobile: true,
  });
  const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  it('in Swedish without JavaScript: every step, the check page, sending, and withdrawing after a confirmation', async () => {
    const c = await phone(false);
    const page = await c.newPage();
    expect((await page.goto('/hassleholm/kontakt?lang=sv'))?.status()).toBe(200);
    expect(await page.locator('.caption').textContent()).toBe('Steg 1 av 7');
    await walkStepsByKeyboard(page, {
      alias: 'Sigge', phone: '070-135 79 13',
      onPage: async (p, step) => {
        await fitsThePhone(p);
        await p.screenshot({ path: `test-results/contact-steps-sv-${step}.png`, fullPage: true });
      },
      beforeSubmit: () => rig.t.clock.advance(5000),
    });
    expect(await page.locator('main').textContent()).toContain('Tack! Din förfrågan är skickad.');
    // Withdrawing: the button leads to a confirmation page; only its own button withdraws.
    await activate(page, 'main a.button-warning');
    expect(await page.locator('h1').textContent()).toBe('Vill du verkligen återkalla förfrågan och radera dina uppgifter?');
    expect(await page.locator('main').textContent()).toContain('Det går inte att ångra.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/contact-steps-sv-confirm.png', fullPage: true });
    expect(await rig.t.db.selectFrom('contact_requests').select('status').where('name', '=', 'Sigge').executeTakeFirstOrThrow()).toEqual({ status: 'new' });
    await activate(page, 'main button.button-warning');
    expect(await page.locator('main').textContent()).toContain('Dina kontaktuppgifter är raderade.');
    await expectNoAxeViolations(page);
    const row = await rig.t.db.selectFrom('contact_requests').select(['status', 'name', 'phone', 'target_group', 'age_band']).where('status', '=', 'withdrawn').executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'withdrawn', name: null, phone: null, target_group: 'older', age_band: '45_64' });
    rig.t.clock.advance(60_000);
    await c.close();
  }, STEP_JOURNEY_MS);

  it('in Arabic, right to left, with no Swedish interface text on any step', async () => {
    const c = await phone(true);
    const page = await c.newPage();
    await page.goto('/hassleholm/kontakt?lang=ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('أريد أن يتصلوا بي');
    await walkStepsByKeyboard(page, {
      alias: 'Nour', phone: '070-246 80 24',
      onPage: async (p, step) => {
        expect(await p.getAttribute('html', 'dir')).toBe('rtl');
        const main = (await p.locator('main').innerText()).replace(/Nour|070-246 80 24|Hässleholm[^\n]*|Anhörigstöd[^\n]*|Svenska|Lätt svenska|English|Suomi|Soomaali|K-[0-9A-Z-]+/g, '');
        for (const swedish of ['Steg', 'Fortsätt', 'Tillbaka', 'Vad gäller det', 'Ändra', 'Skicka', 'Din förfrågan']) expect(main, `${step}: ${swedish}`).not.toContain(swedish);
        await fitsThePhone(p);
        await p.screenshot({ path: `test-results/contact-steps-ar-${step}.png`, fullPage: true });
      },
      beforeSubmit: () => rig.t.clock.advance(5000),
    });
    expect(await page.locator('main').textContent()).toContain('شكرًا! تم إرسال طلبك.');
    rig.t.clock.advance(60_000);
    await c.close();
  }, STEP_JOURNEY_MS);

  it('in Finnish on a phone', async () => {
    const c = await phone(true);
    const page = await c.newPage();
    await page.goto('/hassleholm/kontakt?lang=fi');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.locator('.caption').textContent()).toBe('Vaihe 1/7');
    await walkStepsByKeyboard(page, {
      alias: 'Aino', phone: '070-975 31 86',
      onPage: async (p, step) => {
        await fitsThePhone(p);
        await p.screenshot({ path: `test-results/contact-steps-fi-${step}.png`, fullPage: true });
      },
      beforeSubmit: () => rig.t.clock.advance(5000),
    });
    expect(await page.locator('main').textContent()).toContain('Kiitos! Pyyntösi on lähetetty.');
    await c.close();
  }, STEP_JOURNEY_MS);
});
