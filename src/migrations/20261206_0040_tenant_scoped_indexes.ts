import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Indexes that name the municipality beside the key a query narrows by (issues 17 and 19).
// Every read names tenant_id. Where a table's only index with tenant_id was led by it (tenant and
// date, tenant and status), SQLite — which keeps no statistics here — chose that index over the
// one on the real key and walked every row of the municipality: a carer's contact log and
// stödkontakt offers, an event's sessions and booking counts, a mötesplats room's posts and a
// poster's posts of the last 15 minutes (platform/db/query-plans.test.ts finds such plans).
// Each replacement keeps the narrowing column first, so SQLite's foreign-key checks on a delete
// still seek by it, and adds tenant_id (and the order or window column) after it.
type Index = readonly [table: string, name: string, columns: readonly string[]];

const REPLACED: readonly (readonly [old: Index, replacement: Index])[] = [
  [['event_sessions', 'event_sessions_event_idx', ['event_id', 'starts_at']], ['event_sessions', 'event_sessions_event_tenant_idx', ['event_id', 'tenant_id', 'starts_at']]],
  [['event_bookings', 'event_bookings_event_idx', ['event_id', 'session_id', 'status']], ['event_bookings', 'event_bookings_event_tenant_idx', ['event_id', 'tenant_id', 'session_id', 'status']]],
  [['contact_log', 'contact_log_carer_idx', ['carer_id']], ['contact_log', 'contact_log_carer_tenant_idx', ['carer_id', 'tenant_id', 'contact_date']]],
  [['carer_actions', 'carer_actions_carer_idx', ['carer_id']], ['carer_actions', 'carer_actions_carer_tenant_idx', ['carer_id', 'tenant_id']]],
  [['support_offers', 'support_offers_carer_idx', ['carer_id']], ['support_offers', 'support_offers_carer_tenant_idx', ['carer_id', 'tenant_id', 'offered_on']]],
  [['motesplats_posts', 'motesplats_posts_room_idx', ['room_id', 'thread_id', 'created_at']], ['motesplats_posts', 'motesplats_posts_room_tenant_idx', ['room_id', 'tenant_id', 'created_at']]],
  [['motesplats_posts', 'motesplats_posts_member_idx', ['member_id']], ['motesplats_posts', 'motesplats_posts_member_tenant_idx', ['member_id', 'tenant_id', 'created_at']]],
];

const ADDED: readonly Index[] = [
  ['motesplats_posts', 'motesplats_posts_thread_idx', ['thread_id', 'tenant_id']],
  ['motesplats_reports', 'motesplats_reports_post_idx', ['post_id', 'tenant_id']],
];

async function create(db: Kysely<any>, [table, name, columns]: Index): Promise<void> {
  await db.schema.createIndex(name).on(table).columns([...columns]).execute();
}

export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  for (const [old, replacement] of REPLACED) {
    await create(db, replacement);
    await db.schema.dropIndex(old[1]).execute();
  }
  for (const index of ADDED) await create(db, index);
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  for (const [, name] of ADDED) await db.schema.dropIndex(name).execute();
  for (const [old, replacement] of REPLACED) {
    await create(db, old);
    await db.schema.dropIndex(replacement[1]).execute();
  }
}
