/**
 * The media library's JSON API (described in api-doc.ts), calling the same operations as the admin:
 *   GET    /api/v1/sites/{site}/media          ?page, q, usable=1 → { items, total, page, pageSize }
 *   POST   /api/v1/sites/{site}/media          multipart file, alt, caption, credit → 201 { item }
 *   GET    /api/v1/sites/{site}/media/{id}     → { item, usage }
 *   PATCH  /api/v1/sites/{site}/media/{id}     JSON { alt?, caption?, credit? } → { item }
 *   DELETE /api/v1/sites/{site}/media/{id}     → 204, or 409 with the places the image is used
 * The article editor calls the list and the upload with a session cookie and `x-csrf-token`.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../../platform/http/errors.js';
import type { Lang } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { urls } from '../../web/urls.js';
import { type ApiContext, apiRoute } from '../admin/context.js';
import { mediaUrls } from './admin-views.js';
import {
  deleteMedia,
  getMedia,
  listMedia,
  MediaInUseError,
  mediaItem,
  mediaUsage,
  updateMedia,
  uploadMedia,
} from './operations.js';
import { uploadOf } from './upload-plugin.js';
import type { MediaUsage } from './usage.js';

const LIST = '/api/v1/sites/:site/media';
const ITEM = '/api/v1/sites/:site/media/:id';

function idOf(ctx: ApiContext): number {
  const raw = (ctx.request.params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** The places an image is used, with links for people and ids for programs. */
async function usageJson(ctx: ApiContext, usage: MediaUsage) {
  const origin = (await ctx.services.sites.context(ctx.site.id)).origin;
  const lang: Lang = ctx.lang;
  return {
    count: usage.count,
    emblem: usage.emblem,
    articles: usage.articles.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      featured: a.featured,
      inBody: a.inBody,
      adminUrl: mediaUrls.article(lang, ctx.site.code, a.id),
      ...(a.status === 'published' ? { url: `${origin}${urls.article(a.lang, a.slug)}` } : {}),
    })),
  };
}

function textsOf(body: unknown): { alt?: string; caption?: string; credit?: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest();
  const b = body as Record<string, unknown>;
  const out: { alt?: string; caption?: string; credit?: string } = {};
  for (const key of ['alt', 'caption', 'credit'] as const) {
    const value = b[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 10_000) throw badRequest();
    out[key] = value;
  }
  return out;
}

export function mediaApiRoutes(app: FastifyInstance, services: Services): void {
  const upload = { permission: 'media.upload' } as const;

  apiRoute(
    app,
    services,
    'GET',
    LIST,
    async (ctx) => {
      const q = (ctx.request.query ?? {}) as Record<string, string | undefined>;
      const page = Number.parseInt(q.page ?? '1', 10);
      const result = await listMedia(ctx, ctx.site, {
        page: page > 0 ? page : 1,
        q: typeof q.q === 'string' ? q.q : '',
        filter: q.usable === '1' || q.usable === 'true' ? 'usable' : 'all',
      });
      return {
        items: result.items.map(mediaItem),
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
      };
    },
    upload,
  );

  apiRoute(
    app,
    services,
    'GET',
    ITEM,
    async (ctx) => {
      const row = await getMedia(ctx, ctx.site, idOf(ctx));
      const usage = await mediaUsage(ctx.services.database, ctx.site.id, row.id);
      return { item: mediaItem(row), usage: await usageJson(ctx, usage) };
    },
    upload,
  );

  apiRoute(
    app,
    services,
    'PATCH',
    ITEM,
    async (ctx) => {
      const row = await updateMedia(ctx, ctx.site, idOf(ctx), textsOf(ctx.request.body));
      return { item: mediaItem(row) };
    },
    upload,
  );

  apiRoute(
    app,
    services,
    'DELETE',
    ITEM,
    async (ctx) => {
      try {
        await deleteMedia(ctx, ctx.site, idOf(ctx));
      } catch (err) {
        if (!(err instanceof MediaInUseError)) throw err;
        return ctx.reply.code(409).send({
          error: { code: err.code, message: err.localized(ctx.lang) },
          usage: await usageJson(ctx, err.usage),
        });
      }
      return ctx.reply.code(204).send();
    },
    { permission: 'media.delete' },
  );
}

/** The upload endpoint; registered inside the upload context (multipart parsing). */
export function mediaApiUploadRoute(app: FastifyInstance, services: Services): void {
  apiRoute(
    app,
    services,
    'POST',
    LIST,
    async (ctx) => {
      const sent = uploadOf(ctx.request);
      if (sent.error) throw sent.error;
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
      const row = await uploadMedia(ctx, ctx.site, {
        bytes: sent.file?.bytes ?? Buffer.alloc(0),
        filename: sent.file?.filename,
        truncated: sent.file?.truncated,
        alt: text('alt'),
        caption: text('caption'),
        credit: text('credit'),
      });
      return ctx.reply.code(201).send({ item: mediaItem(row) });
    },
    { permission: 'media.upload' },
  );
}
