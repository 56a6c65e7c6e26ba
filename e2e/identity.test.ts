// Staff identity in a real browser, without JavaScript: the forced change of a one-time
// password at the first sign-in, and a person changing their own password; axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { createUser } from '../src/modules/org/service.js';

describe('staff identity in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['vetlanda'] });
  });
  afterAll(async () => rig?.close());

  it('makes a newcomer replace the one-time password before reaching the staff pages', async () => {
    await createUser(rig.t.db, rig.t.seeds.get('vetlanda')!.tenantId, {
      email: 'ny.kollega@vetlanda.example.se', name: 'Ny Kollega', password: 'engangs-losen-fran-admin',
      mustChangePassword: true, roles: [{ role: 'staff', unitId: null }],
    }, rig.t.clock.now());
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await page.goto('/vetlanda/personal/logga-in');
    await expectNoAxeViolations(page);
    await signInUi(page, 'vetlanda', 'ny.kollega@vetlanda.example.se', 'engangs-losen-fran-admin');
    await expect.poll(() => page.url()).toContain('/vetlanda/personal/byt-losenord');
    expect(await page.locator('main').textContent()).toContain('Välj ett eget lösenord');
    await expectNoAxeViolations(page);

    // A guessable password is refused with the error summary.
    await page.getByLabel('Nuvarande lösenord').fill('engangs-losen-fran-admin');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('password1234');
    await page.getByLabel('Nytt lösenord igen').fill('password1234');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('för lätt');
    await expectNoAxeViolations(page);

    await page.getByLabel('Nuvarande lösenord').fill('engangs-losen-fran-admin');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('kanel-tulpan-cykel-sjö');
    await page.getByLabel('Nytt lösenord igen').fill('kanel-tulpan-cykel-sjö');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vetlanda/personal');
    expect(await page.locator('h1').textContent()).not.toContain('Byt lösenord');

    // Self-service later on: the success banner, accessibly.
    await page.goto('/vetlanda/personal/byt-losenord');
    await page.getByLabel('Nuvarande lösenord').fill('kanel-tulpan-cykel-sjö');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('gurka-fyrtorn-vals-84');
    await page.getByLabel('Nytt lösenord igen').fill('gurka-fyrtorn-vals-84');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Lösenordet är bytt');
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
