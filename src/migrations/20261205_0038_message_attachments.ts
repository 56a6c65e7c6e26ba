import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Attachments on secure messages (issue 18, part 3): up to three files per message, their type
// checked by content. Deleted with the message (and so with the thread and the account).
export async function up(db: Kysely<any>, ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('message_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('message_threads.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull().references('thread_messages.id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', ctx.dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_attachments_message_idx').on('message_attachments').columns(['tenant_id', 'message_id']).execute();
  await db.schema.createIndex('message_attachments_thread_idx').on('message_attachments').columns(['tenant_id', 'thread_id']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('message_attachments').execute();
}
