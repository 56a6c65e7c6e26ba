// Prepared-statement reuse on PostgreSQL (issue 17): a query with parameters is prepared once
// per connection and reused; queries without parameters (several statements in one text) still
// work; a table altered under a prepared `select *` is answered unnamed instead of failing.
// PostgreSQL only: SQLite's reuse is the statement cache in database.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, DIALECTS, type TestDb } from '../../../test/harness.js';

describe.each(DIALECTS.filter((d) => d === 'postgres'))('prepared statements on %s', (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(dialect);
  });
  afterAll(async () => t?.drop());

  it('prepares a query with parameters once per connection and reuses it', async () => {
    await t.db.connection().execute(async (conn) => {
      const slugs: string[] = [];
      for (const slug of ['a-slug', 'b-slug', 'c-slug']) {
        const row = await conn.selectFrom('tenants').select('slug').where('slug', '=', slug).executeTakeFirst();
        slugs.push(row?.slug ?? 'none');
      }
      expect(slugs).toEqual(['none', 'none', 'none']);
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(conn);
      const tenantQueries = prepared.rows.filter((r) => r.statement.includes('"tenants"'));
      expect(tenantQueries).toHaveLength(1);
    });
  });

  it('runs texts without parameters, also several statements, unnamed', async () => {
    await sql.raw('create temporary table scratch (n integer); insert into scratch values (1), (2)').execute(t.db);
    await t.db.connection().execute(async (conn) => {
      await sql.raw('create temporary table scratch2 (n integer); insert into scratch2 values (1), (2)').execute(conn);
      const r = await sql<{ n: number }>`select count(*)::int as n from scratch2`.execute(conn);
      expect(r.rows[0].n).toBe(2);
    });
  });

  it('answers a prepared select * after its table changed', async () => {
    await t.db.connection().execute(async (conn) => {
      await sql.raw('create temporary table shifting (id integer, a text)').execute(conn);
      await sql`insert into shifting values (${1}, ${'x'})`.execute(conn);
      const read = () => sql<Record<string, unknown>>`select * from shifting where id = ${1}`.execute(conn);
      expect((await read()).rows[0]).toEqual({ id: 1, a: 'x' });
      await sql.raw('alter table shifting add column b text').execute(conn);
      expect((await read()).rows[0]).toEqual({ id: 1, a: 'x', b: null });
      expect((await read()).rows[0]).toEqual({ id: 1, a: 'x', b: null });
    });
  });
});
