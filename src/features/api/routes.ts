/** GET /api/v1/openapi.json: the API's description, public (it describes, it does not reveal data). */
import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from './openapi.js';
import { OPENAPI_PARTS } from './parts.js';

export function apiDocRoutes(app: FastifyInstance): void {
  let doc: string | undefined;
  app.get('/api/v1/openapi.json', async (_request, reply) => {
    doc ??= JSON.stringify(buildOpenApi(OPENAPI_PARTS));
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(doc);
  });
}
