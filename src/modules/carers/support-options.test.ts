// The support-contact options (every view of a carer): the municipality's active specialists whose
// role covers the carer's unit, found by the index user_roles_tenant_role_idx (migration 0046)
// instead of a walk over every user of the installation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { usersWithRole } from './queries.js';

describe.each(DIALECTS)('support-contact options on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('lists the active specialists of the municipality only', async () => {
    const tenantId = t.seeds.get('vetlanda')!.tenantId;
    const expected = await t.db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select(['users.id', 'users.disabled'])
      .where('user_roles.role', '=', 'specialist').where('users.tenant_id', '=', tenantId).execute();
    expect(expected.length).toBeGreaterThan(1);
    const listed = await usersWithRole(t.db, tenantId, 'specialist');
    expect(new Set(listed.map((u) => u.id))).toEqual(new Set(expected.filter((u) => u.disabled === 0).map((u) => u.id)));
    const someone = listed[0]!.id;
    await t.db.updateTable('users').set({ disabled: 1 }).where('id', '=', someone).execute();
    try {
      expect((await usersWithRole(t.db, tenantId, 'specialist')).map((u) => u.id)).not.toContain(someone);
    } finally {
      await t.db.updateTable('users').set({ disabled: 0 }).where('id', '=', someone).execute();
    }
  });

  if (dialect === 'sqlite') it('seeks the roles by municipality and role (SQLite, no statistics)', async () => {
    const tenantId = t.seeds.get('vetlanda')!.tenantId;
    // The statement usersWithRole sends, as a plugin sees it.
    let q: CompiledQuery | undefined;
    const recorder: KyselyPlugin = {
      transformQuery: (a) => { q = t.db.getExecutor().compileQuery(a.node, a.queryId); return a.node; },
      transformResult: async (a) => a.result,
    };
    await usersWithRole(t.db.withPlugin(recorder), tenantId, 'specialist');
    expect(q!.sql).toContain('"user_roles"."role" = ?');
    const { rows } = await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q!.sql}`, [tenantId, 'specialist', 0]));
    const plan = rows.map((r) => r.detail).join('\n');
    expect(plan).toMatch(/user_roles USING COVERING INDEX user_roles_tenant_role_idx \(tenant_id=\? AND role=\?\)/);
    expect(plan).not.toMatch(/SCAN (user_roles|users)/);
  });
});
