// Database queries per request (issue 17), counted by a Kysely plugin on a second app over the
// same database: a kept public page reads nothing, a signed-in page reads its session, user and
// roles in one query and nothing of it is remembered, so a removed role or a disabled account
// counts on the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { createApp } from '../../app.js';

describe.each(DIALECTS)('queries per request on %s', (dialect) => {
  let t: TestApp;
  let app: FastifyInstance;
  let tables: string[] = [];
  // Queries executed, by the first table each names. Kysely calls transformQuery for every query
  // builder turned into a node, subqueries included (a union's arms): what a query is about is
  // noted there, and counted when its result comes back, which happens once per query sent.
  const about = new Map<object, string>();
  const counter: KyselyPlugin = {
    transformQuery: (a) => {
      about.set(a.queryId, /"identifier":\{"kind":"IdentifierNode","name":"(\w+)"/.exec(JSON.stringify(a.node))?.[1] ?? a.node.kind);
      return a.node;
    },
    transformResult: async (a) => {
      tables.push(about.get(a.queryId) ?? 'unknown');
      about.delete(a.queryId);
      return a.result;
    },
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    app = await createApp({ db: t.db.withPlugin(counter), dialect, config: t.config, clock: t.clock });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const counted = async (agent: Agent, url: string) => {
    tables = [];
    const page = await agent.get(url);
    expect(page.status, url).toBe(200);
    return [...tables];
  };

  it('serves a kept public page without a single query', async () => {
    const citizen = new Agent(app);
    for (const url of ['/hassleholm', '/hassleholm/stod', '/hassleholm/information', '/hassleholm/samarbetspartner']) {
      await citizen.get(url);
      expect(await counted(citizen, url), url).toEqual([]);
    }
  });

  it('reads session, user and roles in one query on a signed-in page', async () => {
    const staff = await signIn(app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    await staff.get('/hassleholm/personal/forfragningar');
    const inbox = await counted(staff, '/hassleholm/personal/forfragningar');
    expect(inbox.filter((x) => x === 'sessions')).toHaveLength(1);
    expect(inbox).not.toContain('user_roles');
    expect(inbox).not.toContain('users');
    expect(inbox).not.toContain('tenants'); // the routing setting comes from the cached tenant
    expect(inbox).not.toContain('org_units'); // kept in memory, checked by version (units-cache.ts)
    // The list fits on one page, so the page tells the total: no count statement (pageWithTotal).
    expect(inbox).toEqual(['sessions', 'contact_requests']);
    const list = await staff.get('/hassleholm/personal/anhoriga');
    const carer = list.$('main a[href^="/hassleholm/personal/anhoriga/"]').filter((_, el) => /[0-9a-f-]{36}$/.test(list.$(el).attr('href')!)).first().attr('href')!;
    const page = await counted(staff, carer);
    expect(page.filter((x) => x === 'carers').length, page.join(', ')).toBeLessThanOrEqual(2); // the record and the duplicate check
    // The stödkontakt's and the assigned colleagues' names come with the record and the actions.
    expect(page, page.join(', ')).not.toContain('users');
    // Consents, actions, journal, plan and offers come in one statement (carers/record-queries.ts).
    expect(page.filter((x) => ['carer_consents', 'carer_actions', 'journal_entries', 'carer_plan_measures', 'support_offers'].includes(x)), page.join(', ')).toEqual([]);
    expect(page.length, page.join(', ')).toBeLessThanOrEqual(10);
  });

  it('takes a removed role and a disabled account into account on the next request', async () => {
    const user = demoUser(t, 'hassleholm', 'specialist');
    const staff = await signIn(app, 'hassleholm', user.email);
    expect((await staff.get('/hassleholm/personal/forfragningar')).status).toBe(200);
    const { id } = await t.db.selectFrom('users').select('id').where('email', '=', user.email).executeTakeFirstOrThrow();
    const roles = await t.db.selectFrom('user_roles').selectAll().where('user_id', '=', id).execute();
    await t.db.deleteFrom('user_roles').where('user_id', '=', id).execute();
    try {
      expect((await staff.get('/hassleholm/personal/forfragningar')).status).toBe(403);
    } finally {
      await t.db.insertInto('user_roles').values(roles).execute();
    }
    expect((await staff.get('/hassleholm/personal/forfragningar')).status).toBe(200);
    await t.db.updateTable('users').set({ disabled: 1 }).where('id', '=', id).execute();
    try {
      const after = await staff.get('/hassleholm/personal/forfragningar');
      expect(after.status).toBe(303);
      expect(after.location).toContain('/hassleholm/personal/logga-in');
    } finally {
      await t.db.updateTable('users').set({ disabled: 0 }).where('id', '=', id).execute();
    }
  });
});
