// Secure messages on Mina sidor (SPEC C9, issue 18): threads between a carer's account and the
// carer-support team, about one of the carer's requests or to the common queue. Notices (to the
// carer or to staff) never carry the message: only that there is one, and a link. Every staff
// read is audited; threads are deleted with the account, with the identified carer's erasure,
// and after the municipality's retention period.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { newId } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import { enqueue } from '../../platform/mail/outbox.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { listTenants, type Tenant } from '../../platform/tenancy/tenancy.js';
import { accountsOfCarer, notifyAccount, ownerOf } from '../accounts/service.js';
import { canSeeQueue, handlersOfQueue, queueOf } from '../requests/service.js';
import type { UploadedFile } from '../../platform/http/multipart.js';
import { MAX_FILES, MAX_FILE_BYTES, sniffType } from './attachments.js';
import * as q from './queries.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;
type Exec = Kysely<DB> | Transaction<DB>;

JOBS.push({ name: 'messages.retention', everyMs: 24 * 60 * 60_000, run: async (deps, now) => void (await deleteExpiredThreads(deps.db, now)) });

export interface ThreadSummary {
  id: string;
  subject: string;
  requestId: string | null;
  requestReference: string | null;
  lastMessageAt: string;
  unread: number;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface Message {
  id: string;
  attachments: Attachment[];
  author: 'carer' | 'staff';
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface Thread extends ThreadSummary {
  accountId: string;
  unitId: string | null;
  messages: Message[];
}

const toAttachment = (a: q.AttachmentMeta): Attachment => ({ id: a.id, filename: a.filename, contentType: a.content_type, size: a.size });

async function messagesWithAttachments(db: Exec, tenantId: string, threadId: string): Promise<Message[]> {
  const files = await q.attachmentsOfThread(db, tenantId, threadId);
  return (await q.messagesOf(db, tenantId, threadId)).map((m) => ({
    id: m.id, author: m.author as Message['author'], body: m.body, createdAt: m.created_at, readAt: m.read_at,
    attachments: files.filter((f) => f.message_id === m.id).map(toAttachment),
  }));
}

/** Why files cannot be attached, or undefined: the route shows it at the file field. */
export function attachmentProblem(files: UploadedFile[]): 'fileTooMany' | 'fileTooLarge' | 'fileType' | undefined {
  if (files.length > MAX_FILES) return 'fileTooMany';
  if (files.some((f) => f.content.length > MAX_FILE_BYTES)) return 'fileTooLarge';
  if (files.some((f) => !sniffType(f.content))) return 'fileType';
  return undefined;
}

async function storeAttachments(trx: Exec, tenantId: string, threadId: string, messageId: string, files: UploadedFile[], now: Date): Promise<void> {
  const problem = attachmentProblem(files);
  if (problem) throw new Invalid({ files: `accounts.err.${problem}` });
  for (const f of files) {
    await q.insertAttachment(trx, {
      id: newId(), tenant_id: tenantId, thread_id: threadId, message_id: messageId, filename: f.filename || 'bilaga',
      content_type: sniffType(f.content)!, size: f.content.length, content: f.content, created_at: now.toISOString(),
    });
  }
}

async function summaries(db: Exec, tenantId: string, rows: q.ThreadRow[], unreadFrom: 'carer' | 'staff'): Promise<ThreadSummary[]> {
  const unread = await q.unreadCounts(db, tenantId, rows.map((r) => r.id), unreadFrom);
  const out: ThreadSummary[] = [];
  for (const r of rows) {
    const ref = r.request_id ? (await queueOf(db as Kysely<DB>, tenantId, r.request_id))?.reference ?? null : null;
    out.push({ id: r.id, subject: r.subject, requestId: r.request_id, requestReference: ref, lastMessageAt: r.last_message_at, unread: unread.get(r.id) ?? 0 });
  }
  return out;
}

/** Staff are told that a carer wrote — never what, nor who. */
async function tellStaff(trx: Exec, deps: Deps, tenant: Tenant, thread: { id: string; unit_id: string | null }, messageId: string, now: Date): Promise<void> {
  const link = `${deps.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/${tenant.slug}/personal/meddelanden/${thread.id}`;
  for (const h of await handlersOfQueue(trx as Kysely<DB>, tenant, thread.unit_id)) {
    await enqueue(trx, {
      tenantId: tenant.id, to: h.email, dedupeKey: `messages:${thread.id}:${messageId}:staff:${h.id}`,
      subject: 'Nytt meddelande på Mina sidor', text: `En anhörig har skickat ett meddelande via Mina sidor.\n\nLäs och svara (inloggning krävs): ${link}`,
    }, now);
  }
}

// ---- the carer's side --------------------------------------------------------------------

export async function threadsOfAccount(deps: Deps, tenantId: string, accountId: string): Promise<ThreadSummary[]> {
  return summaries(deps.db, tenantId, await q.threadsOfAccount(deps.db, tenantId, accountId), 'staff');
}

/** A new thread from the carer, about one of the account's own requests or to the common queue. */
export async function startThread(deps: Deps, tenant: Tenant, accountId: string, input: { subject: string; body: string; requestId?: string }, files: UploadedFile[] = []): Promise<string> {
  let unitId: string | null = null;
  if (input.requestId) {
    if ((await ownerOf(deps.db, tenant.id, 'request', input.requestId)) !== accountId) throw new Invalid({ requestId: 'accounts.err.unknownRequest' });
    unitId = (await queueOf(deps.db, tenant.id, input.requestId))?.unitId ?? null;
  }
  const now = deps.clock.now();
  const id = newId();
  const messageId = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertThread(trx, { id, tenant_id: tenant.id, account_id: accountId, request_id: input.requestId ?? null, unit_id: unitId, subject: input.subject, created_at: now.toISOString(), last_message_at: now.toISOString() });
    await q.insertMessage(trx, { id: messageId, tenant_id: tenant.id, thread_id: id, author: 'carer', staff_user_id: null, body: input.body, created_at: now.toISOString(), read_at: null });
    await storeAttachments(trx, tenant.id, id, messageId, files, now);
    await tellStaff(trx, deps, tenant, { id, unit_id: unitId }, messageId, now);
  });
  return id;
}

