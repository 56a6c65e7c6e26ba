// The public navigation is sent twice, "Meny" for a phone and the links for a wider screen (app.css
// shows one): both hold the same links in the same order with the same current page, "Meny" is in
// the visitor's language, and staff pages keep their own navigation without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';

const SLUG = 'hassleholm';
const MENU = { sv: 'Meny', 'sv-easy': 'Meny', en: 'Menu', ar: 'القائمة', fi: 'Valikko', fa: 'منو', so: 'Liiska' };

const links = (page: Page, scope: string) => page.$(`${scope} nav.nav a`).map((_, a) => `${page.$(a).attr('href')}${page.$(a).attr('aria-current') ? ' (current)' : ''}`).get();

describe.each(DIALECTS)('the public navigation on a phone and a wider screen, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
  });
  afterAll(async () => t?.close());

  it('holds the same links in "Meny" as in the header, with the current page marked in both', async () => {
    const agent = new Agent(t.app);
    for (const path of ['', '/stod', '/aktiviteter', '/kontakt']) {
      const page = await agent.get(`/${SLUG}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.$('header details.menu').length, path).toBe(1);
      expect(page.$('header details.menu').attr('open'), path).toBeUndefined();
      const folded = links(page, 'header details.menu');
      expect(folded, path).toHaveLength(7);
      expect(links(page, 'header .nav-wide'), path).toEqual(folded);
      expect(folded, path).toContain(`/${SLUG}${path} (current)`);
    }
  });

  it('names "Meny" in the visitor\'s language', async () => {
    const agent = new Agent(t.app);
    for (const [lang, label] of Object.entries(MENU)) {
      const page = await agent.get(`/${SLUG}/stod?lang=${lang}`);
      expect(page.$('header details.menu > summary').text(), lang).toBe(label);
    }
  });

  it('leaves staff pages with their own navigation', async () => {
    const staff = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    const page = await staff.get(`/${SLUG}/personal`);
    expect(page.status).toBe(200);
    expect(page.$('details.menu').length).toBe(0);
    expect(page.$('nav.nav-staff a').length).toBeGreaterThan(0);
  });
});
