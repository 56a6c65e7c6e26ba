// Every registered POST route × hostile values (issue 13): NUL and other control characters,
// overlong text, wrong types (a list where one value is expected, words where a number is),
// and nothing at all; signed out for the public forms, signed in as an administrator and as a
// specialist for the staff forms, carrying CSRF like a browser. The answer may be a form with
// messages, a redirect, 403/404/413/429 — never a 5xx (the harness also fails on any 5xx).
// Each route gets a real address where the app links to one (found by walking its pages), so
// the values reach the form parser rather than stopping at a 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from './harness.js';
import { crawl } from './crawl.js';

const SLUG = 'sodertalje';
const SKIP = /\/logga-ut$|\/logga-in$/; // signing out ends the sweep's own session

/** A regular expression for a route pattern with its parameters. */
const patternOf = (url: string) => new RegExp('^' + url.replace(/:[a-zA-Z]+/g, '[^/?#]+') + '(?:\\?.*)?$');

interface Target { route: string; url: string; fields: string[] }

/** Walks the pages reachable from the start pages and notes every form's action and fields. */
async function discover(agent: Agent, starts: string[], limit: number): Promise<Map<string, Target>> {
  const forms: { action: string; fields: string[] }[] = [];
  await crawl(agent, starts, {
    within: `/${SLUG}/`, limit, skip: /logga-ut|\.(pdf|xlsx|csv|ics)(\?|$)/,
    onPage: (page, url) => page.$('form[method="post"], form[method="POST"]').each((_, el) => {
      const action = page.$(el).attr('action') ?? url;
      const fields = [...new Set(page.$(el).find('[name]').map((_i, x) => page.$(x).attr('name')).get())].filter((n) => n !== '_csrf');
      forms.push({ action, fields });
    }),
  });
  const out = new Map<string, Target>();
  for (const form of forms) out.set(form.action.split('?')[0], { route: '', url: form.action, fields: form.fields });
  return out;
}

function hostileBodies(fields: string[]): Record<string, string | string[]>[] {
  const names = fields.length > 0 ? fields : ['name', 'email', 'phone', 'message', 'title', 'publish'];
  const all = (v: string | string[]) => Object.fromEntries(names.map((n) => [n, v]));
  return [
    {},
    all('x\u0000y'),
    all('\u0001\u001b[31m\u007f'),
    all('a'.repeat(30_000)),
    all(['1', 'två']),
    all('inte-ett-tal'),
    all('\u202Egpj.exe'),
  ];
}

describe.each(DIALECTS)('hostile input to every POST route on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
  });
  afterAll(async () => t?.close());

  const postRoutes = () => [...new Set(t.app.routeList.filter((r) => r.method === 'POST' && r.url.startsWith('/:tenant/')).map((r) => r.url))]
    .filter((u) => !SKIP.test(u));

  async function sweep(agent: Agent, routes: string[], starts: string[], again: () => Promise<Agent>): Promise<{ sent: number; reached: number; bad: string[] }> {
    const found = await discover(agent, starts, 150);
    const bad: string[] = [];
    let sent = 0;
    let reached = 0;
    for (const route of routes) {
      const re = patternOf(route.replace('/:tenant', `/${SLUG}`));
      const hit = [...found.values()].find((x) => re.test(x.url));
      if (hit) reached++;
      const url = hit?.url ?? route.replace('/:tenant', `/${SLUG}`).replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      for (const body of hostileBodies(hit?.fields ?? [])) {
        const res = await agent.post(url, body);
        sent++;
        if (res.status >= 500) bad.push(`${res.status} POST ${url} ${JSON.stringify(body).slice(0, 80)}`);
        if (res.status === 303 && res.location?.includes('/logga-in')) agent = await again();
      }
    }
    return { sent, reached, bad };
  }

  it('answers the public forms without a 5xx', async () => {
    const agent = new Agent(t.app);
    const routes = postRoutes().filter((u) => !u.startsWith('/:tenant/personal'));
    expect(routes.length).toBeGreaterThan(5);
    const r = await sweep(agent, routes, [`/${SLUG}`, `/${SLUG}/aktiviteter`, `/${SLUG}/stod`, `/${SLUG}/kontakt`, `/${SLUG}/tillganglighet`], async () => agent);
    expect(r.bad).toEqual([]);
    expect(r.reached).toBeGreaterThan(2);
  }, 60_000);

  for (const role of ['admin', 'specialist']) {
    it(`answers every staff form signed in as ${role} without a 5xx`, async () => {
      const email = demoUser(t, SLUG, role).email;
      const routes = postRoutes().filter((u) => u.startsWith('/:tenant/personal'));
      expect(routes.length).toBeGreaterThan(20);
      const agent = await signIn(t.app, SLUG, email);
      const r = await sweep(agent, routes, [`/${SLUG}/personal`], () => signIn(t.app, SLUG, email));
      expect(r.bad).toEqual([]);
      expect(r.reached).toBeGreaterThan(10);
    }, 180_000);
  }

  it('answers a NUL in the query string or path with 400, not 500', async () => {
    const agent = new Agent(t.app);
    for (const url of [`/${SLUG}/stod?q=x%00`, `/${SLUG}/aktiviteter?q=%00`, `/x%00y/stod`, `/${SLUG}/stod/%00`, `/${SLUG}/stod?q=%1b`]) {
      const res = await agent.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
    }
    expect((await agent.get(`/${SLUG}/stod?q=${'a'.repeat(5000)}`)).status).toBe(200);
  });
});
