// Keyboard helpers for the stepped contact form (e2e): Tab to a control, act on it, and walk
// every step of "Jag vill bli kontaktad" with the keyboard alone, checking axe on each page.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { activate, expectNoAxeViolations, tabTo } from './browser.js';

export { activate, tabTo };

export interface Journey {
  alias: string;
  phone: string;
  /** Each page after it loaded (axe, screenshots, language checks). */
  onPage?: (page: Page, step: string) => Promise<void>;
  /** Advance the server's clock before the final submit (the fill-time check). */
  beforeSubmit?: () => void;
}

/** From step 1 (already open) to the status page, keyboard only; returns when the status page is shown. */
export async function walkStepsByKeyboard(page: Page, j: Journey): Promise<void> {
  const next = () => activate(page, 'main button[name="nav"]');
  const seen = async (step: string) => {
    await expectNoAxeViolations(page);
    await j.onPage?.(page, step);
  };
  await seen('samtycke');
  // Continuing without the consent: the error summary, and the same step.
  await next();
  expect(await page.locator('.error-summary').count()).toBe(1);
  expect(await page.locator('main input[name="step"]').getAttribute('value')).toBe('samtycke');
  await seen('samtycke-fel');
  await tabTo(page, '#f-consent');
  await page.keyboard.press('Space');
  await next();

  await seen('arende');
  await tabTo(page, '#f-topic-0');
  await page.keyboard.press('Space');
  await next();

  await seen('narstaende');
  await tabTo(page, 'input[name="targetGroup"]');
  await page.keyboard.press('ArrowDown'); // from "vet inte" round to the first group
  await tabTo(page, '#f-relativeAgeBand');
  await page.keyboard.press('End'); // 80 år eller äldre
  await next();

  await seen('om-dig');
  await tabTo(page, '#f-ageBand');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // 45–64
  await next();

  await seen('anonym');
  await tabTo(page, '#f-mode-0');
  await page.keyboard.press('Space');
  await tabTo(page, '#f-name');
  await page.keyboard.type(j.alias);
  await next();

  await seen('kontakt');
  await tabTo(page, '#f-channel-0');
  await page.keyboard.press('Space');
  await tabTo(page, '#f-phone');
  await page.keyboard.type(j.phone);
  await next();

  await seen('samtal');
  await next();

  expect(await page.locator('main input[name="step"]').count()).toBe(0);
  expect(await page.locator('main').textContent()).toContain(j.alias);
  await seen('kontrollera');
  j.beforeSubmit?.();
  await tabTo(page, 'main button[type="submit"].button-primary');
  await Promise.all([page.waitForURL('**/kontakt/status/**'), page.keyboard.press('Enter')]);
  await seen('status');
}

/** Through the steps with clicks (for journeys about something else): answers the contact form up to the check page. */
export async function fillStepsByMouse(page: Page, a: { alias: string; phone: string; targetGroup?: string; ageBand?: string }): Promise<void> {
  const next = () => Promise.all([page.waitForEvent('load'), page.click('main button[name="nav"]')]);
  await page.check('#f-consent');
  await next();
  await page.check('#f-topic-0');
  await next();
  if (a.targetGroup) await page.check(`input[name="targetGroup"][value="${a.targetGroup}"]`);
  await next();
  if (a.ageBand) await page.selectOption('#f-ageBand', a.ageBand);
  await next();
  await page.check('#f-mode-0');
  await page.fill('#f-name', a.alias);
  await next();
  await page.check('#f-channel-0');
  await page.fill('#f-phone', a.phone);
  await next();
  await next();
}

/** From step 1 to the step that asks about the carer (age, how they heard of us, campaigns). */
export async function openAboutYouStep(page: Page): Promise<void> {
  const next = () => Promise.all([page.waitForEvent('load'), page.click('main button[name="nav"]')]);
  await page.check('#f-consent');
  await next();
  await page.check('#f-topic-0');
  await next();
  await next();
}
