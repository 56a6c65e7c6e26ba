// PostgreSQL with prepared statements reused per connection: Kysely sends every query as an
// unnamed statement, which the server parses and plans anew each time. Here a query with
// parameters goes as a named statement (the name is a hash of its text), so each pooled
// connection parses it once and then only binds and executes. Kysely builds the same text for
// the same query shape, so the set stays small; past STATEMENTS_PER_CONNECTION (dynamic
// IN-lists) new texts go unnamed. Queries without parameters (DDL, multi-statement migration
// SQL) stay unnamed, as the extended protocol allows one statement only. A statement whose
// result type changed under it (a table altered after it was prepared: PostgreSQL answers
// "cached plan must not change result type") is sent unnamed from then on.
import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

export const STATEMENTS_PER_CONNECTION = 500;

interface Named { names: Set<string>; stale: Set<string> }

/** Statement names by text, so a query's text is hashed once, not on every run (bounded like the
 *  statements themselves: dynamic texts past the bound are hashed each time). */
const names = new Map<string, string>();
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `k${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < STATEMENTS_PER_CONNECTION * 4) names.set(text, name);
  }
  return name;
}

export function reusingPgStatements(pool: pg.Pool): PostgresPool {
  const perClient = new WeakMap<pg.PoolClient, Named>();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let named = perClient.get(client);
      if (!named) perClient.set(client, (named = { names: new Set(), stale: new Set() }));
      const state = named;
      const query = async (text: string, values: readonly unknown[]) => {
        const name = values.length > 0 ? nameOf(text) : undefined;
        if (!name || state.stale.has(name) || (!state.names.has(name) && state.names.size >= STATEMENTS_PER_CONNECTION)) {
          return client.query(text, [...values]);
        }
        state.names.add(name);
        try {
          return await client.query({ name, text, values: [...values] });
        } catch (err) {
          if ((err as { code?: string }).code !== '0A000') throw err;
          state.stale.add(name);
          return client.query(text, [...values]);
        }
      };
      return {
        query: ((arg: string | PostgresCursor<unknown>, values?: readonly unknown[]) =>
          typeof arg === 'string' ? query(arg, values ?? []) : client.query(arg as never)) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}

