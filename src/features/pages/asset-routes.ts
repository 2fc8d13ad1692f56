/** GET /assets/* and /favicon.svg: fingerprinted static files from memory, cached for a year. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import { IMMUTABLE_CACHE_CONTROL } from '../../platform/http/headers.js';
import { pickEncoding } from '../../platform/http/respond.js';
import { assetsByUrl } from '../../web/assets.js';

export function assetRoutes(app: FastifyInstance): void {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const asset = assetsByUrl.get(request.url.split('?')[0]!);
    if (!asset) throw notFound();
    const encoding = pickEncoding(request.headers['accept-encoding'], asset);
    reply
      .type(asset.type)
      .header('cache-control', IMMUTABLE_CACHE_CONTROL)
      .header('etag', asset.etag)
      .header('vary', 'Accept-Encoding');
    if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : asset.body);
  };
  app.get('/assets/:file', handler);
  app.get('/favicon.svg', handler);
}
