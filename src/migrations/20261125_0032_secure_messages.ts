import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Secure messages between a carer's account and the carer-support team (issue 18): threads
// (about one of the carer's requests, or general to the municipality's carer-support queue),
// and messages with read status.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('message_threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('carer_accounts.id').onDelete('cascade'))
    .addColumn('request_id', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_message_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_threads_account_idx').on('message_threads').columns(['tenant_id', 'account_id']).execute();
  await db.schema.createIndex('message_threads_request_idx').on('message_threads').columns(['tenant_id', 'request_id']).execute();

  await db.schema.createTable('thread_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('message_threads.id').onDelete('cascade'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('thread_messages_thread_idx').on('thread_messages').columns(['thread_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('thread_messages').execute();
  await db.schema.dropTable('message_threads').execute();
}
