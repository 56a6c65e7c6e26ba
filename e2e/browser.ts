// Browser tier: the real app on a loopback port, Debian's Chromium driven by playwright-core,
// every page checked with axe (wcag2a, wcag2aa, wcag21aa). Never downloads a browser.
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { buildTestApp, type TestApp } from '../test/harness.js';
import type { Dialect } from '../src/platform/db/database.js';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserRig {
  t: TestApp;
  base: string;
  browser: Browser;
  /** A fresh browser context (cookies of its own), phone-sized when asked. */
  /** `bypassCSP`: lets a test add a style of its own (a reader's larger text), which the CSP refuses. */
  context(opts?: { phone?: boolean; javaScript?: boolean; bypassCSP?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startRig(opts: { slugs?: string[]; dialect?: Dialect } = {}): Promise<BrowserRig> {
  const dialect = opts.dialect ?? (process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite');
  const t = await buildTestApp(dialect, { slugs: opts.slugs });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    t, base, browser,
    context: (o = {}) => browser.newContext({
      baseURL: base, javaScriptEnabled: o.javaScript ?? true, locale: 'sv-SE', timezoneId: 'Europe/Stockholm',
      viewport: o.phone ? { width: 375, height: 740 } : { width: 1280, height: 900 }, isMobile: o.phone ?? false,
      bypassCSP: o.bypassCSP ?? false,
    }),
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

const axeContexts = new WeakMap<Browser, BrowserContext>();

/**
 * Zero axe violations (WCAG 2.1 A and AA) on the page as it is now. axe needs JavaScript, and
 * citizen pages are tested with JavaScript off, so the page's current HTML is replayed at the
 * same URL in a JavaScript-enabled page (same viewport, same stylesheet from the server).
 * `media: 'print'` checks the page as printed.
 */
export async function expectNoAxeViolations(page: Page, opts: { media?: 'print' } = {}): Promise<void> {
  const html = await page.content();
  const url = page.url();
  const browser = page.context().browser()!;
  let ctx = axeContexts.get(browser);
  if (!ctx) {
    ctx = await browser.newContext({ javaScriptEnabled: true });
    axeContexts.set(browser, ctx);
  }
  const replay = await ctx.newPage();
  try {
    const size = page.viewportSize();
    if (size) await replay.setViewportSize(size);
    // A printable view is checked as printed: the print styles applied.
    if (opts.media) await replay.emulateMedia({ media: opts.media });
    await replay.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await replay.goto(url);
    const results = await new AxeBuilder({ page: replay }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on ${url}`).toEqual([]);
  } finally {
    await replay.close();
  }
}

/** Sign in through the form like a person does. */
export async function signInUi(page: Page, slug: string, email: string, password = 'bredvid-demo'): Promise<void> {
  await page.goto(`/${slug}/personal/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`**/${slug}/personal**`);
}

/** Press Tab until the focused element matches, like a keyboard user moving through the page. */
export async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(`${selector}:focus`).count() > 0) return;
  }
  throw new Error(`never reached ${selector} with Tab on ${page.url()}`);
}

/** Tab to a link or button and press Enter; waits for the next page. */
export async function activate(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}
