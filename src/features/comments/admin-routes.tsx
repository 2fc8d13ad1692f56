/**
 * Moderation in the admin (approvers and up, `comment.moderate`):
 *   GET  /admin/sites/:site/comments?status=&article=&q=&page=   the queue
 *   POST the same                        one row's button (`single=approve:<id>`) or the checked
 *                                        rows with the chosen `action`; 303 back to the queue
 *   GET  /admin/sites/:site/comments/:id/reply, POST the same     reply as the site
 */
import type { FastifyInstance } from 'fastify';
import { invalid, LoaError, notFound } from '../../platform/http/errors.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml } from '../admin/context.js';
import { errorsOf, type FieldErrors } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { QueueView, queueUrl, ReplyView, replyUrl } from './admin-views.js';
import { RAW_MAX } from './input.js';
import { listComments, moderateComments, parseIds, replyToComment } from './moderation.js';
import { commentOfSite, isCommentStatus, type QueueFilter } from './queries.js';

const queuePath = (lang: Lang) => `${adminUrls.base(lang)}/sites/:site/comments`;
const replyPath = (lang: Lang) => `${queuePath(lang)}/:id/reply`;
const PAGE_MAX = 1000;

/** The queue's filter from a query string or the moderation form (unknown values fall back). */
export function filterOf(source: unknown): QueueFilter {
  const s = (source ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const article = text(s.article);
  const page = Number(text(s.page));
  return {
    status: isCommentStatus(s.status) ? s.status : 'pending',
    articleId: /^\d{1,12}$/.test(article) ? Number(article) : undefined,
    q: text(s.q).trim().slice(0, 200) || undefined,
    page: Number.isInteger(page) && page >= 1 && page <= PAGE_MAX ? page : 1,
  };
}

async function queuePage(
  ctx: AdminContext,
  filter: QueueFilter,
  state: { notice?: string; errors?: FieldErrors; checked?: number[] } = {},
  status = 200,
) {
  const { lang, site } = ctx;
  const { items, hasNext } = await listComments(ctx, site, filter);
  let articleTitle: string | undefined;
  if (filter.articleId !== undefined) {
    const row = await ctx.services.database.db
      .selectFrom('articles')
      .select('title')
      .where('site_id', '=', site.id)
      .where('id', '=', filter.articleId)
      .executeTakeFirst();
    articleTitle = row?.title;
  }
  const title = t(lang, 'comments.admin.title');
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title,
      otherLang: otherLangPath(lang, queueUrl(lang, site, filter)),
      session: ctx.session,
      actor: ctx.actor,
      site,
      section: 'comments',
      children: (
        <QueueView
          lang={lang}
          site={site}
          csrf={ctx.session.csrf}
          filter={filter}
          items={items}
          hasNext={hasNext}
          articleTitle={articleTitle}
          notice={state.notice}
          errors={state.errors}
          checked={state.checked}
        />
      ),
    }),
    status,
  );
}

async function replyPage(ctx: AdminContext, text?: string, errors?: FieldErrors, status = 200) {
  const { lang, site } = ctx;
  const id = Number((ctx.request.params as { id: string }).id);
  const comment = Number.isSafeInteger(id)
    ? await commentOfSite(ctx.services.database, site.id, id)
    : undefined;
  if (!comment) throw notFound();
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title: t(lang, 'comments.admin.replyTo', { name: comment.author_name }),
      otherLang: otherLangPath(lang, replyUrl(lang, site, comment.id)),
      session: ctx.session,
      actor: ctx.actor,
      site,
      section: 'comments',
      children: (
        <ReplyView
          lang={lang}
          site={site}
          csrf={ctx.session.csrf}
          comment={comment}
          text={text}
          errors={errors}
        />
      ),
    }),
    status,
  );
}

/** `approve:12` from a row's button. */
function singleAction(value: string): { action: string; ids: number[] } {
  const match = /^([a-z]{1,20}):(\d{1,12})$/.exec(value);
  if (!match) throw invalid('action', 'comments.admin.actionInvalid');
  return { action: match[1]!, ids: [Number(match[2])] };
}

export function commentAdminRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'comment.moderate' } as const;

  adminRoute(
    app,
    services,
    'GET',
    queuePath,
    async (ctx) => {
      const query = ctx.request.query as Record<string, unknown>;
      const filter = filterOf(query);
      const done = Number(query.done);
      const notice =
        query.replied === '1'
          ? t(ctx.lang, 'comments.admin.replied')
          : Number.isInteger(done) && done >= 0 && query.done !== undefined
            ? t(ctx.lang, 'comments.admin.done', { count: done })
            : undefined;
      return queuePage(ctx, filter, { notice });
    },
    options,
  );

  adminRoute(
    app,
    services,
    'POST',
    queuePath,
    async (ctx) => {
      const body = ctx.request.body as Record<string, unknown> | undefined;
      const filter = filterOf(body);
      // The rows checked, shown checked again if the form comes back with an error.
      let checked: number[] = [];
      try {
        const single = field(body, 'single', 40);
        let chosen: { action: string; ids: number[] };
        if (single) {
          chosen = singleAction(single);
        } else {
          checked = parseIds(body?.ids);
          chosen = { action: field(body, 'action', 20), ids: checked };
        }
        const { changed } = await moderateComments(ctx, ctx.site, chosen.ids, chosen.action);
        return ctx.reply.redirect(queueUrl(ctx.lang, ctx.site, filter, { done: String(changed) }), 303);
      } catch (err) {
        const errors = errorsOf(err, ctx.lang);
        if (!errors || (err as LoaError).status !== 422) throw err;
        return queuePage(ctx, filter, { errors, checked }, 422);
      }
    },
    options,
  );

  adminRoute(app, services, 'GET', replyPath, (ctx) => replyPage(ctx), options);

  adminRoute(
    app,
    services,
    'POST',
    replyPath,
    async (ctx) => {
      const id = Number((ctx.request.params as { id: string }).id);
      if (!Number.isSafeInteger(id)) throw notFound();
      const text = field(ctx.request.body, 'text', RAW_MAX.text);
      try {
        await replyToComment(ctx, ctx.site, id, text);
      } catch (err) {
        const errors = errorsOf(err, ctx.lang);
        if (!errors || !(err instanceof LoaError) || err.status !== 422) throw err;
        return replyPage(ctx, text, errors, 422);
      }
      const parent = await commentOfSite(ctx.services.database, ctx.site.id, id);
      return ctx.reply.redirect(
        queueUrl(ctx.lang, ctx.site, { status: parent?.status ?? 'pending' }, { replied: '1' }),
        303,
      );
    },
    options,
  );
}
