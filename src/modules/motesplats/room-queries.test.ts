// Database queries of a room page (issue 19, Speed), counted by a Kysely plugin on a second app
// over the same database, as in platform/http/queries-per-request.test.ts: the posts, replies
// and "tack" of a room's page are read once each, however many there are (no query per post). On SQLite
// (no statistics) each statement's plan is read too: a room or a poster is found by its own
// index, never by walking every post of the municipality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { Agent, buildTestApp, DIALECTS, nextAddress, type TestApp } from '../../../test/harness.js';
import { signInCarer } from '../../../test/carer-session.js';
import { createApp } from '../../app.js';
import { newId } from '../../platform/db/helpers.js';
import { THREADS_PER_PAGE } from './service.js';

const SLUG = 'hassleholm';

describe.each(DIALECTS)('Mötesplatsen room page queries on %s', (dialect) => {
  let t: TestApp;
  let app: FastifyInstance;
  let tables: string[] = [];
  let statements: CompiledQuery[] = [];
  let tenantId: string;
  let roomId: string;
  let memberId: string;
  let carer: Agent;
  const counter: KyselyPlugin = {
    transformQuery: (a) => {
      tables.push(/"identifier":\{"kind":"IdentifierNode","name":"(\w+)"/.exec(JSON.stringify(a.node))?.[1] ?? a.node.kind);
      statements.push(t.db.getExecutor().compileQuery(a.node, a.queryId));
      return a.node;
    },
    transformResult: async (a) => a.result,
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
    app = await createApp({ db: t.db.withPlugin(counter), dialect, config: t.config, clock: t.clock });
    tenantId = (await t.db.selectFrom('tenants').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()).id;
    roomId = newId();
    const at = t.clock.now().toISOString();
    await t.db.insertInto('motesplats_rooms').values({
      id: roomId, tenant_id: tenantId, name: 'Räknerummet', description: 'Ett rum.', house_rules: 'Var vänlig.', event_id: null, opens_at_time: null,
      closes_at_time: null, closed_outside_hours: 0, hold_first_posts: 0, retention_days: 365, created_at: at, updated_at: at,
    }).execute();
    carer = await signInCarer(t, SLUG, 'rakna.motesplats@example.se', new Agent(app, {}, nextAddress()));
    await carer.get(`/${SLUG}/mina-sidor/motesplats/${roomId}`);
    expect((await carer.post(`/${SLUG}/mina-sidor/motesplats/${roomId}/ga-med`, { pseudonym: 'Räknaren', rules: 'on' })).status).toBe(303);
    memberId = (await t.db.selectFrom('motesplats_members').select('id').where('room_id', '=', roomId).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  /** Adds threads of one start and four replies, each post with a "tack" from the member. */
  async function addThreads(n: number): Promise<void> {
    const at = t.clock.now().toISOString();
    for (let i = 0; i < n; i++) {
      const start = newId();
      const ids = [start, newId(), newId(), newId(), newId()];
      await t.db.insertInto('motesplats_posts').values(ids.map((id, k) => ({
        id, tenant_id: tenantId, room_id: roomId, thread_id: k === 0 ? null : start, member_id: memberId, body: `Räknat inlägg ${i}.${k} ZQX-COUNT`,
        status: 'visible', held_reason: null, crisis: 0, moderation_reason: null, moderated_by: null, moderated_at: null, erased_at: null,
        created_at: at, last_activity_at: at,
      }))).execute();
      await t.db.insertInto('motesplats_reactions').values(ids.map((id) => ({ post_id: id, member_id: memberId, tenant_id: tenantId, created_at: at }))).execute();
    }
  }

  async function counted(): Promise<{ tables: string[]; posts: number }> {
    tables = [];
    const page = await carer.get(`/${SLUG}/mina-sidor/motesplats/${roomId}`);
    expect(page.status).toBe(200);
    return { tables: [...tables], posts: (page.body.match(/ZQX-COUNT/g) ?? []).length };
  }

  it('reads a room of 10 posts and one of 200 with the same queries, posts and reactions once each', async () => {
    await addThreads(2);
    const small = await counted();
    expect(small.posts).toBe(10);
    await addThreads(38);
    const large = await counted();
    expect(large.posts).toBe(THREADS_PER_PAGE * 5); // the first page of 40 threads (room-pages.test.ts)
    expect(large.tables).toEqual(small.tables);
    // The room's visible threads (ids only), then the posts of the page's threads: one statement
    // of two selects (starts by id, replies by thread), and the counting plugin sees each select.
    expect(large.tables.filter((x) => x === 'motesplats_posts'), large.tables.join(', ')).toHaveLength(3);
    expect(large.tables.filter((x) => x === 'motesplats_reactions')).toHaveLength(1);
    expect(large.tables.length, large.tables.join(', ')).toBeLessThanOrEqual(8);
  });

  // SQLite only: it keeps no statistics here and picks indexes by their shape, so the shape is what
  // must be right. PostgreSQL plans from statistics, and on a test's ten rows any plan is the
  // cheapest; its plans at a real size were read with EXPLAIN ANALYZE (docs/performance.md).
  if (dialect === 'sqlite') it('finds the room\'s posts and the poster\'s recent posts by their own index, not by the municipality', async () => {
    await addThreads(2);
    statements = [];
    await counted();
    const pageStatements = statements;
    // Another member posts (the first has posted hundreds in this window, past the per-account limit).
    const poster = await signInCarer(t, SLUG, 'plan.motesplats@example.se', new Agent(app, {}, nextAddress()));
    await poster.get(`/${SLUG}/mina-sidor/motesplats/${roomId}`);
    expect((await poster.post(`/${SLUG}/mina-sidor/motesplats/${roomId}/ga-med`, { pseudonym: 'Planläsaren', rules: 'on' })).status).toBe(303);
    statements = [];
    expect((await poster.post(`/${SLUG}/mina-sidor/motesplats/${roomId}/inlagg`, { body: 'Planen läses.', threadId: '' })).status).toBe(303);
    const plans: string[] = [];
    for (const s of [...pageStatements, ...statements].filter((x) => /"motesplats_posts"/.test(x.sql) && /^select/i.test(x.sql))) {
      const { rows } = await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${s.sql}`, [...s.parameters]));
      plans.push(...rows.map((r) => r.detail));
    }
    expect(plans.length).toBeGreaterThanOrEqual(2);
    const walks = plans.filter((d) => /^SCAN motesplats_posts/.test(d) || /motesplats_posts\S* USING .*\(tenant_id=\?\)$/.test(d));
    expect(walks, plans.join('\n')).toEqual([]);
  });
});
