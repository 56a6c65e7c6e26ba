// Long read-only queries off the request thread (SQLite). better-sqlite3 runs every statement
// synchronously on the thread that calls it: the yearly report's ~30 statements over a year of
// a million contacts take ~0.3 s, during which the server answers nobody else (issue 14, and
// issue 17's p99). Here a small pool of worker threads, each with its own read-only connection
// to the same file, runs them; the main thread builds and suppresses the report meanwhile, and
// two statements run at once on two cores. WAL mode lets these readers run beside the writer;
// each statement sees the last committed state when it starts (as a PostgreSQL pool does).
//
// The Kysely built here is for reads only: a statement that would write is refused in the
// worker (and the connection is opened read-only besides); transactions are refused. If the
// workers fail, statements run on the main connection again, as before.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import {
  Kysely, SqliteAdapter, SqliteIntrospector,
  type CompiledQuery, type DatabaseConnection, type DatabaseIntrospector, type Dialect, type Driver, type QueryResult,
} from 'kysely';
import type { DB } from './schema.js';
import { LiteralLimitSqliteCompiler } from './sqlite-compiler.js';

/** Two readers on the two-core machine the app is sized for; never more than four. */
export const defaultReaderCount = (): number => Math.max(1, Math.min(4, availableParallelism()));

