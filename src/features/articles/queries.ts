/**
 * Read queries for public pages. Every query is scoped by site and only ever returns published
 * articles whose publish time has come: a draft or a scheduled article cannot leak through a list.
 * Lists use keyset pagination on (published_at, id), never OFFSET.
 */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
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

function published(siteId: number, lang: Lang, now: number) {
  return (eb: ExpressionBuilder<Schema, 'articles'>) =>
    eb.and([
      eb('articles.site_id', '=', siteId),
      eb('articles.lang', '=', lang),
      eb('articles.status', '=', 'published'),
      eb('articles.published_at', '<=', now),
    ]);
}

function summaries(q: ArticlesQuery) {
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

  async latest(siteId: number, lang: Lang, limit: number, now = Date.now()): Promise<ArticleSummary[]> {
    return (await summaries(this.database.db.selectFrom('articles'))
      .where(published(siteId, lang, now))
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute()) as ArticleSummary[];
  }

  /** One page of a category, newest first, plus the cursor of the next (older) page if any. */
  async categoryPage(
    siteId: number,
    categoryId: number,
    lang: Lang,
    before: Cursor | null,
    limit: number,
    now = Date.now(),
  ): Promise<{ items: ArticleSummary[]; next: Cursor | null }> {
    let q = summaries(this.database.db.selectFrom('articles'))
      .where(published(siteId, lang, now))
      .where('articles.category_id', '=', categoryId);
    if (before) {
      q = q.where((eb) =>
        eb.or([
          eb('articles.published_at', '<', before.publishedAt),
          eb.and([eb('articles.published_at', '=', before.publishedAt), eb('articles.id', '<', before.id)]),
        ]),
      );
    }
    const rows = (await q
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit + 1)
      .execute()) as ArticleSummary[];
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
    return (await summaries(this.database.db.selectFrom('articles'))
      .where(published(siteId, lang, now))
      .where('articles.category_id', '=', categoryId)
      .where('articles.id', '<>', excludeId)
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute()) as ArticleSummary[];
  }

  async mostRead(siteId: number, lang: Lang, limit: number, now = Date.now()): Promise<ArticleSummary[]> {
    return (await summaries(this.database.db.selectFrom('articles'))
      .where(published(siteId, lang, now))
      .orderBy('articles.view_count', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(limit)
      .execute()) as ArticleSummary[];
  }

  /** A published article by its slug, with its featured image; undefined when not public. */
  async bySlug(siteId: number, slug: string, now = Date.now()) {
    return this.database.db
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
      .where('articles.site_id', '=', siteId)
      .where('articles.slug', '=', slug)
      .where('articles.status', '=', 'published')
      .where('articles.published_at', '<=', now)
      .executeTakeFirst();
  }

  async related(siteId: number, articleId: number, now = Date.now()): Promise<ArticleSummary[]> {
    return (await summaries(this.database.db.selectFrom('articles'))
      .innerJoin('article_related as r', (j) =>
        j.onRef('r.site_id', '=', 'articles.site_id').onRef('r.related_id', '=', 'articles.id'),
      )
      .where('r.site_id', '=', siteId)
      .where('r.article_id', '=', articleId)
      .where('articles.status', '=', 'published')
      .where('articles.published_at', '<=', now)
      .orderBy('r.rank')
      .execute()) as ArticleSummary[];
  }

  async tagsOf(siteId: number, articleId: number): Promise<{ slug: string; name: string }[]> {
    return this.database.db
      .selectFrom('article_tags')
      .innerJoin('tags', (j) =>
        j.onRef('tags.site_id', '=', 'article_tags.site_id').onRef('tags.id', '=', 'article_tags.tag_id'),
      )
      .select(['tags.slug', 'tags.name'])
      .where('article_tags.site_id', '=', siteId)
      .where('article_tags.article_id', '=', articleId)
      .orderBy('tags.name')
      .execute();
  }

  async translationSlug(siteId: number, articleId: number, translationId: number | null, now = Date.now()) {
    const row = await this.database.db
      .selectFrom('articles')
      .select(['slug', 'lang'])
      .where('site_id', '=', siteId)
      .where('status', '=', 'published')
      .where('published_at', '<=', now)
      .where((eb) => (translationId ? eb('id', '=', translationId) : eb('translation_id', '=', articleId)))
      .executeTakeFirst();
    return row;
  }
}
