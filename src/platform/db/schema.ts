// The whole database as one Kysely type: each module contributes its tables' interfaces.
import type { AuditTables } from '../audit/table.js';
import type { AuthTables } from '../auth/table.js';
import type { JobTables } from '../jobs/table.js';
import type { MailTables } from '../mail/table.js';
import type { TenancyTables } from '../tenancy/table.js';
import type { OrgTables } from '../../modules/org/table.js';
import type { CatalogTables } from '../../modules/catalog/table.js';

export interface DB extends TenancyTables, AuthTables, AuditTables, MailTables, JobTables, OrgTables, CatalogTables {}
