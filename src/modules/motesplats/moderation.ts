// The staff side of the meeting place: the moderators' queue (held posts, reports), hiding and
// removing with a reason the author sees, muting and removing members, and the room admin (rooms,
// moderators, the municipality's word list). Every action is audited.
import type { AppDeps } from '../../platform/http/deps.js';
import { newId, toJson } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import { enqueue } from '../../platform/mail/outbox.js';
import { NotFound } from '../../platform/http/errors.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { MAX_HOLD_FIRST_POSTS, toMember, toRoom, wordsOf, type Member, type Room } from './model.js';
import { noticeForApprovedReply } from './notices.js';
import { parseWordList } from './text.js';
import * as q from './queries.js';
import * as events from '../events/service.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;

export interface QueueItem {
  postId: string;
  roomId: string;
  roomName: string;
  author: string | null;
  memberId: string | null;
  memberStatus: string | null;
  body: string;
  status: string;
  heldReason: string | null;
  crisis: boolean;
  createdAt: string;
  reports: { reason: string; createdAt: string }[];
}

/** Held posts (crisis first) and reported posts of the municipality. */
export async function moderationQueue(deps: Deps, tenant: Tenant): Promise<QueueItem[]> {
  const [held, reports, rooms] = await Promise.all([q.heldPosts(deps.db, tenant.id), q.openReports(deps.db, tenant.id), q.listRooms(deps.db, tenant.id)]);
  const roomNames = new Map(rooms.map((r) => [r.id, r.name]));
  const items = new Map<string, QueueItem>();
  const add = async (p: q.PostRow) => {
    if (items.has(p.id)) return items.get(p.id)!;
    const m = p.member_id ? await q.findMemberById(deps.db, tenant.id, p.member_id) : undefined;
    const item: QueueItem = {
      postId: p.id, roomId: p.room_id, roomName: roomNames.get(p.room_id) ?? '', author: m?.pseudonym ?? null, memberId: m?.id ?? null, memberStatus: m?.status ?? null,
      body: p.body, status: p.status, heldReason: p.held_reason, crisis: p.crisis === 1, createdAt: p.created_at, reports: [],
    };
    items.set(p.id, item);
    return item;
  };
  for (const p of held) await add(p);
  for (const r of reports) {
    const p = await q.findPost(deps.db, tenant.id, r.post_id);
    if (p) (await add(p)).reports.push({ reason: r.reason, createdAt: r.created_at });
  }
  return [...items.values()];
}

export type PostAction = 'approve' | 'hide' | 'remove' | 'dismiss';

/**
 * A moderator's decision on a post: approve a held one (it appears, and the thread's author is
 * told if they asked), hide it or remove its text (the reason is shown to the author), or dismiss
 * the reports. Open reports are resolved either way.
 */
export async function moderatePost(deps: Deps, tenant: Tenant, actor: Principal, postId: string, action: PostAction, reason: string | null): Promise<void> {
  const p = await q.findPost(deps.db, tenant.id, postId);
  if (!p) throw new NotFound();
  const now = deps.clock.now();
  const at = now.toISOString();
  const notice = action === 'approve' && p.status === 'held' ? await noticeForApprovedReply(deps, tenant, p) : undefined;
  await deps.db.transaction().execute(async (trx) => {
    const decided = { moderated_by: actor.userId, moderated_at: at };
    if (action === 'approve' && p.status === 'held') {
      await q.updatePost(trx, tenant.id, postId, { ...decided, status: 'visible', held_reason: null, last_activity_at: at });
      if (p.thread_id) await q.touchThread(trx, tenant.id, p.thread_id, at);
      if (p.member_id) await q.countApprovedPost(trx, tenant.id, p.member_id, MAX_HOLD_FIRST_POSTS);
      if (notice) await enqueue(trx, { ...notice, dedupeKey: `${notice.dedupeKey}:${postId}` }, now);
    } else if (action === 'hide') {
      await q.updatePost(trx, tenant.id, postId, { ...decided, status: 'hidden', moderation_reason: reason });
    } else if (action === 'remove') {
      // The text goes for good; the author still sees that a post was removed, and why.
      await q.updatePost(trx, tenant.id, postId, { ...decided, status: 'removed', body: '', moderation_reason: reason, crisis: 0 });
      await trx.deleteFrom('motesplats_reactions').where('tenant_id', '=', tenant.id).where('post_id', '=', postId).execute();
    }
    await q.resolveReports(trx, tenant.id, postId, actor.userId, at);
    await audit(trx, { tenantId: tenant.id, userId: actor.userId, action: `motesplats.post.${action}`, subjectType: 'motesplats_post', subjectId: postId, purpose: reason }, now);
  });
}

export type MemberAction = 'mute' | 'unmute' | 'remove';

