// One function per query; the executor first, the tenant always an argument.
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { MessageAttachmentsTable, MessageThreadsTable, ThreadMessagesTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type ThreadRow = Selectable<MessageThreadsTable>;
export type MessageRow = Selectable<ThreadMessagesTable>;
export type AttachmentMeta = Omit<Selectable<MessageAttachmentsTable>, 'content' | 'tenant_id'>;

export async function insertAttachment(db: Exec, row: Insertable<MessageAttachmentsTable>): Promise<void> {
  await db.insertInto('message_attachments').values(row).execute();
}

/** Names, sizes and types of a thread's attachments (never the content). */
export async function attachmentsOfThread(db: Exec, tenantId: string, threadId: string): Promise<AttachmentMeta[]> {
  return db.selectFrom('message_attachments').select(['id', 'thread_id', 'message_id', 'filename', 'content_type', 'size', 'created_at'])
    .where('tenant_id', '=', tenantId).where('thread_id', '=', threadId).orderBy('created_at').orderBy('id').execute();
}

export async function findAttachment(db: Exec, tenantId: string, threadId: string, id: string): Promise<Selectable<MessageAttachmentsTable> | undefined> {
  return db.selectFrom('message_attachments').selectAll().where('tenant_id', '=', tenantId).where('thread_id', '=', threadId).where('id', '=', id).executeTakeFirst();
}

export async function insertThread(db: Exec, row: Insertable<MessageThreadsTable>): Promise<void> {
  await db.insertInto('message_threads').values(row).execute();
}

export async function insertMessage(db: Exec, row: Insertable<ThreadMessagesTable>): Promise<void> {
  await db.insertInto('thread_messages').values(row).execute();
}

export async function touchThread(db: Exec, tenantId: string, id: string, at: string): Promise<void> {
  await db.updateTable('message_threads').set({ last_message_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function findThread(db: Exec, tenantId: string, id: string): Promise<ThreadRow | undefined> {
  return db.selectFrom('message_threads').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function threadsOfAccount(db: Exec, tenantId: string, accountId: string): Promise<ThreadRow[]> {
  return db.selectFrom('message_threads').selectAll().where('tenant_id', '=', tenantId).where('account_id', '=', accountId)
    .orderBy('last_message_at', 'desc').execute();
}

export async function threadsOfRequest(db: Exec, tenantId: string, requestId: string): Promise<ThreadRow[]> {
  return db.selectFrom('message_threads').selectAll().where('tenant_id', '=', tenantId).where('request_id', '=', requestId)
    .orderBy('last_message_at', 'desc').execute();
}

export async function threadsOfAccounts(db: Exec, tenantId: string, accountIds: string[]): Promise<ThreadRow[]> {
  if (accountIds.length === 0) return [];
  return db.selectFrom('message_threads').selectAll().where('tenant_id', '=', tenantId).where('account_id', 'in', accountIds)
    .orderBy('last_message_at', 'desc').execute();
}

export async function recentThreads(db: Exec, tenantId: string, limit: number): Promise<ThreadRow[]> {
  return db.selectFrom('message_threads').selectAll().where('tenant_id', '=', tenantId).orderBy('last_message_at', 'desc').limit(limit).execute();
}

export async function messagesOf(db: Exec, tenantId: string, threadId: string): Promise<MessageRow[]> {
  return db.selectFrom('thread_messages').selectAll().where('tenant_id', '=', tenantId).where('thread_id', '=', threadId)
    .orderBy('created_at').orderBy('id').execute();
}

/** Unread messages per thread written by the other side. */
export async function unreadCounts(db: Exec, tenantId: string, threadIds: string[], author: 'carer' | 'staff'): Promise<Map<string, number>> {
  if (threadIds.length === 0) return new Map();
  const rows = await db.selectFrom('thread_messages').select(['thread_id']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('thread_id', 'in', threadIds).where('author', '=', author).where('read_at', 'is', null)
    .groupBy('thread_id').execute();
  return new Map(rows.map((r) => [r.thread_id, Number(r.n)]));
}

export async function markRead(db: Exec, tenantId: string, threadId: string, author: 'carer' | 'staff', at: string): Promise<void> {
  await db.updateTable('thread_messages').set({ read_at: at }).where('tenant_id', '=', tenantId).where('thread_id', '=', threadId)
    .where('author', '=', author).where('read_at', 'is', null).execute();
}

export async function deleteThreads(db: Exec, tenantId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('message_attachments').where('tenant_id', '=', tenantId).where('thread_id', 'in', ids).execute();
  await db.deleteFrom('thread_messages').where('tenant_id', '=', tenantId).where('thread_id', 'in', ids).execute();
  await db.deleteFrom('message_threads').where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
}

export async function threadsIdleSince(db: Exec, tenantId: string, before: string): Promise<string[]> {
  return (await db.selectFrom('message_threads').select('id').where('tenant_id', '=', tenantId).where('last_message_at', '<', before).execute()).map((r) => r.id);
}
