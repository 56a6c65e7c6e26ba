// A municipality's admin in a real browser, without JavaScript: organisation, users, settings,
// governance bodies, import and the accessibility statement, with axe on every page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';

const BASE = '/hassleholm/personal/admin';

describe('admin in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
  });
  afterAll(async () => rig?.close());

  const visit = async (page: Page, url: string) => {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expectNoAxeViolations(page);
  };

  it('edits the organisation and the governance bodies', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'admin').email);
    await page.getByRole('link', { name: 'Organisation och inställningar' }).click();
    await expect.poll(() => page.url()).toContain(BASE);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/admin-home.png', fullPage: true });

    await visit(page, `${BASE}/organisation`);
    // Bad input first: the error summary, accessibly.
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect.poll(() => page.locator('.error-summary li').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn', { exact: true }).fill('Hemvård Sösdala');
    await page.getByLabel('Enhet', { exact: true }).check();
    await page.getByLabel('Ligger under').selectOption({ label: 'Omsorgsförvaltningen › Hemvård' });
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('sparade');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/admin-organisation.png', fullPage: true });

    await page.getByRole('link', { name: 'Hemvård Sösdala' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn', { exact: true }).fill('Hemvård Sösdala och Vittsjö');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Hemvård Sösdala och Vittsjö');
    await page.getByRole('button', { name: 'Inaktivera enheten' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Inaktiv');
    await expectNoAxeViolations(page);

    await visit(page, `${BASE}/grupper`);
    await visit(page, `${BASE}/grupper/ny`);
    await page.getByLabel('Typ av grupp').selectOption('working_group');
    await page.getByLabel('Namn', { exact: true }).fill('Nätverk för unga anhöriga');
    await page.getByRole('button', { name: 'Lägg till gruppen' }).click();
    await expect.poll(() => page.locator('main table').textContent()).toContain('Nätverk för unga anhöriga');
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('creates a user with a generated password, who then signs in', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'admin').email);
    await visit(page, `${BASE}/anvandare`);
    await page.screenshot({ path: 'test-results/admin-users.png', fullPage: true });
    await page.getByRole('button', { name: 'Ny användare' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn', { exact: true }).fill('Noa Exempelsson');
    await page.getByLabel('E-postadress').fill('noa.exempelsson@hassleholm.example.se');
    await page.getByLabel('Roll', { exact: true }).selectOption('ambassador');
    await page.getByLabel('Gäller i').selectOption({ label: 'Omsorgsförvaltningen › Hemvård › Hemvård Tyringe' });
    await page.getByLabel('Skapa ett lösenord åt mig').check();
    await page.getByRole('button', { name: 'Skapa användaren' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Användaren är skapad');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/admin-user-created.png', fullPage: true });
    const password = (await page.locator('main code').first().textContent())!;
    await page.getByRole('link', { name: 'Visa användaren' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Roll', { exact: true }).selectOption('staff');
    await page.getByLabel('Gäller i').selectOption({ label: 'Omsorgsförvaltningen › Hemvård › Hemvård Tyringe' });
    await page.getByRole('button', { name: 'Lägg till rollen' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Rollen är tillagd');
    await expectNoAxeViolations(page);

    const other = await (await rig.context()).newPage();
    await signInUi(other, 'hassleholm', 'noa.exempelsson@hassleholm.example.se', password);
    // The admin knows the generated password, so the new user must choose her own first.
    await expect.poll(() => other.url()).toContain('/hassleholm/personal/byt-losenord');
    await other.getByLabel('Nuvarande lösenord').fill(password);
    await other.getByLabel('Nytt lösenord', { exact: true }).fill('lingon-spårvagn-dimma-62');
    await other.getByLabel('Nytt lösenord igen').fill('lingon-spårvagn-dimma-62');
    await other.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(() => other.locator('main').textContent()).toContain('Anhörigombud');
    await ctx.close();
  });

  it('edits the settings and imports an organisation file', async () => {
    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'admin').email);
    await visit(page, `${BASE}/installningar`);
    await page.screenshot({ path: 'test-results/admin-settings.png', fullPage: true });
    await page.getByLabel('Minsta antal som visas i rapporter').fill('0');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expect.poll(() => page.locator('.error-summary a').first().textContent()).toContain('mellan 1 och 50');
    await expectNoAxeViolations(page);
    await page.getByLabel('Minsta antal som visas i rapporter').fill('4');
    await page.getByLabel('Vad kallas de som arbetar med anhörigstöd?').fill('anhörigsamordnare');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('sparade');
    expect(await page.getByLabel('Minsta antal som visas i rapporter').inputValue()).toBe('4');

    await visit(page, `${BASE}/importera`);
    await page.getByLabel('Filens innehåll (CSV eller JSON)').fill('key;parent;kind;name\nkultur;;förvaltning;Kultur- och fritidsförvaltningen\nbibliotek;kultur;område;Biblioteken');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Importen lägger till 2 enheter');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/admin-import.png', fullPage: true });
    await page.getByRole('button', { name: 'Importera' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Importen är klar');
    await expectNoAxeViolations(page);
    await ctx.close();
  });

  it('writes the accessibility statement, and reads and deletes a visitor’s report', async () => {
    // A visitor's report first, as a person sends it.
    const visitor = await (await rig.context({ javaScript: false })).newPage();
    await visitor.goto('/hassleholm/tillganglighet/rapportera');
    rig.t.clock.advance(5000);
    await visitor.getByLabel('Vad fungerade inte?').fill('Tabellen med aktiviteter saknar rubriker för skärmläsare.');
    await visitor.getByLabel('Din e-postadress (frivilligt)').fill('besokare@example.se');
    await visitor.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect.poll(() => visitor.locator('main').textContent()).toContain('Din rapport är skickad.');

    const ctx = await rig.context({ javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'admin').email);
    await page.goto(BASE);
    await page.getByRole('link', { name: 'Tillgänglighet' }).first().click();
    await expect.poll(async () => (await page.locator('h1').textContent())?.replace(/\u00ad/g, '')).toBe('Tillgänglighetsredogörelse');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/admin-accessibility.png', fullPage: true });
    // A review date in the future: the error summary, accessibly.
    await page.getByLabel('Senaste granskningen gjordes').fill('2030-01-01');
    await page.getByRole('button', { name: 'Spara redogörelsen' }).click();
    await expect.poll(() => page.locator('.error-summary a').first().textContent()).toContain('framtiden');
    await expectNoAxeViolations(page);
    await page.getByLabel('Senaste granskningen gjordes').fill('2026-11-20');
    await page.getByLabel('Vad är inte tillgängligt, och varför?').fill('- Tabellen med aktiviteter saknar rubriker (WCAG 1.3.1). Åtgärdas i december 2026.');
    await page.getByRole('button', { name: 'Spara redogörelsen' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('sparad');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Läs 1 rapport om brister' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('saknar rubriker för skärmläsare');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/admin-accessibility-reports.png', fullPage: true });
    await page.getByRole('button', { name: /Radera rapporten/ }).click();
    // Deleting asks first (platform/http/confirm.tsx); nothing is deleted before "Ja, radera".
    await expect.poll(() => page.locator('main').textContent()).toContain('Det går inte att ångra.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, radera' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Rapporten är raderad');
    expect(await page.locator('main').textContent()).toContain('Inga rapporter');
    await expectNoAxeViolations(page);

    await visitor.goto('/hassleholm/tillganglighet');
    expect(await visitor.locator('main').textContent()).toContain('Åtgärdas i december 2026');
    expect(await visitor.locator('main').textContent()).toContain('granskades senast den 20 november 2026');
    await expectNoAxeViolations(visitor);
    await ctx.close();
  });
});
