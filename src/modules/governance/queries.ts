// One function per query; the executor comes first and the tenant is always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { GovernanceAttachmentsTable, GovernanceMeetingsTable, GovernanceMembersTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type MeetingRow = Selectable<GovernanceMeetingsTable>;
export type AttachmentInfoRow = Omit<Selectable<GovernanceAttachmentsTable>, 'content'>;
export interface MemberRow extends Selectable<GovernanceMembersTable> {
  user_name: string | null;
  user_title: string | null;
}

export async function listMembers(db: Exec, tenantId: string, bodyIds: string[]): Promise<MemberRow[]> {
  if (bodyIds.length === 0) return [];
  return db.selectFrom('governance_members').leftJoin('users', 'users.id', 'governance_members.user_id')
    .selectAll('governance_members').select(['users.name as user_name', 'users.title as user_title'])
    .where('governance_members.tenant_id', '=', tenantId).where('governance_members.body_id', 'in', bodyIds)
    .orderBy('governance_members.created_at').orderBy('governance_members.id').execute();
}

export async function insertMember(db: Exec, row: Insertable<GovernanceMembersTable>): Promise<void> {
  await db.insertInto('governance_members').values(row).execute();
}

export async function deleteMember(db: Exec, tenantId: string, bodyId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('governance_members').where('tenant_id', '=', tenantId).where('body_id', '=', bodyId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function memberExists(db: Exec, tenantId: string, bodyId: string, m: { userId?: string; partnerId?: string; name?: string }): Promise<boolean> {
  let q = db.selectFrom('governance_members').select('id').where('tenant_id', '=', tenantId).where('body_id', '=', bodyId);
  if (m.userId) q = q.where('user_id', '=', m.userId);
  else if (m.partnerId) q = q.where('partner_id', '=', m.partnerId).where('representative_name', '=', m.name ?? '');
  else q = q.where('user_id', 'is', null).where('partner_id', 'is', null).where('representative_name', '=', m.name ?? '');
  return (await q.executeTakeFirst()) !== undefined;
}

export async function listMeetings(db: Exec, tenantId: string, f: { bodyId?: string; from?: string; to?: string }): Promise<MeetingRow[]> {
  let q = db.selectFrom('governance_meetings').selectAll().where('tenant_id', '=', tenantId);
  if (f.bodyId) q = q.where('body_id', '=', f.bodyId);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  return q.orderBy('date').orderBy('start_time').execute();
}

export async function findMeeting(db: Exec, tenantId: string, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('governance_meetings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertMeeting(db: Exec, row: Insertable<GovernanceMeetingsTable>): Promise<void> {
  await db.insertInto('governance_meetings').values(row).execute();
}

export async function updateMeeting(db: Exec, tenantId: string, id: string, patch: Updateable<GovernanceMeetingsTable>): Promise<number> {
  const res = await db.updateTable('governance_meetings').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteMeeting(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('governance_meetings').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

const INFO = ['id', 'tenant_id', 'meeting_id', 'kind', 'file_type', 'filename', 'size', 'sha256', 'uploaded_by', 'uploaded_at'] as const;

/** Attachment metadata (never the content) for these meetings. */
export async function listAttachments(db: Exec, tenantId: string, meetingIds: string[]): Promise<AttachmentInfoRow[]> {
  if (meetingIds.length === 0) return [];
  return db.selectFrom('governance_attachments').select(INFO).where('tenant_id', '=', tenantId)
    .where('meeting_id', 'in', meetingIds).orderBy('uploaded_at').execute();
}

export async function findAttachment(db: Exec, tenantId: string, id: string): Promise<Selectable<GovernanceAttachmentsTable> | undefined> {
  return db.selectFrom('governance_attachments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findAttachmentInfo(db: Exec, tenantId: string, id: string): Promise<AttachmentInfoRow | undefined> {
  return db.selectFrom('governance_attachments').select(INFO).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertAttachment(db: Exec, row: Insertable<GovernanceAttachmentsTable>): Promise<void> {
  await db.insertInto('governance_attachments').values(row).execute();
}

export async function deleteAttachment(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('governance_attachments').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export interface UserOption {
  id: string;
  name: string;
  title: string;
}

export async function activeUsers(db: Exec, tenantId: string): Promise<UserOption[]> {
  return db.selectFrom('users').select(['id', 'name', 'title']).where('tenant_id', '=', tenantId).where('disabled', '=', 0).orderBy('name').execute();
}
