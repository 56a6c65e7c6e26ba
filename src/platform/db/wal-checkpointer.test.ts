// The background WAL checkpointer: the worker moves committed pages into the database file while
// the request connection only appends to the WAL; a last checkpoint on stop; and the request
// connection checkpoints itself again if the worker cannot run. (SQLite files only.)
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { BACKSTOP_PAGES, startWalCheckpointer } from './wal-checkpointer.js';
import { openDatabase } from './database.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'bredvid-wal-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

const autocheckpoint = (s: SqliteDatabase.Database) => s.pragma('wal_autocheckpoint', { simple: true }) as number;

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('background WAL checkpoints (SQLite)', () => {
  it('copies committed pages into the database file without the writer checkpointing', async () => {
    const file = join(dir, 'a.sqlite');
    const s = new SqliteDatabase(file);
    s.pragma('journal_mode = WAL');
    s.exec('create table t (id integer primary key, body text)');
    const cp = startWalCheckpointer(s, file, 20);
    await cp.ready;
    expect(autocheckpoint(s)).toBe(BACKSTOP_PAGES);
    const before = statSync(file).size;
    const insert = s.prepare('insert into t (body) values (?)');
    s.transaction(() => { for (let i = 0; i < 500; i++) insert.run('x'.repeat(400)); })();
    // ~50 pages: far below the writer's own threshold, so only the worker can have moved them.
    await until(() => statSync(file).size > before + 100_000);
    await cp.stop();
    expect(autocheckpoint(s)).toBe(BACKSTOP_PAGES);
    s.close();
    const again = new SqliteDatabase(file, { readonly: true });
    expect(again.prepare('select count(*) as n from t').get()).toEqual({ n: 500 });
    again.close();
  });

  it('falls back to SQLite’s own checkpoints when the worker cannot open the file', async () => {
    const file = join(dir, 'b.sqlite');
    const s = new SqliteDatabase(file);
    s.pragma('journal_mode = WAL');
    const cp = startWalCheckpointer(s, join(dir, 'missing.sqlite'), 20);
    await expect(cp.ready).rejects.toThrow();
    await until(() => autocheckpoint(s) === 1000);
    await cp.stop();
    s.close();
  });

  it('openDatabase with backgroundCheckpoints: data written, closed cleanly, WAL gone', async () => {
    const file = join(dir, 'c.sqlite');
    const database = openDatabase(`sqlite:${file}`, { backgroundCheckpoints: true });
    await sql`create table t (id integer primary key, body text)`.execute(database.db);
    for (let i = 0; i < 50; i++) await sql`insert into t (body) values (${'y'.repeat(300)})`.execute(database.db);
    await database.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = new SqliteDatabase(file, { readonly: true });
    expect(again.prepare('select count(*) as n from t').get()).toEqual({ n: 50 });
    again.close();
  });

  it('keeps a script alive through its last checkpoint, then carries on', async () => {
    // stop() waited for the (unreferenced) worker's last checkpoint with nothing else keeping
    // the process open: a script that closed the database after a migration ended there, without
    // running what followed.
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const script = join(dir, 'stop.mts');
    writeFileSync(script, `
      import { openDatabase } from ${JSON.stringify(new URL('./database.ts', import.meta.url).pathname)};
      const d = openDatabase(${JSON.stringify(`sqlite:${join(dir, 'stop.sqlite')}`)}, { backgroundCheckpoints: true });
      await d.db.schema.createTable('t').addColumn('body', 'text').execute();
      const rows = Array.from({ length: 500 }, () => ({ body: 'x'.repeat(500) }));
      await d.db.transaction().execute(async (trx) => { for (let i = 0; i < 40; i++) await trx.insertInto('t' as never).values(rows as never).execute(); });
      await d.close();
      console.log('closed');
    `);
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', cwd: process.cwd(), timeout: 30_000 });
    expect(out.trim()).toBe('closed');
    expect(existsSync(`${join(dir, 'stop.sqlite')}-wal`)).toBe(false);
  });
});
