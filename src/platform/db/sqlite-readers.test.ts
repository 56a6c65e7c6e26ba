// The read connections on worker threads (SQLite files): the same rows as the main connection,
// many statements at once, nothing written through them, errors passed on without losing the
// pool, committed writes seen by the next read, and the main connection taking over when the
// workers cannot run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type Database } from './database.js';
import { startReaderPool } from './sqlite-readers.js';

let dir: string;
let database: Database;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bredvid-readers-'));
  database = openDatabase(`sqlite:${join(dir, 'r.sqlite')}`, { readers: 2 });
  await sql`create table t (id integer primary key, body text, n real)`.execute(database.db);
  await sql`with recursive s(v) as (select 1 union all select v + 1 from s where v < 500) insert into t (body, n) select 'row ' || v, v / 2.0 from s`.execute(database.db);
});
afterEach(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const rowsOf = (q: { execute(db: Database['db']): Promise<{ rows: unknown[] }> }, db: Database['db']) => q.execute(db).then((r) => r.rows);

describe('SQLite read connections on worker threads', () => {
  it('are a Kysely of their own, and give what the main connection gives', async () => {
    expect(database.reads).not.toBe(database.db);
    const query = sql`select id, body, n, null as empty from t where id % 7 = 0 order by id`;
    const main = await rowsOf(query, database.db);
    expect(main).toHaveLength(71);
    expect(await rowsOf(query, database.reads)).toEqual(main);
    // Built queries too, with parameters.
    const built = await database.reads.selectFrom('t' as never).select(['id' as never]).where('body' as never, '=', 'row 42' as never).execute();
    expect(built).toEqual([{ id: 42 }]);
  });

  it('run many statements at once, each answered with its own rows', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => rowsOf(sql`select count(*) as n from t where id <= ${i * 10}`, database.reads)));
    expect(answers.map((r) => (r[0] as { n: number }).n)).toEqual(Array.from({ length: 40 }, (_, i) => Math.min(500, i * 10)));
  });

  it('give a statement to a reader that is free, never queue it behind a long one', async () => {
    // One long statement (a few hundred milliseconds of counting) and short ones posted with it:
    // the short ones all run on the other reader and are answered before the long one.
    const done: string[] = [];
    const long = rowsOf(sql`with recursive s(v) as (select 1 union all select v + 1 from s where v < 3000000) select count(*) as n from s`, database.reads).then(() => done.push('long'));
    const short = Array.from({ length: 6 }, (_, i) => rowsOf(sql`select ${i} as i`, database.reads).then(() => done.push(`short ${i}`)));
    await Promise.all([long, ...short]);
    expect(done.at(-1)).toBe('long');
    expect(done).toHaveLength(7);
  });

  it('see what was committed on the main connection before the read', async () => {
    await sql`update t set body = 'changed' where id = 1`.execute(database.db);
    expect(await rowsOf(sql`select body from t where id = 1`, database.reads)).toEqual([{ body: 'changed' }]);
  });

  it('write nothing: a writing statement and a transaction are refused', async () => {
    await expect(sql`update t set body = 'x' where id = 2`.execute(database.reads)).rejects.toMatchObject({ code: 'BREDVID_READ_ONLY' });
    await expect(database.reads.transaction().execute(async () => 1)).rejects.toThrow(/transactions/);
    expect(await rowsOf(sql`select body from t where id = 2`, database.db)).toEqual([{ body: 'row 2' }]);
  });

  it('pass a statement’s error on, and keep answering', async () => {
    await expect(sql`select * from no_such_table`.execute(database.reads)).rejects.toThrow(/no such table/);
    expect(await rowsOf(sql`select count(*) as n from t`, database.reads)).toEqual([{ n: 500 }]);
  });

  it('fall back to the main connection when the workers cannot open the file', async () => {
    const pool = startReaderPool(join(dir, 'missing.sqlite'), 2, () => [{ from: 'main' }]);
    await pool.ready;
    expect(pool.alive()).toBe(0);
    expect(await pool.run('select 1', [])).toEqual([{ from: 'main' }]);
    await pool.close();
  });

  it('are the main connection itself for a database in memory', async () => {
    const memory = openDatabase('sqlite::memory:', { readers: 2 });
    expect(memory.reads).toBe(memory.db);
    await memory.close();
  });
});

describe('closing the read connections', () => {
  it('keeps a script alive until the workers have closed, then carries on', async () => {
    // A child process that opens, reads, closes and then prints: before the fix it ended while
    // waiting for the (unreferenced) workers to exit, without printing.
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const file = join(dir, 'close.mts');
    writeFileSync(file, `
      import { openDatabase } from ${JSON.stringify(new URL('./database.ts', import.meta.url).pathname)};
      const d = openDatabase(${JSON.stringify(`sqlite:${join(dir, 'close.sqlite')}`)}, { readers: 2 });
      await d.db.schema.createTable('t').addColumn('x', 'integer').execute();
      await d.reads.selectFrom('t' as never).selectAll().execute();
      await d.close();
      console.log('closed');
    `);
    const out = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: process.cwd() });
    expect(out.trim()).toBe('closed');
  });

  it('lets a script end once closed, also when it never read', async () => {
    // Attaching the workers' message listeners referenced their ports again: a pool closed
    // before any read held the process open for ever (a CLI command that only migrates).
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const file = join(dir, 'idle.mts');
    writeFileSync(file, `
      import { openDatabase } from ${JSON.stringify(new URL('./database.ts', import.meta.url).pathname)};
      const d = openDatabase(${JSON.stringify(`sqlite:${join(dir, 'idle.sqlite')}`)}, { readers: 2 });
      await d.db.schema.createTable('t').addColumn('x', 'integer').execute();
      await d.close();
      console.log('closed');
    `);
    const out = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: process.cwd(), timeout: 20_000 });
    expect(out.trim()).toBe('closed');
  });
});
