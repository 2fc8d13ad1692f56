/**
 * Builds the HTTP application: Fastify behind the page-cache fast path, one access-log line per
 * request, error handling, and every feature's routes. Tests call this with `inject`; main.ts
 * calls it and listens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { adminRoutes } from './features/admin/routes.js';
import { apiDocRoutes } from './features/api/routes.js';
import { articleAdminRoutes } from './features/articles/admin-routes.js';
import { articleApiRoutes } from './features/articles/api-routes.js';
import { articleRoutes } from './features/articles/routes.js';
import { categoryRoutes } from './features/categories/routes.js';
import { commentsRoutes } from './features/comments/routes.js';
import { feedRoutes } from './features/feeds/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { homeRoutes } from './features/home/routes.js';
import { mediaLibraryRoutes } from './features/media/admin-routes.js';
import { mediaRoutes } from './features/media/routes.js';
import { assetRoutes } from './features/pages/asset-routes.js';
import { sitemapRoutes } from './features/pages/sitemap-routes.js';
import { pollRoutes } from './features/polls/routes.js';
import { ratingRoutes } from './features/ratings/routes.js';
import { searchRoutes } from './features/search/routes.js';
import { securityRoutes } from './features/security/routes.js';
import { siteAdminRoutes } from './features/sites/routes.js';
import { statsRoutes } from './features/stats/routes.js';
import { installErrorHandling } from './platform/http/error-handler.js';
import { cacheFastPath } from './platform/http/fast-path.js';
import { SECURITY_HEADERS } from './platform/http/headers.js';
import type { Services } from './services.js';

function accessLog(services: Services, req: IncomingMessage, res: ServerResponse): void {
  const start = performance.now();
  res.once('finish', () => {
    services.log.info(
      {
        method: req.method,
        url: req.url,
        status: res.statusCode,
        ms: Math.round((performance.now() - start) * 100) / 100,
        cache: res.getHeader('x-loa-cache'),
      },
      'request',
    );
  });
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const fastPath = cacheFastPath(services);
  const logRequests = services.log.isLevelEnabled('info');
  const app = Fastify({
    // Fastify's own per-request lines are off (level warn); accessLog writes the one line a request.
    loggerInstance: services.log.child(
      {},
      { level: services.log.isLevelEnabled('warn') ? 'warn' : services.log.level },
    ) as FastifyBaseLogger,
    trustProxy: services.config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 300 },
    serverFactory: (handler) =>
      createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
        if (logRequests) accessLog(services, req, res);
        if (services.config.pageCache && fastPath(req, res)) return;
        handler(req, res);
      }),
  });
  await app.register(formbody);
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
  });
  installErrorHandling(app, services);
  healthRoutes(app, services);
  assetRoutes(app);
  mediaRoutes(app, services);
  homeRoutes(app, services);
  categoryRoutes(app, services);
  articleRoutes(app, services);
  searchRoutes(app, services);
  sitemapRoutes(app, services);
  feedRoutes(app, services);
  adminRoutes(app, services);
  apiDocRoutes(app);
  // Feature routes of the admin, the API and reader interaction (one line each).
  articleAdminRoutes(app, services);
  articleApiRoutes(app, services);
  ratingRoutes(app, services);
  pollRoutes(app, services);
  commentsRoutes(app, services);
  statsRoutes(app, services);
  mediaLibraryRoutes(app, services);
  siteAdminRoutes(app, services);
  securityRoutes(app, services);
  return app;
}
