// Rows → view models, once. Templates never see rows.
import { parseJson } from '../../platform/db/helpers.js';
import { isOpen, linkify, type Segment } from './text.js';
import type { MemberRow, PostRow, RoomRow } from './queries.js';

export interface Room {
  id: string;
  name: string;
  description: string;
  houseRules: string;
  eventId: string | null;
  opens: string | null;
  closes: string | null;
  closedOutsideHours: boolean;
  holdFirstPosts: number;
  retentionDays: number;
}

/** The most first posts a room can hold for approval (the room form takes two digits). */
export const MAX_HOLD_FIRST_POSTS = 99;

export const toRoom = (r: RoomRow): Room => ({
  id: r.id, name: r.name, description: r.description, houseRules: r.house_rules, eventId: r.event_id, opens: r.opens_at_time,
  closes: r.closes_at_time, closedOutsideHours: r.closed_outside_hours === 1, holdFirstPosts: r.hold_first_posts, retentionDays: r.retention_days,
});

export const roomOpen = (r: Room, now: Date): boolean => isOpen({ opens: r.opens, closes: r.closes, closedOutside: r.closedOutsideHours }, now);

export type MemberStatus = 'active' | 'muted' | 'removed';

export interface Member {
  id: string;
  roomId: string;
  pseudonym: string;
  status: MemberStatus;
  statusReason: string | null;
  notify: boolean;
  joinedAt: string;
}

export const toMember = (m: MemberRow): Member => ({
  id: m.id, roomId: m.room_id, pseudonym: m.pseudonym, status: m.status as MemberStatus, statusReason: m.status_reason, notify: m.notify === 1, joinedAt: m.joined_at,
});

export type PostStatus = 'visible' | 'held' | 'hidden' | 'removed' | 'erased';
export type HeldReason = 'new_member' | 'word' | 'crisis';

export interface Post {
  id: string;
  threadId: string | null;
  /** the author's pseudonym in this room; null when erased */
  author: string | null;
  segments: Segment[];
  status: PostStatus;
  heldReason: HeldReason | null;
  crisis: boolean;
  moderationReason: string | null;
  mine: boolean;
  tack: number;
  tackedByMe: boolean;
  createdAt: string;
}

export interface Thread {
  post: Post;
  replies: Post[];
}

export function toPost(p: PostRow, names: Map<string, string>, myMemberId: string | undefined, tacks: Map<string, string[]>): Post {
  const by = tacks.get(p.id) ?? [];
  return {
    id: p.id, threadId: p.thread_id, author: p.member_id ? names.get(p.member_id) ?? null : null, segments: p.status === 'visible' || p.member_id === myMemberId ? linkify(p.body) : [],
    status: p.status as PostStatus, heldReason: p.held_reason as HeldReason | null, crisis: p.crisis === 1, moderationReason: p.moderation_reason,
    mine: myMemberId !== undefined && p.member_id === myMemberId, tack: by.length, tackedByMe: myMemberId !== undefined && by.includes(myMemberId), createdAt: p.created_at,
  };
}

/** What a carer sees of a post: visible ones, their own in any state, and "[borttaget]" placeholders. */
export const carerSees = (p: Post): boolean => p.status === 'visible' || p.mine || p.status === 'erased' || p.status === 'removed';

/** Posts into threads: newest thread first, replies in order. */
export function intoThreads(posts: Post[]): Thread[] {
  const threads = new Map<string, Thread>();
  for (const p of posts) if (p.threadId === null) threads.set(p.id, { post: p, replies: [] });
  for (const p of posts) if (p.threadId !== null) threads.get(p.threadId)?.replies.push(p);
  return [...threads.values()].reverse();
}

export const wordsOf = (json: string | undefined): string[] => parseJson<string[]>(json, []);
