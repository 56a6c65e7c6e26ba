// Every staff page × every demo role: signed out → sign-in; signed in → 200, 403 or 404,
// never a 500; and the start page offers exactly the tools that then open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, signIn, type TestApp } from './harness.js';
import { ROLES } from '../src/platform/domain/vocab.js';

describe.each(DIALECTS)('staff routes × roles on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
  });
  afterAll(async () => t?.close());

  const staffGets = () => [...new Set(t.app.routeList
    .filter((r) => r.method === 'GET' && r.url.startsWith('/:tenant/personal') && !r.url.slice('/:tenant'.length).includes(':'))
    .map((r) => r.url.replace('/:tenant', '/hassleholm')))]
    // Sign-in itself, its code step, and the single sign-on start and callback (oidc.test.ts), are public.
    .filter((u) => !/\/logga-in(\/kod)?$/.test(u) && !u.includes('/personal/sso'));

  it('sends signed-out visitors to sign-in from every staff page', async () => {
    const a = new Agent(t.app);
    const routes = staffGets();
    expect(routes.length).toBeGreaterThan(2);
    for (const url of routes) {
      const res = await a.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 303 });
      expect(res.location).toContain('/hassleholm/personal/logga-in');
    }
  });

  for (const role of ROLES) {
    it(`gives role ${role} only allowed answers, and working links`, async () => {
      const staff = t.seeds.get('hassleholm')!.data.staff.find((s) => s.roles.length === 1 && s.roles[0].role === role)
        ?? t.seeds.get('hassleholm')!.data.staff.find((s) => s.roles.some((r) => r.role === role));
      if (!staff) return expect.fail(`the Hässleholm demo data has no ${role}`);
      const agent = await signIn(t.app, 'hassleholm', staff.email);
      for (const url of staffGets()) {
        const res = await agent.get(url);
        expect({ url, status: res.status, ok: [200, 403, 404].includes(res.status) }).toEqual({ url, status: res.status, ok: true });
      }
      const home = await agent.get('/hassleholm/personal');
      const links = home.$('main .cards a').map((_, e) => home.$(e).attr('href')).get();
      for (const href of links) expect({ href, status: (await agent.get(href)).status }).toEqual({ href, status: 200 });
    }, 90_000); // every staff page for one role: ~25 s for admin and specialist on a loaded machine
  }

  it('hides the audit log (404) from roles without audit:read', async () => {
    const data = t.seeds.get('hassleholm')!.data;
    const staff = data.staff.find((s) => s.roles.every((r) => r.role === 'staff'))!;
    const agent = await signIn(t.app, 'hassleholm', staff.email);
    expect((await agent.get('/hassleholm/personal/logg')).status).toBe(404);
  });
});
