/**
 * Everything comments register: the verification code endpoints, the readers' form and JSON endpoint, moderation in the admin and the API.
 */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { captchaRoutes } from '../captcha/routes.js';
import { commentAdminRoutes } from './admin-routes.js';
import { commentApiRoutes } from './api-routes.js';
import { commentPublicRoutes } from './public-routes.js';

export function commentsRoutes(app: FastifyInstance, services: Services): void {
  captchaRoutes(app, services);
  commentPublicRoutes(app, services);
  commentAdminRoutes(app, services);
  commentApiRoutes(app, services);
}
