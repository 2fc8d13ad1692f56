/**
 * Every route of account security: the login's code step, two-factor enrolment, password-reset links, API tokens, the
 * audit log viewers, platform user management, login locks, and their JSON API.
 */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { securityApiRoutes } from './api-routes.js';
import { auditRoutes } from './audit-routes.js';
import { lockRoutes } from './lock-routes.js';
import { loginTotpRoutes } from './login-totp-routes.js';
import { resetRoutes } from './reset-routes.js';
import { tokenRoutes } from './token-routes.js';
import { twoFactorRoutes } from './two-factor-routes.js';
import { userRoutes } from './user-routes.js';

export function securityRoutes(app: FastifyInstance, services: Services): void {
  loginTotpRoutes(app, services);
  twoFactorRoutes(app, services);
  resetRoutes(app, services);
  tokenRoutes(app, services);
  auditRoutes(app, services);
  userRoutes(app, services);
  lockRoutes(app, services);
  securityApiRoutes(app, services);
}
