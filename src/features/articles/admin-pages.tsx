/**
 * The article pages of the admin as the routes render them (admin-routes.tsx): the list with its
 * filters, the new and edit pages with the choices their selects offer (categories, usable images,
 * translations), a revision, and the names the comparison shows for changed ids.
 */
import { LoaError } from '../../platform/http/errors.js';
import type { Lang } from '../../platform/i18n/index.js';
import { clientScript } from '../../web/assets.js';
import { can } from '../access/actor.js';
import type { AdminContext } from '../admin/context.js';
import type { FieldErrors } from '../admin/forms.js';
import { listCategories } from '../categories/operations.js';
import { listMedia, thumbnailUrl } from '../media/operations.js';
import { parseDate } from '../search/params.js';
import { idParam } from '../sites/admin-input.js';
import {
  ArticleEditView,
  type EditViewData,
  type FormValues,
  type Option,
  valuesOf,
} from './admin-edit-view.js';
import { getArticleForEdit } from './admin-ops.js';
import { type ArticleListFilters, listArticlesForAdmin, STATUSES } from './admin-queries.js';
import { type FieldValueText, RevisionView } from './admin-revisions-view.js';
import {
  ArticleListView,
  categoryName,
  DoneNotice,
  type ListParams,
  type ListViewData,
  pageTitle,
  sayer,
  sendArticlePage,
} from './admin-views.js';
import { getRevision } from './revisions.js';
import { timeline } from './workflow.js';

const DAY_MS = 86_400_000;
/** Most choices offered in the featured-image and translation lists (the newest). */
const CHOICES = 100;

/** A refusal the user can act on (400, 409, 422), or undefined (the admin's error page shows it). */
export function refusal(err: unknown): LoaError | undefined {
  return err instanceof LoaError && [400, 409, 422].includes(err.status) ? err : undefined;
}

async function categoryOptions(ctx: AdminContext): Promise<Option[]> {
  const all = await listCategories(ctx, ctx.site);
  return all.map((c) => ({
    id: c.id,
    label: `${'— '.repeat(c.depth)}${categoryName(c, ctx.lang)}`,
  }));
}

/** The newest usable images of the library, and the article's own featured image. */
async function mediaOptions(ctx: AdminContext, current?: EditViewData['article']) {
  const page = await listMedia(ctx, ctx.site, { filter: 'usable', pageSize: CHOICES });
  const items: EditViewData['media'] = page.items.map((m) => ({
    id: m.id,
    label: `${m.alt} (${m.id})`,
    thumb: thumbnailUrl(m),
  }));
  const featured = current?.featuredMedia;
  if (featured && !items.some((m) => m.id === featured.id)) {
    items.unshift({
      id: featured.id,
      label: `${featured.alt} (${featured.id})`,
      thumb: featured.thumbUrl ?? undefined,
    });
  }
  return items;
}

/** Articles in the other language the actor may link as the translation (the newest). */
async function translationOptions(ctx: AdminContext, lang: Lang, article?: EditViewData['article']) {
  let query = ctx.services.database.db
    .selectFrom('articles')
    .select(['id', 'title'])
    .where('site_id', '=', ctx.site.id)
    .where('lang', '=', lang === 'vi' ? 'en' : 'vi');
  if (article) query = query.where('id', '<>', article.id);
  if (!can(ctx.actor, ctx.site.id, 'article.readAll'))
    query = query.where('author_id', '=', ctx.actor.userId);
  const rows = await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(CHOICES).execute();
  const options: Option[] = rows.map((r) => ({ id: r.id, label: `${r.id} – ${r.title}` }));
  const partner = article?.translation;
  if (partner && !options.some((o) => o.id === partner.id)) {
    options.unshift({ id: partner.id, label: `${partner.id} – ${partner.title}` });
  }
  return options;
}

export interface EditState {
  values?: FormValues;
  errors?: FieldErrors;
  conflict?: string;
  workflow?: EditViewData['workflow'];
  status?: number;
}

