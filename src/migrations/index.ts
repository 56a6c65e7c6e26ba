// One migration set for SQLite and PostgreSQL. Add a file, then register it here in order.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../platform/db/database.js';
import * as m0001 from './20261125_0001_foundation.js';
import * as m0002 from './20261125_0002_portal.js';
import * as m0003 from './20261125_0003_events.js';
import * as m0004 from './20261125_0004_workspace.js';
import * as m0005 from './20261125_0005_ambassadors.js';
import * as m0006 from './20261125_0006_plans.js';
import * as m0007 from './20261125_0007_selfcheck.js';
import * as m0009 from './20261125_0009_reports.js';
import * as m0010 from './20261125_0010_contact_tallies.js';
import * as m0011 from './20261125_0011_accessibility.js';
import * as m0012 from './20261125_0012_selfcheck_completions.js';
import * as m0013 from './20261125_0013_identity.js';
import * as m0016 from './20261125_0016_law_2026.js';
import * as m0017 from './20261125_0017_calendar_sequence.js';
import * as m0018 from './20261125_0018_auth_method.js';
import * as m0019 from './20261125_0019_second_factor.js';
import * as m0020 from './20261125_0020_oidc.js';
import * as m0022 from './20261125_0022_content_version.js';
import * as m0023 from './20261125_0023_outbox_recipient_cap.js';
import * as m0024 from './20261125_0024_passkeys.js';
import * as m0025 from './20261125_0025_report_indexes.js';
import * as m0026 from './20261125_0026_violence_and_plans.js';
import * as m0027 from './20261125_0027_relative_age.js';
import * as m0028 from './20261205_0028_booking_locale.js';
import * as m0037 from './20261205_0037_event_translations.js';
import * as m0038 from './20261205_0038_message_attachments.js';
import * as m0039 from './20261206_0039_report_speed.js';
import * as m0040 from './20261206_0040_tenant_scoped_indexes.js';
import * as m0042 from './20261206_0042_units_version.js';
import * as m0043 from './20261206_0043_booking_queue_index.js';
import * as m0044 from './20261206_0044_plans_without_statistics.js';
import * as m0045 from './20261207_0045_carer_unit_sets.js';
import * as m0046 from './20261207_0046_user_roles_by_tenant.js';
import * as m0036 from './20261205_0036_law_conditions.js';
import * as m0031 from './20261125_0031_carer_accounts.js';
import * as m0032 from './20261125_0032_secure_messages.js';
import * as m0034 from './20261205_0034_motesplats.js';
import * as m0033 from './20261125_0033_eid_broker.js';
import * as m0035 from './20261205_0035_mina_sidor.js';

export interface MigrationContext {
  dialect: Dialect;
}
type MigrationModule = {
  up(db: Kysely<any>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<any>, ctx: MigrationContext): Promise<void>;
};

const MIGRATIONS: Record<string, MigrationModule> = {
  '20261125_0001_foundation': m0001,
  '20261125_0002_portal': m0002,
  '20261125_0003_events': m0003,
  '20261125_0004_workspace': m0004,
  '20261125_0005_ambassadors': m0005,
  '20261125_0006_plans': m0006,
  '20261125_0007_selfcheck': m0007,
  '20261125_0009_reports': m0009,
  '20261125_0010_contact_tallies': m0010,
  '20261125_0011_accessibility': m0011,
  '20261125_0012_selfcheck_completions': m0012,
  '20261125_0013_identity': m0013,
  '20261125_0016_law_2026': m0016,
  '20261125_0017_calendar_sequence': m0017,
  '20261125_0018_auth_method': m0018,
  '20261125_0019_second_factor': m0019,
  '20261125_0020_oidc': m0020,
  '20261125_0022_content_version': m0022,
  '20261125_0023_outbox_recipient_cap': m0023,
  '20261125_0024_passkeys': m0024,
  '20261125_0025_report_indexes': m0025,
  '20261125_0026_violence_and_plans': m0026,
  '20261125_0027_relative_age': m0027,
  '20261125_0031_carer_accounts': m0031,
  '20261125_0032_secure_messages': m0032,
  '20261125_0033_eid_broker': m0033,
  '20261205_0028_booking_locale': m0028,
  '20261205_0034_motesplats': m0034,
  '20261205_0035_mina_sidor': m0035,
  '20261205_0036_law_conditions': m0036,
  '20261205_0037_event_translations': m0037,
  '20261205_0038_message_attachments': m0038,
  '20261206_0039_report_speed': m0039,
  '20261206_0040_tenant_scoped_indexes': m0040,
  '20261206_0042_units_version': m0042,
  '20261206_0043_booking_queue_index': m0043,
  '20261206_0044_plans_without_statistics': m0044,
  '20261207_0045_carer_unit_sets': m0045,
  '20261207_0046_user_roles_by_tenant': m0046,
};

export function migrationsFor(ctx: MigrationContext): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => [
      name,
      { up: (db: Kysely<any>) => m.up(db, ctx), down: m.down ? (db: Kysely<any>) => m.down!(db, ctx) : undefined },
    ]),
  );
}
