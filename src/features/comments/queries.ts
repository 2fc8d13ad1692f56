/**
 * Reading comments: the approved ones under an article (oldest first, the site's replies under the
 * comment they answer) and the moderation queue (by status, article and words). Every query is
 * scoped by site.
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { CommentStatus } from '../../platform/db/schema.js';

export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];
export const isCommentStatus = (v: unknown): v is CommentStatus =>
  typeof v === 'string' && (COMMENT_STATUSES as readonly string[]).includes(v);

/** Most approved comments shown under one article (the oldest; a page past that is not useful). */
const SHOWN_MAX = 500;
export const QUEUE_PAGE_SIZE = 50;

export interface PublicReply {
  id: number;
  text: string;
  createdAt: number;
}

export interface PublicComment {
  id: number;
  name: string;
  text: string;
  createdAt: number;
  replies: PublicReply[];
}

export interface ArticleComments {
  articleId: number;
  /** Approved readers' comments (the site's replies are not counted). */
  count: number;
  items: PublicComment[];
}

interface Row {
  id: number;
  article_id: number;
  parent_id: number | null;
  author_name: string;
  body: string;
  is_site_reply: number;
  created_at: number;
}

/** Groups approved rows into comments with their replies; a reply to a hidden comment is not shown. */
function thread(articleId: number, rows: readonly Row[]): ArticleComments {
  const items: PublicComment[] = [];
  const byId = new Map<number, PublicComment>();
  for (const r of rows) {
    if (r.parent_id === null) {
      const c = { id: r.id, name: r.author_name, text: r.body, createdAt: r.created_at, replies: [] };
      items.push(c);
      byId.set(r.id, c);
    }
  }
  for (const r of rows) {
    if (r.parent_id !== null) {
      byId.get(r.parent_id)?.replies.push({ id: r.id, text: r.body, createdAt: r.created_at });
    }
  }
  return { articleId, count: items.length, items: items.slice(0, SHOWN_MAX) };
}

const PUBLIC_COLUMNS = [
  'comments.id',
  'comments.article_id',
  'comments.parent_id',
  'comments.author_name',
  'comments.body',
  'comments.is_site_reply',
  'comments.created_at',
] as const;

export async function approvedComments(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<ArticleComments> {
  const rows = await database.db
    .selectFrom('comments')
    .select(PUBLIC_COLUMNS)
    .where('comments.site_id', '=', siteId)
    .where('comments.article_id', '=', articleId)
    .where('comments.status', '=', 'approved')
    .orderBy('comments.id')
    .limit(SHOWN_MAX * 4)
    .execute();
  return thread(articleId, rows);
}

/** A published article of the site that readers can comment on. */
export async function commentableArticle(database: Database, siteId: number, articleId: number, now: number) {
  return database.db
    .selectFrom('articles')
    .select(['id', 'site_id', 'slug', 'title', 'lang'])
    .where('site_id', '=', siteId)
    .where('id', '=', articleId)
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .executeTakeFirst();
}

export interface QueueFilter {
  status: CommentStatus;
  articleId?: number;
  q?: string;
  page: number;
}

export interface QueueItem {
  id: number;
  articleId: number;
  articleTitle: string;
  articleSlug: string;
  articleLang: 'vi' | 'en';
  parentId: number | null;
  name: string;
  email: string;
  text: string;
  status: CommentStatus;
  isSiteReply: boolean;
  createdAt: number;
  moderatedAt: number | null;
}

/** `%`, `_` and `\` typed by the user match themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of the moderation queue, newest first, and whether there is a next page. */
export async function moderationQueue(
  database: Database,
  siteId: number,
  filter: QueueFilter,
): Promise<{ items: QueueItem[]; hasNext: boolean }> {
  let query = database.db
    .selectFrom('comments')
    .innerJoin('articles', (j) =>
      j.onRef('articles.site_id', '=', 'comments.site_id').onRef('articles.id', '=', 'comments.article_id'),
    )
    .select([
      'comments.id',
      'comments.article_id',
      'comments.parent_id',
      'comments.author_name',
      'comments.author_email',
      'comments.body',
      'comments.status',
      'comments.is_site_reply',
      'comments.created_at',
      'comments.moderated_at',
      'articles.title as article_title',
      'articles.slug as article_slug',
      'articles.lang as article_lang',
    ])
    .where('comments.site_id', '=', siteId)
    .where('comments.status', '=', filter.status);
  if (filter.articleId !== undefined) query = query.where('comments.article_id', '=', filter.articleId);
  if (filter.q) {
    const pattern = likePattern(filter.q.toLowerCase());
    query = query.where((eb) =>
      eb.or(
        ['comments.author_name', 'comments.author_email', 'comments.body'].map(
          (column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  const rows = await query
    .orderBy('comments.id', 'desc')
    .limit(QUEUE_PAGE_SIZE + 1)
    .offset((filter.page - 1) * QUEUE_PAGE_SIZE)
    .execute();
  return {
    hasNext: rows.length > QUEUE_PAGE_SIZE,
    items: rows.slice(0, QUEUE_PAGE_SIZE).map((r) => ({
      id: r.id,
      articleId: r.article_id,
      articleTitle: r.article_title,
      articleSlug: r.article_slug,
      articleLang: r.article_lang,
      parentId: r.parent_id,
      name: r.author_name,
      email: r.author_email,
      text: r.body,
      status: r.status,
      isSiteReply: r.is_site_reply === 1,
      createdAt: r.created_at,
      moderatedAt: r.moderated_at,
    })),
  };
}

/** One comment of the site, for the reply page. */
export async function commentOfSite(database: Database, siteId: number, id: number) {
  return database.db
    .selectFrom('comments')
    .select(['id', 'article_id', 'parent_id', 'author_name', 'body', 'status', 'is_site_reply', 'created_at'])
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
}