/** Mute (may read, not write), unmute, or remove (may no longer enter) a member; the reason is shown to them. */
export async function moderateMember(deps: Deps, tenant: Tenant, actor: Principal, memberId: string, action: MemberAction, reason: string | null): Promise<string> {
  const m = await q.findMemberById(deps.db, tenant.id, memberId);
  if (!m) throw new NotFound();
  const now = deps.clock.now();
  const status = action === 'mute' ? 'muted' : action === 'remove' ? 'removed' : 'active';
  await deps.db.transaction().execute(async (trx) => {
    await q.updateMember(trx, tenant.id, memberId, { status, status_reason: action === 'unmute' ? null : reason });
    await audit(trx, { tenantId: tenant.id, userId: actor.userId, action: `motesplats.member.${action}`, subjectType: 'motesplats_member', subjectId: memberId, purpose: reason }, now);
  });
  return m.room_id;
}

/** The room of a member (for showing a member form again with its error). */
export async function roomOfMember(deps: Deps, tenant: Tenant, memberId: string): Promise<string> {
  const m = await q.findMemberById(deps.db, tenant.id, memberId);
  if (!m) throw new NotFound();
  return m.room_id;
}

// ---- room admin ----------------------------------------------------------------------------

export interface RoomInput {
  name: string;
  description: string;
  houseRules: string;
  eventId: string | null;
  opens: string | null;
  closes: string | null;
  closedOutsideHours: boolean;
  holdFirstPosts: number;
  retentionDays: number;
  moderatorIds: string[];
}

export async function roomsForStaff(deps: Deps, tenant: Tenant): Promise<Room[]> {
  return (await q.listRooms(deps.db, tenant.id)).map(toRoom);
}

export interface StaffRoom { room: Room; moderatorIds: string[]; members: Member[] }

export async function roomForStaff(deps: Deps, tenant: Tenant, id: string): Promise<StaffRoom> {
  const row = await q.findRoom(deps.db, tenant.id, id);
  if (!row) throw new NotFound();
  const [moderatorIds, members] = await Promise.all([q.moderatorIds(deps.db, tenant.id, id), q.membersOfRoom(deps.db, tenant.id, id)]);
  return { room: toRoom(row), moderatorIds, members: members.map(toMember) };
}

export async function moderatorCandidates(deps: Deps, tenant: Tenant): Promise<{ id: string; name: string }[]> {
  return (await q.staffUsers(deps.db, tenant.id)).map((u) => ({ id: u.id, name: u.name }));
}

/** Creates (id undefined) or updates a room with its moderator team. Moderators must be the municipality's staff. */
export async function saveRoom(deps: Deps, tenant: Tenant, actor: Principal, id: string | undefined, input: RoomInput): Promise<string> {
  const staff = new Set((await q.staffUsers(deps.db, tenant.id)).map((u) => u.id));
  const mods = input.moderatorIds.filter((u) => staff.has(u));
  if (id && !(await q.findRoom(deps.db, tenant.id, id))) throw new NotFound();
  const now = deps.clock.now();
  const at = now.toISOString();
  const roomId = id ?? newId();
  const cols = {
    name: input.name, description: input.description, house_rules: input.houseRules, event_id: input.eventId, opens_at_time: input.opens,
    closes_at_time: input.closes, closed_outside_hours: input.closedOutsideHours ? 1 : 0, hold_first_posts: input.holdFirstPosts, retention_days: input.retentionDays, updated_at: at,
  };
  await deps.db.transaction().execute(async (trx) => {
    if (id) await q.updateRoom(trx, tenant.id, id, cols);
    else await q.insertRoom(trx, { id: roomId, tenant_id: tenant.id, ...cols, created_at: at });
    await q.setModerators(trx, tenant.id, roomId, mods, at);
    await audit(trx, { tenantId: tenant.id, userId: actor.userId, action: id ? 'motesplats.room.update' : 'motesplats.room.create', subjectType: 'motesplats_room', subjectId: roomId }, now);
  });
  return roomId;
}

export async function wordListOf(deps: Deps, tenant: Tenant): Promise<string[]> {
  return wordsOf(await q.wordList(deps.db, tenant.id));
}

export async function saveWordList(deps: Deps, tenant: Tenant, actor: Principal, raw: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await q.saveWordList(trx, tenant.id, toJson(parseWordList(raw)), now.toISOString());
    await audit(trx, { tenantId: tenant.id, userId: actor.userId, action: 'motesplats.words.update', subjectType: 'motesplats_word_list', subjectId: tenant.id }, now);
  });
}

/** Events (series and single) the staff member's scope covers, for tying a room to one. */
export async function seriesOptions(deps: Deps, tenant: Tenant, units: 'all' | string[]): Promise<{ id: string; title: string }[]> {
  return events.eventChoices(deps, tenant.id, units);
}
