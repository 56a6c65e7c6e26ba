// Digital mötesplats (issue 19, SPEC C9 Mina sidor): moderated rooms where carers with an account
// talk with others in the same situation, under a pseudonym per room. Rooms are open to every
// carer with an account or to one event series' booked participants. Everything a carer takes
// back is gone: a deleted post, a left room, a deleted account; old threads go after the room's
// retention period. Nothing leaves the municipality's database except content-free notices.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { newId } from '../../platform/db/helpers.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { audit } from '../../platform/audit/audit.js';
import { enqueue, forgetMessages } from '../../platform/mail/outbox.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { Forbidden, Invalid, NotFound } from '../../platform/http/errors.js';
import { listTenants, type Tenant } from '../../platform/tenancy/tenancy.js';
import * as accounts from '../accounts/service.js';
import * as events from '../events/service.js';
import * as requests from '../requests/service.js';
import { carerSees, intoThreads, MAX_HOLD_FIRST_POSTS, roomOpen, toMember, toPost, toRoom, wordsOf, type HeldReason, type Member, type Room, type Thread } from './model.js';
import { isCrisis, listedWord } from './text.js';
import { replyNotice, tellCrisis } from './notices.js';
import * as q from './queries.js';

export * from './model.js';
export { MOTESPLATS_MESSAGES } from './messages.js';
export * from './moderation.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;
type Exec = Kysely<DB> | Transaction<DB>;

JOBS.push({ name: 'motesplats.retention', everyMs: 24 * 60 * 60_000, run: async (deps, now) => void (await eraseExpiredThreads(deps.db, now)) });

export const MAX_POST = 4000;

/**
 * A carer's posts per account, in every room of the municipality together: at most
 * POSTS_PER_WINDOW in POST_WINDOW_MS (times PUBLIC_WRITE_LIMIT_FACTOR). Counted from the posts
 * themselves, so the check takes no lock and writes nothing: posts by different carers never
 * wait for each other. (The public forms' guard, a lock per address and one per municipality,
 * made every post in the municipality queue behind the one before it.) Parallel posts from one
 * account can pass the limit by at most their own number; the next is refused.
 */
export const POSTS_PER_WINDOW = 60;
export const POST_WINDOW_MS = 15 * 60_000;

export class TooManyPosts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many posts');
  }
}

// ---- access --------------------------------------------------------------------------------

/** Whether the account may be in the room: every account for an open room, booked participants for a series room. */
async function mayEnter(deps: Deps, tenantId: string, accountId: string, room: Room): Promise<boolean> {
  if (!room.eventId) return true;
  const ids = (await accounts.itemsOf(deps.db, tenantId, accountId)).filter((i) => i.kind === 'booking').map((i) => i.id);
  return (await events.bookingsByIds(deps, tenantId, ids)).some((b) => b.event.id === room.eventId && b.booking.status === 'booked');
}

async function roomOf(db: Exec, tenantId: string, roomId: string): Promise<Room> {
  const row = await q.findRoom(db, tenantId, roomId);
  if (!row) throw new NotFound();
  return toRoom(row);
}

/** The account's membership of a room it may enter; Forbidden when it may not (or was removed). */
async function activeMember(deps: Deps, tenantId: string, accountId: string, roomId: string): Promise<{ room: Room; member: q.MemberRow }> {
  const [room, member] = await Promise.all([roomOf(deps.db, tenantId, roomId), q.findMember(deps.db, tenantId, roomId, accountId)]);
  if (!member || member.status === 'removed' || !(await mayEnter(deps, tenantId, accountId, room))) throw new Forbidden();
  return { room, member };
}

// ---- the carer's side ----------------------------------------------------------------------

export interface RoomListing { room: Room; member?: Member }

