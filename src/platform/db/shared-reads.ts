// Reads shared by everything computed in one call: the yearly report builds the municipality,
// administration and area reports together (for suppression over the whole tree), and identical
// tenant-wide reads within that call run once. Outside withSharedReads every read runs as usual.
//
// The call's memo belongs to the database handle withSharedReads gives its function (a handle of
// its own over the same connections), so nothing is kept between requests and nothing needs
// AsyncLocalStorage: on Node 20 its first use turns on promise hooks for the rest of the
// process, which cost every promise of every later request (7 % of a report's main thread).
import type { Kysely } from 'kysely';

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Runs `f` with a handle on `db` whose sharedRead calls are answered once per key. */
export function withSharedReads<D, T>(db: Kysely<D>, f: (shared: Kysely<D>) => Promise<T>): Promise<T> {
  const shared = db.withTables<Record<never, never>>() as Kysely<D>;
  memos.set(shared, new Map());
  return f(shared);
}

/** The read for `key`, run once per shared call when `db` is a withSharedReads handle (otherwise each time). */
export function sharedRead<T>(db: object, key: string, load: () => Promise<T>): Promise<T> {
  const memo = memos.get(db);
  if (!memo) return load();
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) { p = load(); memo.set(key, p); }
  return p;
}
