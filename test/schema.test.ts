// Migrating an empty database of each kind must give the checked-in schema. A schema change
// without a migration (or a migration that differs by dialect) fails here.
// After adding a migration: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/schema.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS } from './harness.js';
import { migrationsFor } from '../src/migrations/index.js';

const SNAPSHOT = new URL('./schema.snapshot.json', import.meta.url);

async function describeSchema(dialect: 'sqlite' | 'postgres') {
  const database = await createTestDb(dialect);
  try {
    const tables = await database.db.introspection.getTables();
    const out: Record<string, unknown> = {};
    for (const t of tables.filter((x) => !x.name.startsWith('kysely_')).sort((a, b) => a.name.localeCompare(b.name))) {
      // SQLite reports a text primary key as nullable (a legacy quirk); PostgreSQL does not.
      const pk = dialect === 'sqlite'
        ? new Set((await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${t.name})`.execute(database.db)).rows.filter((r) => r.pk > 0).map((r) => r.name))
        : new Set<string>();
      out[t.name] = Object.fromEntries(t.columns.map((c) => [c.name, c.isNullable && !pk.has(c.name) ? 'nullable' : 'required']).sort(([a], [b]) => String(a).localeCompare(String(b))));
    }
    const indexes = dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index' and sql is not null`.execute(database.db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = 'public' and indexname not like '%_pkey' and indexname not like '%_key'`.execute(database.db)).rows.map((r) => r.name);
    return { tables: out, indexes: indexes.filter((n) => !n.startsWith('kysely_')).sort(), migrations: Object.keys(migrationsFor({ dialect })) };
  } finally {
    await database.drop();
  }
}

describe.each(DIALECTS)('schema on %s', (dialect) => {
  it('matches the checked-in snapshot', async () => {
    const actual = await describeSchema(dialect);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1' && dialect === 'sqlite') {
      writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n');
    }
    expect(existsSync(SNAPSHOT)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });
});

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('migrate all the way down and up again', async () => {
    const database = await createTestDb(dialect);
    try {
      const { Migrator } = await import('kysely');
      const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrationsFor({ dialect }) } });
      const down = await migrator.migrateTo((await import('kysely')).NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
    } finally {
      await database.drop();
    }
  });
});
