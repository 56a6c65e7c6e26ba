// GDPR art. 30 (SPEC §5.4): every column of personal data is listed in
// docs/processing-record.md as `table.column`, and every listed column exists.
//
// Which columns hold personal data is decided by name, with this heuristic:
//  0. Timestamps, dates, counts and references (*_at, *_date, *_on, *_id, *_count) are not
//     flagged by name (the references that matter are listed by hand, e.g. audit_log.user_id).
//  1. IDENTIFIERS are personal data in any table: a column whose name has one of the words
//     email, phone, mobile, telephone, personnummer, ssn, recipient, alias, ip, birthdate,
//     or the word pairs personal_number, first_name, last_name, full_name, date_of_birth,
//     birth_date, user_agent.
//  2. DESCRIPTIONS are personal data in a person-related table: a column named contact,
//     contact_*, address, body, body_text, free_text, a column with the word name (name,
//     carer_name, name_norm, …), or one holding free text or answers about someone (a word
//     note(s), comment(s), message, reason, text, needs, summary, answers, scores). A table is
//     person-related when its name has one of the PERSON_WORDS below (carers, contacts,
//     referrals, bookings, members, …) or it has a carer_id column (it is about one carer).
//  So organisation names (tenants.name, org_units.name), catalogue text (offerings.contact)
//  and a venue's address (events.address) are not flagged: their tables are not about a
//  person. A flagged column that is not personal data goes in NOT_PERSONAL with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

const NEVER = /_(at|date|on|id|count)$/;
const IDENTIFIER_WORDS = ['email', 'phone', 'mobile', 'telephone', 'personnummer', 'ssn', 'recipient', 'alias', 'ip', 'birthdate'];
const IDENTIFIER_PAIRS = ['personal_number', 'first_name', 'last_name', 'full_name', 'date_of_birth', 'birth_date', 'user_agent'];
const DESCRIPTION_WORDS = ['name', 'note', 'notes', 'comment', 'comments', 'message', 'reason', 'text', 'needs', 'summary', 'answers', 'scores'];
const DESCRIPTION_NAMES = ['contact', 'address', 'body', 'body_text', 'free_text'];
const PERSON_WORDS = ['user', 'users', 'carer', 'carers', 'contact', 'contacts', 'referral', 'referrals', 'booking', 'bookings',
  'participant', 'participants', 'attendee', 'attendees', 'attendance', 'person', 'persons', 'people', 'member', 'members',
  'ambassador', 'ambassadors', 'message', 'messages', 'request', 'requests', 'followup', 'followups', 'follow', 'journal',
  'note', 'notes', 'consent', 'consents', 'waitlist', 'registration', 'registrations', 'signup', 'signups', 'leader', 'leaders',
  'volunteer', 'volunteers', 'subject', 'subjects', 'outbox', 'sessions', 'submission', 'submissions', 'enrolment',
  'enrolments', 'trainee', 'trainees', 'designation', 'designations'];

/** Flagged by the heuristic but not personal data, with the reason. */
const NOT_PERSONAL: Record<string, string> = {
  'oidc_configs.email_claim': 'the name of the ID-token claim that carries e-mail addresses (e.g. "email"), never an address',
  'referrals.close_reason': 'a code from a fixed list (CloseReason), never free text',
  'contact_requests.close_reason': 'a code from a fixed list (CloseReason), never free text',
  'contact_requests.routing_note': 'a copy of the municipality’s routing rule note, the same for every request it routes',
};

const words = (name: string) => name.toLowerCase().split('_');

/** tableColumns: every column of the table (a carer_id makes it person-related). */
export function isPersonalColumn(table: string, column: string, tableColumns: string[] = []): boolean {
  const col = column.toLowerCase();
  if (NEVER.test(col)) return false;
  const w = words(col);
  if (w.some((x) => IDENTIFIER_WORDS.includes(x)) || IDENTIFIER_PAIRS.some((p) => col.includes(p))) return true;
  const personTable = words(table).some((x) => PERSON_WORDS.includes(x)) || tableColumns.includes('carer_id');
  if (!personTable) return false;
  return DESCRIPTION_NAMES.includes(col) || col.startsWith('contact_') || w.some((x) => DESCRIPTION_WORDS.includes(x));
}

function listedColumns(): Set<string> {
  const doc = readFileSync(new URL('../docs/processing-record.md', import.meta.url), 'utf8');
  const out = new Set<string>();
  for (const m of doc.matchAll(/^\|\s*`?([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)`?\s*\|/gm)) out.add(`${m[1]}.${m[2]}`);
  return out;
}

async function schemaColumns(): Promise<Map<string, string[]>> {
  // Only the migrations are needed: SQLite and PostgreSQL get the same columns (test/schema.test.ts).
  const database = openDatabase('sqlite::memory:');
  try {
    await migrateToLatest(database);
    const tables = await database.db.introspection.getTables();
    return new Map(tables.filter((t) => !t.name.startsWith('kysely_')).map((t) => [t.name, t.columns.map((c) => c.name)]));
  } finally {
    await database.close();
  }
}

describe('the heuristic', () => {
  it.each([
    ['users', 'email', true], ['carers', 'name', true], ['carers', 'personal_number', true], ['contact_requests', 'phone', true],
    ['bookings', 'contact', true], ['referrals', 'note', true], ['outbox', 'body_text', true], ['anything', 'ip_address', true],
    ['event_bookings', 'alias', true], ['carers', 'first_name', true],
    ['tenants', 'name', false], ['org_units', 'name', false], ['offerings', 'contact', false], ['offerings', 'description', false],
    ['carers', 'created_at', false], ['users', 'password_hash', false], ['carers', 'shipping', false], ['events', 'address', false],
    ['contact_log', 'contact_date', false], ['governance_members', 'body_id', false], ['carers', 'address', true],
    ['ambassadors', 'person_name', true], ['events', 'place_name', false], ['partners', 'name', false],
  ])('%s.%s is personal: %s', (table, column, expected) => {
    expect(isPersonalColumn(table, column)).toBe(expected);
  });

  it('treats a table with a carer_id as person-related', () => {
    expect(isPersonalColumn('selfcheck_results', 'answers', ['id', 'carer_id', 'answers'])).toBe(true);
    expect(isPersonalColumn('selfcheck_results', 'answers', ['id', 'answers'])).toBe(false);
  });
});

describe('record of processing (docs/processing-record.md)', () => {
  it('lists every personal-data column of the migrated schema, and nothing that does not exist', async () => {
    const tables = await schemaColumns();
    const columns = new Set([...tables].flatMap(([t, cols]) => cols.map((c) => `${t}.${c}`)));
    const listed = listedColumns();
    const flagged = [...tables].flatMap(([t, cols]) => cols.filter((c) => isPersonalColumn(t, c, cols)).map((c) => `${t}.${c}`));
    const missing = flagged.filter((c) => !listed.has(c) && !(c in NOT_PERSONAL)).sort();
    expect(missing, `add these to docs/processing-record.md as "| table.column | purpose | legal basis | retention |" (or to NOT_PERSONAL in ${'test/processing-record.test.ts'} with a reason)`).toEqual([]);
    const stale = [...listed].filter((c) => !columns.has(c)).sort();
    expect(stale, 'listed in docs/processing-record.md but not in the schema').toEqual([]);
    const staleExceptions = Object.keys(NOT_PERSONAL).filter((c) => !columns.has(c));
    expect(staleExceptions, 'NOT_PERSONAL entries for columns that no longer exist').toEqual([]);
    expect(flagged.length).toBeGreaterThan(3);
  });
});