/** The rooms the account may enter, with its membership where it has joined. */
export async function roomsForAccount(deps: Deps, tenant: Tenant, accountId: string): Promise<RoomListing[]> {
  const rooms = (await q.listRooms(deps.db, tenant.id)).map(toRoom);
  const members = new Map((await q.membershipsOfAccounts(deps.db, tenant.id, [accountId])).map((m) => [m.room_id, toMember(m)]));
  const out: RoomListing[] = [];
  for (const room of rooms) if (await mayEnter(deps, tenant.id, accountId, room)) out.push({ room, member: members.get(room.id) });
  return out;
}

export type RoomPage =
  | { allowed: false; room: Room }
  | { allowed: true; room: Room; member?: Member; threads: Thread[]; open: boolean; page: number; pages: number };

/** Threads on one page of a room, newest first: a room grows for years, its page does not. */
export const THREADS_PER_PAGE = 20;

/** Which page of a room to show: a page number (past the last: the last), or the page holding a
 *  post (after a reply, a "tack" or a reply that came back with an error). */
export interface RoomPlace { page?: number; post?: string }

/** The page to show of a room whose threads (newest first) are `threadIds`. */
function pageOf(threadIds: string[], place: RoomPlace, threadOfPost: string | undefined): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(threadIds.length / THREADS_PER_PAGE));
  const holding = threadOfPost === undefined ? -1 : threadIds.indexOf(threadOfPost);
  const page = holding >= 0 ? Math.floor(holding / THREADS_PER_PAGE) + 1 : Math.min(place.page ?? 1, pages);
  return { page, pages };
}

/** A room as the account sees it: 404 in another municipality, not allowed for a series room it
 *  has not booked. One page of threads is read, however many the room holds. */
export async function roomForAccount(deps: Deps, tenant: Tenant, accountId: string, roomId: string, place: RoomPlace = {}): Promise<RoomPage> {
  const room = await roomOf(deps.db, tenant.id, roomId);
  if (!(await mayEnter(deps, tenant.id, accountId, room))) return { allowed: false, room };
  const memberRow = await q.findMember(deps.db, tenant.id, roomId, accountId);
  const member = memberRow ? toMember(memberRow) : undefined;
  const open = roomOpen(room, deps.clock.now());
  if (member?.status === 'removed') return { allowed: true, room, member, threads: [], open, page: 1, pages: 1 };
  const [threadIds, located, members] = await Promise.all([
    q.visibleThreadIds(deps.db, tenant.id, roomId, member?.id),
    place.post ? q.findPost(deps.db, tenant.id, place.post) : undefined,
    q.membersOfRoom(deps.db, tenant.id, roomId),
  ]);
  const { page, pages } = pageOf(threadIds, place, located?.room_id === roomId ? located.thread_id ?? located.id : undefined);
  const posts = await q.postsOfThreads(deps.db, tenant.id, threadIds.slice((page - 1) * THREADS_PER_PAGE, page * THREADS_PER_PAGE));
  const reactions = await q.reactionsOf(deps.db, tenant.id, posts.map((p) => p.id));
  const names = new Map(members.map((m) => [m.id, m.pseudonym]));
  const tacks = new Map<string, string[]>();
  for (const r of reactions) tacks.set(r.post_id, [...(tacks.get(r.post_id) ?? []), r.member_id]);
  // The threads are the ones visibleThreadIds chose; of their replies the carer sees what carerSees lets through.
  const threads = intoThreads(posts.map((p) => toPost(p, names, member?.id, tacks)).filter(carerSees));
  return { allowed: true, room, member, threads, open, page, pages };
}

export const pseudonymKey = (p: string): string => p.trim().toLocaleLowerCase('sv').normalize('NFC');

