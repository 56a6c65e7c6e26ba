// The organisation tree kept in memory (units-cache.ts): a unit moved, added or removed by anyone
// (here straight in the database, as another instance or the CLI would) changes what a
// specialist may see on the very next request of an app that has the old tree in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { randomUUID } from 'node:crypto';
import { buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { createApp } from '../../app.js';
import { listUnits, subtree } from './tenancy.js';

describe.each(DIALECTS)('organisation tree kept in memory on %s', (dialect) => {
  let t: TestApp;
  let other: FastifyInstance;
  let tables: string[] = [];
  const counter: KyselyPlugin = {
    transformQuery: (a) => {
      tables.push(/"identifier":\{"kind":"IdentifierNode","name":"(\w+)"/.exec(JSON.stringify(a.node))?.[1] ?? a.node.kind);
      return a.node;
    },
    transformResult: async (a) => a.result,
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    // A second instance over the same database, with its own kept tree.
    other = await createApp({ db: t.db.withPlugin(counter), dialect, config: t.config, clock: t.clock });
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  /** A specialist held in one unit, and a carer in a unit outside it that can be moved under it. */
  async function setting() {
    const user = demoUser(t, 'hassleholm', 'specialist');
    const { id: userId, tenant_id: tenantId } = await t.db.selectFrom('users').select(['id', 'tenant_id']).where('email', '=', user.email).executeTakeFirstOrThrow();
    const roles = await t.db.selectFrom('user_roles').select('unit_id').where('user_id', '=', userId).execute();
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.unit_id !== null)).toBe(true);
    const units = await listUnits(t.db, tenantId);
    const seen = new Set(roles.flatMap((r) => [...subtree(units, r.unit_id!)]));
    const home = roles[0]!.unit_id!;
    const carers = await t.db.selectFrom('carers').select(['id', 'unit_id']).where('tenant_id', '=', tenantId).execute();
    const carer = carers.find((c) => c.unit_id !== null && !seen.has(c.unit_id)
      && !subtree(units, c.unit_id).has(home) && units.find((u) => u.id === c.unit_id)!.parentId !== null);
    expect(carer).toBeDefined();
    const unit = units.find((u) => u.id === carer!.unit_id)!;
    return { user, tenantId, home, carerId: carer!.id, unitId: unit.id, parentId: unit.parentId! };
  }

  it('sees a unit moved by someone else on the next request, without reading the tree on every request', async () => {
    const s = await setting();
    const staff = await signIn(other, 'hassleholm', s.user.email);
    const page = `/hassleholm/personal/anhoriga/${s.carerId}`;
    expect((await staff.get(page)).status).toBe(404);
    tables = [];
    expect((await staff.get(page)).status).toBe(404);
    expect(tables).not.toContain('tenants'); // the tree kept from the request before (it is read with its version)
    expect(tables).not.toContain('org_units');

    await t.db.updateTable('org_units').set({ parent_id: s.home }).where('id', '=', s.unitId).execute();
    try {
      expect((await staff.get(page)).status).toBe(200);
    } finally {
      await t.db.updateTable('org_units').set({ parent_id: s.parentId }).where('id', '=', s.unitId).execute();
    }
    expect((await staff.get(page)).status).toBe(404);
  });

  it('sees a unit added and removed by someone else on the next request', async () => {
    const s = await setting();
    const staff = await signIn(other, 'hassleholm', s.user.email);
    const page = `/hassleholm/personal/anhoriga/${s.carerId}`;
    expect((await staff.get(page)).status).toBe(404);
    const added = randomUUID();
    await t.db.insertInto('org_units').values({
      id: added, tenant_id: s.tenantId, parent_id: s.home, kind: 'unit', name: 'Provenhet', external: 0, active: 1,
      sort_order: 0, created_at: t.clock.now().toISOString(),
    }).execute();
    const unitOf = (unitId: string) => t.db.updateTable('carers').set({ unit_id: unitId }).where('id', '=', s.carerId).execute();
    await unitOf(added);
    try {
      expect((await staff.get(page)).status).toBe(200);
      // Removed: its carer back where it was, and a new unit of that id elsewhere would not be seen.
      await unitOf(s.unitId);
      await t.db.deleteFrom('org_units').where('id', '=', added).execute();
      await t.db.insertInto('org_units').values({
        id: added, tenant_id: s.tenantId, parent_id: s.parentId, kind: 'unit', name: 'Provenhet', external: 0, active: 1,
        sort_order: 0, created_at: t.clock.now().toISOString(),
      }).execute();
      await unitOf(added);
      expect((await staff.get(page)).status).toBe(404);
    } finally {
      await unitOf(s.unitId);
      await t.db.deleteFrom('org_units').where('id', '=', added).execute();
    }
  });

  it('counts the version up in the database on every write of org_units', async () => {
    const s = await setting();
    const version = async () => (await t.db.selectFrom('tenants').select('units_version').where('id', '=', s.tenantId).executeTakeFirstOrThrow()).units_version;
    const before = await version();
    await t.db.updateTable('org_units').set({ name: 'Nytt namn' }).where('id', '=', s.unitId).execute();
    expect(await version()).toBe(before + 1);
    const name = await t.db.selectFrom('org_units').select('name').where('id', '=', s.parentId).executeTakeFirstOrThrow();
    await t.db.updateTable('org_units').set({ name: name.name }).where('id', '=', s.parentId).execute();
    expect(await version()).toBe(before + 2);
    const staff = await signIn(other, 'hassleholm', s.user.email);
    const units = await staff.get('/hassleholm/personal/forfragningar');
    expect(units.status).toBe(200);
  });
});
