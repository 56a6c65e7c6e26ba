// SQLite WAL checkpoints off the request thread. By default SQLite checkpoints inside the commit
// that pushes the WAL past 1 000 pages: that commit copies the WAL into the database file and
// fsyncs both, 30–45 ms on this machine's disk, during which the single JavaScript thread
// answers nobody (bench/profile.ts: the booking POST spent ~1.1 ms of its CPU per request in
// commits, p50 0.13 ms, the rest in those stalls). Here a worker thread with its own connection
// runs PASSIVE checkpoints every CHECKPOINT_INTERVAL_MS; PASSIVE never blocks a writer or a
// reader, and the writer reuses the WAL from its start once a checkpoint has caught up.
// The request connection keeps an automatic checkpoint at BACKSTOP_PAGES as a backstop, and
// goes back to SQLite's default if the worker ever fails.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type SqliteDatabase from 'better-sqlite3';

export const CHECKPOINT_INTERVAL_MS = 100;
/** The request connection checkpoints itself only when the WAL passes this (~40 MB). */
export const BACKSTOP_PAGES = 10_000;
const SQLITE_DEFAULT_PAGES = 1000;

// CommonJS run with `eval`, so the bundled build needs no extra file; better-sqlite3 is loaded
// from the path the main thread resolved.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'close') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
parentPort.postMessage('ready');
`;

export interface Checkpointer {
  /** Resolves once the worker has its connection open (tests wait for it). */
  ready: Promise<void>;
  /** A last checkpoint, then the worker's connection closes and the worker ends. */
  stop(): Promise<void>;
}

export function startWalCheckpointer(sqlite: SqliteDatabase.Database, file: string, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file, intervalMs } });
  worker.unref();
  let stopped = false;
  const fallBack = () => { if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`); };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => { if (!stopped) fallBack(); resolve(); }));
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    void exited.then(() => reject(new Error('WAL checkpointer ended before it was ready')));
  });
  // A failing worker must not take the app down: the request connection checkpoints again,
  // and the failure is reported on standard error (this layer has no logger).
  worker.on('error', (err) => {
    fallBack();
    process.emitWarning(`SQLite WAL checkpointer stopped, checkpoints back in commits: ${err.message}`);
  });
  ready.catch(() => undefined);
  return {
    ready,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Kept alive until its last checkpoint is done and its connection closed: a script that
      // awaits close() would otherwise end under it (after a migration the WAL can hold hundreds
      // of megabytes), with the rest of the script never run.
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}
