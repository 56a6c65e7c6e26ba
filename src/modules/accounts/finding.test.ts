// Finding Mina sidor: every public page of a municipality links to it at the top, in the
// visitor's language, and the sign-in page says what a carer can do there before asking for
// an address. Staff pages do not show it (staff have their own sign-in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';

const SLUG = 'hassleholm';
const PUBLIC_PAGES = ['', '/stod', '/information', '/aktiviteter', '/samarbetspartner', '/belastningskoll', '/kontakt', '/tillganglighet'];

describe.each(DIALECTS)('finding Mina sidor on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
  });
  afterAll(async () => t?.close());

  it('links to Mina sidor from the top of every public page, in the page language', async () => {
    const agent = new Agent(t.app);
    for (const path of PUBLIC_PAGES) {
      const page = await agent.get(`/${SLUG}${path}`);
      expect(page.status, path).toBe(200);
      const link = page.$(`header a[href="/${SLUG}/mina-sidor"]`);
      expect(link.text(), path).toBe('Mina sidor');
      expect(link.attr('aria-current'), path).toBeUndefined();
    }
    const arabic = await agent.get(`/${SLUG}/stod?lang=ar`);
    expect(arabic.$(`header a[href="/${SLUG}/mina-sidor"]`).text()).toBe('صفحاتي');
    const english = await agent.get(`/${SLUG}/aktiviteter?lang=en`);
    expect(english.$(`header a[href="/${SLUG}/mina-sidor"]`).text()).toBe('My pages');
  });

  it('leads a visitor who is not signed in to the sign-in page, which says what Mina sidor is for', async () => {
    const agent = new Agent(t.app);
    const res = await agent.get(`/${SLUG}/mina-sidor`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/${SLUG}/mina-sidor/logga-in`);
    const page = await agent.get(`/${SLUG}/mina-sidor/logga-in`);
    expect(page.$(`header a[href="/${SLUG}/mina-sidor"]`).attr('aria-current')).toBe('page');
    const intro = page.$('main p').map((_, p) => page.$(p).text()).get().join(' ');
    expect(intro).toContain('skriva till anhörigstödet');
    expect(intro).toContain('mötesplatsen');
    const easy = await agent.get(`/${SLUG}/mina-sidor/logga-in?lang=sv-easy`);
    expect(easy.$('main').text()).toContain('Du kan prata med andra anhöriga på mötesplatsen.');
  });

  it('is not shown on staff pages', async () => {
    const staff = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    const page = await staff.get(`/${SLUG}/personal`);
    expect(page.status).toBe(200);
    expect(page.$(`a[href="/${SLUG}/mina-sidor"]`).length).toBe(0);
  });
});
