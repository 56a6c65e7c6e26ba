// SQLite's compiler writes a whole-number LIMIT into the SQL text (a bound LIMIT makes SQLite
// prepare the statement again on every run); anything else stays a parameter, and the rows are
// those of a bound limit. PostgreSQL keeps its bound limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, DIALECTS, type TestDb } from '../../../test/harness.js';
import { isLiteralLimit } from './sqlite-compiler.js';

describe.each(DIALECTS)('LIMIT on %s', (dialect) => {
  let d: TestDb;
  beforeAll(async () => {
    d = await createTestDb(dialect);
    for (const i of [1, 2, 3, 4]) {
      await d.db.insertInto('tenants').values({ id: `t${i}`, slug: `k-${i}`, name: `Kommun ${i}`, settings: '{}', active: 1, created_at: `2026-01-0${i}T00:00:00.000Z` }).execute();
    }
  });
  afterAll(async () => { await d?.drop(); });

  const page = (limit: number, offset: number) => d.db.selectFrom('tenants').select('id').orderBy('id').limit(limit).offset(offset);

  it('is written into the SQL text on SQLite, with the offset still a parameter; PostgreSQL binds both', () => {
    const compiled = page(2, 1).compile();
    if (dialect === 'sqlite') {
      expect(compiled.sql).toMatch(/ limit 2 offset \?$/);
      expect(compiled.parameters).toEqual([1]);
    } else {
      expect(compiled.sql).toMatch(/ limit \$1 offset \$2$/);
      expect(compiled.parameters).toEqual([2, 1]);
    }
  });

  it('gives the rows a bound limit gives, for 0, 1 and more than there are', async () => {
    expect(await page(0, 0).execute()).toEqual([]);
    expect(await page(1, 0).execute()).toEqual([{ id: 't1' }]);
    expect(await page(2, 1).execute()).toEqual([{ id: 't2' }, { id: 't3' }]);
    expect(await page(10, 2).execute()).toEqual([{ id: 't3' }, { id: 't4' }]);
    // Inside a subquery and a transaction, as everywhere else.
    await d.db.transaction().execute(async (trx) => {
      const inner = await trx.selectFrom((eb) => eb.selectFrom('tenants').select('id').orderBy('id', 'desc').limit(2).as('t')).select('t.id').orderBy('t.id').execute();
      expect(inner).toEqual([{ id: 't3' }, { id: 't4' }]);
    });
  });

  it('stays a parameter when it is not a whole number of 0 or more, or is an expression', () => {
    for (const v of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '3', null]) expect(isLiteralLimit(v)).toBe(false);
    expect(isLiteralLimit(0)).toBe(true);
    const expr = d.db.selectFrom('tenants').select('id').limit(sql<number>`${3} + 0`).compile();
    expect(expr.parameters).toEqual([3]);
  });
});
