/**
 * Site administration, registered in one call: site settings, categories, the main menu,
 * `Liên kết website`, staff and roles, and the platform's list of sites with their host names —
 * each as admin pages and JSON API endpoints over the same operations.
 */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { categoryAdminRoutes } from '../categories/admin-routes.js';
import { linkAdminRoutes } from '../links/admin-routes.js';
import { menuRoutes } from '../menus/routes.js';
import { platformRoutes } from '../platform/routes.js';
import { staffRoutes } from '../staff/routes.js';
import { settingsRoutes } from './settings-routes.js';

export function siteAdminRoutes(app: FastifyInstance, services: Services): void {
  settingsRoutes(app, services);
  categoryAdminRoutes(app, services);
  menuRoutes(app, services);
  linkAdminRoutes(app, services);
  staffRoutes(app, services);
  platformRoutes(app, services);
}