export async function editPage(ctx: AdminContext, id: number, state: EditState = {}) {
  const article = await getArticleForEdit(ctx, ctx.site, id);
  const values = state.values ?? valuesOf(article);
  const [categories, media, translations, steps] = await Promise.all([
    categoryOptions(ctx),
    mediaOptions(ctx, article),
    translationOptions(ctx, (values.lang === 'en' ? 'en' : 'vi') as Lang, article),
    timeline(ctx, ctx.site, id),
  ]);
  const say = sayer(ctx.lang);
  return sendArticlePage(ctx, {
    title: say('editorial.page.editTitle', { title: article.title }),
    status: state.status,
    scripts: article.canEdit ? [clientScript('editor'), clientScript('article-form')] : [],
    children: (
      <>
        <DoneNotice ctx={ctx} />
        <ArticleEditView
          ctx={ctx}
          data={{
            article,
            values,
            errors: state.errors ?? {},
            conflict: state.conflict,
            categories,
            media,
            translations,
            timeline: steps,
            workflow: state.workflow,
          }}
        />
      </>
    ),
  });
}

export async function newPage(
  ctx: AdminContext,
  values: FormValues = {},
  errors: FieldErrors = {},
  status?: number,
) {
  const [categories, media, translations] = await Promise.all([
    categoryOptions(ctx),
    mediaOptions(ctx),
    translationOptions(ctx, (values.lang === 'en' ? 'en' : 'vi') as Lang),
  ]);
  const shown = { lang: ctx.site.defaultLang, ...values };
  return sendArticlePage(ctx, {
    title: pageTitle(ctx, sayer(ctx.lang)('editorial.page.new')),
    status,
    scripts: [clientScript('editor')],
    children: (
      <ArticleEditView
        ctx={ctx}
        data={{ values: shown, errors, categories, media, translations, timeline: [] }}
      />
    ),
  });
}

export function queryText(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value !== '' ? value.slice(0, 300) : undefined;
}

/** The list's query string: what the form shows again, and the filters (bad dates are field errors). */
function listFilters(ctx: AdminContext): {
  params: ListParams;
  filters: ArticleListFilters;
  errors: FieldErrors;
} {
  const query = (ctx.request.query ?? {}) as Record<string, unknown>;
  const params: ListParams = {};
  for (const name of [
    'q',
    'status',
    'category',
    'author',
    'language',
    'from',
    'to',
    'dateField',
    'page',
  ] as const) {
    const value = queryText(query, name);
    if (value !== undefined) params[name] = value;
  }
  const filters: ArticleListFilters = {};
  const errors: FieldErrors = {};
  const say = sayer(ctx.lang);
  if (params.q) filters.q = params.q;
  if (params.status && (STATUSES as readonly string[]).includes(params.status))
    filters.status = params.status as ArticleListFilters['status'];
  const category = idParam(params.category);
  if (category !== undefined) filters.categoryId = category;
  const author = idParam(params.author);
  if (author !== undefined) filters.authorId = author;
  if (params.language === 'vi' || params.language === 'en') filters.lang = params.language;
  if (params.dateField === 'published') filters.dateField = 'published';
  for (const name of ['from', 'to'] as const) {
    const text = params[name];
    if (!text) continue;
    const day = parseDate(text);
    if (day === null) {
      errors[name] = say('editorial.page.dateInvalid');
      continue;
    }
    filters[name] = name === 'to' ? day + DAY_MS : day;
  }
  const page = idParam(params.page);
  if (page !== undefined) filters.page = page;
  return { params, filters, errors };
}

/** The site's staff, for the author filter. */
async function staffOf(ctx: AdminContext) {
  const rows = await ctx.services.database.db
    .selectFrom('site_roles')
    .innerJoin('users', 'users.id', 'site_roles.user_id')
    .select(['users.id', 'users.display_name'])
    .where('site_roles.site_id', '=', ctx.site.id)
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}

