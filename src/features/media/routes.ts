/**
 * GET /media/:file — the public variants of stored images. Only names of the form Loa generates
 * for variants are accepted (`<24 hex>-<width>.webp|jpg`: no paths, no other types), so an
 * unknown or crafted name is a 404 without touching the disk, and originals (which keep the
 * uploader's metadata) are never served here. Served with the type of the variant, nosniff and a
 * year of immutable caching (a variant's name never changes meaning: stored names are random).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import { IMMUTABLE_CACHE_CONTROL } from '../../platform/http/headers.js';
import type { Services } from '../../services.js';
import { mediaDir } from './store.js';

const VARIANT_RE = /^[a-f0-9]{24}-\d{1,4}\.(webp|jpg)$/;
const TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

export function mediaRoutes(app: FastifyInstance, services: Services): void {
  const dir = mediaDir(services.config.dataDir);
  app.get<{ Params: { file: string } }>('/media/:file', async (request, reply) => {
    const file = request.params.file;
    const m = VARIANT_RE.exec(file);
    if (!m) throw notFound();
    const path = join(dir, file);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw notFound();
    reply
      .type(TYPES[m[1]!]!)
      .header('content-length', info.size)
      .header('cache-control', IMMUTABLE_CACHE_CONTROL)
      .header('x-content-type-options', 'nosniff');
    return reply.send(createReadStream(path));
  });
}
