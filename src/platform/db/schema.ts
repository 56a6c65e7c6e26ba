// The whole database as one Kysely type: each module contributes its tables' interfaces.
import type { AuditTables } from '../audit/table.js';
import type { AuthTables } from '../auth/table.js';
import type { OidcTables } from '../auth/oidc/table.js';
import type { JobTables } from '../jobs/table.js';
import type { MailTables } from '../mail/table.js';
import type { TenancyTables } from '../tenancy/table.js';
import type { OrgTables } from '../../modules/org/table.js';
import type { CatalogTables } from '../../modules/catalog/table.js';
import type { PagesTables } from '../../modules/pages/table.js';
import type { PartnersTables } from '../../modules/partners/table.js';
import type { RequestsTables } from '../../modules/requests/table.js';
import type { AmbassadorTables } from '../../modules/ambassadors/table.js';
import type { GovernanceTables } from '../../modules/governance/table.js';
import type { OutreachTables } from '../../modules/campaigns/table.js';
import type { SelfcheckTables } from '../../modules/selfcheck/table.js';
import type { PlansTables } from '../../modules/plans/table.js';
import type { EventsTables } from '../../modules/events/table.js';
import type { ContactsTables } from '../../modules/contacts/table.js';
import type { CarersTables } from '../../modules/carers/table.js';
import type { ReferralsTables } from '../../modules/referrals/table.js';
import type { ReportsTables } from '../../modules/reports/table.js';
import type { AccountsTables } from '../../modules/accounts/table.js';
import type { MessagesTables } from '../../modules/messages/table.js';
import type { MotesplatsTables } from '../../modules/motesplats/table.js';

export interface DB extends TenancyTables, AuthTables, OidcTables, AuditTables, MailTables, JobTables, OrgTables, CatalogTables, PagesTables, PartnersTables, RequestsTables,
  AmbassadorTables, GovernanceTables, OutreachTables, SelfcheckTables, PlansTables, EventsTables,
  ContactsTables, CarersTables, ReferralsTables, ReportsTables, AccountsTables, MessagesTables, MotesplatsTables {}