/** Joins a room under a pseudonym of the carer's choosing (unique in the room). */
export async function join(deps: Deps, tenant: Tenant, accountId: string, roomId: string, pseudonym: string): Promise<void> {
  const room = await roomOf(deps.db, tenant.id, roomId);
  if (!(await mayEnter(deps, tenant.id, accountId, room))) throw new Forbidden();
  const existing = await q.findMember(deps.db, tenant.id, roomId, accountId);
  if (existing) {
    if (existing.status === 'removed') throw new Forbidden();
    return;
  }
  try {
    await q.insertMember(deps.db, {
      id: newId(), tenant_id: tenant.id, room_id: roomId, account_id: accountId, pseudonym: pseudonym.trim(), pseudonym_key: pseudonymKey(pseudonym),
      status: 'active', status_reason: null, notify: 0, approved_posts: 0, joined_at: deps.clock.now().toISOString(),
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new Invalid({ pseudonym: 'motesplats.err.pseudonymTaken' });
    throw err;
  }
}

export interface Posted { id: string; status: 'visible' | 'held'; crisis: boolean }

/**
 * A thread start or a reply. Crisis wording holds the post and tells the room's moderators at
 * once; a word of the municipality's list holds it; so do a new member's first posts when the
 * room says so. Otherwise it is visible, and the thread's author is told (opt-in, no content).
 */
export async function post(deps: Deps, tenant: Tenant, accountId: string, roomId: string, input: { body: string; threadId?: string }): Promise<Posted> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - POST_WINDOW_MS).toISOString();
  const limit = POSTS_PER_WINDOW * (deps.config.PUBLIC_WRITE_LIMIT_FACTOR ?? 1);
  // Read together (one round trip's wait on PostgreSQL, not four); nothing is written before the checks below.
  const [{ room, member }, recent, words, thread] = await Promise.all([
    activeMember(deps, tenant.id, accountId, roomId), q.postsOfAccountSince(deps.db, tenant.id, accountId, since, limit), q.wordList(deps.db, tenant.id),
    input.threadId ? q.findPost(deps.db, tenant.id, input.threadId) : Promise.resolve(undefined),
  ]);
  if (member.status === 'muted') throw new Invalid({ body: 'motesplats.err.muted' });
  if (!roomOpen(room, now)) throw new Invalid({ body: 'motesplats.err.closed' });
  if (recent >= limit) throw new TooManyPosts(POST_WINDOW_MS / 1000);
  if (input.threadId && (!thread || thread.room_id !== roomId || thread.thread_id !== null || (thread.status !== 'visible' && thread.status !== 'erased' && thread.status !== 'removed'))) throw new NotFound();
  const crisis = isCrisis(input.body);
  const held: HeldReason | null = crisis ? 'crisis'
    : listedWord(input.body, wordsOf(words)) ? 'word'
    : member.approved_posts < room.holdFirstPosts ? 'new_member' : null;
  const id = newId();
  const at = now.toISOString();
  const notice = !held && thread ? await replyNotice(deps, tenant, thread, member.id) : undefined;
  const moderators = crisis ? await crisisRecipients(deps, tenant, roomId) : [];
  const writes: ((e: Exec) => Promise<void>)[] = [(e) => q.insertPost(e, {
    id, tenant_id: tenant.id, room_id: roomId, thread_id: thread?.id ?? null, member_id: member.id, body: input.body, status: held ? 'held' : 'visible',
    held_reason: held, crisis: crisis ? 1 : 0, moderation_reason: null, moderated_by: null, moderated_at: null, erased_at: null, created_at: at, last_activity_at: at,
  })];
  if (thread && !held) writes.push((e) => q.touchThread(e, tenant.id, thread.id, at));
  // Counted only as far as a room's hold can reach; past that the member's row is left alone.
  if (!held && member.approved_posts < MAX_HOLD_FIRST_POSTS) writes.push((e) => q.countApprovedPost(e, tenant.id, member.id, MAX_HOLD_FIRST_POSTS));
  if (notice) writes.push(async (e) => void (await enqueue(e, { ...notice, dedupeKey: `${notice.dedupeKey}:${id}` }, now)));
  for (const m of moderators) writes.push((e) => tellCrisis(e, deps, tenant, m, roomId, id, now));
  if (crisis) writes.push((e) => audit(e, { tenantId: tenant.id, userId: null, action: 'motesplats.post.crisis_flag', subjectType: 'motesplats_post', subjectId: id }, now));
  // A plain new post (the usual case) is one statement: no transaction to open and commit around it.
  if (writes.length === 1) await writes[0]!(deps.db);
  else await deps.db.transaction().execute(async (trx) => { for (const w of writes) await w(trx); });
  return { id, status: held ? 'held' : 'visible', crisis };
}

