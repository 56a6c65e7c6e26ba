// One migration set for SQLite and PostgreSQL. Add a file, then register it here in order.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../platform/db/database.js';
import * as m0001 from './20261125_0001_foundation.js';

export interface MigrationContext {
  dialect: Dialect;
}
type MigrationModule = {
  up(db: Kysely<any>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<any>, ctx: MigrationContext): Promise<void>;
};

const MIGRATIONS: Record<string, MigrationModule> = {
  '20261125_0001_foundation': m0001,
};

export function migrationsFor(ctx: MigrationContext): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => [
      name,
      { up: (db: Kysely<any>) => m.up(db, ctx), down: m.down ? (db: Kysely<any>) => m.down!(db, ctx) : undefined },
    ]),
  );
}
