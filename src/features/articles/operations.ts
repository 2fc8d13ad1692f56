/**
 * Article operations used by the seeder, the CLI and (later) the admin: create, publish, the
 * editor's related picks, and the related-article computation (related.ts) done at publish time
 * rather than per view. Each returns the cache tags it invalidates so the caller (or the cache)
 * purges exactly those.
 */
import { tags as cacheTags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import type { ArticleStatus, Lang } from '../../platform/db/schema.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { cleanText, slugify } from '../../platform/vietnamese/index.js';
import { refreshSearchTags } from '../search/search-tags.js';
import { type BodyBlock, renderBody } from './body.js';
import { storeDocumentRefs } from './document-refs.js';
import { RELATED_LIMIT, recomputeNeighbours, recomputeRelated } from './related.js';

export { RELATED_LIMIT, recomputeRelated } from './related.js';

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
    await refreshSearchTags(database, siteId, row.id);
  }
  await storeDocumentRefs(database, siteId, row.id, plainText(title, lead, input.blocks));
  const invalidates = publishTags(siteId, input.categoryId, row.id, status);
  if (status === 'published') invalidates.push(...(await relateOnPublish(database, siteId, row.id)));
  return { id: row.id, slug, invalidates };
}

/** Title, lead and the text blocks of a body, one per line: what document references are read from. */
function plainText(title: string, lead: string, blocks: readonly BodyBlock[]): string {
  const lines = [title, lead];
  for (const b of blocks) if (b.type !== 'photo') lines.push(cleanText(b.text));
  return lines.join('\n');
}

/**
 * Ranks the related articles of a newly public article, and ranks again those citing the same
 * documents so it can appear in their lists. Returns the tags of the pages whose list changed.
 */
async function relateOnPublish(database: Database, siteId: number, articleId: number): Promise<string[]> {
  await recomputeRelated(database, siteId, articleId);
  const changed = await recomputeNeighbours(database, siteId, articleId);
  return changed.map((id) => cacheTags.article(siteId, id));
}

/**
 * Sets an editor's own related articles (ids, in order; empty clears them). They come first in
 * `Tin liên quan` while they are public articles of the same site; the computed ones fill the rest.
 */
export async function setRelatedManual(
  database: Database,
  siteId: number,
  articleId: number,
  ids: readonly number[],
): Promise<{ related: number[]; invalidates: string[] }> {
  const picks = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0 && id !== articleId);
  const updated = await database.db
    .updateTable('articles')
    .set({ related_manual: picks.length ? JSON.stringify(picks.slice(0, RELATED_LIMIT)) : null })
    .where('site_id', '=', siteId)
    .where('id', '=', articleId)
    .returning(['status'])
    .executeTakeFirst();
  if (!updated) throw notFound();
  const related = updated.status === 'published' ? await recomputeRelated(database, siteId, articleId) : [];
  return { related, invalidates: [cacheTags.article(siteId, articleId)] };
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
    for (const tag of publishTags(a.site_id, a.category_id, a.id, 'published')) out.add(tag);
    for (const tag of await relateOnPublish(database, a.site_id, a.id)) out.add(tag);
  }
  return [...out];
}