/** The carer opens a thread: staff messages are marked read. */
export async function carerThread(deps: Deps, tenantId: string, accountId: string, threadId: string): Promise<Thread> {
  const row = await q.findThread(deps.db, tenantId, threadId);
  if (!row || row.account_id !== accountId) throw new NotFound();
  const [summary] = await summaries(deps.db, tenantId, [row], 'staff');
  const messages = await messagesWithAttachments(deps.db, tenantId, threadId);
  await q.markRead(deps.db, tenantId, threadId, 'staff', deps.clock.now().toISOString());
  return { ...summary!, accountId: row.account_id, unitId: row.unit_id, messages };
}

export async function carerReply(deps: Deps, tenant: Tenant, accountId: string, threadId: string, body: string, files: UploadedFile[] = []): Promise<void> {
  const row = await q.findThread(deps.db, tenant.id, threadId);
  if (!row || row.account_id !== accountId) throw new NotFound();
  const now = deps.clock.now();
  const messageId = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertMessage(trx, { id: messageId, tenant_id: tenant.id, thread_id: threadId, author: 'carer', staff_user_id: null, body, created_at: now.toISOString(), read_at: null });
    await storeAttachments(trx, tenant.id, threadId, messageId, files, now);
    await q.touchThread(trx, tenant.id, threadId, now.toISOString());
    await tellStaff(trx, deps, tenant, row, messageId, now);
  });
}

// ---- the staff side ----------------------------------------------------------------------

