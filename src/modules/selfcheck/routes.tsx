// The self-check's routes: the citizen's anonymous check, instrument administration and staff use.
import type { FastifyInstance } from 'fastify';
import { selfcheckPublicRoutes } from './routes-public.js';
import { selfcheckAdminRoutes } from './routes-admin.js';
import { selfcheckStaffRoutes } from './routes-staff.js';

export async function selfcheckRoutes(app: FastifyInstance): Promise<void> {
  await selfcheckPublicRoutes(app);
  await selfcheckAdminRoutes(app);
  await selfcheckStaffRoutes(app);
}