/** The room's moderators; without any, the carer-support team's common queue, so a crisis never goes unseen. */
async function crisisRecipients(deps: Deps, tenant: Tenant, roomId: string): Promise<{ id: string; email: string }[]> {
  const mods = await q.moderatorAddresses(deps.db, tenant.id, roomId);
  return mods.length > 0 ? mods : (await requests.handlersOfQueue(deps.db, tenant, requests.commonQueueUnitOf(tenant))).map((h) => ({ id: h.id, email: h.email }));
}

export async function toggleTack(deps: Deps, tenant: Tenant, accountId: string, roomId: string, postId: string): Promise<void> {
  const { member } = await activeMember(deps, tenant.id, accountId, roomId);
  const p = await q.findPost(deps.db, tenant.id, postId);
  // A "tack" is for someone else's post: the page offers none on the member's own (views.tsx).
  if (!p || p.room_id !== roomId || p.status !== 'visible' || p.member_id === member.id) throw new NotFound();
  await q.toggleReaction(deps.db, tenant.id, postId, member.id, deps.clock.now().toISOString());
}

export async function setNotify(deps: Deps, tenant: Tenant, accountId: string, roomId: string, on: boolean): Promise<void> {
  const { member } = await activeMember(deps, tenant.id, accountId, roomId);
  await q.updateMember(deps.db, tenant.id, member.id, { notify: on ? 1 : 0 });
}

/** A member reports a post with a reason: it goes to the moderators' queue. */
export async function report(deps: Deps, tenant: Tenant, accountId: string, roomId: string, postId: string, reason: string): Promise<void> {
  const { member } = await activeMember(deps, tenant.id, accountId, roomId);
  const p = await q.findPost(deps.db, tenant.id, postId);
  if (!p || p.room_id !== roomId || p.status !== 'visible') throw new NotFound();
  await q.insertReport(deps.db, { id: newId(), tenant_id: tenant.id, post_id: postId, member_id: member.id, reason, status: 'open', created_at: deps.clock.now().toISOString(), resolved_at: null, resolved_by: null });
}

/** A post for the report form: visible and in the room. */
export async function reportablePost(deps: Deps, tenant: Tenant, accountId: string, roomId: string, postId: string): Promise<{ room: Room; post: ReturnType<typeof toPost> }> {
  const { room, member } = await activeMember(deps, tenant.id, accountId, roomId);
  const p = await q.findPost(deps.db, tenant.id, postId);
  if (!p || p.room_id !== roomId || p.status !== 'visible') throw new NotFound();
  const author = p.member_id ? await q.findMemberById(deps.db, tenant.id, p.member_id) : undefined;
  return { room, post: toPost(p, new Map(author ? [[author.id, author.pseudonym]] : []), member.id, new Map()) };
}

// ---- forgetting ----------------------------------------------------------------------------

/**
 * Erases posts: a thread start that others replied to keeps its place with no text and no
 * author ("[borttaget]"); anything else is deleted. Reactions, reports and notices about the
 * posts go too.
 */