async function visibleThread(deps: Deps, tenant: Tenant, scope: Scope, threadId: string): Promise<q.ThreadRow> {
  const row = await q.findThread(deps.db, tenant.id, threadId);
  if (!row || !canSeeQueue(scope, tenant, row.unit_id)) throw new NotFound();
  return row;
}

/** Threads the scope covers, newest first (the staff list shows subjects only; opening one is audited). */
export async function threadsForStaff(deps: Deps, tenant: Tenant, scope: Scope): Promise<ThreadSummary[]> {
  const rows = (await q.recentThreads(deps.db, tenant.id, 500)).filter((r) => canSeeQueue(scope, tenant, r.unit_id)).slice(0, 200);
  return summaries(deps.db, tenant.id, rows, 'carer');
}

/** Threads about one request the scope covers. */
export async function threadsOfRequest(deps: Deps, tenant: Tenant, scope: Scope, requestId: string): Promise<ThreadSummary[]> {
  const rows = (await q.threadsOfRequest(deps.db, tenant.id, requestId)).filter((r) => canSeeQueue(scope, tenant, r.unit_id));
  return summaries(deps.db, tenant.id, rows, 'carer');
}

/**
 * Threads of the accounts the carer linked to an identified carer record (the staff carer page),
 * those the scope covers. Listing their subjects is a read of the carer's messages: audited.
 */
export async function threadsOfCarer(deps: Deps, tenant: Tenant, actor: Principal, scope: Scope, carerId: string): Promise<ThreadSummary[]> {
  const accountIds = await accountsOfCarer(deps.db, tenant.id, carerId);
  const rows = (await q.threadsOfAccounts(deps.db, tenant.id, accountIds)).filter((r) => canSeeQueue(scope, tenant, r.unit_id));
  if (rows.length > 0) {
    await audit(deps.db, {
      tenantId: tenant.id, userId: actor.userId, action: 'message_thread.list', subjectType: 'carer', subjectId: carerId, purpose: 'Meddelanden på den anhörigas sida',
    }, deps.clock.now());
  }
  return summaries(deps.db, tenant.id, rows, 'carer');
}

/** A staff member reads a thread: audited, and the carer's messages are marked read. */
export async function staffThread(deps: Deps, tenant: Tenant, actor: Principal, scope: Scope, threadId: string): Promise<Thread> {
  const row = await visibleThread(deps, tenant, scope, threadId);
  const now = deps.clock.now();
  await audit(deps.db, {
    tenantId: tenant.id, userId: actor.userId, unitId: row.unit_id, action: 'message_thread.read', subjectType: 'message_thread', subjectId: row.id,
    purpose: 'Svara den anhöriga via Mina sidor',
  }, now);
  const [summary] = await summaries(deps.db, tenant.id, [row], 'carer');
  const messages = await messagesWithAttachments(deps.db, tenant.id, threadId);
  await q.markRead(deps.db, tenant.id, threadId, 'carer', now.toISOString());
  return { ...summary!, accountId: row.account_id, unitId: row.unit_id, messages };
}

/** A staff reply; the carer is told by e-mail or SMS that a message waits — never its text. */
export async function staffReply(deps: Deps, tenant: Tenant, actor: Principal, scope: Scope, threadId: string, body: string, files: UploadedFile[] = []): Promise<void> {
  const row = await visibleThread(deps, tenant, scope, threadId);
  const now = deps.clock.now();
  const messageId = newId();
  await deps.db.transaction().execute(async (trx) => {
    await q.insertMessage(trx, { id: messageId, tenant_id: tenant.id, thread_id: threadId, author: 'staff', staff_user_id: actor.userId, body, created_at: now.toISOString(), read_at: null });
    await storeAttachments(trx, tenant.id, threadId, messageId, files, now);
    await q.touchThread(trx, tenant.id, threadId, now.toISOString());
    await audit(trx, { tenantId: tenant.id, userId: actor.userId, unitId: row.unit_id, action: 'message.create', subjectType: 'message_thread', subjectId: threadId }, now);
    await notifyAccount(trx, deps, tenant, row.account_id, 'newMessage', `messages:${threadId}:${messageId}:carer`, now);
  });
}

