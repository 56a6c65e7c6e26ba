// The second factor in a real browser, without JavaScript: turning on the authenticator app
// (QR code and key on the page), then signing in with password and a code computed here; axe
// on the enrolment, recovery-code and code pages.
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';

const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at.getTime() });

describe('second factor in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['vetlanda'] });
  });
  afterAll(async () => rig?.close());

  it('turns on the app and then signs in with a code', async () => {
    const email = rig.t.seeds.get('vetlanda')!.data.staff.find((s) => s.roles.some((r) => r.role === 'specialist'))!.email;
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'vetlanda', email);
    await page.goto('/vetlanda/personal/tvastegsverifiering');
    expect(await page.locator('svg.qr').count()).toBe(1);
    await expectNoAxeViolations(page);
    const secret = (await page.locator('code.secret').textContent())!.replace(/\s/g, '');

    await page.getByLabel('Skriv in koden som appen visar').fill('000000' === codeAt(secret, rig.t.clock.now()) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Slå på' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Koden stämmer inte');
    await expectNoAxeViolations(page);

    await page.getByLabel('Skriv in koden som appen visar').fill(codeAt(secret, rig.t.clock.now()));
    await page.getByRole('button', { name: 'Slå på' }).click();
    await expect.poll(() => page.locator('ul.recovery-codes li').count()).toBe(10);
    await expectNoAxeViolations(page);

    await page.locator('form.signout button').click();
    await page.waitForURL('**/logga-in?utloggad=1');
    rig.t.clock.advance(60_000);
    await signInUi(page, 'vetlanda', email);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vetlanda/personal/logga-in/kod');
    await expectNoAxeViolations(page);
    await page.getByLabel('Kod').fill(codeAt(secret, rig.t.clock.now()));
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vetlanda/personal');
    await ctx.close();
  });
});
