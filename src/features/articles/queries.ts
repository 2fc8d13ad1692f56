/**
 * Read queries for public pages. Every query is scoped by site and only ever returns published
 * articles whose publish time has come: a draft or a scheduled article cannot leak through a list.
 * Lists use keyset pagination on (published_at, id), never OFFSET.
 */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { prepared } from '../../platform/db/prepared.js';
import type { Lang, Schema } from '../../platform/db/schema.js';

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  lead: string;
  category_id: number;
  published_at: number;
  thumb_variants: string | null;
  thumb_alt: string | null;
}

export interface Cursor {
  publishedAt: number;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return `${c.publishedAt}.${c.id}`;
}

/** Parses `?before=`; returns null for anything malformed (the route answers 400). */
export function decodeCursor(value: string): Cursor | null {
  const m = /^(\d{1,15})\.(\d{1,10})$/.exec(value);
  if (!m) return null;
  return { publishedAt: Number(m[1]), id: Number(m[2]) };
}

type ArticlesQuery = SelectQueryBuilder<Schema, 'articles', object>;

/** Site, language and "public now" — the filter every public list starts from. */
function published(siteId: number, lang: Lang, now: number) {
  return (eb: ExpressionBuilder<Schema, 'articles'>) =>
    eb.and([
      eb('articles.site_id', '=', siteId),
      eb('articles.lang', '=', lang),
      eb('articles.status', '=', 'published'),
      eb('articles.published_at', '<=', now),
    ]);
}

/** The columns of an article in a list (with its thumbnail), for every list query. */
export function summaries(q: ArticlesQuery) {
  return q
    .leftJoin('media', (j) =>
      j.onRef('media.site_id', '=', 'articles.site_id').onRef('media.id', '=', 'articles.featured_media_id'),
    )
    .select([
      'articles.id',
      'articles.slug',
      'articles.title',
      'articles.lead',
      'articles.category_id',
      'articles.published_at',
      'media.variants as thumb_variants',
      'media.alt as thumb_alt',
    ]);
}

export class ArticleQueries {
  constructor(private readonly database: Database) {}

  private readonly latestQuery = prepared(
    () => this.database.db,
    (db, p) =>
      summaries(db.selectFrom('articles'))
        .where(published(p('siteId'), p('lang'), p('now')))
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(p('limit')),
  );

  async latest(siteId: number, lang: Lang, limit: number, now = Date.now()): Promise<ArticleSummary[]> {
    return (await this.latestQuery({ siteId, lang, limit, now })) as ArticleSummary[];
  }

  /** Newest first, strictly older than the cursor; excludes one article (0 excludes none). */
  private readonly inCategoryQuery = prepared(
    () => this.database.db,
    (db, p) =>
      summaries(db.selectFrom('articles'))
        .where(published(p('siteId'), p('lang'), p('now')))
        .where('articles.category_id', '=', p('categoryId'))
        .where('articles.id', '<>', p('excludeId'))
        .where((eb) =>
          eb.or([
            eb('articles.published_at', '<', p('beforeAt')),
            eb.and([eb('articles.published_at', '=', p('beforeAt')), eb('articles.id', '<', p('beforeId'))]),
          ]),
        )
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(p('limit')),
  );

  /** One page of a category, newest first, plus the cursor of the next (older) page if any. */
  async categoryPage(
    siteId: number,
    categoryId: number,
    lang: Lang,
    before: Cursor | null,
    limit: number,
    now = Date.now(),
  ): Promise<{ items: ArticleSummary[]; next: Cursor | null }> {
    const rows = (await this.inCategoryQuery({
      siteId,
      lang,
      now,
      categoryId,
      excludeId: 0,
      beforeAt: before ? before.publishedAt : Number.MAX_SAFE_INTEGER,
      beforeId: before ? before.id : 0,
      limit: limit + 1,
    })) as ArticleSummary[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      next: rows.length > limit && last ? { publishedAt: last.published_at, id: last.id } : null,
    };
  }

