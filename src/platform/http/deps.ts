import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Clock } from '../db/clock.js';
import type { Dialect } from '../db/database.js';
import type { DB } from '../db/schema.js';

/** Everything the app needs from outside, built in main.ts (or by the test harness). */
export interface AppDeps {
  db: Kysely<DB>;
  /** Long read-only queries (the yearly report, the overview): on SQLite they run on worker
   *  threads (db/sqlite-readers.ts), so a report does not hold up every other request. `db` when absent. */
  reads?: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  clock: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}