// CommonJS run with `eval`, so the bundled build needs no extra file (as wal-checkpointer.ts);
// without the parent's execArgv, so a loader the parent runs under (tsx in development) is not
// started again in every worker for code that needs none.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  try {
    let stmt = statements.get(m.sql);
    if (!stmt) {
      stmt = db.prepare(m.sql);
      if (statements.size >= 500) statements.clear();
      statements.set(m.sql, stmt);
    }
    if (!stmt.reader) throw Object.assign(new Error('Only reading statements run on a reader connection.'), { code: 'BREDVID_READ_ONLY' });
    parentPort.postMessage({ id: m.id, rows: stmt.all(m.params) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: { message: e.message, code: e.code } });
  }
});
parentPort.postMessage('ready');
`;

interface Pending { resolve: (rows: unknown[]) => void; reject: (e: Error) => void }
interface Queued extends Pending { id: number; sql: string; params: readonly unknown[] }
interface Reader { worker: Worker; pending: Map<number, Pending>; alive: boolean }
type Reply = { id: number; rows: unknown[] } | { id: number; error: { message: string; code?: string } };

/** Runs one statement on the main connection: what the pool falls back to. */
export type RunHere = (sql: string, params: readonly unknown[]) => unknown[];

export interface ReaderPool {
  run(sql: string, params: readonly unknown[]): Promise<unknown[]>;
  /** Resolves once every worker has its connection open (tests and benches wait for it). */
  ready: Promise<void>;
  /** Workers still running (0 after close, or once they have all failed). */
  alive(): number;
  close(): Promise<void>;
}

export function startReaderPool(file: string, count: number, runHere: RunHere): ReaderPool {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  let nextId = 0;
  const readers: Reader[] = [];
  // Statements wait here, and a reader is given the next one when it has none: a report posts
  // some thirty statements at once whose costs differ a hundredfold, and handed out in turns at
  // posting time one reader got the long ones and ran twice as long as the other, while a short
  // statement waited behind a long one with the other reader free. The cost is one message's
  // round trip per statement (well under a millisecond with the main thread waiting).
  const queue: Queued[] = [];
  let head = 0;
  const pump = () => {
    for (const r of readers) {
      if (!r.alive || r.pending.size > 0 || head >= queue.length) continue;
      const q = queue[head++];
      r.pending.set(q.id, q);
      // Kept alive while it has work, so a script awaiting a read does not exit under it.
      r.worker.ref();
      r.worker.postMessage({ id: q.id, sql: q.sql, params: q.params });
    }
    if (head === queue.length) { queue.length = 0; head = 0; }
    if (head < queue.length && !readers.some((r) => r.alive)) {
      // Every reader has failed: what waits runs on the main connection.
      for (const q of queue.splice(head)) {
        try { q.resolve(runHere(q.sql, q.params)); } catch (e) { q.reject(e as Error); }
      }
      head = 0;
    }
  };
  const started: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const reader: Reader = { worker: new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file }, execArgv: [] }), pending: new Map(), alive: true };
    const { worker } = reader;
    const fail = (err: Error) => {
      if (!reader.alive) return;
      reader.alive = false;
      for (const p of reader.pending.values()) p.reject(err);
      reader.pending.clear();
      pump();
    };
    started.push(new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.once('exit', () => resolve());
    }));
    worker.on('message', (m: Reply | 'ready') => {
      if (m === 'ready') return;
      const p = reader.pending.get(m.id);
      if (!p) return;
      reader.pending.delete(m.id);
      if (reader.pending.size === 0) worker.unref();
      pump();
      if ('error' in m) p.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else p.resolve(m.rows);
    });
    // A failing worker must not take the app down: its statements fail, later ones go to the
    // others or to the main connection (this layer has no logger, as wal-checkpointer.ts).
    worker.on('error', (err) => {
      fail(err);
      process.emitWarning(`SQLite reader stopped, its reads back on the main connection: ${err.message}`);
    });
    worker.on('exit', () => fail(new Error('SQLite reader ended')));
    // Not holding the process open while idle. After the listeners above: attaching a 'message'
    // listener refs the worker's port again, and a pool closed before any read then kept a
    // script from ending (Node 20).
    worker.unref();
    readers.push(reader);
  }
  const ready = Promise.all(started).then(() => undefined);
  return {
    ready,
    alive: () => readers.filter((r) => r.alive).length,
    run(sql, params) {
      if (!readers.some((r) => r.alive)) {
        // None left: the main connection, as without the pool.
        try {
          return Promise.resolve(runHere(sql, params));
        } catch (e) {
          return Promise.reject(e as Error);
        }
      }
      return new Promise<unknown[]>((resolve, reject) => {
        queue.push({ id: nextId++, sql, params, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(readers.map(async (r) => {
        if (!r.alive) return;
        r.alive = false;
        const exited = new Promise<void>((resolve) => r.worker.once('exit', () => resolve()));
        // Kept alive until it has closed its connection: a script awaiting close() would
        // otherwise end under it, with nothing else left to wait for.
        r.worker.ref();
        r.worker.postMessage('close');
        await exited;
        // Statements sent before 'close' are answered before it; anything left fails rather than waits.
        for (const p of r.pending.values()) p.reject(new Error('SQLite reader closed'));
        r.pending.clear();
      }));
      for (const q of queue.splice(head)) q.reject(new Error('SQLite reader closed'));
      head = 0;
    },
  };
}

class ReaderConnection implements DatabaseConnection {
  constructor(private readonly pool: ReaderPool) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.pool.run(query.sql, query.parameters)) as R[] };
  }
  // eslint-disable-next-line require-yield -- an async generator that only refuses
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not offered on the reader connections.');
  }
}

const noTransactions = async (): Promise<never> => {
  throw new Error('The reader connections are for single reads; run transactions on the main connection.');
};

class ReaderDriver implements Driver {
  private readonly connection: ReaderConnection;
  constructor(private readonly pool: ReaderPool) { this.connection = new ReaderConnection(pool); }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> { return this.connection; }
  beginTransaction = noTransactions;
  commitTransaction = noTransactions;
  rollbackTransaction = noTransactions;
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> { await this.pool.close(); }
}

class ReaderDialect implements Dialect {
  constructor(private readonly pool: ReaderPool) {}
  createAdapter() { return new SqliteAdapter(); }
  createDriver() { return new ReaderDriver(this.pool); }
  createQueryCompiler() { return new LiteralLimitSqliteCompiler(); }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector { return new SqliteIntrospector(db); }
}

/** A Kysely for reads whose statements run on the pool's worker threads. */
export const readerKysely = (pool: ReaderPool): Kysely<DB> => new Kysely<DB>({ dialect: new ReaderDialect(pool) });
