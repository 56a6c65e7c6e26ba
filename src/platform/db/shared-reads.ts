// Reads shared by everything computed in one call: the yearly report builds the municipality,
// administration and area reports together (for suppression over the whole tree), and identical
// tenant-wide reads within that call run once. Outside withSharedReads every read runs as usual.
// Scoped to the call (AsyncLocalStorage), so nothing is cached between requests.
import { AsyncLocalStorage } from 'node:async_hooks';

const store = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

export function withSharedReads<T>(f: () => Promise<T>): Promise<T> {
  return store.run(new Map(), f);
}

export const insideSharedReads = (): boolean => store.getStore() !== undefined;

/** The read for `key`, run once per shared call (every read outside one runs each time). */
export function sharedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const memo = store.getStore();
  if (!memo) return load();
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) { p = load(); memo.set(key, p); }
  return p;
}
