// Passkeys in a real browser: Chromium's virtual authenticator (DevTools protocol) stands in for
// the phone or security key, so the static script's ceremony runs for real: adding a key on the
// enrolment page, then signing in with it on the code step; axe on the pages. WebAuthn refuses
// IP addresses as relying-party ids, so this app's public address is http://localhost:<port>.
import { createServer, type AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/harness.js';
import { CHROMIUM_ARGS, expectNoAxeViolations, signInUi } from './browser.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('passkeys in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    t = await buildTestApp(process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite', { slugs: ['vetlanda'], config: { PUBLIC_BASE_URL: base } });
    await t.app.listen({ host: '127.0.0.1', port });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('adds a passkey and signs in with it', async () => {
    const email = t.seeds.get('vetlanda')!.data.staff.find((s) => s.roles.some((r) => r.role === 'specialist'))!.email;
    const ctx = await browser.newContext({ baseURL: base, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });

    await signInUi(page, 'vetlanda', email);
    await page.goto('/vetlanda/personal/tvastegsverifiering');
    // The script shows the form: this browser has WebAuthn.
    await expect.poll(() => page.locator('form[data-passkey="create"]').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn på nyckeln').fill('Testnyckel');
    await page.getByRole('button', { name: 'Lägg till nyckel' }).click();
    await expect.poll(() => page.locator('ul.recovery-codes li').count()).toBe(10);
    await expectNoAxeViolations(page);
    const userId = (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    expect(await t.db.selectFrom('passkeys').select('name').where('user_id', '=', userId).execute()).toEqual([{ name: 'Testnyckel' }]);

    await page.goto('/vetlanda/personal/tvastegsverifiering');
    await page.locator('form.signout button').click();
    await page.waitForURL('**/logga-in?utloggad=1');
    await signInUi(page, 'vetlanda', email);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vetlanda/personal/logga-in/kod');
    await expect.poll(() => page.getByRole('button', { name: 'Logga in med nyckel' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logga in med nyckel' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vetlanda/personal');
    const rows = await t.db.selectFrom('audit_log').select('auth_method').where('user_id', '=', userId).where('action', '=', 'auth.sign_in').orderBy('at').execute();
    expect(rows.at(-1)!.auth_method).toBe('passkey');
    await ctx.close();
  });

  it('hides the passkey button without JavaScript, leaving the code form', async () => {
    const email = t.seeds.get('vetlanda')!.data.staff.find((s) => s.roles.some((r) => r.role === 'specialist'))!.email;
    const ctx = await browser.newContext({ baseURL: base, javaScriptEnabled: false, locale: 'sv-SE' });
    const page = await ctx.newPage();
    await signInUi(page, 'vetlanda', email);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vetlanda/personal/logga-in/kod');
    expect(await page.getByRole('button', { name: 'Logga in med nyckel' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Kod').isVisible()).toBe(true);
    await ctx.close();
  });
});
