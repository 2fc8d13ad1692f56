/**
 * GET /media/:file — stored images and their variants. Only names of the form Loa generates are
 * accepted (no paths, no other types); served with the right type, nosniff and long caching.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import { IMMUTABLE_CACHE_CONTROL } from '../../platform/http/headers.js';
import type { Services } from '../../services.js';
import { mediaDir } from './store.js';

const FILE_RE = /^[a-f0-9]{24}(-\d{2,4})?\.(webp|jpg|png|gif)$/;
const TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
};

export function mediaRoutes(app: FastifyInstance, services: Services): void {
  const dir = mediaDir(services.config.dataDir);
  app.get<{ Params: { file: string } }>('/media/:file', async (request, reply) => {
    const file = request.params.file;
    const m = FILE_RE.exec(file);
    if (!m) throw notFound();
    const path = join(dir, file);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw notFound();
    reply
      .type(TYPES[m[2]!]!)
      .header('content-length', info.size)
      .header('cache-control', IMMUTABLE_CACHE_CONTROL)
      .header('x-content-type-options', 'nosniff');
    return reply.send(createReadStream(path));
  });
}
