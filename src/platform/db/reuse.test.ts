// reusable(): a query built once per shape gives exactly what the ordinary build gives, plugins
// still see every query, and a build that would not survive reuse is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type KyselyPlugin } from 'kysely';
import { createTestDb, DIALECTS, type TestDb } from '../../../test/harness.js';
import { reusable, shaped } from './reuse.js';

describe.each(DIALECTS)('reusable queries on %s', (dialect) => {
  let d: TestDb;
  const ids = ['t1', 't2', 't3'];
  beforeAll(async () => {
    d = await createTestDb(dialect);
    for (const [i, id] of ids.entries()) {
      await d.db.insertInto('tenants').values({ id, slug: `kommun-${i}`, name: `Kommun ${i}`, settings: '{}', active: i === 2 ? 0 : 1, created_at: `2026-01-0${i + 1}T00:00:00.000Z` }).execute();
    }
  });
  afterAll(async () => { await d?.drop(); });

  // The limit is part of the shape: a LIMIT argument is refused (below).
  const byIdsShaped = shaped('test.byIds', (db, s: { limit: number }, active: number, list: readonly string[]) => db.selectFrom('tenants')
    .select(['id', 'name']).where('active', '=', active).where('id', 'in', list).orderBy('id').limit(s.limit));
  const byIds = (db: typeof d.db, active: number, list: readonly string[], limit: number) => byIdsShaped(db, { limit }, active, list);
  const ordinary = (active: number, list: string[], limit: number) => d.db.selectFrom('tenants')
    .select(['id', 'name']).where('active', '=', active).where('id', 'in', list).orderBy('id').limit(limit).execute();

  it('gives what the ordinary build gives, for every argument and list length', async () => {
    for (const active of [0, 1]) {
      for (const list of [['t1'], ['t1', 't2'], ['t3', 't2', 't1'], ['nobody'], ['t2', 't1']]) {
        for (const limit of [1, 5]) expect(await byIds(d.db, active, list, limit)).toEqual(await ordinary(active, list, limit));
      }
    }
  });

  it('works inside a transaction, and takes the ordinary path for a null argument', async () => {
    const nameOf = reusable('test.nameOf', (db, id: string) => db.selectFrom('tenants').select('name').where('id', '=', id));
    await d.db.transaction().execute(async (trx) => {
      await trx.updateTable('tenants').set({ name: 'Ändrad' }).where('id', '=', 't1').execute();
      expect(await nameOf(trx, 't1')).toEqual([{ name: 'Ändrad' }]);
    });
    expect(await nameOf(d.db, null as unknown as string)).toEqual([]);
  });

  it('stores null as a value in an insert built for it', async () => {
    const insert = reusable('test.insert', (db, id: string, name: string | null) => db.insertInto('org_units').values({
      id, tenant_id: 't1', parent_id: null, kind: 'unit', name: name ?? 'utan namn', external: 0, active: 1, sort_order: 0, created_at: '2026-01-01',
    }), { nullValues: true });
    const parent = reusable('test.parentInsert', (db, id: string, parentId: string | null) => db.insertInto('org_units').values({
      id, tenant_id: 't1', parent_id: parentId, kind: 'unit', name: 'Enhet', external: 0, active: 1, sort_order: 0, created_at: '2026-01-01',
    }), { nullValues: true });
    await insert(d.db, 'u1', 'Ett');
    await parent(d.db, 'u2', null);
    await parent(d.db, 'u3', 'u1');
    const rows = await d.db.selectFrom('org_units').select(['id', 'parent_id']).where('tenant_id', '=', 't1').orderBy('id').execute();
    expect(rows).toEqual([{ id: 'u1', parent_id: null }, { id: 'u2', parent_id: null }, { id: 'u3', parent_id: 'u1' }]);
  });

  it('lets plugins see every query, and builds anew for a plugin that changes it', async () => {
    let seen = 0;
    const counter: KyselyPlugin = { transformQuery: (a) => { seen++; return a.node; }, transformResult: async (a) => a.result };
    const counted = d.db.withPlugin(counter);
    await byIds(counted, 1, ['t1'], 5);
    await byIds(counted, 1, ['t1', 't2'], 5);
    expect(seen).toBe(2);
    // Once per call from the first, when the query is built: building it is not a query.
    const first = reusable('test.firstUse', (db, id: string) => db.selectFrom('tenants').select('id').where('id', '=', id));
    seen = 0;
    expect(await first(counted, 't1')).toEqual([{ id: 't1' }]);
    expect(await first(counted, 't2')).toEqual([{ id: 't2' }]);
    expect(seen).toBe(2);
    let changed = 0;
    const changing: KyselyPlugin = { transformQuery: (a) => { changed++; return { ...a.node }; }, transformResult: async (a) => a.result };
    expect(await byIds(d.db.withPlugin(changing), 1, ['t1', 't2'], 5)).toEqual(await ordinary(1, ['t1', 't2'], 5));
    expect(changed).toBe(2); // once to see that it changes the query, once on the ordinary build
  });

  it('refuses a build that puts an argument into the SQL text or uses it twice', async () => {
    const inlined = reusable('test.inlined', (db, id: string) => db.selectFrom('tenants').select('id').where('id', '=', sql.lit(id)));
    await expect(inlined(d.db, 't1')).rejects.toThrow(/did not become a parameter/);
    const twice = reusable('test.twice', (db, id: string) => db.selectFrom('tenants').select('id').where('id', '=', id).where('slug', '<>', id));
    await expect(twice(d.db, 't1')).rejects.toThrow(/used twice/);
  });

  it('refuses a LIMIT taken as an argument, also in a subquery, and takes an OFFSET as one', async () => {
    const limited = reusable('test.limitArg', (db, limit: number) => db.selectFrom('tenants').select('id').limit(limit));
    await expect(limited(d.db, 2)).rejects.toThrow(/LIMIT must be part of the shape/);
    const nested = reusable('test.nestedLimit', (db, limit: number) => db.selectFrom((eb) => eb.selectFrom('tenants').select('id').limit(limit).as('t'))
      .select('t.id'));
    await expect(nested(d.db, 2)).rejects.toThrow(/LIMIT must be part of the shape/);
    const paged = shaped('test.paged', (db, s: { limit: number }, offset: number) => db.selectFrom('tenants').select('id').orderBy('id').limit(s.limit).offset(offset));
    expect(await paged(d.db, { limit: 2 }, 1)).toEqual([{ id: 't2' }, { id: 't3' }]);
    expect(await paged(d.db, { limit: 1 }, 0)).toEqual([{ id: 't1' }]);
  });
});
