// One function per query; the executor first, the tenant always an argument.
import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { MotesplatsMembersTable, MotesplatsPostsTable, MotesplatsReportsTable, MotesplatsRoomsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type RoomRow = Selectable<MotesplatsRoomsTable>;
export type MemberRow = Selectable<MotesplatsMembersTable>;
export type PostRow = Selectable<MotesplatsPostsTable>;
export type ReportRow = Selectable<MotesplatsReportsTable>;

// ---- rooms and moderators ----------------------------------------------------------------

export async function insertRoom(db: Exec, row: Insertable<MotesplatsRoomsTable>): Promise<void> {
  await db.insertInto('motesplats_rooms').values(row).execute();
}

export async function updateRoom(db: Exec, tenantId: string, id: string, patch: Updateable<MotesplatsRoomsTable>): Promise<void> {
  await db.updateTable('motesplats_rooms').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function findRoom(db: Exec, tenantId: string, id: string): Promise<RoomRow | undefined> {
  return db.selectFrom('motesplats_rooms').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function listRooms(db: Exec, tenantId: string): Promise<RoomRow[]> {
  return db.selectFrom('motesplats_rooms').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute();
}

export async function moderatorIds(db: Exec, tenantId: string, roomId: string): Promise<string[]> {
  return (await db.selectFrom('motesplats_moderators').select('user_id').where('tenant_id', '=', tenantId).where('room_id', '=', roomId).execute()).map((r) => r.user_id);
}

export async function setModerators(db: Exec, tenantId: string, roomId: string, userIds: string[], at: string): Promise<void> {
  await db.deleteFrom('motesplats_moderators').where('tenant_id', '=', tenantId).where('room_id', '=', roomId).execute();
  if (userIds.length > 0) {
    await db.insertInto('motesplats_moderators').values(userIds.map((u) => ({ room_id: roomId, user_id: u, tenant_id: tenantId, created_at: at }))).execute();
  }
}

/** Active staff of the municipality (moderator candidates), by name. */
export async function staffUsers(db: Exec, tenantId: string): Promise<{ id: string; name: string; email: string }[]> {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('tenant_id', '=', tenantId).where('disabled', '=', 0).orderBy('name').execute();
}

export async function moderatorAddresses(db: Exec, tenantId: string, roomId: string): Promise<{ id: string; email: string }[]> {
  return db.selectFrom('motesplats_moderators').innerJoin('users', 'users.id', 'motesplats_moderators.user_id')
    .select(['users.id', 'users.email']).where('motesplats_moderators.tenant_id', '=', tenantId).where('users.tenant_id', '=', tenantId)
    .where('motesplats_moderators.room_id', '=', roomId).where('users.disabled', '=', 0).execute();
}

// ---- members -------------------------------------------------------------------------------

export async function insertMember(db: Exec, row: Insertable<MotesplatsMembersTable>): Promise<void> {
  await db.insertInto('motesplats_members').values(row).execute();
}

export async function findMember(db: Exec, tenantId: string, roomId: string, accountId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('motesplats_members').selectAll().where('tenant_id', '=', tenantId).where('room_id', '=', roomId)
    .where('account_id', '=', accountId).executeTakeFirst();
}

export async function findMemberById(db: Exec, tenantId: string, id: string): Promise<MemberRow | undefined> {
  return db.selectFrom('motesplats_members').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function membersOfRoom(db: Exec, tenantId: string, roomId: string): Promise<MemberRow[]> {
  return db.selectFrom('motesplats_members').selectAll().where('tenant_id', '=', tenantId).where('room_id', '=', roomId).orderBy('pseudonym_key').execute();
}

export async function membershipsOfAccounts(db: Exec, tenantId: string, accountIds: string[]): Promise<MemberRow[]> {
  if (accountIds.length === 0) return [];
  return db.selectFrom('motesplats_members').selectAll().where('tenant_id', '=', tenantId).where('account_id', 'in', accountIds).execute();
}

export async function updateMember(db: Exec, tenantId: string, id: string, patch: Updateable<MotesplatsMembersTable>): Promise<void> {
  await db.updateTable('motesplats_members').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/**
 * Counts one more approved post of a member, in SQL so concurrent posts never lose a count, and
 * only up to `cap` (the largest number of first posts a room can hold): past it the count can
 * change nothing, so the member's row is not written (nor locked) at all.
 */
export async function countApprovedPost(db: Exec, tenantId: string, id: string, cap: number): Promise<void> {
  await db.updateTable('motesplats_members').set((eb) => ({ approved_posts: eb('approved_posts', '+', 1) }))
    .where('tenant_id', '=', tenantId).where('id', '=', id).where('approved_posts', '<', cap).execute();
}

export async function deleteMember(db: Exec, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('motesplats_members').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

// ---- posts ---------------------------------------------------------------------------------

export async function insertPost(db: Exec, row: Insertable<MotesplatsPostsTable>): Promise<void> {
  await db.insertInto('motesplats_posts').values(row).execute();
}

/** Posts written by an account (under any of its pseudonyms) in the municipality since `since`, counted up to `upTo` at most. */
export async function postsOfAccountSince(db: Exec, tenantId: string, accountId: string, since: string, upTo: number): Promise<number> {
  // From the account's memberships to their posts in the window (index tenant_id, member_id, created_at).
  const members = db.selectFrom('motesplats_members').select('id').where('tenant_id', '=', tenantId).where('account_id', '=', accountId);
  const recent = db.selectFrom('motesplats_posts').select('id')
    .where('tenant_id', '=', tenantId).where('member_id', 'in', members).where('created_at', '>', since).limit(upTo);
  const r = await db.selectFrom(recent.as('recent')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPost(db: Exec, tenantId: string, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('motesplats_posts').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/**
 * The threads a carer sees in a room, newest first, as their start's id: a start that is visible,
 * the member's own in any state, or erased or removed ("[borttaget]") with a visible reply under
 * it (model.ts carerSees and service.ts roomForAccount say the same for the posts of a page).
 * Ids only, so a room of years costs a list of ids, not its posts, to count its pages.
 */
export async function visibleThreadIds(db: Exec, tenantId: string, roomId: string, memberId: string | undefined): Promise<string[]> {
  const rows = await db.selectFrom('motesplats_posts as p').select('p.id')
    .where('p.room_id', '=', roomId).where('p.tenant_id', '=', tenantId).where('p.thread_id', 'is', null)
    .where((eb) => eb.or([
      eb('p.status', '=', 'visible'),
      ...(memberId ? [eb('p.member_id', '=', memberId)] : []),
      eb.and([eb('p.status', 'in', ['erased', 'removed']), eb.exists(eb.selectFrom('motesplats_posts as r').select('r.id')
        .whereRef('r.thread_id', '=', 'p.id').whereRef('r.tenant_id', '=', 'p.tenant_id').where('r.status', '=', 'visible'))]),
    ]))
    .orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').execute();
  return rows.map((r) => r.id);
}

/** The starts and replies of some threads, oldest first (the page sorts them into threads). */
export async function postsOfThreads(db: Exec, tenantId: string, threadIds: string[]): Promise<PostRow[]> {
  if (threadIds.length === 0) return [];
  // Two lookups, each by its own index: the starts by id, the replies by thread (as one `or`,
  // SQLite walked every post of the municipality). SQLite has no statistics here and guesses
  // that `tenant_id = ?` finds ~10 rows, fewer than 20 ids, so the starts' tenant is checked as
  // an expression no index serves: still checked, but the rows are found by id
  // (room-queries.test.ts reads the plans).
  return db.selectFrom('motesplats_posts').selectAll().where('id', 'in', threadIds).where(sql`${sql.ref('tenant_id')} || ''`, '=', tenantId)
    .unionAll(db.selectFrom('motesplats_posts').selectAll().where('thread_id', 'in', threadIds).where('tenant_id', '=', tenantId))
    .orderBy('created_at', 'asc').orderBy('id').execute();
}

export async function postsOfMembers(db: Exec, tenantId: string, memberIds: string[]): Promise<PostRow[]> {
  if (memberIds.length === 0) return [];
  return db.selectFrom('motesplats_posts').selectAll().where('tenant_id', '=', tenantId).where('member_id', 'in', memberIds).execute();
}

export async function updatePost(db: Exec, tenantId: string, id: string, patch: Updateable<MotesplatsPostsTable>): Promise<void> {
  await db.updateTable('motesplats_posts').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deletePosts(db: Exec, tenantId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('motesplats_reactions').where('tenant_id', '=', tenantId).where('post_id', 'in', ids).execute();
  await db.deleteFrom('motesplats_reports').where('tenant_id', '=', tenantId).where('post_id', 'in', ids).execute();
  await db.deleteFrom('motesplats_posts').where('tenant_id', '=', tenantId).where('thread_id', 'in', ids).execute();
  await db.deleteFrom('motesplats_posts').where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
}

export async function replyCount(db: Exec, tenantId: string, threadId: string): Promise<number> {
  const r = await db.selectFrom('motesplats_posts').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId)
    .where('thread_id', '=', threadId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function touchThread(db: Exec, tenantId: string, threadId: string, at: string): Promise<void> {
  await db.updateTable('motesplats_posts').set({ last_activity_at: at }).where('tenant_id', '=', tenantId).where('id', '=', threadId).execute();
}

/** Held posts of the municipality, crisis first, oldest first. */
export async function heldPosts(db: Exec, tenantId: string): Promise<PostRow[]> {
  return db.selectFrom('motesplats_posts').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'held')
    .orderBy('crisis', 'desc').orderBy('created_at', 'asc').limit(200).execute();
}

/** Thread starts of a room with no activity since `before` (retention). */
export async function idleThreads(db: Exec, tenantId: string, roomId: string, before: string): Promise<string[]> {
  return (await db.selectFrom('motesplats_posts').select('id').where('tenant_id', '=', tenantId).where('room_id', '=', roomId)
    .where('thread_id', 'is', null).where('last_activity_at', '<', before).execute()).map((r) => r.id);
}

// ---- reactions -----------------------------------------------------------------------------

/** Who gave "tack" to which of these posts. */
export async function reactionsOf(db: Exec, tenantId: string, postIds: string[]): Promise<{ post_id: string; member_id: string }[]> {
  if (postIds.length === 0) return [];
  return db.selectFrom('motesplats_reactions').select(['post_id', 'member_id'])
    .where('tenant_id', '=', tenantId).where('post_id', 'in', postIds).execute();
}

/** Adds the member's "tack", or takes it back when already given; true when it now stands. */
export async function toggleReaction(db: Exec, tenantId: string, postId: string, memberId: string, at: string): Promise<boolean> {
  const res = await db.deleteFrom('motesplats_reactions').where('tenant_id', '=', tenantId).where('post_id', '=', postId).where('member_id', '=', memberId).executeTakeFirst();
  if (Number(res.numDeletedRows) > 0) return false;
  await db.insertInto('motesplats_reactions').values({ post_id: postId, member_id: memberId, tenant_id: tenantId, created_at: at })
    .onConflict((oc) => oc.columns(['post_id', 'member_id']).doNothing()).execute();
  return true;
}

export async function deleteReactionsOfMembers(db: Exec, tenantId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length > 0) await db.deleteFrom('motesplats_reactions').where('tenant_id', '=', tenantId).where('member_id', 'in', memberIds).execute();
}

// ---- reports -------------------------------------------------------------------------------

export async function insertReport(db: Exec, row: Insertable<MotesplatsReportsTable>): Promise<void> {
  await db.insertInto('motesplats_reports').values(row).execute();
}

export async function openReports(db: Exec, tenantId: string): Promise<ReportRow[]> {
  return db.selectFrom('motesplats_reports').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'open').orderBy('created_at').limit(200).execute();
}

export async function resolveReports(db: Exec, tenantId: string, postId: string, by: string, at: string): Promise<void> {
  await db.updateTable('motesplats_reports').set({ status: 'resolved', resolved_at: at, resolved_by: by })
    .where('tenant_id', '=', tenantId).where('post_id', '=', postId).where('status', '=', 'open').execute();
}

export async function deleteReportsByMembers(db: Exec, tenantId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length > 0) await db.deleteFrom('motesplats_reports').where('tenant_id', '=', tenantId).where('member_id', 'in', memberIds).execute();
}

// ---- word list -----------------------------------------------------------------------------

export async function wordList(db: Exec, tenantId: string): Promise<string | undefined> {
  return (await db.selectFrom('motesplats_word_lists').select('words').where('tenant_id', '=', tenantId).executeTakeFirst())?.words;
}

export async function saveWordList(db: Exec, tenantId: string, words: string, at: string): Promise<void> {
  await db.insertInto('motesplats_word_lists').values({ tenant_id: tenantId, words, updated_at: at })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ words, updated_at: at })).execute();
}
