// Governance and partners (SPEC C4, §2): the municipality's bodies — styrgrupp, BOSS,
// anhörigråd, arbetsgrupp — with their members (staff, partner representatives, named people),
// meeting frequency, meetings with agenda and minutes, and the yearly wheel (årshjul).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { localToday } from '../../platform/domain/dates.js';
import { getBody, listBodies, type Body } from '../org/units.js';
import { setBodyMeetingsPerYear } from '../org/service.js';
import { getPartner, listPartners } from '../partners/service.js';
import { cleanFilename, detectFileType, MAX_ATTACHMENT_BYTES, type FileType } from './files.js';
import * as q from './queries.js';
import type { AttachmentKind, FrequencyForm, MeetingForm, MemberForm, MemberKind } from './schema.js';

export type { Body };

export interface Member {
  id: string;
  kind: MemberKind;
  name: string;
  /** The partner organisation, for partner representatives */
  organisation: string;
  title: string;
  roleInBody: string;
}

export interface Attachment {
  id: string;
  meetingId: string;
  kind: AttachmentKind;
  fileType: FileType;
  filename: string;
  size: number;
  uploadedAt: string;
}

export interface Meeting {
  id: string;
  bodyId: string;
  date: string;
  startTime: string | null;
  place: string;
  topic: string;
  attachments: Attachment[];
}

const toAttachment = (r: q.AttachmentInfoRow): Attachment => ({
  id: r.id, meetingId: r.meeting_id, kind: r.kind as AttachmentKind, fileType: r.file_type as FileType, filename: r.filename, size: r.size, uploadedAt: r.uploaded_at,
});

function toMeeting(r: q.MeetingRow, attachments: q.AttachmentInfoRow[]): Meeting {
  return {
    id: r.id, bodyId: r.body_id, date: r.date, startTime: r.start_time, place: r.place, topic: r.topic,
    attachments: attachments.filter((a) => a.meeting_id === r.id).map(toAttachment),
  };
}

async function membersOf(db: Kysely<DB>, tenantId: string, bodyIds: string[]): Promise<Map<string, Member[]>> {
  const rows = await q.listMembers(db, tenantId, bodyIds);
  const partners = rows.some((r) => r.partner_id) ? new Map((await listPartners(db, tenantId)).map((p) => [p.id, p.name])) : new Map<string, string>();
  const out = new Map<string, Member[]>();
  for (const r of rows) {
    const list = out.get(r.body_id) ?? [];
    list.push({
      id: r.id, kind: r.kind as MemberKind, name: r.user_name ?? r.representative_name ?? '',
      organisation: r.partner_id ? (partners.get(r.partner_id) ?? 'Samarbetspartner som inte längre finns') : '',
      title: r.user_title ?? '', roleInBody: r.role_in_body,
    });
    out.set(r.body_id, list);
  }
  // Members added together (the demo, an import) come in name order; later ones after them.
  const added = new Map(rows.map((r) => [r.id, r.created_at]));
  for (const list of out.values()) list.sort((a, b) => added.get(a.id)!.localeCompare(added.get(b.id)!) || a.name.localeCompare(b.name, 'sv'));
  return out;
}

export interface BodySummary extends Body {
  members: number;
  meetingsThisYear: number;
  nextMeeting: string | null;
}

export async function bodiesOverview(db: Kysely<DB>, tenantId: string, now: Date): Promise<BodySummary[]> {
  const bodies = await listBodies(db, tenantId);
  const today = localToday(now);
  const year = today.slice(0, 4);
  const [members, meetings] = await Promise.all([
    q.listMembers(db, tenantId, bodies.map((b) => b.id)),
    q.listMeetings(db, tenantId, { from: `${year}-01-01` }),
  ]);
  return bodies.map((b) => ({
    ...b,
    members: members.filter((m) => m.body_id === b.id).length,
    meetingsThisYear: meetings.filter((m) => m.body_id === b.id && m.date <= `${year}-12-31`).length,
    nextMeeting: meetings.find((m) => m.body_id === b.id && m.date >= today)?.date ?? null,
  }));
}

export interface BodyDetail {
  body: Body;
  members: Member[];
  upcoming: Meeting[];
  past: Meeting[];
}

