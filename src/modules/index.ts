// Every module's routes, registered inside the /{kommun} scope. Add a line per module.
import type { FastifyInstance } from 'fastify';
import { catalogRoutes } from './catalog/routes.js';
import { orgRoutes } from './org/routes.js';
import { pagesRoutes } from './pages/routes.js';
import { portalRoutes } from './pages/portal-routes.js';
import { partnersRoutes } from './partners/routes.js';
import { requestsRoutes } from './requests/routes.js';
import { ambassadorRoutes } from './ambassadors/routes.js';
import { governanceRoutes } from './governance/routes.js';
import { outreachRoutes } from './outreach/routes.js';
import { planRoutes } from './plans/routes.js';
import { selfcheckRoutes } from './selfcheck/routes.js';
import { reportsRoutes } from './reports/routes.js';
import { eventsRoutes } from './events/routes.js';
import { contactsRoutes } from './contacts/routes.js';
import { carersRoutes } from './carers/routes.js';
import { referralsRoutes } from './referrals/routes.js';
import { accountsRoutes } from './accounts/routes.js';
import { mypagesRoutes } from './mypages/routes.js';
import { messagesRoutes } from './messages/routes.js';
import { motesplatsRoutes } from './motesplats/routes.js';
import { myPlanRoutes } from './mypages/plan-routes.js';

export async function registerModules(app: FastifyInstance): Promise<void> {
  await orgRoutes(app);
  await catalogRoutes(app);
  await portalRoutes(app);
  await pagesRoutes(app);
  await partnersRoutes(app);
  await requestsRoutes(app);
  await ambassadorRoutes(app);
  await governanceRoutes(app);
  await outreachRoutes(app);
  await planRoutes(app);
  await selfcheckRoutes(app);
  await reportsRoutes(app);
  await eventsRoutes(app);
  await contactsRoutes(app);
  await carersRoutes(app);
  await referralsRoutes(app);
  await accountsRoutes(app);
  await mypagesRoutes(app);
  await messagesRoutes(app);
  await motesplatsRoutes(app);
  await myPlanRoutes(app);
}
