/**
 * The article pages of a site's admin (`/admin/sites/<code>/articles…`, English under /en/admin):
 *   GET        /articles                          the list: filters, title search, pages
 *   GET, POST  /articles/new                      a new draft (optionally submitted at once)
 *   GET, POST  /articles/:id                      edit and save (409 when someone saved meanwhile)
 *   POST       /articles/:id/autosave             the autosave island's endpoint (JSON)
 *   POST       /articles/:id/transition           a workflow action (reason, time when scheduling)
 *   GET        /articles/:id/preview              the public page, for any status
 *   GET        /articles/:id/revisions            the revisions; /compare?a=&b=; /:rev; POST /:rev/restore
 * and the site's dashboard (admin/dashboard.tsx). Handlers parse, call the article operations
 * (the same ones as the JSON API) and render (admin-pages.tsx); every POST answers 303 on success,
 * and a refusal the user can fix re-renders the form with the message next to the field and what
 * was typed.
 */
import type { FastifyInstance } from 'fastify';
import { invalid, LoaError } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import type { Lang } from '../../platform/i18n/index.js';
import { VN_OFFSET_MS } from '../../platform/vietnamese/index.js';
import type { Services } from '../../services.js';
import { type AdminContext, adminRoute, field } from '../admin/context.js';
import { siteDashboardRoutes } from '../admin/dashboard.js';
import type { FieldErrors } from '../admin/forms.js';
import { idParam } from '../sites/admin-input.js';
import { routeId, typed } from '../sites/admin-kit.js';
import type { FormValues } from './admin-edit-view.js';
import { autosave, createDraft, getArticleForEdit, updateArticle } from './admin-ops.js';
import {
  editPage,
  fieldValueText,
  listPage,
  newPage,
  queryText,
  refusal,
  revisionPage,
} from './admin-pages.js';
import { sendPreview } from './admin-preview.js';
import { CompareView, RevisionListView } from './admin-revisions-view.js';
import { articlePath, articleUrls, type Done, sayer, sendArticlePage } from './admin-views.js';
import { articleFieldsFromForm } from './article-input.js';
import { compareRevisions, listRevisions, restoreRevision } from './revisions.js';
import { isWorkflowAction, transitionArticle, type WorkflowAction } from './workflow.js';

/** Fields the article form shows an error next to; anything else goes on top of the form. */
const FORM_FIELDS = new Set([
  'title',
  'slug',
  'lead',
  'bodyHtml',
  'categoryId',
  'tags',
  'featuredMediaId',
  'byline',
  'source',
  'lang',
  'translationId',
  'relatedIds',
]);

/** A refusal as messages: next to its field when the form has it, else on top. */
function errorsFor(ctx: AdminContext, err: LoaError, shown: Set<string>): FieldErrors {
  const message = err.localized(ctx.lang);
  if (err.field && shown.has(err.field)) {
    return { [err.field]: message, form: sayer(ctx.lang)('admin.form.errorsAbove') };
  }
  return { form: message };
}

/** The article fields of the form; the body textarea is `body_html` (the editor's contract). */
function formInput(body: unknown) {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const { bodyHtml: _ignored, ...rest } = form;
  return articleFieldsFromForm(form.body_html === undefined ? rest : { ...rest, bodyHtml: form.body_html });
}

function requireVersion(version: number | undefined): number {
  if (version === undefined) throw invalid('version', 'editorial.api.required', { field: 'version' });
  return version;
}

/** `2025-07-01T08:00` typed in a datetime-local field, read as Vietnam time (UTC+7). */
export function parseVietnamLocal(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return undefined;
  const ms = Date.UTC(y!, mo! - 1, d!, h, mi, s) - VN_OFFSET_MS;
  // 31/02 rolls over into March: refuse it rather than schedule a day nobody typed.
  return new Date(ms + VN_OFFSET_MS).getUTCDate() === d ? ms : undefined;
}

const redirectTo = (ctx: AdminContext, id: number, done: Done, anchor = '') =>
  ctx.reply.redirect(`${articleUrls.edit(ctx.lang, ctx.site.code, id)}?done=${done}${anchor}`, 303);