export async function bodyDetail(db: Kysely<DB>, clock: Clock, actor: Principal, bodyId: string): Promise<BodyDetail> {
  const body = await getBody(db, actor.tenantId, bodyId);
  const members = (await membersOf(db, actor.tenantId, [body.id])).get(body.id) ?? [];
  const rows = await q.listMeetings(db, actor.tenantId, { bodyId: body.id });
  const attachments = await q.listAttachments(db, actor.tenantId, rows.map((r) => r.id));
  const meetings = rows.map((r) => toMeeting(r, attachments));
  const today = localToday(clock.now());
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.body_read', subjectType: 'governance_body', subjectId: body.id }, clock.now());
  return { body, members, upcoming: meetings.filter((m) => m.date >= today), past: meetings.filter((m) => m.date < today).reverse() };
}

export async function setFrequency(db: Kysely<DB>, clock: Clock, actor: Principal, bodyId: string, form: FrequencyForm): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if ((await setBodyMeetingsPerYear(trx, actor.tenantId, bodyId, form.meetingsPerYear)) === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.frequency_update', subjectType: 'governance_body', subjectId: bodyId }, clock.now());
  });
}

export interface MemberChoices {
  users: q.UserOption[];
  partners: { id: string; name: string; councilMember: boolean }[];
}

export async function memberChoices(db: Kysely<DB>, tenantId: string): Promise<MemberChoices> {
  const [users, partners] = await Promise.all([q.activeUsers(db, tenantId), listPartners(db, tenantId)]);
  return { users, partners: partners.map((p) => ({ id: p.id, name: p.name, councilMember: p.councilMember })) };
}

export async function addMember(db: Kysely<DB>, clock: Clock, actor: Principal, bodyId: string, form: MemberForm): Promise<void> {
  const body = await getBody(db, actor.tenantId, bodyId);
  if (form.kind === 'user') {
    const users = await q.activeUsers(db, actor.tenantId);
    if (!users.some((u) => u.id === form.userId)) throw new Invalid({ userId: 'Välj en medarbetare i listan' });
  }
  if (form.kind === 'partner') {
    try {
      await getPartner(db, actor.tenantId, form.partnerId!);
    } catch (err) {
      if (err instanceof NotFound) throw new Invalid({ partnerId: 'Välj en samarbetspartner i listan' });
      throw err;
    }
  }
  const who = { userId: form.kind === 'user' ? form.userId : undefined, partnerId: form.kind === 'partner' ? form.partnerId : undefined, name: form.name };
  if (await q.memberExists(db, actor.tenantId, body.id, who)) throw new Invalid({ [form.kind === 'user' ? 'userId' : 'name']: 'Personen är redan medlem i gruppen' });
  await db.transaction().execute(async (trx) => {
    const id = newId();
    await q.insertMember(trx, {
      id, tenant_id: actor.tenantId, body_id: body.id, kind: form.kind, user_id: who.userId ?? null, partner_id: who.partnerId ?? null,
      representative_name: form.kind === 'user' ? null : form.name!, role_in_body: form.roleInBody ?? '', created_at: clock.now().toISOString(),
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.member_add', subjectType: 'governance_member', subjectId: id }, clock.now());
  });
}

export async function removeMember(db: Kysely<DB>, clock: Clock, actor: Principal, bodyId: string, memberId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if ((await q.deleteMember(trx, actor.tenantId, bodyId, memberId)) === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.member_remove', subjectType: 'governance_member', subjectId: memberId }, clock.now());
  });
}

export async function addMeeting(db: Kysely<DB>, clock: Clock, actor: Principal, bodyId: string, form: MeetingForm): Promise<string> {
  const body = await getBody(db, actor.tenantId, bodyId);
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertMeeting(trx, {
      id, tenant_id: actor.tenantId, body_id: body.id, date: form.date, start_time: form.startTime ?? null, place: form.place ?? '',
      topic: form.topic ?? '', created_by: actor.userId, created_at: now, updated_at: now,
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.meeting_add', subjectType: 'governance_meeting', subjectId: id }, clock.now());
  });
  return id;
}

export async function updateMeeting(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: MeetingForm): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const n = await q.updateMeeting(trx, actor.tenantId, id, {
      date: form.date, start_time: form.startTime ?? null, place: form.place ?? '', topic: form.topic ?? '', updated_at: clock.now().toISOString(),
    });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.meeting_update', subjectType: 'governance_meeting', subjectId: id }, clock.now());
  });
}

