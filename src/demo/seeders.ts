// Module seeders run for each demo municipality after its organisation and staff exist.
// Add one entry per module that has demo data; keep each seeder idempotent per tenant.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import type { DemoMunicipality } from './types.js';
import { seedCatalog } from '../modules/catalog/demo.js';
import { seedPages } from '../modules/pages/demo.js';
import { seedPartners } from '../modules/partners/demo.js';
import { seedAmbassadors } from '../modules/ambassadors/demo.js';
import { seedGovernance } from '../modules/governance/demo.js';
import { seedOutreach } from '../modules/outreach/demo.js';
import { seedPlans } from '../modules/plans/demo.js';
import { seedSelfcheck } from '../modules/selfcheck/demo.js';
import { seedEvents } from '../modules/events/demo.js';
import { seedContactLog } from '../modules/contacts/demo.js';
import { seedCarers } from '../modules/carers/demo.js';
import { seedReferrals } from '../modules/referrals/demo.js';
import { seedRequests } from '../modules/requests/demo.js';
import { seedReports } from '../modules/reports/demo.js';
import { seedMotesplats } from '../modules/motesplats/demo.js';

export interface SeedContext {
  db: Kysely<DB>;
  tenantId: string;
  data: DemoMunicipality;
  now: Date;
  unitIds: Map<string, string>;
  bodyIds: Map<string, string>;
  userIds: Map<string, string>;
}

export interface Seeder {
  name: string;
  run(ctx: SeedContext): Promise<void>;
}

export const DEMO_SEEDERS: Seeder[] = [
  { name: 'catalog', run: seedCatalog },
  { name: 'pages', run: seedPages },
  { name: 'partners', run: seedPartners },
  { name: 'ambassadors', run: seedAmbassadors },
  { name: 'governance', run: seedGovernance },
  { name: 'outreach', run: seedOutreach },
  { name: 'plans', run: seedPlans },
  { name: 'selfcheck', run: seedSelfcheck },
  { name: 'events', run: seedEvents },
  { name: 'contacts', run: seedContactLog },
  { name: 'carers', run: seedCarers },
  { name: 'referrals', run: seedReferrals },
  { name: 'requests', run: seedRequests },
  { name: 'motesplats', run: seedMotesplats },
  // Last: the questionnaire's demo answers are derived from every other module's demo data.
  { name: 'reports', run: seedReports },
];
