// Axe on the foundation pages, and one keyboard-only journey: sign in, create and publish an
// offering, find it on the public list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';

describe('foundation in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm', 'sodertalje'] });
  });
  afterAll(async () => rig?.close());

  it('has zero axe violations on the public pages, in Swedish and Arabic, on a phone', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    for (const url of ['/', '/hassleholm/stod', '/hassleholm/tillganglighet', '/hassleholm/personal/logga-in', '/hassleholm/stod?lang=ar', '/hassleholm/stod?lang=sv-easy']) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await expectNoAxeViolations(page);
    }
    await page.goto('/hassleholm/stod?lang=ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.goto('/hassleholm/stod?lang=sv');
    await page.locator('.cards h2 a').first().click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/offering-phone.png', fullPage: true });
    await ctx.close();
  });

  it('shows the error summary accessibly and works without JavaScript', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'specialist').email);
    await page.goto('/hassleholm/personal/stod/nytt');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara och publicera' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('lets a specialist do the whole offering journey with the keyboard alone', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    const email = demoUser(rig.t, 'hassleholm', 'specialist').email;
    await page.goto('/hassleholm/personal/logga-in');
    // Skip link first, then into the form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Hoppa till innehållet');
    await page.locator('#f-email').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('bredvid-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/hassleholm/personal');
    await page.goto('/hassleholm/personal/stod/nytt');
    const fill = async (selector: string, value: string) => {
      await page.locator(selector).focus();
      await page.keyboard.type(value);
    };
    await fill('#f-title', 'Promenadgrupp för anhöriga');
    await fill('#f-summary', 'Vi går tillsammans varje torsdag.');
    await fill('#f-howToGet', 'Kom till träffpunkten.');
    await page.locator('#f-type').focus();
    await page.keyboard.press('Home');
    await page.selectOption('#f-type', 'wellness');
    await page.locator('#f-supportKind-0').focus();
    await page.keyboard.press('Space');
    await page.locator('#f-needsAssessment-0').focus();
    await page.keyboard.press('Space');
    await page.locator('#f-providerKind').focus();
    await page.selectOption('#f-providerKind', 'municipality');
    await fill('#f-providerName', 'Anhörigstödet');
    await fill('#f-contact', '0451-00 00 00');
    await page.getByRole('button', { name: 'Spara och publicera' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/hassleholm/personal/stod/*?sparad=1');
    await expect.poll(() => page.locator('.banner-success, .badge-ok').count()).toBeGreaterThan(0);
    await page.goto('/hassleholm/stod?q=Promenadgrupp');
    await expect.poll(() => page.locator('.cards h2').allTextContents()).toContain('Promenadgrupp för anhöriga');
    await ctx.close();
  });
});
