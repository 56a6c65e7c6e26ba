import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Digital mötesplats (issue 19): moderated rooms for carers with a Mina sidor account. Rooms per
// municipality (open, or tied to an event series), staff moderators, members with a pseudonym per
// room, posts and replies, "tack" reactions, reports, and a word list per municipality.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('motesplats_rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('house_rules', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addColumn('opens_at_time', 'text')
    .addColumn('closes_at_time', 'text')
    .addColumn('closed_outside_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hold_first_posts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retention_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('motesplats_rooms_tenant_idx').on('motesplats_rooms').columns(['tenant_id', 'name']).execute();

  await db.schema.createTable('motesplats_moderators')
    .addColumn('room_id', 'text', (c) => c.notNull().references('motesplats_rooms.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('motesplats_moderators_pkey', ['room_id', 'user_id'])
    .execute();

  await db.schema.createTable('motesplats_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('motesplats_rooms.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('carer_accounts.id').onDelete('cascade'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('pseudonym_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('notify', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('approved_posts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('motesplats_members_account_key', ['room_id', 'account_id'])
    .addUniqueConstraint('motesplats_members_pseudonym_key', ['room_id', 'pseudonym_key'])
    .execute();
  await db.schema.createIndex('motesplats_members_account_idx').on('motesplats_members').columns(['tenant_id', 'account_id']).execute();

  await db.schema.createTable('motesplats_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('motesplats_rooms.id').onDelete('cascade'))
    .addColumn('thread_id', 'text', (c) => c.references('motesplats_posts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.references('motesplats_members.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('held_reason', 'text')
    .addColumn('crisis', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('moderation_reason', 'text')
    .addColumn('moderated_by', 'text')
    .addColumn('moderated_at', 'text')
    .addColumn('erased_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_activity_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('motesplats_posts_room_idx').on('motesplats_posts').columns(['room_id', 'thread_id', 'created_at']).execute();
  await db.schema.createIndex('motesplats_posts_status_idx').on('motesplats_posts').columns(['tenant_id', 'status']).execute();
  await db.schema.createIndex('motesplats_posts_member_idx').on('motesplats_posts').columns(['member_id']).execute();

  await db.schema.createTable('motesplats_reactions')
    .addColumn('post_id', 'text', (c) => c.notNull().references('motesplats_posts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('motesplats_members.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('motesplats_reactions_pkey', ['post_id', 'member_id'])
    .execute();

  await db.schema.createTable('motesplats_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('motesplats_posts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.references('motesplats_members.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await db.schema.createIndex('motesplats_reports_status_idx').on('motesplats_reports').columns(['tenant_id', 'status']).execute();

  await db.schema.createTable('motesplats_word_lists')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  for (const t of ['motesplats_word_lists', 'motesplats_reports', 'motesplats_reactions', 'motesplats_posts', 'motesplats_members', 'motesplats_moderators', 'motesplats_rooms']) {
    await db.schema.dropTable(t).execute();
  }
}
