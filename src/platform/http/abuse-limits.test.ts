// The public-write limits' count: bounded by each key's limit (issue 17), the decision exactly
// that of a full count, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../../../test/harness.js';
import { newId } from '../db/helpers.js';
import { anyAtLimit } from './abuse-limits.js';

describe.each(DIALECTS)('public-write limits on %s', (dialect) => {
  let db: TestDb;
  const now = new Date('2026-12-07T10:00:00.000Z');
  const since = new Date(now.getTime() - 15 * 60_000).toISOString();
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  const add = async (key: string, n: number, at = minutesAgo(1)) => {
    if (n > 0) await db.db.insertInto('login_attempts').values(Array.from({ length: n }, () => ({ id: newId(), key_hash: key, at }))).execute();
  };

  beforeAll(async () => {
    db = await createTestDb(dialect);
    await add('under', 2);
    await add('at', 3);
    await add('over', 50);
    await add('old', 10, minutesAgo(20));
    await add('old', 2);
  }, 60_000);
  afterAll(async () => db?.drop());

  it('says a key is at its limit from exactly `max` rows in the window, and not one row before', async () => {
    expect(await anyAtLimit(db.db, [{ key: 'under', max: 3 }], since)).toBe(false);
    expect(await anyAtLimit(db.db, [{ key: 'at', max: 3 }], since)).toBe(true);
    expect(await anyAtLimit(db.db, [{ key: 'at', max: 4 }], since)).toBe(false);
    expect(await anyAtLimit(db.db, [{ key: 'unknown', max: 1 }], since)).toBe(false);
  });

  it('stops counting at the limit, and a key holding more rows than its limit is still at it', async () => {
    expect(await anyAtLimit(db.db, [{ key: 'over', max: 3 }], since)).toBe(true);
    expect(await anyAtLimit(db.db, [{ key: 'over', max: 50 }], since)).toBe(true);
    expect(await anyAtLimit(db.db, [{ key: 'over', max: 51 }], since)).toBe(false);
  });

  it('counts only the rows inside the window', async () => {
    expect(await anyAtLimit(db.db, [{ key: 'old', max: 3 }], since)).toBe(false);
    expect(await anyAtLimit(db.db, [{ key: 'old', max: 2 }], since)).toBe(true);
  });

  it('answers for several keys in one go: any one at its limit refuses', async () => {
    expect(await anyAtLimit(db.db, [{ key: 'under', max: 3 }, { key: 'old', max: 3 }, { key: 'over', max: 51 }], since)).toBe(false);
    expect(await anyAtLimit(db.db, [{ key: 'under', max: 3 }, { key: 'at', max: 3 }, { key: 'over', max: 51 }], since)).toBe(true);
    expect(await anyAtLimit(db.db, [{ key: 'under', max: 3 }, { key: 'old', max: 3 }, { key: 'over', max: 10 }], since)).toBe(true);
  });

  it('takes only positive whole limits (they are written into the statement)', async () => {
    await expect(anyAtLimit(db.db, [{ key: 'under', max: 0 }], since)).rejects.toThrow(/positive integer/);
    await expect(anyAtLimit(db.db, [{ key: 'under', max: 2.5 }], since)).rejects.toThrow(/positive integer/);
  });
});
