// No link we render sends anyone to a 403 or 404: for every role of the Hässleholm demo, every
// link in the staff menu, on the start page and on the yearly wheel is followed and must open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, signIn, type TestApp } from './harness.js';
import { ROLES } from '../src/platform/domain/vocab.js';

describe.each(DIALECTS)('links on staff start pages and the year wheel on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const hrefs = (page: Awaited<ReturnType<Awaited<ReturnType<typeof signIn>>['get']>>, selector: string): string[] =>
    page.$(selector).map((_, e) => page.$(e).attr('href')).get()
      .filter((h): h is string => !!h && h.startsWith('/hassleholm') && !h.includes('?lang='));

  for (const role of ROLES) {
    it(`opens every link that role ${role} is shown`, async () => {
      const staff = t.seeds.get('hassleholm')!.data.staff.find((s) => s.roles.length === 1 && s.roles[0].role === role)
        ?? t.seeds.get('hassleholm')!.data.staff.find((s) => s.roles.some((r) => r.role === role));
      if (!staff) return expect.fail(`the Hässleholm demo data has no ${role}`);
      const agent = await signIn(t.app, 'hassleholm', staff.email);
      const home = await agent.get('/hassleholm/personal');
      expect(home.status).toBe(200);
      const links = new Set([...hrefs(home, 'nav.nav-staff a'), ...hrefs(home, 'main a')]);
      const wheel = await agent.get('/hassleholm/personal/styrning/arshjul');
      if (wheel.status === 200) hrefs(wheel, 'main a').forEach((h) => links.add(h));
      else expect(home.$('nav.nav-staff a[href="/hassleholm/personal/styrning"]').length).toBe(0);
      expect(links.size).toBeGreaterThan(1);
      for (const href of links) {
        const res = await agent.get(href);
        expect({ href, status: res.status, ok: res.status === 200 || res.status === 303 }).toEqual({ href, status: res.status, ok: true });
      }
    });
  }

  it('links the year wheel’s activities to the staff page for specialists and to the public page for the board', async () => {
    const data = t.seeds.get('hassleholm')!.data;
    const specialist = data.staff.find((s) => s.roles.some((r) => r.role === 'specialist'))!;
    const board = data.staff.find((s) => s.roles.length === 1 && s.roles[0].role === 'board')!;
    const specWheel = await (await signIn(t.app, 'hassleholm', specialist.email)).get('/hassleholm/personal/styrning/arshjul');
    const boardWheel = await (await signIn(t.app, 'hassleholm', board.email)).get('/hassleholm/personal/styrning/arshjul');
    expect(specWheel.$('main a[href^="/hassleholm/personal/aktiviteter/"]').length).toBeGreaterThan(0);
    expect(boardWheel.$('main a[href^="/hassleholm/personal/aktiviteter/"]').length).toBe(0);
    expect(boardWheel.$('main a[href^="/hassleholm/aktiviteter/"]').length).toBeGreaterThan(0);
  });
});
