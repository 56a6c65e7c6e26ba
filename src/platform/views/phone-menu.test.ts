// The public navigation is sent twice, "Meny" for a phone and the links for a wider screen (app.css
// shows one): both hold the same links in the same order with the same current page, "Meny" is in
// the visitor's language; the staff menu is folded the same way.
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

  it('folds the staff menu the same way, with the same links and current section', async () => {
    const staff = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    const page = await staff.get(`/${SLUG}/personal/inkorg`);
    expect(page.status).toBe(200);
    expect(page.$('header details.menu > summary').text()).toBe('Meny');
    const folded = page.$('header details.menu nav.nav-staff-menu a').map((_, a) => `${page.$(a).attr('href')}${page.$(a).attr('aria-current') ? ' (current)' : ''}`).get();
    expect(folded.length).toBeGreaterThan(5);
    expect(folded).toContain(`/${SLUG}/personal/inkorg (current)`);
    expect(page.$('header .nav-wide nav.nav-staff a').map((_, a) => `${page.$(a).attr('href')}${page.$(a).attr('aria-current') ? ' (current)' : ''}`).get()).toEqual(folded);
    // The header's own menu is the one `nav.nav-staff` names (the crawl and the role tests read it).
    expect(page.$('nav.nav-staff').length).toBe(1);
  });
});
