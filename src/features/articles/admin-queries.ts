/**
 * The admin's list of a site's articles: filters by status, category, author, language, a date
 * range (of the last update, or of publication) and title text (diacritic-insensitive: `dai hoi`
 * finds `Đại hội`), 20 a page, newest change first, with the total count. Contributors see only
 * their own articles: the filter is part of the query.
 */
import { sql } from 'kysely';
import type { ArticleStatus, Lang } from '../../platform/db/schema.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText, fold } from '../../platform/vietnamese/index.js';
import { authorize, can } from '../access/actor.js';
import type { AdminSite, OpContext } from '../admin/context.js';

export const PAGE_SIZE = 20;
export const QUERY_MAX = 200;
export const STATUSES: readonly ArticleStatus[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'scheduled',
  'published',
  'unpublished',
];

export interface ArticleListFilters {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  lang?: Lang;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  /** Which date `from`/`to` apply to: the last update (default) or publication. */
  dateField?: 'updated' | 'published';
  /** Words of the title, any diacritics. */
  q?: string;
  /** 1-based. */
  page?: number;
}

export interface ArticleListItem {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  lang: Lang;
  version: number;
  category: { id: number; nameVi: string; nameEn: string } | null;
  author: { id: number; name: string } | null;
  updatedBy: { id: number; name: string } | null;
  updatedAt: number;
  publishedAt: number | null;
  createdAt: number;
}

export interface ArticleList {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** True when only the actor's own articles are listed (contributors). */
  ownOnly: boolean;
}

/** LIKE pattern for a folded text: the wildcards in it are taken literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Lists a site's articles for the admin. Bad filters are field errors (422). */
export async function listArticlesForAdmin(
  ctx: OpContext,
  site: AdminSite,
  filters: ArticleListFilters = {},
): Promise<ArticleList> {
  const { actor } = ctx;
  authorize(actor, site.id, 'site.enter');
  if (filters.status !== undefined && !STATUSES.includes(filters.status))
    throw invalid('status', 'editorial.api.enum', { field: 'status', values: STATUSES.join(', ') });
  if (filters.lang !== undefined && filters.lang !== 'vi' && filters.lang !== 'en')
    throw invalid('lang', 'validation.langInvalid');
  if (filters.from !== undefined && filters.to !== undefined && filters.from >= filters.to)
    throw invalid('from', 'editorial.list.dateRange');
  const q = cleanText(filters.q ?? '');
  if (q.length > QUERY_MAX)
    throw invalid('q', 'validation.tooLong', { field: '@editorial.field.query', max: QUERY_MAX });
  const page = Math.max(1, Math.min(Number.isSafeInteger(filters.page) ? filters.page! : 1, 100_000));
  const ownOnly = !can(actor, site.id, 'article.readAll');
  const dateColumn = filters.dateField === 'published' ? 'a.published_at' : 'a.updated_at';
  const words = fold(q).split(/\s+/).filter(Boolean);

  let base = ctx.services.database.db.selectFrom('articles as a').where('a.site_id', '=', site.id);
  if (ownOnly) base = base.where('a.author_id', '=', actor.userId);
  if (filters.status) base = base.where('a.status', '=', filters.status);
  if (filters.categoryId !== undefined) base = base.where('a.category_id', '=', filters.categoryId);
  if (filters.authorId !== undefined) base = base.where('a.author_id', '=', filters.authorId);
  if (filters.lang) base = base.where('a.lang', '=', filters.lang);
  if (filters.from !== undefined) base = base.where(dateColumn, '>=', filters.from);
  if (filters.to !== undefined) base = base.where(dateColumn, '<', filters.to);
  // loa_fold is the same folding on both databases (an SQLite function, a PostgreSQL unaccent wrapper).
  for (const word of words)
    base = base.where(sql<boolean>`loa_fold(a.title) like ${likePattern(word)} escape '\\'`);

  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('categories as c', (j) =>
        j.onRef('c.site_id', '=', 'a.site_id').onRef('c.id', '=', 'a.category_id'),
      )
      .leftJoin('users as au', 'au.id', 'a.author_id')
      .leftJoin('users as ub', 'ub.id', 'a.updated_by')
      .select([
        'a.id',
        'a.title',
        'a.slug',
        'a.status',
        'a.lang',
        'a.version',
        'a.category_id',
        'c.name_vi',
        'c.name_en',
        'a.author_id',
        'au.display_name as author_name',
        'a.updated_by',
        'ub.display_name as updated_by_name',
        'a.updated_at',
        'a.published_at',
        'a.created_at',
      ])
      .orderBy('a.updated_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
      .execute(),
  ]);
  const total = Number(count.n);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      slug: r.slug,
      status: r.status,
      lang: r.lang,
      version: r.version,
      category: r.name_vi === null ? null : { id: r.category_id, nameVi: r.name_vi, nameEn: r.name_en ?? '' },
      author: r.author_id === null ? null : { id: r.author_id, name: r.author_name ?? '' },
      updatedBy: r.updated_by === null ? null : { id: r.updated_by, name: r.updated_by_name ?? '' },
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      createdAt: r.created_at,
    })),
    total,
    page,
    pageSize: PAGE_SIZE,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    ownOnly,
  };
}