export async function listPage(ctx: AdminContext) {
  const { params, filters, errors } = listFilters(ctx);
  const [categories, authors, siteContext] = await Promise.all([
    categoryOptions(ctx),
    can(ctx.actor, ctx.site.id, 'article.readAll') ? staffOf(ctx) : [],
    ctx.services.sites.context(ctx.site.id),
  ]);
  let list: ListViewData['list'];
  let status = 200;
  if (Object.keys(errors).length === 0) {
    try {
      list = await listArticlesForAdmin(ctx, ctx.site, filters);
    } catch (err) {
      const refused = refusal(err);
      if (!refused) throw err;
      const mapped = { q: 'q', status: 'status', from: 'from', lang: 'language' } as Record<string, string>;
      errors[mapped[refused.field ?? ''] ?? 'form'] = refused.localized(ctx.lang);
      status = refused.status;
    }
  } else {
    status = 422;
  }
  return sendArticlePage(ctx, {
    title: pageTitle(ctx, sayer(ctx.lang)('admin.nav.articles')),
    status,
    children: (
      <ArticleListView
        ctx={ctx}
        data={{ params, errors, list, categories, authors, origin: siteContext.origin }}
      />
    ),
  });
}

/** How the compare page names the values of changed fields (titles and names rather than ids). */
export async function fieldValueText(
  ctx: AdminContext,
  changes: { field: string; a: unknown; b: unknown }[],
) {
  const say = sayer(ctx.lang);
  const articleIds = new Set<number>();
  const mediaIds = new Set<number>();
  for (const c of changes) {
    for (const v of [c.a, c.b]) {
      if (c.field === 'translationId' && typeof v === 'number') articleIds.add(v);
      if (c.field === 'relatedIds' && Array.isArray(v)) for (const id of v) articleIds.add(Number(id));
      if (c.field === 'featuredMediaId' && typeof v === 'number') mediaIds.add(v);
    }
  }
  const db = ctx.services.database.db;
  const [categories, articles, media] = await Promise.all([
    changes.some((c) => c.field === 'categoryId') ? listCategories(ctx, ctx.site) : [],
    articleIds.size
      ? db
          .selectFrom('articles')
          .select(['id', 'title'])
          .where('site_id', '=', ctx.site.id)
          .where('id', 'in', [...articleIds])
          .execute()
      : [],
    mediaIds.size
      ? db
          .selectFrom('media')
          .select(['id', 'alt'])
          .where('site_id', '=', ctx.site.id)
          .where('id', 'in', [...mediaIds])
          .execute()
      : [],
  ]);
  const articleTitle = (id: number) => {
    const found = articles.find((a) => a.id === id);
    return found ? `${id} – ${found.title}` : String(id);
  };
  const text: FieldValueText = (change, value) => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return say('editorial.page.none');
    switch (change.field) {
      case 'categoryId': {
        const c = categories.find((x) => x.id === value);
        return c ? categoryName(c, ctx.lang) : String(value);
      }
      case 'featuredMediaId': {
        const m = media.find((x) => x.id === value);
        return m ? `${m.alt} (${m.id})` : String(value);
      }
      case 'lang':
        return say(value === 'en' ? 'editorial.page.langEn' : 'editorial.page.langVi');
      case 'translationId':
        return articleTitle(Number(value));
      case 'relatedIds':
        return (value as number[]).map((id) => articleTitle(Number(id))).join('; ');
      default:
        return Array.isArray(value) ? value.join(', ') : String(value);
    }
  };
  return text;
}

export async function revisionPage(
  ctx: AdminContext,
  id: number,
  rev: number,
  error?: string,
  status?: number,
) {
  const [article, revision] = await Promise.all([
    getArticleForEdit(ctx, ctx.site, id),
    getRevision(ctx, ctx.site, id, rev),
  ]);
  const say = sayer(ctx.lang);
  return sendArticlePage(ctx, {
    title: say('editorial.page.revisionTitle', { version: revision.version, title: article.title }),
    status,
    children: <RevisionView ctx={ctx} article={article} revision={revision} error={error} />,
  });
}
