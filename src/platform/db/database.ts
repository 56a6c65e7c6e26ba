// Opens the database: embedded SQLite by default, PostgreSQL for scale-out. One Kysely
// type (DB) and one migration set serve both; dialect differences live in this folder.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, type SqliteDatabase as SqliteDialectDatabase } from 'kysely';
import type pg from 'pg';
import type { DB } from './schema.js';
import { reusingPgStatements } from './pg-statements.js';
import { startWalCheckpointer } from './wal-checkpointer.js';
import { defaultReaderCount, readerKysely, startReaderPool } from './sqlite-readers.js';
import { BredvidSqliteDialect } from './sqlite-compiler.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  /** For long read-only queries (the yearly report, the overview): on a SQLite file opened with
   *  `readers`, statements run on worker threads (sqlite-readers.ts); otherwise `db` itself. */
  reads: Kysely<DB>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** The PostgreSQL driver, loaded only when a PostgreSQL address is opened: an embedded (SQLite)
 *  installation never pays for it at start (about 50 ms of the start, issue 17). */
let pgDriver: typeof pg | undefined;
function loadPg(): typeof pg {
  if (pgDriver) return pgDriver;
  // In the built app (one CommonJS script, scripts/build.mjs) `require` exists and esbuild
  // bundles pg behind it, so it is covered by the code cache; under tsx and vitest (ES modules)
  // the driver comes from node_modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: bundled only through require
  pgDriver = (typeof require === 'function' ? require('pg') : createRequire(import.meta.url)('pg')) as typeof pg;
  // PostgreSQL returns bigint (count(*)) as a string; numbers we count fit in a JS number.
  pgDriver.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  return pgDriver;
}

export interface OpenOptions {
  /** SQLite only (SQLITE_SYNCHRONOUS; docs/operations.md says what it risks). */
  synchronous?: 'NORMAL' | 'FULL';
  /** SQLite file only: WAL checkpoints in a worker thread instead of inside a request's commit
   *  (wal-checkpointer.ts). For the long-running server; short CLI commands need none. */
  backgroundCheckpoints?: boolean;
  /** SQLite file only: `reads` runs its statements on this many worker threads (true: one per
   *  core, at most four). For the long-running server, where a report must not stop every
   *  other request while its statements run. */
  readers?: boolean | number;
}

export function openDatabase(url: string, opts: OpenOptions = {}): Database {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new (loadPg().Pool)({ connectionString: url, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: reusingPgStatements(pool) }) });
    return { db, reads: db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`synchronous = ${opts.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  const statements = reusingStatements(sqlite);
  const db = new Kysely<DB>({ dialect: new BredvidSqliteDialect({ database: statements }) });
  const checkpointer = opts.backgroundCheckpoints && file !== ':memory:' ? startWalCheckpointer(sqlite, file) : undefined;
  const readerCount = opts.readers === true ? defaultReaderCount() : Number(opts.readers ?? 0);
  const readers = readerCount > 0 && file !== ':memory:'
    ? startReaderPool(file, readerCount, (text, params) => statements.prepare(text).all(params) as unknown[])
    : undefined;
  const reads = readers ? readerKysely(readers) : db;
  return {
    db, reads, dialect: 'sqlite',
    close: async () => { await checkpointer?.stop(); if (reads !== db) await reads.destroy(); await db.destroy(); },
  };
}

const STATEMENT_CACHE_SIZE = 1000;

/** better-sqlite3 with prepared statements reused by SQL text: Kysely prepares every query
 *  anew (about 5 % of a page's CPU). Kysely builds the same text for the same query shape with
 *  values as parameters, so the cache stays small; it is emptied if it ever fills (dynamic
 *  IN-lists). A statement still being iterated (a streamed query) is never handed out twice.
 *  Kysely's SQLite driver uses only prepare() and close(), so this is a plain object with those
 *  two (a Proxy around the database cost a bound function per property read). */
function reusingStatements(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) return hit;
      const stmt = sqlite.prepare(text);
      if (!hit) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        cache.set(text, stmt);
      }
      return stmt;
    },
    close: () => { sqlite.close(); },
  };
}

export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** True when err is a unique-constraint violation (optionally of the named constraint on
 *  PostgreSQL / the named columns on SQLite). Never matches on message wording alone. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e?.code === '23505') return constraint ? e.constraint === constraint : true;
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  return false;
}

export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
