/**
 * What the article pages of the admin share (their URLs, the page shell, the notice after a
 * redirect, times in Vietnam time, the status badge) and the article list: filters (status,
 * category, author, language, a date range, title words), the table and the pager.
 */
import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { ArticleStatus } from '../../platform/db/schema.js';
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import { formatDateTime, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { urls } from '../../web/urls.js';
import { can } from '../access/actor.js';
import { type AdminSection, renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, sendAdminHtml, siteName } from '../admin/context.js';
import { type FieldErrors, FormError, SelectField, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import type { ArticleList, ArticleListItem } from './admin-queries.js';
import { STATUSES } from './admin-queries.js';
import { statusKey } from './workflow.js';

/** The article pages of a site's admin. */
export const articleUrls = {
  list: (lang: Lang, code: string) => adminUrls.articles(lang, code),
  create: (lang: Lang, code: string) => `${adminUrls.articles(lang, code)}/new`,
  edit: (lang: Lang, code: string, id: number) => `${adminUrls.articles(lang, code)}/${id}`,
  autosave: (lang: Lang, code: string, id: number) => `${articleUrls.edit(lang, code, id)}/autosave`,
  transition: (lang: Lang, code: string, id: number) => `${articleUrls.edit(lang, code, id)}/transition`,
  preview: (lang: Lang, code: string, id: number) => `${articleUrls.edit(lang, code, id)}/preview`,
  revisions: (lang: Lang, code: string, id: number) => `${articleUrls.edit(lang, code, id)}/revisions`,
  revision: (lang: Lang, code: string, id: number, rev: number) =>
    `${articleUrls.revisions(lang, code, id)}/${rev}`,
  restore: (lang: Lang, code: string, id: number, rev: number) =>
    `${articleUrls.revision(lang, code, id, rev)}/restore`,
  compare: (lang: Lang, code: string, id: number, a?: number, b?: number) =>
    `${articleUrls.revisions(lang, code, id)}/compare${a && b ? `?a=${a}&b=${b}` : ''}`,
};

/** The route pattern under a site's articles: `articlePath('vi', '/:id')` → `/admin/sites/:site/articles/:id`. */
export const articlePath = (lang: Lang, rest = '') => `${adminUrls.base(lang)}/sites/:site/articles${rest}`;

export type Say = (key: MessageKey, params?: Record<string, string | number>) => string;
export const sayer =
  (lang: Lang): Say =>
  (key, params) =>
    t(lang, key, params);

/** Sends an article page of the admin (shell, section navigation, islands), never cached. */
export function sendArticlePage(
  ctx: AdminContext,
  page: {
    title: string;
    section?: AdminSection;
    status?: number;
    scripts?: string[];
    children: ComponentChildren;
  },
): FastifyReply {
  const html = renderAdminPage({
    lang: ctx.lang,
    title: page.title,
    otherLang: otherLangPath(ctx.lang, ctx.request.url),
    session: ctx.session,
    actor: ctx.actor,
    site: ctx.site,
    section: page.section ?? 'articles',
    scripts: page.scripts,
    children: <div class="siteadmin articles-admin">{page.children}</div>,
  });
  return sendAdminHtml(ctx.reply, html, page.status);
}

/** `Bài viết – Tỉnh Hòa Lâm` */
export const pageTitle = (ctx: AdminContext, text: string) => `${text} – ${siteName(ctx.site, ctx.lang)}`;

/** Outcomes shown after a redirect (`?done=saved`). */
export const DONE = {
  created: 'editorial.page.done.created',
  saved: 'editorial.page.done.saved',
  restored: 'editorial.page.done.restored',
  submit: 'editorial.page.done.submit',
  return: 'editorial.page.done.return',
  approve: 'editorial.page.done.approve',
  publish: 'editorial.page.done.publish',
  schedule: 'editorial.page.done.schedule',
  unpublish: 'editorial.page.done.unpublish',
  redraft: 'editorial.page.done.redraft',
} as const satisfies Record<string, MessageKey>;
export type Done = keyof typeof DONE;

export function DoneNotice({ ctx }: { ctx: AdminContext }) {
  const done = (ctx.request.query as { done?: unknown } | undefined)?.done;
  const key = typeof done === 'string' && done in DONE ? DONE[done as Done] : undefined;
  return key ? (
    <p class="notice" role="status">
      {t(ctx.lang, key)}
    </p>
  ) : null;
}

/** A time in Vietnam time, `16/01/2021 08:05`, machine-readable too. */
export function When({ ms }: { ms: number }) {
  const d = new Date(ms);
  return <time datetime={isoDateTimeVn(d)}>{formatDateTime(d)}</time>;
}

export function StatusBadge({ lang, status }: { lang: Lang; status: ArticleStatus }) {
  return <span class={`status-badge status-${status}`}>{t(lang, statusKey(status))}</span>;
}

export const categoryName = (c: { nameVi: string; nameEn: string } | null, lang: Lang) =>
  c ? (lang === 'en' ? c.nameEn || c.nameVi : c.nameVi) : '';

/** The list's filters as typed (strings, for the form and the pager's links). */
export type ListParams = Partial<
  Record<'q' | 'status' | 'category' | 'author' | 'language' | 'from' | 'to' | 'dateField' | 'page', string>
>;

export interface ListViewData {
  params: ListParams;
  errors: FieldErrors;
  list: ArticleList | undefined;
  categories: { id: number; label: string }[];
  authors: { id: number; name: string }[];
  /** The site's public origin, for links to published articles. */
  origin: string;
}

function query(params: ListParams, page?: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== 'page') q.set(k, v);
  if (page && page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

function Filters({ ctx, data }: { ctx: AdminContext; data: ListViewData }) {
  const say = sayer(ctx.lang);
  const { params, errors } = data;
  const ownOnly = data.list?.ownOnly ?? !can(ctx.actor, ctx.site.id, 'article.readAll');
  return (
    <form method="get" action={articleUrls.list(ctx.lang, ctx.site.code)} class="article-filters">
      <TextField
        name="q"
        type="search"
        label={say('editorial.page.q')}
        hint={say('editorial.page.qHint')}
        value={params.q}
        errors={errors}
        maxLength={200}
      />
      <SelectField
        name="status"
        label={say('editorial.page.status')}
        value={params.status}
        errors={errors}
        options={[
          { value: '', label: say('editorial.page.anyStatus') },
          ...STATUSES.map((s) => ({ value: s, label: say(statusKey(s)) })),
        ]}
      />
      <SelectField
        name="category"
        label={say('editorial.page.category')}
        value={params.category}
        errors={errors}
        options={[
          { value: '', label: say('editorial.page.anyCategory') },
          ...data.categories.map((c) => ({ value: c.id, label: c.label })),
        ]}
      />
      {!ownOnly && (
        <SelectField
          name="author"
          label={say('editorial.page.author')}
          value={params.author}
          errors={errors}
          options={[
            { value: '', label: say('editorial.page.anyAuthor') },
            ...data.authors.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      )}
      <SelectField
        name="language"
        label={say('editorial.page.lang')}
        value={params.language}
        errors={errors}
        options={[
          { value: '', label: say('editorial.page.anyLang') },
          { value: 'vi', label: say('editorial.page.langVi') },
          { value: 'en', label: say('editorial.page.langEn') },
        ]}
      />
      <TextField
        name="from"
        type="date"
        label={say('editorial.page.from')}
        value={params.from}
        errors={errors}
      />
      <TextField name="to" type="date" label={say('editorial.page.to')} value={params.to} errors={errors} />
      <SelectField
        name="dateField"
        label={say('editorial.page.dateField')}
        value={params.dateField}
        errors={errors}
        options={[
          { value: 'updated', label: say('editorial.page.dateUpdated') },
          { value: 'published', label: say('editorial.page.datePublished') },
        ]}
      />
      <div class="filter-buttons">
        <button type="submit">{say('admin.form.filter')}</button>
        <a href={articleUrls.list(ctx.lang, ctx.site.code)}>{say('editorial.page.clear')}</a>
      </div>
    </form>
  );
}

function Row({ ctx, a, origin }: { ctx: AdminContext; a: ArticleListItem; origin: string }) {
  const { lang } = ctx;
  const say = sayer(lang);
  const code = ctx.site.code;
  const live = a.status === 'published' && a.publishedAt !== null && a.publishedAt <= Date.now();
  return (
    <tr id={`article-${a.id}`}>
      <td class="num">{a.id}</td>
      <th scope="row">
        <a href={articleUrls.edit(lang, code, a.id)}>{a.title}</a>
        {a.lang !== 'vi' && (
          <span class="lang-tag" lang="en">
            {' '}
            EN
          </span>
        )}
      </th>
      <td>
        <StatusBadge lang={lang} status={a.status} />
      </td>
      <td>{a.author?.name ?? ''}</td>
      <td>{categoryName(a.category, lang)}</td>
      <td>
        <When ms={a.updatedAt} />
      </td>
      <td class="actions">
        <a href={articleUrls.preview(lang, code, a.id)}>
          {say('editorial.page.preview')}
          <span class="visually-hidden">: {a.title}</span>
        </a>
        {live && (
          <a href={`${origin}${urls.article(a.lang, a.slug)}`}>
            {say('editorial.page.public')}
            <span class="visually-hidden">: {a.title}</span>
          </a>
        )}
      </td>
    </tr>
  );
}

function Pager({ ctx, list, params }: { ctx: AdminContext; list: ArticleList; params: ListParams }) {
  if (list.pages <= 1) return null;
  const say = sayer(ctx.lang);
  const base = articleUrls.list(ctx.lang, ctx.site.code);
  return (
    <nav class="pager" aria-label={say('editorial.page.pager')}>
      {list.page > 1 && (
        <a href={`${base}${query(params, list.page - 1)}`} rel="prev">
          {say('admin.pager.prev')}
        </a>
      )}
      <span>{say('editorial.page.pageOf', { page: list.page, pages: list.pages })}</span>
      {list.page < list.pages && (
        <a href={`${base}${query(params, list.page + 1)}`} rel="next">
          {say('admin.pager.next')}
        </a>
      )}
    </nav>
  );
}

export function ArticleListView({ ctx, data }: { ctx: AdminContext; data: ListViewData }) {
  const say = sayer(ctx.lang);
  const { list } = data;
  return (
    <>
      {can(ctx.actor, ctx.site.id, 'article.create') && (
        <p>
          <a class="button-primary" href={articleUrls.create(ctx.lang, ctx.site.code)}>
            {say('editorial.page.new')}
          </a>
        </p>
      )}
      <FormError message={data.errors.form} />
      <Filters ctx={ctx} data={data} />
      {list && (
        <>
          <p class="list-summary" role="status">
            {say('editorial.page.total', { count: list.total })}
            {list.ownOnly && ` ${say('editorial.page.ownOnly')}`}
          </p>
          {list.items.length === 0 ? (
            <p>{say('editorial.page.empty')}</p>
          ) : (
            <div class="table-scroll">
              <table class="admin-table article-table">
                <caption class="visually-hidden">{say('admin.nav.articles')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{say('editorial.page.id')}</th>
                    <th scope="col">{say('editorial.page.title')}</th>
                    <th scope="col">{say('editorial.page.status')}</th>
                    <th scope="col">{say('editorial.page.author')}</th>
                    <th scope="col">{say('editorial.page.category')}</th>
                    <th scope="col">{say('editorial.page.updated')}</th>
                    <th scope="col">{say('editorial.page.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((a) => (
                    <Row key={a.id} ctx={ctx} a={a} origin={data.origin} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager ctx={ctx} list={list} params={data.params} />
        </>
      )}
    </>
  );
}
