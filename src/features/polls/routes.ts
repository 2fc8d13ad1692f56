/** Every poll route: for readers (API and no-JavaScript frame), the admin pages and the staff API. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { pollAdminRoutes } from './admin-routes.js';
import { pollApiRoutes } from './api-routes.js';
import { pollPublicRoutes } from './public-routes.js';

export function pollRoutes(app: FastifyInstance, services: Services): void {
  pollPublicRoutes(app, services);
  pollAdminRoutes(app, services);
  pollApiRoutes(app, services);
}
