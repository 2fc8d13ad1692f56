/**
 * Article ratings (`Đánh giá`): 1 to 5 stars, one rating per reader and article. The same visitor
 * cookie, or the same day-salted address hash (cookies cleared), is the same reader, and rating
 * again replaces the earlier stars. The database enforces it (primary key on the visitor hash,
 * unique index on the address hash), so parallel requests cannot count twice. Each article's count
 * and sum of stars are kept in `rating_totals` with every rating; the summary read from them is kept
 * a second or two per node, and a rating drops it on the node that took it.
 */
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import type { Lang } from '../../platform/i18n/index.js';
import { formatDecimal, formatNumber } from '../../platform/vietnamese/index.js';
import type { Visitor } from '../visitors/identity.js';
import { type SeenReader, ShortCache, sameReader } from './reader-request.js';

export interface RatingSummary {
  count: number;
  /** Mean stars, 0 while there is no rating. */
  average: number;
}

export interface RatingOutcome extends RatingSummary {
  stars: number;
  /** True when an earlier rating of the same reader was replaced. */
  replaced: boolean;
}

export interface RatedArticle {
  id: number;
  slug: string;
  lang: Lang;
}

const SUMMARY_TTL_MS = 2000;
const summaries = new WeakMap<Database, ShortCache<RatingSummary>>();

function summaryCache(database: Database): ShortCache<RatingSummary> {
  let cache = summaries.get(database);
  if (!cache) {
    cache = new ShortCache(SUMMARY_TTL_MS);
    summaries.set(database, cache);
  }
  return cache;
}

/** Stars from a form field or a JSON body: an integer from 1 to 5, nothing else. */
export function parseStars(value: unknown): number {
  const raw = Array.isArray(value) ? undefined : value;
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*\d\s*$/.test(raw)
        ? Number(raw)
        : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 5) throw invalid('stars', 'rating.starsInvalid');
  return n;
}

/** The article, if it is published on the site (only those can be rated or shown). */
export async function ratedArticle(
  database: Database,
  siteId: number,
  articleId: number,
  now = Date.now(),
): Promise<RatedArticle | undefined> {
  return database.db
    .selectFrom('articles')
    .select(['id', 'slug', 'lang'])
    .where('site_id', '=', siteId)
    .where('id', '=', articleId)
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .executeTakeFirst();
}

type Db = Database['db'];

async function readTotals(db: Db, siteId: number, articleId: number): Promise<RatingSummary> {
  const row = await db
    .selectFrom('rating_totals')
    .select(['count', 'stars_total'])
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  return { count, average: count ? Number(row?.stars_total ?? 0) / count : 0 };
}

/** Count and average of an article's ratings (at most a couple of seconds old). */
export async function ratingSummary(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<RatingSummary> {
  const cache = summaryCache(database);
  const key = `${siteId}:${articleId}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fresh = await readTotals(database.db, siteId, articleId);
  cache.set(key, fresh);
  return fresh;
}

/**
 * Records the reader's stars for the article, or replaces their earlier ones, in one transaction
 * with the article's totals. The insert either adds the row (count + 1) or meets the reader's row
 * (same visitor hash, or same address hash today) and adds nothing; then that row, locked, gets the
 * new stars and the totals the difference.
 */
export async function rateArticle(
  database: Database,
  input: {
    siteId: number;
    articleId: number;
    visitor: Pick<Visitor, 'visitorHash' | 'sourceHash'>;
    stars: number;
  },
  now = Date.now(),
): Promise<RatingOutcome> {
  const { siteId, articleId, visitor, stars } = input;
  const outcome = await database.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('ratings')
      .values({
        site_id: siteId,
        article_id: articleId,
        visitor_hash: visitor.visitorHash,
        source_hash: visitor.sourceHash,
        stars,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    const added = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    let change = { count: 1, stars };
    if (!added) {
      const earlier = await earlierRating(trx, database.dialect, siteId, articleId, visitor);
      change = { count: 0, stars: earlier ? stars - earlier.stars : 0 };
      if (earlier && change.stars !== 0) {
        await trx
          .updateTable('ratings')
          .set({ stars, updated_at: now })
          .where('site_id', '=', siteId)
          .where('article_id', '=', articleId)
          .where('visitor_hash', '=', earlier.visitor_hash)
          .execute();
      }
    }
    if (change.count !== 0 || change.stars !== 0) {
      await trx
        .insertInto('rating_totals')
        .values({ site_id: siteId, article_id: articleId, count: change.count, stars_total: change.stars })
        .onConflict((oc) =>
          oc.columns(['site_id', 'article_id']).doUpdateSet((eb) => ({
            count: eb('rating_totals.count', '+', change.count),
            stars_total: eb('rating_totals.stars_total', '+', change.stars),
          })),
        )
        .execute();
    }
    return { replaced: !added, ...(await readTotals(trx, siteId, articleId)) };
  });
  // Dropped, not overwritten: parallel ratings finish in any order, and the last to finish may
  // have read the totals before another committed. The next reader reads them afresh.
  summaryCache(database).delete(`${siteId}:${articleId}`);
  return { stars, ...outcome };
}

/** The reader's existing rating (by cookie, else by today's address), locked until the end of the transaction. */
async function earlierRating(
  trx: Db,
  dialect: Database['dialect'],
  siteId: number,
  articleId: number,
  visitor: Pick<Visitor, 'visitorHash' | 'sourceHash'>,
) {
  for (const [column, value] of [
    ['visitor_hash', visitor.visitorHash],
    ['source_hash', visitor.sourceHash],
  ] as const) {
    const query = trx
      .selectFrom('ratings')
      .select(['stars', 'visitor_hash'])
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .where(column, '=', value);
    // SQLite runs one transaction at a time; PostgreSQL needs the row lock.
    const row = await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
    if (row) return row;
  }
  return undefined;
}

/** The stars this reader gave the article, if any (cookie first, then today's address). */
export async function starsOf(
  database: Database,
  siteId: number,
  articleId: number,
  visitor: SeenReader,
): Promise<number | undefined> {
  const rows = await database.db
    .selectFrom('ratings')
    .select(['stars', 'visitor_hash'])
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .where(sameReader(visitor))
    .execute();
  return (rows.find((r) => r.visitor_hash === visitor.visitorHash) ?? rows[0])?.stars;
}

/** A count as the page language writes it: `1.234` in Vietnamese, `1,234` in English. */
export function formatCount(n: number, lang: Lang): string {
  return lang === 'vi' ? formatNumber(n) : Math.round(n).toLocaleString('en-US');
}

/** One decimal: `4,3` in Vietnamese, `4.3` in English. */
export function formatOneDecimal(n: number, lang: Lang): string {
  return lang === 'vi' ? formatDecimal(n, 1) : (Math.round(n * 10) / 10).toFixed(1);
}

/** The summary as the API gives it, with the figures also written out for the page language. */
export function summaryJson(summary: RatingSummary, lang: Lang) {
  return {
    count: summary.count,
    average: Math.round(summary.average * 10) / 10,
    countText: formatCount(summary.count, lang),
    averageText: formatOneDecimal(summary.average, lang),
  };
}
