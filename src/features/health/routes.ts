/** /healthz (the process is alive) and /readyz (the database answers). Never cached. */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';

export function healthRoutes(app: FastifyInstance, services: Services): void {
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/readyz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await services.database.ping();
      if (services.redis) await services.redis.ping();
      return { status: 'ready', database: services.database.dialect, redis: Boolean(services.redis) };
    } catch (err) {
      services.log.warn({ err }, 'readiness check failed');
      reply.code(503);
      return { status: 'unavailable' };
    }
  });
}
