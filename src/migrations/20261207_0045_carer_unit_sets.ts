import type { Kysely } from 'kysely';

// The yearly report counts distinct carers per part of the organisation from the year's carers
// grouped by the set of units they had contacts in (contacts/tally.ts carerUnitSets): one pass
// over the year's (carer, unit) pairs in carer order. This index gives that order within the
// year and holds every column the statement reads; without it SQLite took the carer index
// (tenant_id, carer_id) for the order and walked every year the municipality has.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('contact_carer_tallies_year_carer_idx').on('contact_carer_tallies').columns(['tenant_id', 'year', 'carer_id', 'unit_id', 'n']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('contact_carer_tallies_year_carer_idx').execute();
}