  async inCategory(
    siteId: number,
    categoryId: number,
    lang: Lang,
    limit: number,
    excludeId = 0,
    now = Date.now(),
  ): Promise<ArticleSummary[]> {
    return (await this.inCategoryQuery({
      siteId,
      lang,
      now,
      categoryId,
      excludeId,
      beforeAt: Number.MAX_SAFE_INTEGER,
      beforeId: 0,
      limit,
    })) as ArticleSummary[];
  }

  async mostRead(siteId: number, lang: Lang, limit: number, now = Date.now()): Promise<ArticleSummary[]> {
    return (await summaries(this.database.db.selectFrom('articles'))
      .where(published(siteId, lang, now))
      .orderBy('articles.view_count', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute()) as ArticleSummary[];
  }

  private readonly bySlugQuery = prepared(
    () => this.database.db,
    (db, p) =>
      db
        .selectFrom('articles')
        .leftJoin('media', (j) =>
          j
            .onRef('media.site_id', '=', 'articles.site_id')
            .onRef('media.id', '=', 'articles.featured_media_id'),
        )
        .select([
          'articles.id',
          'articles.site_id',
          'articles.category_id',
          'articles.lang',
          'articles.slug',
          'articles.title',
          'articles.lead',
          'articles.body_html',
          'articles.byline',
          'articles.source',
          'articles.published_at',
          'articles.updated_at',
          'articles.view_count',
          'articles.translation_id',
          'media.variants as image_variants',
          'media.alt as image_alt',
          'media.caption as image_caption',
          'media.credit as image_credit',
          'media.width as image_width',
          'media.height as image_height',
        ])
        .where('articles.site_id', '=', p('siteId'))
        .where('articles.slug', '=', p('slug'))
        .where('articles.status', '=', 'published')
        .where('articles.published_at', '<=', p('now')),
  );

  /** A published article by its slug, with its featured image; undefined when not public. */
  async bySlug(siteId: number, slug: string, now = Date.now()) {
    return (await this.bySlugQuery({ siteId, slug, now }))[0];
  }

  private readonly relatedQuery = prepared(
    () => this.database.db,
    (db, p) =>
      summaries(db.selectFrom('articles'))
        .innerJoin('article_related as r', (j) =>
          j.onRef('r.site_id', '=', 'articles.site_id').onRef('r.related_id', '=', 'articles.id'),
        )
        .where('r.site_id', '=', p('siteId'))
        .where('r.article_id', '=', p('articleId'))
        .where('articles.status', '=', 'published')
        .where('articles.published_at', '<=', p('now'))
        .orderBy('r.rank'),
  );

  async related(siteId: number, articleId: number, now = Date.now()): Promise<ArticleSummary[]> {
    return (await this.relatedQuery({ siteId, articleId, now })) as ArticleSummary[];
  }

  private readonly tagsQuery = prepared(
    () => this.database.db,
    (db, p) =>
      db
        .selectFrom('article_tags')
        .innerJoin('tags', (j) =>
          j.onRef('tags.site_id', '=', 'article_tags.site_id').onRef('tags.id', '=', 'article_tags.tag_id'),
        )
        .select(['tags.slug', 'tags.name'])
        .where('article_tags.site_id', '=', p('siteId'))
        .where('article_tags.article_id', '=', p('articleId'))
        .orderBy('tags.name'),
  );

  async tagsOf(siteId: number, articleId: number): Promise<{ slug: string; name: string }[]> {
    return this.tagsQuery({ siteId, articleId });
  }

  /** The published translation of an article (both sides of a translation point at each other). */
  async translation(siteId: number, translationId: number | null, now = Date.now()) {
    if (translationId === null) return undefined;
    return this.database.db
      .selectFrom('articles')
      .select(['slug', 'lang'])
      .where('site_id', '=', siteId)
      .where('id', '=', translationId)
      .where('status', '=', 'published')
      .where('published_at', '<=', now)
      .executeTakeFirst();
  }
}
