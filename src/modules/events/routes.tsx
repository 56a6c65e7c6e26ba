// The events module's routes, split by who uses them: citizens (calendar, booking, private
// link), staff managing events, and staff booking for others or for themselves.
import type { FastifyInstance } from 'fastify';
import { publicEventRoutes } from './public-routes.js';
import { staffBookingRoutes } from './staff-book-routes.js';
import { staffEventRoutes } from './staff-routes.js';

export async function eventsRoutes(app: FastifyInstance): Promise<void> {
  await publicEventRoutes(app);
  await staffBookingRoutes(app);
  await staffEventRoutes(app);
}
