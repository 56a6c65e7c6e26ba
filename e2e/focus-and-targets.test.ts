// What a keyboard user sees and a finger hits, on a phone without JavaScript: every focused link
// readable (text against the focus colour), the error summary taking focus when a form comes
// back with problems, a phone number never broken over two lines (right to left too), small
// link lists with targets of at least 24 px, no sideways scrolling with the text at 200 %, and a
// date field's calendar button inside the field's own focus ring.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInUi, startRig, tabTo, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';

const SLUG = 'hassleholm';

/** WCAG contrast ratio of two computed `rgb(...)` colours (the background opaque). */
function contrast(fg: string, bg: string): number {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [lum(fg), lum(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

async function focusedColours(page: Page): Promise<{ what: string; color: string; background: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cs = getComputedStyle(el);
    return { what: `${el.tagName} ${el.textContent?.trim() ?? ''}`, color: cs.color, background: cs.backgroundColor };
  });
}

describe('focus, error summary and targets on a phone', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: [SLUG] });
  });
  afterAll(async () => rig?.close());

  it('shows every focused link in the header as dark text on the focus colour', async () => {
    const page = await (await rig.context({ phone: true, javaScript: false })).newPage();
    await page.goto(`/${SLUG}`);
    const checked: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => !!document.activeElement?.closest('.site-header')))) {
        if (checked.length > 0) break;
        continue;
      }
      const f = await focusedColours(page);
      if (f.background === 'rgba(0, 0, 0, 0)') continue; // a button has its own focus style
      checked.push(f.what);
      expect(contrast(f.color, f.background), `${f.what}: ${f.color} on ${f.background}`).toBeGreaterThanOrEqual(4.5);
      // On a phone the navigation is folded into "Meny": open it as a keyboard user does, with Enter.
      if (await page.evaluate(() => document.activeElement?.matches('.menu:not([open]) > summary'))) await page.keyboard.press('Enter');
    }
    // The brand, Mina sidor, seven languages, "Meny" and the seven navigation links in it.
    expect(checked).toContain('SUMMARY Meny');
    expect(checked.length).toBeGreaterThanOrEqual(17);
    await page.context().close();
  });

  it('puts focus on the error summary when a booking comes back with problems, and its links stay readable when focused', async () => {
    const page = await (await rig.context({ phone: true, javaScript: false })).newPage();
    await page.goto(`/${SLUG}/aktiviteter`);
    const event = await page.locator(`main a[href^="/${SLUG}/aktiviteter/"]`).first().getAttribute('href');
    await page.goto(`${event!}/boka`);
    await tabTo(page, 'main form button[type="submit"]');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    // The next Tab is the summary's first link, readable on the focus colour.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#f-name');
    const f = await focusedColours(page);
    expect(contrast(f.color, f.background), `${f.color} on ${f.background}`).toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });

  it('keeps the phone number on one line in Arabic, and small link lists at least 24 px high', async () => {
    const page = await (await rig.context({ phone: true, javaScript: false })).newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${SLUG}/kontakt?lang=ar`);
    const tel = page.locator('main a[href^="tel:"]').first();
    expect(await tel.evaluate((a) => a.getClientRects().length)).toBe(1);
    const small = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.lang-switcher a, .breadcrumbs a, .footer-links a'))
      .map((a) => ({ text: a.textContent?.trim(), h: a.getBoundingClientRect().height, w: a.getBoundingClientRect().width }))
      .filter((r) => r.h < 24 || r.w < 24));
    expect(small).toEqual([]);
    await page.context().close();
  });

  it('fits a phone with the reader’s text at 200 %: the catalogue, activities, partners, start page and accessibility statement never scroll sideways', async () => {
    const page = await (await rig.context({ phone: true, bypassCSP: true })).newPage();
    // The start page holds a phone number; the statement a long word in its breadcrumbs and in a
    // button ("Tillgänglighetsredogörelse", "tillgängligheten"), longer still in Finnish.
    for (const path of ['/stod', '/aktiviteter', '/samarbetspartner', '/stod?lang=ar', '/aktiviteter?lang=ar', '?lang=en', '?lang=ar',
      '/tillganglighet', '/tillganglighet?lang=fi', '/tillganglighet/rapportera']) {
      await page.goto(`/${SLUG}${path}`);
      // What a browser set to a larger default text size does: every rem twice as large.
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 375 });
    }
    await page.context().close();
  });

  it('draws the focus ring round a date field also when its calendar button has focus', async () => {
    const page = await (await rig.context()).newPage();
    await signInUi(page, SLUG, demoUser(rig.t, SLUG, 'specialist').email);
    await page.goto(`/${SLUG}/personal/anhoriga/ny`);
    await tabTo(page, '#f-consentDate');
    const styles: string[] = [];
    // Day, month, year, then the calendar button: all inside the same field.
    for (let i = 0; i < 4; i++) {
      styles.push(await page.locator('#f-consentDate').evaluate((el) => getComputedStyle(el).outlineStyle));
      await page.keyboard.press('Tab');
    }
    expect(styles).toEqual(['solid', 'solid', 'solid', 'solid']);
    await page.context().close();
  });
});
