// Hot queries built and compiled once (issue 17): Kysely builds a query's tree and compiles it to
// SQL on every call, 30–90 µs a query on the signed-in pages, more than SQLite takes to run most
// of them. reusable() builds a query once per shape with markers in place of its arguments,
// keeps the SQL and where each argument goes, and then only fills in the arguments.
// Sound by construction: every marker must come out as a parameter exactly once (never inlined
// into the SQL text), else the query is refused at its first use; arguments that change a
// query's shape (null, which Kysely may turn into `is null`, and the length of a list) either
// take the ordinary path or are part of the key. Plugins still see every query (the tests count
// queries with a plugin's transformQuery); one that changes the query gets an ordinary build.
import { createQueryId, type Compilable, type Kysely, type RootOperationNode } from 'kysely';
import type { DB } from './schema.js';

type Arg = string | number | null | readonly (string | number)[];
interface Options {
  /** The arguments are only stored (an insert's values), so null is a value like any other
   *  (elsewhere a null argument takes the ordinary build: Kysely may turn `= null` into `is null`). */
  nullValues?: boolean;
}
type Buildable<R> = Compilable<R> & { execute(): Promise<R[]> };
type Slot = { arg: number; item?: number } | { constant: unknown };
interface Prepared { sql: string; node: RootOperationNode; slots: Slot[] }

const MARK = '\u0000reusable:';
const marker = (arg: number, item?: number) => `${MARK}${arg}${item === undefined ? '' : `.${item}`}\u0000`;

// Per dialect adapter: the same SQL serves every handle of a dialect (transactions included).
const prepared = new WeakMap<object, Map<string, Prepared>>();

function prepare(db: Kysely<DB>, query: Compilable<unknown>, args: readonly Arg[]): Prepared {
  const executor = db.getExecutor();
  const node = (query as unknown as { toOperationNode(): RootOperationNode }).toOperationNode();
  const compiled = executor.compileQuery(node, createQueryId());
  const wanted = new Map<string, { arg: number; item?: number }>();
  args.forEach((a, i) => {
    if (Array.isArray(a)) a.forEach((_, j) => wanted.set(marker(i, j), { arg: i, item: j }));
    else wanted.set(marker(i), { arg: i });
  });
  const used = new Set<string>();
  const slots = compiled.parameters.map((p): Slot => {
    const at = typeof p === 'string' ? wanted.get(p) : undefined;
    if (!at) return { constant: p };
    if (used.has(p as string)) throw new Error(`reusable query: argument ${p as string} used twice`);
    used.add(p as string);
    return at;
  });
  if (used.size !== wanted.size || compiled.sql.includes(MARK)) throw new Error(`reusable query: an argument did not become a parameter: ${compiled.sql}`);
  if (limitArgument(node)) throw new Error(`reusable query: a LIMIT must be part of the shape, not an argument (sqlite-compiler.ts): ${compiled.sql}`);
  return { sql: compiled.sql, node, slots };
}

/** Whether a LIMIT anywhere in the query (subqueries and unions too) takes an argument's marker:
 *  SQLite prepares such a statement again on every run (sqlite-compiler.ts). */
function limitArgument(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as { kind?: string; limit?: { kind?: string; value?: unknown } };
  if (n.kind === 'LimitNode' && n.limit?.kind === 'ValueNode' && typeof n.limit.value === 'string' && n.limit.value.startsWith(MARK)) return true;
  return Object.values(node).some((v) => (Array.isArray(v) ? v.some(limitArgument) : limitArgument(v)));
}

/**
 * A query function built once: `build` must use its arguments only as values (compared,
 * inserted, an OFFSET), never to choose the query's shape, and never as a LIMIT (that goes in
 * the shape, see `shaped`: SQLite prepares a bound LIMIT again on every run); a list argument only as an `in`
 * list or item by item, each item once (its length is part of the key; carers' findMatching
 * gives each arm of a union its own item). A value that may be absent can be a list of 0 or 1.
 */
export function reusable<A extends Arg[], R>(name: string, build: (db: Kysely<DB>, ...args: A) => Buildable<R>, opts: Options = {}): (db: Kysely<DB>, ...args: A) => Promise<R[]> {
  const run = shaped(name, (db, _shape: null, ...args: A) => build(db, ...args), opts);
  return (db, ...args) => run(db, null, ...args);
}

/** reusable(), with a shape that chooses the query's form: passed to `build` as it is, and
 *  part of the key (JSON), so each shape is built once. */
export function shaped<S, A extends Arg[], R>(
  name: string, build: (db: Kysely<DB>, shape: S, ...args: A) => Buildable<R>, opts: Options = {},
): (db: Kysely<DB>, shape: S, ...args: A) => Promise<R[]> {
  return async (db, shape, ...args) => {
    const fresh = () => build(db, shape, ...args).execute();
    if (args.some((a) => a === undefined || (a === null && !opts.nullValues))) return fresh();
    const executor = db.getExecutor();
    let byKey = prepared.get(executor.adapter);
    if (!byKey) prepared.set(executor.adapter, (byKey = new Map()));
    const key = `${name}\n${JSON.stringify(shape)}\n${args.map((a) => (Array.isArray(a) ? a.length : '-')).join(',')}`;
    let p = byKey.get(key);
    if (!p) {
      const markers = args.map((a, i) => (Array.isArray(a) ? a.map((_, j) => marker(i, j)) : marker(i))) as A;
      // Built without plugins: the kept SQL serves every handle of the dialect, with or without them.
      p = prepare(db, build(db.withoutPlugins(), shape, ...markers), args);
      byKey.set(key, p);
    }
    const queryId = createQueryId();
    if (executor.plugins.length > 0 && executor.transformQuery(p.node, queryId) !== p.node) return fresh();
    const parameters = p.slots.map((s) => ('constant' in s ? s.constant : s.item === undefined ? args[s.arg] : (args[s.arg] as readonly unknown[])[s.item]));
    const result = await executor.executeQuery<R>({ sql: p.sql, parameters, query: p.node, queryId });
    return result.rows;
  };
}
