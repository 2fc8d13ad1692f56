/**
 * Moderation over the JSON API (the same operations as the admin pages):
 *   GET  /api/v1/sites/:site/comments?status=&article=&q=&page=
 *   POST /api/v1/sites/:site/comments/:id/moderation   { "action": "approve" | "reject" | "spam" }
 *   POST /api/v1/sites/:site/comments/bulk             { "ids": [1, 2], "action": "approve" }
 *   POST /api/v1/sites/:site/comments/:id/replies      { "text": "…" }
 * The public endpoints (sending a comment, a new code) live in public-routes.tsx and captcha/.
 */
import type { FastifyInstance } from 'fastify';
import { invalid, notFound } from '../../platform/http/errors.js';
import { isoDateTimeVn } from '../../platform/vietnamese/index.js';
import type { Services } from '../../services.js';
import { type ApiContext, apiRoute, field } from '../admin/context.js';
import { filterOf } from './admin-routes.js';
import { RAW_MAX } from './input.js';
import { listComments, moderateComments, parseIds, replyToComment } from './moderation.js';
import { isCommentStatus, type QueueItem } from './queries.js';

const BASE = '/api/v1/sites/:site/comments';

const iso = (ms: number | null) => (ms === null ? null : isoDateTimeVn(new Date(ms)));

export function commentJson(c: QueueItem) {
  return {
    id: c.id,
    articleId: c.articleId,
    articleTitle: c.articleTitle,
    parentId: c.parentId,
    name: c.name,
    email: c.email,
    text: c.text,
    status: c.status,
    isSiteReply: c.isSiteReply,
    createdAt: iso(c.createdAt),
    moderatedAt: iso(c.moderatedAt),
  };
}

function idParam(ctx: ApiContext): number {
  const raw = (ctx.request.params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

export function commentApiRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'comment.moderate' } as const;

  apiRoute(
    app,
    services,
    'GET',
    BASE,
    async (ctx) => {
      const query = ctx.request.query as Record<string, unknown>;
      if (query.status !== undefined && !isCommentStatus(query.status)) {
        throw invalid('status', 'comments.admin.statusInvalid');
      }
      const filter = filterOf(query);
      const { items, hasNext } = await listComments(ctx, ctx.site, filter);
      return { page: filter.page, hasNext, items: items.map(commentJson) };
    },
    options,
  );

  apiRoute(
    app,
    services,
    'POST',
    `${BASE}/:id/moderation`,
    async (ctx) => {
      const result = await moderateComments(
        ctx,
        ctx.site,
        [idParam(ctx)],
        field(ctx.request.body, 'action', 20),
      );
      return { changed: result.changed };
    },
    options,
  );

  apiRoute(
    app,
    services,
    'POST',
    `${BASE}/bulk`,
    async (ctx) => {
      const body = ctx.request.body as Record<string, unknown> | undefined;
      const result = await moderateComments(ctx, ctx.site, parseIds(body?.ids), field(body, 'action', 20));
      return { changed: result.changed, found: result.found };
    },
    options,
  );

  apiRoute(
    app,
    services,
    'POST',
    `${BASE}/:id/replies`,
    async (ctx) => {
      const reply = await replyToComment(
        ctx,
        ctx.site,
        idParam(ctx),
        field(ctx.request.body, 'text', RAW_MAX.text),
      );
      return ctx.reply.code(201).send({ id: reply.id });
    },
    options,
  );
}
