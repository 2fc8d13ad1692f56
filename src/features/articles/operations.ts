/**
 * Article operations shared by the seeder, the CLI, the admin (admin-ops.ts, workflow.ts) and the
 * scheduler: create, tags, slugs, the editor's related picks, what follows a change of an
 * article's text (document references), and what follows its going public or dark (related
 * articles computed at publish time rather than per view, and the cache tags touched). Each
 * returns the cache tags it invalidates so the caller (or the cache) purges exactly those.
 */
import type { Kysely } from 'kysely';
import { tags as cacheTags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import type { ArticleStatus, Lang, Schema } from '../../platform/db/schema.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { cleanText, slugify } from '../../platform/vietnamese/index.js';
import { audit } from '../access/audit.js';
import { indexArticleNow } from '../search/pg-index.js';
import { refreshSearchTags } from '../search/search-tags.js';
import { type BodyBlock, renderBody } from './body.js';
import { storeDocumentRefs } from './document-refs.js';
import { RELATED_LIMIT, recomputeNeighbours, recomputeRelated } from './related.js';

export { RELATED_LIMIT, recomputeRelated } from './related.js';

/** A body already made safe (e.g. by sanitize.ts's prepareBody) and its plain text. */
export interface ReadyBody {
  html: string;
  words: number;
  /** Plain text, one line per block: where document references are read from. */
  text: string;
}

export interface NewArticleInput {
  categoryId: number;
  lang?: Lang;
  title: string;
  slug?: string;
  lead?: string;
  /** The body as structured blocks (seeder, CLI) … */
  blocks?: readonly BodyBlock[];
  /** … or as HTML already sanitised (the admin). */
  body?: ReadyBody;
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
export const SLUG_MAX = 120;

/**
 * A slug for `wanted` that no other article of the site uses: the folded words, then `-2`, `-3`…
 * `exceptId` is the article being edited (its own slug is not a collision).
 */
export async function uniqueSlug(
  database: Database,
  siteId: number,
  wanted: string,
  exceptId?: number,
): Promise<string> {
  const base = slugify(wanted, SLUG_MAX) || 'bai-viet';
  // Exact lookups on the (site_id, slug) index; collisions are rare, so this loop is short.
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await slugOwner(database, siteId, candidate);
    if (taken === undefined || taken === exceptId) return candidate;
  }
}

/** The id of the article of the site using a slug, if any. */
export async function slugOwner(
  database: Database,
  siteId: number,
  slug: string,
): Promise<number | undefined> {
  const row = await database.db
    .selectFrom('articles')
    .select('id')
    .where('site_id', '=', siteId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}

/** True for a unique-index violation on either database (e.g. two writers taking one slug at once). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Tag names as typed: `a, b` or a list; trimmed, NFC, empty ones and repeats (by slug) dropped. */
export function tagNames(input: string | readonly string[]): string[] {
  const list = typeof input === 'string' ? input.split(',') : input;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const name = cleanText(raw).replace(/\s+/g, ' ');
    const slug = slugify(name, 100);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    out.push(name);
  }
  return out;
}

/**
 * The ids of the site's tags with these names, creating the missing ones. Works inside a
 * transaction (`db` may be one); two writers creating the same tag at once both get its id.
 */
export async function ensureTags(
  db: Kysely<Schema>,
  siteId: number,
  names: readonly string[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const name of tagNames(names)) {
    const slug = slugify(name, 100);
    await db
      .insertInto('tags')
      .values({ site_id: siteId, slug, name })
      .onConflict((oc) => oc.columns(['site_id', 'slug']).doNothing())
      .execute();
    const row = await db
      .selectFrom('tags')
      .select('id')
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return [...new Set(ids)];
}

/**
 * Replaces an article's tags (creating missing ones) and refreshes the copy the search index
 * reads. `database.db` may be a transaction.
 */
export async function replaceArticleTags(
  database: Database,
  siteId: number,
  articleId: number,
  names: readonly string[],
): Promise<void> {
  const db = database.db;
  const ids = await ensureTags(db, siteId, names);
  await db
    .deleteFrom('article_tags')
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .execute();
  if (ids.length) {
    await db
      .insertInto('article_tags')
      .values(ids.map((tag_id) => ({ site_id: siteId, article_id: articleId, tag_id })))
      .execute();
  }
  await refreshSearchTags(database, siteId, articleId);
}

/** Throws a field error unless the category is one of the site's. */
export async function requireCategory(database: Database, siteId: number, categoryId: number): Promise<void> {
  const category = await database.db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', '=', categoryId)
    .executeTakeFirst();
  if (!category) throw invalid('categoryId', 'validation.categoryUnknown');
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
  if (lead.length > LEAD_MAX)
    throw invalid('lead', 'validation.tooLong', { field: '@editorial.field.lead', max: LEAD_MAX });
  const lang = input.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw invalid('lang', 'validation.langInvalid');
  await requireCategory(database, siteId, input.categoryId);

  let slug: string;
  if (input.slug) {
    slug = slugify(input.slug, SLUG_MAX);
    if (!slug) throw invalid('slug', 'validation.required', { field: '@field.slug' });
    if ((await slugOwner(database, siteId, slug)) !== undefined)
      throw conflict('slug', 'validation.slugTaken', { slug });
  } else {
    slug = await uniqueSlug(database, siteId, title);
  }

  const body = input.body ?? (await blocksBody(database, siteId, input.blocks ?? []));
  const now = Date.now();
  const status = input.status ?? 'draft';
  const publishedAt = input.publishedAt ?? (status === 'published' ? now : null);
  const insert = database.db
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
      updated_by: input.authorId ?? null,
      view_count: input.viewCount ?? 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id');
  const row = await insert.executeTakeFirstOrThrow().catch((err: unknown) => {
    // Another writer took the slug between the check above and this insert.
    throw isUniqueViolation(err) ? conflict('slug', 'validation.slugTaken', { slug }) : err;
  });
  if (input.tags?.length) await replaceArticleTags(database, siteId, row.id, input.tags);
  const invalidates = [
    ...publishTags(siteId, input.categoryId, row.id, status),
    ...(await afterTextChange(database, siteId, row.id, articleText(title, lead, body.text), status)),
  ];
  return { id: row.id, slug, invalidates };
}

async function blocksBody(
  database: Database,
  siteId: number,
  blocks: readonly BodyBlock[],
): Promise<ReadyBody> {
  const { html, words } = await renderBody(database, siteId, blocks);
  const text = blocks.flatMap((b) => (b.type === 'photo' ? [] : [cleanText(b.text)])).join('\n');
  return { html, words, text };
}

/** Title, lead and body text, one per line: what document references are read from. */
export function articleText(title: string, lead: string, bodyText: string): string {
  return [title, lead, bodyText].join('\n');
}

/**
 * What follows a change of an article's text: its document references are stored again, and a
 * public article has its related articles ranked again (and those citing the same documents).
 * Returns the tags of the other pages whose related list changed.
 */
export async function afterTextChange(
  database: Database,
  siteId: number,
  articleId: number,
  text: string,
  status: ArticleStatus,
): Promise<string[]> {
  await indexArticleNow(database, siteId, articleId); // searchable at once on PostgreSQL
  await storeDocumentRefs(database, siteId, articleId, text);
  return status === 'published' ? relateOnPublish(database, siteId, articleId) : [];
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

/** The article row fields the going-public and going-dark effects need. */
export interface PublicChange {
  id: number;
  category_id: number;
  translation_id: number | null;
}

/**
 * Everything that follows an article going public: its related articles, its neighbours'
 * lists, and the cache tags touched (its page, category, home, listings, the translation's page
 * whose language switch now leads to it, and the neighbours whose list changed).
 */
export async function wentPublic(
  database: Database,
  siteId: number,
  article: PublicChange,
): Promise<string[]> {
  const out = new Set(publishTags(siteId, article.category_id, article.id, 'published'));
  for (const tag of await relateOnPublish(database, siteId, article.id)) out.add(tag);
  if (article.translation_id !== null) out.add(cacheTags.article(siteId, article.translation_id));
  return [...out];
}

/**
 * The cache tags touched when a public article stops being public: its page, category, home and
 * listings, its translation's page, and the pages listing it among their related articles.
 */
export async function wentDark(database: Database, siteId: number, article: PublicChange): Promise<string[]> {
  const out = new Set(publishTags(siteId, article.category_id, article.id, 'published'));
  if (article.translation_id !== null) out.add(cacheTags.article(siteId, article.translation_id));
  const listing = await database.db
    .selectFrom('article_related')
    .select('article_id')
    .where('site_id', '=', siteId)
    .where('related_id', '=', article.id)
    .execute();
  for (const r of listing) out.add(cacheTags.article(siteId, r.article_id));
  return [...out];
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
 * Publishes every scheduled article whose time has come, records each as a transition by the
 * system (user null) and in the audit log, and returns the tags to invalidate.
 *
 * Exactly once even when several nodes run the same tick: the conditional UPDATE … RETURNING
 * claims the rows, and a row another node has claimed no longer matches `status = 'scheduled'`.
 * On PostgreSQL the claim and its records are one transaction (a second node's UPDATE waits on
 * the row locks, then skips the rows). SQLite has one writer and each statement is atomic, so
 * the claim alone decides; a transaction held across awaits would only make another connection
 * of the same process wait on the file lock.
 */
export async function publishDueArticles(database: Database, now = Date.now()): Promise<string[]> {
  const claim = async (db: Kysely<Schema>) => {
    const due = await db
      .updateTable('articles')
      .set({ status: 'published', updated_at: now })
      .where('status', '=', 'scheduled')
      .where('published_at', '<=', now)
      .returning(['site_id', 'id', 'category_id', 'translation_id'])
      .execute();
    if (due.length) {
      await db
        .insertInto('article_transitions')
        .values(
          due.map((a) => ({
            site_id: a.site_id,
            article_id: a.id,
            user_id: null,
            from_status: 'scheduled' as const,
            to_status: 'published' as const,
            reason: '',
            at: now,
          })),
        )
        .execute();
      for (const a of due) {
        await audit({ ...database, db }, null, {
          action: 'article.publish',
          siteId: a.site_id,
          target: `article:${a.id}`,
          details: { from: 'scheduled', to: 'published', scheduled: true },
        });
      }
    }
    return due;
  };
  const due =
    database.dialect === 'postgres'
      ? await database.db.transaction().execute(claim)
      : await claim(database.db);
  const out = new Set<string>();
  for (const a of due) for (const tag of await wentPublic(database, a.site_id, a)) out.add(tag);
  return [...out];
}
