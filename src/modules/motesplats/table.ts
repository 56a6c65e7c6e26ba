/** A room of the municipality's meeting place: open to every carer with an account, or to one series' participants. */
export interface MotesplatsRoomsTable {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  house_rules: string;
  /** events.id of the series whose booked participants may join; null = open to every carer with an account */
  event_id: string | null;
  /** 'HH:MM' Europe/Stockholm, the moderated hours; null = no hours given */
  opens_at_time: string | null;
  closes_at_time: string | null;
  /** 1: no posting outside the moderated hours */
  closed_outside_hours: number;
  /** a new member's first this many posts wait for a moderator's approval (0 = none) */
  hold_first_posts: number;
  /** threads with no activity for this many days are erased (job motesplats.retention) */
  retention_days: number;
  created_at: string;
  updated_at: string;
}

export interface MotesplatsModeratorsTable {
  room_id: string;
  user_id: string;
  tenant_id: string;
  created_at: string;
}

/** A carer's membership of a room, under a pseudonym chosen for that room only. */
export interface MotesplatsMembersTable {
  id: string;
  tenant_id: string;
  room_id: string;
  account_id: string;
  pseudonym: string;
  /** lower-cased pseudonym: unique per room */
  pseudonym_key: string;
  status: string; // 'active' | 'muted' | 'removed'
  /** the moderator's reason for muting or removing, shown to the member */
  status_reason: string | null;
  /** 1: tell the account's address (without content) when someone replies to the member's thread */
  notify: number;
  approved_posts: number;
  joined_at: string;
}

/** A thread start (thread_id null) or a reply. Plain text; erased posts keep no text. */
export interface MotesplatsPostsTable {
  id: string;
  tenant_id: string;
  room_id: string;
  thread_id: string | null;
  /** null once the author erased it or left (the row then only holds a reply tree together) */
  member_id: string | null;
  body: string;
  status: string; // 'visible' | 'held' | 'hidden' | 'removed' | 'erased'
  held_reason: string | null; // 'new_member' | 'word' | 'crisis'
  crisis: number;
  /** the moderator's reason for hiding or removing, shown to the author */
  moderation_reason: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  erased_at: string | null;
  created_at: string;
  /** thread starts: the latest reply (retention counts from it) */
  last_activity_at: string;
}

export interface MotesplatsReactionsTable {
  post_id: string;
  member_id: string;
  tenant_id: string;
  created_at: string;
}

export interface MotesplatsReportsTable {
  id: string;
  tenant_id: string;
  post_id: string;
  /** the reporting member (null once they left) */
  member_id: string | null;
  reason: string;
  status: string; // 'open' | 'resolved'
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** Words that hold a post for review in every room of the municipality (JSON string[]). */
export interface MotesplatsWordListsTable {
  tenant_id: string;
  words: string;
  updated_at: string;
}

export interface MotesplatsTables {
  motesplats_rooms: MotesplatsRoomsTable;
  motesplats_moderators: MotesplatsModeratorsTable;
  motesplats_members: MotesplatsMembersTable;
  motesplats_posts: MotesplatsPostsTable;
  motesplats_reactions: MotesplatsReactionsTable;
  motesplats_reports: MotesplatsReportsTable;
  motesplats_word_lists: MotesplatsWordListsTable;
}
