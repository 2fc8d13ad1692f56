/**
 * The articles JSON API (described in api-doc.ts), calling the same operations as the admin pages:
 *   GET  /api/v1/sites/{site}/articles                      list (filters, 20 a page, total)
 *   POST /api/v1/sites/{site}/articles                      new draft → 201 { article, revisionId }
 *   GET  /api/v1/sites/{site}/articles/{id}                 { article }
 *   PUT  /api/v1/sites/{site}/articles/{id}                 save (version required) → { article, revisionId }
 *   POST /api/v1/sites/{site}/articles/{id}/autosave        autosave (JSON or the edit form) → { ok, version, savedAt, revisionId }
 *   GET  /api/v1/sites/{site}/articles/{id}/transitions     { items: timeline, actions }
 *   POST /api/v1/sites/{site}/articles/{id}/transitions     { action, reason?, publishAt?, version? } → { transition, article }
 *   GET  /api/v1/sites/{site}/articles/{id}/revisions       { items }
 *   GET  /api/v1/sites/{site}/articles/{id}/revisions/{rev} { revision }
 *   POST /api/v1/sites/{site}/articles/{id}/revisions/{rev}/restore  { version? } → { article, revisionId }
 *   GET  /api/v1/sites/{site}/articles/{id}/compare?a=&b=   word-level comparison
 * `{site}` is the site code. Staff of another site get 404 and nothing changes (apiRoute and the
 * operations' site-scoped queries).
 */
import type { FastifyInstance } from 'fastify';
import { invalid, notFound } from '../../platform/http/errors.js';
import type { Services } from '../../services.js';
import { type ApiContext, apiRoute } from '../admin/context.js';
import { autosave, createDraft, getArticleForEdit, updateArticle } from './admin-ops.js';
import { listArticlesForAdmin } from './admin-queries.js';
import {
  articleUpdateBody,
  compareQuery,
  listQuery,
  newArticleBody,
  restoreBody,
  transitionBody,
} from './api-input.js';
import { articleFieldsFromForm } from './article-input.js';
import { compareRevisions, getRevision, listRevisions, restoreRevision } from './revisions.js';
import { timeline, transitionArticle } from './workflow.js';

const LIST = '/api/v1/sites/:site/articles';
const ITEM = `${LIST}/:id`;

function param(ctx: ApiContext, name: 'id' | 'rev'): number {
  const raw = (ctx.request.params as Record<string, string | undefined>)[name] ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** The edit form posts urlencoded fields (the autosave island); programs send JSON. */
const isForm = (ctx: ApiContext) =>
  (ctx.request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

export function articleApiRoutes(app: FastifyInstance, services: Services): void {
  apiRoute(app, services, 'GET', LIST, async (ctx) =>
    listArticlesForAdmin(ctx, ctx.site, listQuery(ctx.request.query)),
  );

  apiRoute(
    app,
    services,
    'POST',
    LIST,
    async (ctx) => {
      const saved = await createDraft(ctx, ctx.site, newArticleBody(ctx.request.body));
      ctx.reply.code(201).header('location', `/api/v1/sites/${ctx.site.code}/articles/${saved.id}`);
      return { article: await getArticleForEdit(ctx, ctx.site, saved.id), revisionId: saved.revisionId };
    },
    { permission: 'article.create' },
  );

  apiRoute(app, services, 'GET', ITEM, async (ctx) => ({
    article: await getArticleForEdit(ctx, ctx.site, param(ctx, 'id')),
  }));

  apiRoute(app, services, 'PUT', ITEM, async (ctx) => {
    const id = param(ctx, 'id');
    const saved = await updateArticle(ctx, ctx.site, id, articleUpdateBody(ctx.request.body));
    return { article: await getArticleForEdit(ctx, ctx.site, id), revisionId: saved.revisionId };
  });

  apiRoute(app, services, 'POST', `${ITEM}/autosave`, async (ctx) => {
    const id = param(ctx, 'id');
    const input = isForm(ctx) ? articleFieldsFromForm(ctx.request.body) : articleUpdateBody(ctx.request.body);
    // The form's version is required like the JSON one: without it a save could overwrite anything.
    const { version } = input;
    if (version === undefined) throw invalid('version', 'editorial.api.required', { field: 'version' });
    const saved = await autosave(ctx, ctx.site, id, { ...input, version });
    return { ok: true, version: saved.version, savedAt: saved.savedAt, revisionId: saved.revisionId };
  });

  apiRoute(app, services, 'GET', `${ITEM}/transitions`, async (ctx) => {
    const id = param(ctx, 'id');
    const [items, article] = await Promise.all([
      timeline(ctx, ctx.site, id),
      getArticleForEdit(ctx, ctx.site, id),
    ]);
    return { items, status: article.status, actions: article.actions };
  });

  apiRoute(
    app,
    services,
    'POST',
    `${ITEM}/transitions`,
    async (ctx) => {
      const id = param(ctx, 'id');
      const { invalidates: _purged, ...transition } = await transitionArticle(
        ctx,
        ctx.site,
        id,
        transitionBody(ctx.request.body),
      );
      return { transition, article: await getArticleForEdit(ctx, ctx.site, id) };
    },
    { permission: 'article.submit' },
  );

  apiRoute(app, services, 'GET', `${ITEM}/revisions`, async (ctx) => ({
    items: await listRevisions(ctx, ctx.site, param(ctx, 'id')),
  }));

  apiRoute(app, services, 'GET', `${ITEM}/revisions/:rev`, async (ctx) => ({
    revision: await getRevision(ctx, ctx.site, param(ctx, 'id'), param(ctx, 'rev')),
  }));

  apiRoute(app, services, 'POST', `${ITEM}/revisions/:rev/restore`, async (ctx) => {
    const id = param(ctx, 'id');
    const saved = await restoreRevision(ctx, ctx.site, id, param(ctx, 'rev'), restoreBody(ctx.request.body));
    return { article: await getArticleForEdit(ctx, ctx.site, id), revisionId: saved.revisionId };
  });

  apiRoute(app, services, 'GET', `${ITEM}/compare`, async (ctx) => {
    const { a, b } = compareQuery(ctx.request.query);
    return compareRevisions(ctx, ctx.site, param(ctx, 'id'), a, b);
  });
}
