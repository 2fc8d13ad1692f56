/**
 * Reads for sitemaps. Like every public query they are scoped by site and only see published
 * articles whose time has come. (The RSS feeds reuse the article lists of `ArticleQueries`.)
 *
 * Article sitemap chunks are fixed id ranges: chunk n holds the site's public articles with
 * (n - 1) · size < id ≤ n · size. An article never changes chunk (new ones land in the newest
 * chunk, or in their own id's chunk when a late draft is published), a chunk can never hold more
 * than `size` URLs, and reading one is a range scan on the (site_id, id) index: no OFFSET, no
 * counting. Ids are shared by all sites of an installation, so a site's chunk numbers need not be
 * consecutive; the sitemap index lists the ones that have articles.
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/db/schema.js';

export interface SitemapChunkInfo {
  chunk: number;
  urls: number;
  /** Newest change (publication or edit) in the chunk, epoch ms. */
  lastmod: number;
}

export interface SitemapArticle {
  id: number;
  lang: Lang;
  slug: string;
  title: string;
  published_at: number;
  updated_at: number;
}

/** Article ids are 32-bit integers (PostgreSQL `integer`): no chunk starts past the largest. */
const MAX_ID = 2_147_483_647;

const COLUMNS = [
  'articles.id',
  'articles.lang',
  'articles.slug',
  'articles.title',
  'articles.published_at',
  'articles.updated_at',
] as const;

function publicArticles(database: Database, siteId: number, now: number) {
  return database.db
    .selectFrom('articles')
    .where('articles.site_id', '=', siteId)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', now);
}

/** The non-empty chunks of a site, newest (highest ids) first. */
export async function sitemapChunks(
  database: Database,
  siteId: number,
  size: number,
  now: number,
): Promise<SitemapChunkInfo[]> {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`bad sitemap chunk size ${size}`);
  const block = sql<number>`(${sql.ref('articles.id')} - 1) / ${sql.lit(size)}`;
  const rows = await publicArticles(database, siteId, now)
    .select((eb) => [
      block.as('block'),
      eb.fn.countAll<number>().as('urls'),
      eb.fn.max('articles.updated_at').as('updated'),
      eb.fn.max('articles.published_at').as('published'),
    ])
    .groupBy(block)
    .orderBy('block', 'desc')
    .execute();
  return rows.map((r) => ({
    chunk: Number(r.block) + 1,
    urls: Number(r.urls),
    lastmod: Math.max(Number(r.updated), Number(r.published)),
  }));
}

/** The articles of chunk `chunk`, newest first. */
export async function sitemapChunk(
  database: Database,
  siteId: number,
  chunk: number,
  size: number,
  now: number,
): Promise<SitemapArticle[]> {
  const after = (chunk - 1) * size;
  if (!Number.isSafeInteger(after) || after < 0 || after >= MAX_ID) return [];
  return (await publicArticles(database, siteId, now)
    .select(COLUMNS)
    .where('articles.id', '>', after)
    .where('articles.id', '<=', Math.min(chunk * size, MAX_ID))
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .execute()) as SitemapArticle[];
}

/** Articles published in [since, now], newest first, both languages (for the news sitemap). */
export async function publishedSince(
  database: Database,
  siteId: number,
  since: number,
  now: number,
  limit: number,
): Promise<SitemapArticle[]> {
  return (await publicArticles(database, siteId, now)
    .select(COLUMNS)
    .where('articles.lang', 'in', ['vi', 'en'])
    .where('articles.published_at', '>=', since)
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute()) as SitemapArticle[];
}