export async function deleteMeeting(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<string> {
  const meeting = await q.findMeeting(db, actor.tenantId, id);
  if (!meeting) throw new NotFound();
  await db.transaction().execute(async (trx) => {
    await q.deleteMeeting(trx, actor.tenantId, id);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.meeting_delete', subjectType: 'governance_meeting', subjectId: id }, clock.now());
  });
  return meeting.body_id;
}

export async function meetingDetail(db: Kysely<DB>, tenantId: string, id: string): Promise<{ meeting: Meeting; body: Body }> {
  const row = await q.findMeeting(db, tenantId, id);
  if (!row) throw new NotFound();
  const [body, attachments] = await Promise.all([getBody(db, tenantId, row.body_id), q.listAttachments(db, tenantId, [row.id])]);
  return { meeting: toMeeting(row, attachments), body };
}

export const WRONG_TYPE = 'Filen måste vara en PDF eller ett Word-dokument (.docx). Den här filen är något annat, även om namnet slutar på .pdf eller .docx.';

/** Stores an agenda or minutes; the type is decided by the content, never the name. */
export async function addAttachment(db: Kysely<DB>, clock: Clock, actor: Principal, meetingId: string, file: { kind: AttachmentKind; filename: string; content: Buffer }): Promise<string> {
  const meeting = await q.findMeeting(db, actor.tenantId, meetingId);
  if (!meeting) throw new NotFound();
  if (file.content.length === 0) throw new Invalid({ file: 'Välj en fil att ladda upp' });
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw new Invalid({ file: 'Filen är för stor. Den får vara högst 10 MB.' });
  const type = detectFileType(file.content);
  if (!type) throw new Invalid({ file: WRONG_TYPE });
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertAttachment(trx, {
      id, tenant_id: actor.tenantId, meeting_id: meeting.id, kind: file.kind, file_type: type, filename: cleanFilename(file.filename, type),
      size: file.content.length, sha256: createHash('sha256').update(file.content).digest('hex'), content: file.content,
      uploaded_by: actor.userId, uploaded_at: clock.now().toISOString(),
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.attachment_add', subjectType: 'governance_attachment', subjectId: id }, clock.now());
  });
  return id;
}

export async function downloadAttachment(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<{ filename: string; fileType: FileType; content: Buffer }> {
  const row = await q.findAttachment(db, actor.tenantId, id);
  if (!row) throw new NotFound();
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.attachment_download', subjectType: 'governance_attachment', subjectId: id }, clock.now());
  return { filename: row.filename, fileType: row.file_type as FileType, content: Buffer.from(row.content) };
}

export async function removeAttachment(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<string> {
  const row = await q.findAttachmentInfo(db, actor.tenantId, id);
  if (!row) throw new NotFound();
  await db.transaction().execute(async (trx) => {
    await q.deleteAttachment(trx, actor.tenantId, id);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'governance.attachment_remove', subjectType: 'governance_attachment', subjectId: id }, clock.now());
  });
  return row.meeting_id;
}

/** Demo seed: members and meetings without an actor. */
export async function seedMember(db: Kysely<DB>, tenantId: string, now: Date, m: { bodyId: string; kind: MemberKind; userId?: string; partnerId?: string; name?: string; roleInBody: string }): Promise<void> {
  await q.insertMember(db, {
    id: newId(), tenant_id: tenantId, body_id: m.bodyId, kind: m.kind, user_id: m.userId ?? null, partner_id: m.partnerId ?? null,
    representative_name: m.kind === 'user' ? null : (m.name ?? ''), role_in_body: m.roleInBody, created_at: now.toISOString(),
  });
}

export async function seedMeeting(db: Kysely<DB>, tenantId: string, now: Date, m: { bodyId: string; date: string; startTime: string | null; place: string; topic: string; minutes?: Buffer }): Promise<void> {
  const id = newId();
  const at = now.toISOString();
  await q.insertMeeting(db, { id, tenant_id: tenantId, body_id: m.bodyId, date: m.date, start_time: m.startTime, place: m.place, topic: m.topic, created_by: null, created_at: at, updated_at: at });
  if (m.minutes) {
    await q.insertAttachment(db, {
      id: newId(), tenant_id: tenantId, meeting_id: id, kind: 'minutes', file_type: 'pdf', filename: `Protokoll ${m.date}.pdf`, size: m.minutes.length,
      sha256: createHash('sha256').update(m.minutes).digest('hex'), content: m.minutes, uploaded_by: null, uploaded_at: at,
    });
  }
}
