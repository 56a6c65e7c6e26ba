// SQLite's query compiler with every whole-number LIMIT written into the SQL text.
// SQLite (3.50, as bundled by better-sqlite3 12) lets the planner look at a LIMIT's value, and
// a statement whose LIMIT is a bound parameter is therefore marked to be prepared again when
// that parameter is bound — and better-sqlite3 binds on every run. So every list query was
// prepared anew on every request despite the statement cache: the inbox's list took 90–105 µs
// of CPU with `limit ?` and 48–54 µs with `limit 50` (6 rows; a bound OFFSET costs nothing).
// A LIMIT is a number the code chooses (a page size, a cap), never free text, so writing it as
// a literal is as safe as a parameter; the statement cache keeps one statement per limit.
// PostgreSQL plans bound limits once (pg-statements.ts) and keeps its compiler.
// Queries built once (reuse.ts) must take their limit as part of their shape, not as an
// argument: reuse.ts refuses a LIMIT argument.
import { SqliteDialect, SqliteQueryCompiler, ValueNode, type LimitNode, type QueryCompiler } from 'kysely';

/** A LIMIT value that can stand in the SQL text: a whole number, 0 or more. */
export const isLiteralLimit = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export class LiteralLimitSqliteCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const value = ValueNode.is(node.limit) ? node.limit.value : undefined;
    if (isLiteralLimit(value)) this.append(`limit ${value}`);
    else super.visitLimit(node);
  }
}

/** Kysely's SQLite dialect with the compiler above. */
export class BredvidSqliteDialect extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new LiteralLimitSqliteCompiler();
  }
}