/** The carer downloads an attachment of one of the account's threads. */
export async function carerAttachment(deps: Deps, tenantId: string, accountId: string, threadId: string, fileId: string): Promise<{ filename: string; contentType: string; content: Buffer }> {
  const row = await q.findThread(deps.db, tenantId, threadId);
  if (!row || row.account_id !== accountId) throw new NotFound();
  const file = await q.findAttachment(deps.db, tenantId, threadId, fileId);
  if (!file) throw new NotFound();
  return { filename: file.filename, contentType: file.content_type, content: Buffer.from(file.content) };
}

/** A staff member in scope downloads an attachment: audited. */
export async function staffAttachment(deps: Deps, tenant: Tenant, actor: Principal, scope: Scope, threadId: string, fileId: string): Promise<{ filename: string; contentType: string; content: Buffer }> {
  const row = await visibleThread(deps, tenant, scope, threadId);
  const file = await q.findAttachment(deps.db, tenant.id, threadId, fileId);
  if (!file) throw new NotFound();
  await audit(deps.db, {
    tenantId: tenant.id, userId: actor.userId, unitId: row.unit_id, action: 'message_attachment.read', subjectType: 'message_thread', subjectId: row.id,
    purpose: 'Läsa en bilaga från den anhöriga via Mina sidor',
  }, deps.clock.now());
  return { filename: file.filename, contentType: file.content_type, content: Buffer.from(file.content) };
}

// ---- rights and retention ----------------------------------------------------------------

/** Every thread with its messages, for the subject-access export of the accounts' owner. */
export async function exportForAccounts(db: Exec, tenantId: string, accountIds: string[]): Promise<{ subject: string; messages: Message[] }[]> {
  const out: { subject: string; messages: Message[] }[] = [];
  for (const t of await q.threadsOfAccounts(db, tenantId, accountIds)) {
    out.push({ subject: t.subject, messages: await messagesWithAttachments(db, tenantId, t.id) });
  }
  return out;
}

/** Deletes every thread of the accounts with their messages and the notices about them. */
export async function deleteForAccounts(trx: Exec, tenantId: string, accountIds: string[], now: Date, purpose: string): Promise<number> {
  const threads = await q.threadsOfAccounts(trx, tenantId, accountIds);
  await forgetNotices(trx, tenantId, threads.map((t) => t.id));
  await q.deleteThreads(trx, tenantId, threads.map((t) => t.id));
  for (const t of threads) await audit(trx, { tenantId, userId: null, action: 'message_thread.delete', subjectType: 'message_thread', subjectId: t.id, purpose }, now);
  return threads.length;
}

async function forgetNotices(trx: Exec, tenantId: string, threadIds: string[]): Promise<void> {
  for (const id of threadIds) await trx.deleteFrom('outbox').where('tenant_id', '=', tenantId).where('dedupe_key', 'like', `messages:${id}:%`).execute();
}

/** Retention: a thread goes the municipality's number of months after its last message. */
export async function deleteExpiredThreads(db: Kysely<DB>, now: Date): Promise<number> {
  let n = 0;
  for (const tenant of await listTenants(db)) {
    const before = new Date(now);
    before.setUTCMonth(before.getUTCMonth() - tenant.settings.messageRetentionMonths);
    const ids = await q.threadsIdleSince(db, tenant.id, before.toISOString());
    if (ids.length === 0) continue;
    await db.transaction().execute(async (trx) => {
      await forgetNotices(trx, tenant.id, ids);
      await q.deleteThreads(trx, tenant.id, ids);
      for (const id of ids) await audit(trx, { tenantId: tenant.id, userId: null, action: 'message_thread.delete', subjectType: 'message_thread', subjectId: id, purpose: 'retention' }, now);
    });
    n += ids.length;
  }
  return n;
}
