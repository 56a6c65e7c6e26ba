import type { Kysely } from 'kysely';

// The staff lists that filter roles by municipality and role (the support-contact options on
// every view of a carer, the handlers of a referral or request queue, the count of specialists in
// the yearly report) had no index to seek by: PostgreSQL walked every user of the installation
// with a probe of user_roles per user, SQLite scanned the roles of every municipality (issue 17).
// Led by tenant_id and role, ending in the columns those lists read, so SQLite reads the index
// alone. The index by user gets tenant_id after user_id, so a read of some users' roles in one
// municipality still seeks by the users (SQLite without statistics would otherwise take the
// new index's tenant_id alone: query-plans.test.ts); deleting a user still seeks by user_id.
// (Numbered 0046: main has a 0045 of 7 December.)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('user_roles_tenant_role_idx').on('user_roles').columns(['tenant_id', 'role', 'user_id', 'unit_id']).execute();
  await db.schema.createIndex('user_roles_user_tenant_idx').on('user_roles').columns(['user_id', 'tenant_id']).execute();
  await db.schema.dropIndex('user_roles_user_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('user_roles_user_idx').on('user_roles').column('user_id').execute();
  await db.schema.dropIndex('user_roles_user_tenant_idx').execute();
  await db.schema.dropIndex('user_roles_tenant_role_idx').execute();
}
