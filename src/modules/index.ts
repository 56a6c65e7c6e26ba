// Every module's routes, registered inside the /{kommun} scope. Add a line per module.
import type { FastifyInstance } from 'fastify';
import { catalogRoutes } from './catalog/routes.js';
import { orgRoutes } from './org/routes.js';

export async function registerModules(app: FastifyInstance): Promise<void> {
  await orgRoutes(app);
  await catalogRoutes(app);
}
