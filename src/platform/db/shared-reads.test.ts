import { describe, expect, it } from 'vitest';
import { Kysely, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import { sharedRead, withSharedReads } from './shared-reads.js';

describe('shared reads', () => {
  const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });

  it('answers a key once per call on the handle it gives, and every time elsewhere', async () => {
    let loads = 0;
    const load = async () => ++loads;
    // Outside a shared call: every read runs.
    expect([await sharedRead(db, 'k', load), await sharedRead(db, 'k', load)]).toEqual([1, 2]);
    // Inside: one load per key, also when asked at the same time.
    const inside = await withSharedReads(db, (shared) => Promise.all([sharedRead(shared, 'k', load), sharedRead(shared, 'k', load), sharedRead(shared, 'other', load)]));
    expect(inside).toEqual([3, 3, 4]);
    // The outer handle is untouched, and another call starts with nothing kept.
    expect(await sharedRead(db, 'k', load)).toBe(5);
    expect(await withSharedReads(db, (shared) => sharedRead(shared, 'k', load))).toBe(6);
  });

  it('reads through the same connections as the handle it came from', async () => {
    const n = await withSharedReads(db, (shared) => sharedRead(shared, 'one', async () => (await shared.selectNoFrom((eb) => eb.lit(1).as('one')).executeTakeFirstOrThrow()).one));
    expect(n).toBe(1);
  });
});
