/**
 * The page-cache fast path: a GET or HEAD for a page already in the cache is answered straight from
 * Node's request handler, before Fastify routes it. Everything else falls through to Fastify.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normaliseHost } from '../../features/sites/site-registry.js';
import type { Services } from '../../services.js';
import { PageCache } from '../cache/page-cache.js';
import { writeEntry } from './respond.js';

export function cacheFastPath(services: Services): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { cache, sites, views } = services;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const siteId = sites.peek(normaliseHost(req.headers.host));
    if (siteId === undefined) return false;
    const entry = cache.get(PageCache.key(siteId, req.url ?? '/'));
    if (!entry) return false;
    views.recordVisit(siteId, entry, req);
    writeEntry(req, res, entry, 'HIT');
    return true;
  };
}
