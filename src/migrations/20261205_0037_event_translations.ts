import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Staff-written event texts per language (issue 16), as offerings and partners have them: a JSON
// object { "en": { "title": …, "summary": …, "description": …, "accessibility": … }, … }. The
// row's own columns stay the text in the event's language; an empty object = no translations.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('events').addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('events').dropColumn('translations').execute();
}
