// Single sign-on in a real browser without JavaScript: the admin connects the in-test OpenID
// provider on Administration › Inloggning, then a person without a Bredvid account signs in
// through it and reads the page that says so. axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';
import { startTestProvider, type TestProvider } from '../test/oidc-provider.js';

describe('single sign-on in a real browser', () => {
  let rig: BrowserRig;
  let provider: TestProvider;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
    // The provider must send the browser back to this app, which listens on a port chosen at
    // start: its public address is set once it is known (the app reads it per request).
    rig.t.config.PUBLIC_BASE_URL = rig.base;
    const base = `${rig.t.config.PUBLIC_BASE_URL}/hassleholm/personal`;
    provider = await startTestProvider({
      redirectUris: [`${base}/sso/callback`], postLogoutRedirectUris: [`${base}/logga-in?utloggad=1`],
      accounts: [{ sub: 'stranger', email: 'okand.person@example.se', name: 'Okänd Person' }],
    });
  });
  afterAll(async () => {
    await provider?.close();
    await rig?.close();
  });

  it('lets the admin connect the provider, and tells a person without an account what to do', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'admin').email);
    await page.goto('/hassleholm/personal/admin/inloggning');
    expect(await page.locator('h1').textContent()).toContain('Inloggning med kommunens identitetstjänst');
    await expectNoAxeViolations(page);

    await page.getByLabel('Personalen kan logga in med identitetstjänsten').check();
    await page.getByLabel('Namn på knappen').fill('Kommunens konto');
    await page.getByLabel('Utfärdare (issuer)').fill('http://idp.example.se');
    await page.getByLabel('Klient-id (application id)').fill(provider.clientId);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('https://');
    await expectNoAxeViolations(page);

    await page.getByLabel('Utfärdare (issuer)').fill(provider.issuer);
    await page.getByLabel('Klienthemlighet').fill(provider.clientSecret);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('sparade');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logga ut' }).click();

    provider.nextAccount = 'stranger';
    await page.goto('/hassleholm/personal/logga-in');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logga in med Kommunens konto' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Du har inget konto i Bredvid');
    expect(await page.locator('main').textContent()).toContain('Du har inget konto i Bredvid hos Hässleholm');
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