export function articleAdminRoutes(app: FastifyInstance, services: Services): void {
  siteDashboardRoutes(app, services);
  const item = (lang: Lang, rest = '') => articlePath(lang, `/:id${rest}`);

  adminRoute(
    app,
    services,
    'GET',
    (lang) => articlePath(lang),
    (ctx) => listPage(ctx),
  );

  const create = { permission: 'article.create' } as const;
  adminRoute(
    app,
    services,
    'GET',
    (lang) => articlePath(lang, '/new'),
    (ctx) => newPage(ctx),
    create,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => articlePath(lang, '/new'),
    async (ctx) => {
      const body = ctx.request.body;
      let id: number;
      try {
        const input = formInput(body);
        const saved = await createDraft(ctx, ctx.site, {
          ...input,
          title: input.title ?? '',
          categoryId: input.categoryId ?? 0,
        });
        id = saved.id;
      } catch (err) {
        const refused = refusal(err);
        if (!refused) throw err;
        return newPage(ctx, typed(body), errorsFor(ctx, refused, FORM_FIELDS), refused.status);
      }
      if (field(body, 'next') === 'submit') return transition(ctx, id, 'submit');
      return redirectTo(ctx, id, 'created');
    },
    create,
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => item(lang),
    (ctx) => editPage(ctx, routeId(ctx)),
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang),
    async (ctx) => {
      const id = routeId(ctx);
      const body = ctx.request.body;
      try {
        const input = formInput(body);
        await updateArticle(ctx, ctx.site, id, { ...input, version: requireVersion(input.version) });
      } catch (err) {
        const refused = refusal(err);
        if (!refused) throw err;
        const values = typed(body);
        if (refused.status === 409 && refused.field === 'version') {
          return editPage(ctx, id, { values, conflict: refused.localized(ctx.lang), status: 409 });
        }
        return editPage(ctx, id, {
          values,
          errors: errorsFor(ctx, refused, FORM_FIELDS),
          status: refused.status,
        });
      }
      if (field(body, 'next') === 'submit') return transition(ctx, id, 'submit');
      return redirectTo(ctx, id, 'saved');
    },
  );

  // The autosave island posts the form (urlencoded, x-csrf-token) and reads JSON back.
  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang, '/autosave'),
    async (ctx) => {
      const id = routeId(ctx);
      ctx.reply.header('cache-control', NO_STORE);
      try {
        const input = formInput(ctx.request.body);
        const saved = await autosave(ctx, ctx.site, id, { ...input, version: requireVersion(input.version) });
        return ctx.reply.send({ ok: true, version: saved.version, savedAt: saved.savedAt });
      } catch (err) {
        if (!(err instanceof LoaError) || err.status >= 500) throw err;
        return ctx.reply.code(err.status).send({
          error: {
            code: err.code,
            message: err.localized(ctx.lang),
            ...(err.field ? { field: err.field } : {}),
          },
        });
      }
    },
  );

  /** Runs a workflow action; a refusal the user can fix shows on the edit page, in that action's form. */
  async function transition(ctx: AdminContext, id: number, action: WorkflowAction, values: FormValues = {}) {
    try {
      const publishAt = values.publishAt ? parseVietnamLocal(values.publishAt) : undefined;
      if (values.publishAt && publishAt === undefined)
        throw invalid('publishAt', 'editorial.page.publishAtInvalid');
      await transitionArticle(ctx, ctx.site, id, { action, reason: values.reason, publishAt });
    } catch (err) {
      const refused = refusal(err);
      if (!refused) throw err;
      return editPage(ctx, id, {
        workflow: { action, values, errors: errorsFor(ctx, refused, new Set(['reason', 'publishAt'])) },
        status: refused.status,
      });
    }
    return redirectTo(ctx, id, action);
  }

  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang, '/transition'),
    async (ctx) => {
      const id = routeId(ctx);
      const body = ctx.request.body;
      const action = field(body, 'action', 40);
      if (!isWorkflowAction(action))
        throw invalid('action', 'editorial.workflow.unknownAction', {
          actions: 'submit, return, approve, publish, schedule, unpublish, redraft',
        });
      return transition(ctx, id, action, {
        reason: field(body, 'reason', 5000),
        publishAt: field(body, 'publishAt', 40),
      });
    },
    { permission: 'article.submit' },
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => item(lang, '/preview'),
    (ctx) => sendPreview(ctx, routeId(ctx)),
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => item(lang, '/revisions'),
    async (ctx) => {
      const id = routeId(ctx);
      const [article, items] = await Promise.all([
        getArticleForEdit(ctx, ctx.site, id),
        listRevisions(ctx, ctx.site, id),
      ]);
      return sendArticlePage(ctx, {
        title: sayer(ctx.lang)('editorial.page.revisionsTitle', { title: article.title }),
        children: <RevisionListView ctx={ctx} article={article} items={items} />,
      });
    },
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => item(lang, '/revisions/compare'),
    async (ctx) => {
      const id = routeId(ctx);
      const query = (ctx.request.query ?? {}) as Record<string, unknown>;
      const a = idParam(queryText(query, 'a'));
      const b = idParam(queryText(query, 'b'));
      if (a === undefined || b === undefined)
        return ctx.reply.redirect(articleUrls.revisions(ctx.lang, ctx.site.code, id), 303);
      const [article, comparison] = await Promise.all([
        getArticleForEdit(ctx, ctx.site, id),
        compareRevisions(ctx, ctx.site, id, a, b),
      ]);
      const valueText = await fieldValueText(ctx, comparison.fields);
      return sendArticlePage(ctx, {
        title: sayer(ctx.lang)('editorial.page.compareTitle', {
          a: comparison.a.version,
          b: comparison.b.version,
        }),
        children: <CompareView ctx={ctx} article={article} comparison={comparison} valueText={valueText} />,
      });
    },
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => item(lang, '/revisions/:rev'),
    (ctx) => revisionPage(ctx, routeId(ctx), routeId(ctx, 'rev')),
  );

  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang, '/revisions/:rev/restore'),
    async (ctx) => {
      const id = routeId(ctx);
      const rev = routeId(ctx, 'rev');
      try {
        const version = idParam(field(ctx.request.body, 'version', 20));
        await restoreRevision(ctx, ctx.site, id, rev, version === undefined ? {} : { version });
      } catch (err) {
        const refused = refusal(err);
        if (!refused) throw err;
        return revisionPage(ctx, id, rev, refused.localized(ctx.lang), refused.status);
      }
      return redirectTo(ctx, id, 'restored');
    },
  );
}
