/**
 * Article operations used by the seeder, the CLI and (later) the admin: create, publish, and the
 * related-article computation done at publish time rather than per view. Each returns the cache
 * tags it invalidates so the caller (or the cache) purges exactly those.
 */
import { tags as cacheTags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import type { ArticleStatus, Lang } from '../../platform/db/schema.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { cleanText, slugify } from '../../platform/vietnamese/index.js';
import { type BodyBlock, renderBody } from './body.js';

export interface NewArticleInput {
  categoryId: number;
  lang?: Lang;
  title: string;
  slug?: string;
  lead?: string;
  blocks: readonly BodyBlock[];
  byline?: string;
  source?: string | null;
  featuredMediaId?: number | null;
  tags?: readonly string[];
  status?: ArticleStatus;
  publishedAt?: number | null;
  authorId?: number | null;
  translationId?: number | null;
  viewCount?: number;
}

export const TITLE_MAX = 300;
export const LEAD_MAX = 2000;

async function uniqueSlug(database: Database, siteId: number, wanted: string): Promise<string> {
  const base = slugify(wanted, 120) || 'bai-viet';
  // Exact lookups on the (site_id, slug) index; collisions are rare, so this loop is short.
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await database.db
      .selectFrom('articles')
      .select('id')
      .where('site_id', '=', siteId)
      .where('slug', '=', candidate)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}

async function tagIds(database: Database, siteId: number, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const raw of names) {
    const name = cleanText(raw);
    const slug = slugify(name, 100);
    if (!slug) continue;
    const existing = await database.db
      .selectFrom('tags')
      .select('id')
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const row = await database.db
      .insertInto('tags')
      .values({ site_id: siteId, slug, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return [...new Set(ids)];
}

export interface CreatedArticle {
  id: number;
  slug: string;
  invalidates: string[];
}

export async function createArticle(
  database: Database,
  siteId: number,
  input: NewArticleInput,
): Promise<CreatedArticle> {
  const title = cleanText(input.title);
  if (!title) throw invalid('title', 'validation.required', { field: '@field.title' });
  if (title.length > TITLE_MAX)
    throw invalid('title', 'validation.tooLong', { field: '@field.title', max: TITLE_MAX });
  const lead = cleanText(input.lead ?? '');
  if (lead.length > LEAD_MAX) throw invalid('lead', 'validation.tooLong', { field: 'lead', max: LEAD_MAX });
  const lang = input.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw invalid('lang', 'validation.langInvalid');
  const category = await database.db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', '=', input.categoryId)
    .executeTakeFirst();
  if (!category) throw invalid('categoryId', 'validation.categoryUnknown');

  let slug: string;
  if (input.slug) {
    slug = slugify(input.slug, 120);
    if (!slug) throw invalid('slug', 'validation.required', { field: '@field.slug' });
    const taken = await database.db
      .selectFrom('articles')
      .select('id')
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (taken) throw conflict('slug', 'validation.slugTaken', { slug });
  } else {
    slug = await uniqueSlug(database, siteId, title);
  }

  const body = await renderBody(database, siteId, input.blocks);
  const now = Date.now();
  const status = input.status ?? 'draft';
  const publishedAt = input.publishedAt ?? (status === 'published' ? now : null);
  const row = await database.db
    .insertInto('articles')
    .values({
      site_id: siteId,
      category_id: input.categoryId,
      lang,
      slug,
      title,
      lead,
      body_html: body.html,
      word_count: body.words,
      byline: cleanText(input.byline ?? ''),
      source: input.source ? cleanText(input.source) : null,
      featured_media_id: input.featuredMediaId ?? null,
      status,
      published_at: publishedAt,
      translation_id: input.translationId ?? null,
      author_id: input.authorId ?? null,
      view_count: input.viewCount ?? 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids = await tagIds(database, siteId, input.tags ?? []);
  if (ids.length) {
    await database.db
      .insertInto('article_tags')
      .values(ids.map((tag_id) => ({ site_id: siteId, article_id: row.id, tag_id })))
      .execute();
  }
  if (status === 'published') await recomputeRelated(database, siteId, row.id);
  return { id: row.id, slug, invalidates: publishTags(siteId, input.categoryId, row.id, status) };
}

/** The tags a change of a (possibly) public article touches. */
export function publishTags(
  siteId: number,
  categoryId: number,
  articleId: number,
  status: ArticleStatus,
): string[] {
  if (status !== 'published') return [cacheTags.article(siteId, articleId)];
  return [
    cacheTags.article(siteId, articleId),
    cacheTags.category(siteId, categoryId),
    cacheTags.home(siteId),
    cacheTags.listing(siteId),
  ];
}

export const RELATED_LIMIT = 5;
/** How many of the newest articles of each shared tag are considered; keeps the work bounded. */
const CANDIDATES_PER_TAG = 300;

/**
 * Ranks the articles sharing tags (3 points a tag) and category (1 point) with the article,
 * newest first among equals, same site and language, and stores the top few. Only the newest
 * few hundred articles of each tag are candidates, so the cost does not grow with the archive.
 */
export async function recomputeRelated(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<number[]> {
  const db = database.db;
  const article = await db
    .selectFrom('articles')
    .select(['category_id', 'lang'])
    .where('site_id', '=', siteId)
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article) return [];
  const tagRows = await db
    .selectFrom('article_tags')
    .select('tag_id')
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .execute();
  const shared = new Map<number, number>();
  for (const { tag_id } of tagRows) {
    const rows = await db
      .selectFrom('article_tags')
      .select('article_id')
      .where('site_id', '=', siteId)
      .where('tag_id', '=', tag_id)
      .where('article_id', '<>', articleId)
      .orderBy('article_id', 'desc')
      .limit(CANDIDATES_PER_TAG)
      .execute();
    for (const { article_id } of rows) shared.set(article_id, (shared.get(article_id) ?? 0) + 1);
  }
  let ids: number[] = [];
  if (shared.size > 0) {
    const candidates = await db
      .selectFrom('articles')
      .select(['id', 'category_id', 'published_at'])
      .where('site_id', '=', siteId)
      .where('id', 'in', [...shared.keys()])
      .where('status', '=', 'published')
      .where('lang', '=', article.lang)
      .execute();
    ids = candidates
      .map((c) => ({
        id: c.id,
        score: shared.get(c.id)! * 3 + (c.category_id === article.category_id ? 1 : 0),
        at: c.published_at ?? 0,
      }))
      .sort((a, b) => b.score - a.score || b.at - a.at || b.id - a.id)
      .slice(0, RELATED_LIMIT)
      .map((c) => c.id);
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('article_related')
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .execute();
    if (ids.length) {
      await trx
        .insertInto('article_related')
        .values(ids.map((related_id, rank) => ({ site_id: siteId, article_id: articleId, related_id, rank })))
        .execute();
    }
  });
  return ids;
}

/**
 * Publishes every scheduled article whose time has come. The conditional UPDATE makes it happen
 * exactly once even when several nodes run the same tick. Returns the tags to invalidate.
 */
export async function publishDueArticles(database: Database, now = Date.now()): Promise<string[]> {
  const due = await database.db
    .updateTable('articles')
    .set({ status: 'published', updated_at: now })
    .where('status', '=', 'scheduled')
    .where('published_at', '<=', now)
    .returning(['site_id', 'id', 'category_id'])
    .execute();
  const out = new Set<string>();
  for (const a of due) {
    await recomputeRelated(database, a.site_id, a.id);
    for (const tag of publishTags(a.site_id, a.category_id, a.id, 'published')) out.add(tag);
  }
  return [...out];
}