export async function erasePosts(trx: Exec, tenantId: string, posts: q.PostRow[], now: Date): Promise<void> {
  const remove: string[] = [];
  // Replies first, so a thread start whose only replies are the same person's goes entirely.
  const replies = posts.filter((p) => p.thread_id !== null);
  for (const p of replies) await forgetMessages(trx, tenantId, `motesplats:staff:${p.id}:`);
  await q.deletePosts(trx, tenantId, replies.map((p) => p.id));
  for (const p of posts.filter((x) => x.thread_id === null)) {
    await forgetMessages(trx, tenantId, `motesplats:staff:${p.id}:`);
    if (p.thread_id === null && (await q.replyCount(trx, tenantId, p.id)) > 0) {
      await trx.deleteFrom('motesplats_reactions').where('tenant_id', '=', tenantId).where('post_id', '=', p.id).execute();
      await trx.deleteFrom('motesplats_reports').where('tenant_id', '=', tenantId).where('post_id', '=', p.id).execute();
      await q.updatePost(trx, tenantId, p.id, { body: '', member_id: null, status: 'erased', held_reason: null, moderation_reason: null, crisis: 0, erased_at: now.toISOString() });
    } else {
      remove.push(p.id);
    }
  }
  await q.deletePosts(trx, tenantId, remove);
}

/** The carer deletes one of their own posts: gone, not anonymised. */
export async function deleteOwnPost(deps: Deps, tenant: Tenant, accountId: string, roomId: string, postId: string): Promise<void> {
  const member = await q.findMember(deps.db, tenant.id, roomId, accountId);
  const p = await q.findPost(deps.db, tenant.id, postId);
  if (!member || !p || p.room_id !== roomId || p.member_id !== member.id) throw new NotFound();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await erasePosts(trx, tenant.id, [p], now);
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'motesplats.post.erase', subjectType: 'motesplats_post', subjectId: postId, purpose: 'self' }, now);
  });
}

async function eraseMembers(trx: Exec, tenantId: string, members: q.MemberRow[], now: Date): Promise<void> {
  const ids = members.map((m) => m.id);
  await erasePosts(trx, tenantId, await q.postsOfMembers(trx, tenantId, ids), now);
  await q.deleteReactionsOfMembers(trx, tenantId, ids);
  await q.deleteReportsByMembers(trx, tenantId, ids);
  for (const m of members) await q.deleteMember(trx, tenantId, m.id);
}

/** The carer leaves a room: their posts there and their pseudonym go. */
export async function leave(deps: Deps, tenant: Tenant, accountId: string, roomId: string): Promise<void> {
  const member = await q.findMember(deps.db, tenant.id, roomId, accountId);
  if (!member) throw new NotFound();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await eraseMembers(trx, tenant.id, [member], now);
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'motesplats.member.leave', subjectType: 'motesplats_room', subjectId: roomId, purpose: 'self' }, now);
  });
}

/** Account deletion (mypages): every post and membership of the account, and the notices to it. */
export async function eraseForAccount(trx: Exec, tenantId: string, accountId: string, now: Date, purpose: string): Promise<void> {
  const members = await q.membershipsOfAccounts(trx, tenantId, [accountId]);
  await eraseMembers(trx, tenantId, members, now);
  await forgetMessages(trx, tenantId, `motesplats:acct:${accountId}:`);
  if (members.length > 0) await audit(trx, { tenantId, userId: null, action: 'motesplats.account.erase', subjectType: 'carer_account', subjectId: accountId, purpose }, now);
}

/** Retention: threads with no activity for the room's retention period are erased with their replies. */
export async function eraseExpiredThreads(db: Kysely<DB>, now: Date): Promise<number> {
  let n = 0;
  for (const tenant of await listTenants(db)) {
    for (const room of await q.listRooms(db, tenant.id)) {
      const before = new Date(now.getTime() - room.retention_days * 24 * 3600_000).toISOString();
      const ids = await q.idleThreads(db, tenant.id, room.id, before);
      if (ids.length === 0) continue;
      await db.transaction().execute(async (trx) => {
        for (const id of ids) await forgetMessages(trx, tenant.id, `motesplats:staff:${id}:`);
        await q.deletePosts(trx, tenant.id, ids);
        await audit(trx, { tenantId: tenant.id, userId: null, action: 'motesplats.thread.retention', subjectType: 'motesplats_room', subjectId: room.id, purpose: `retention: ${ids.length}` }, now);
      });
      n += ids.length;
    }
  }
  return n;
}
