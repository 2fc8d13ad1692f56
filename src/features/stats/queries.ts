/**
 * Reading the daily aggregates: the most-read articles of today and of the week (public sidebar,
 * admin page) and a site's last days (admin page). Site-scoped; public lists show only articles
 * published now, in the page's language.
 */
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/index.js';
import { type ArticleSummary, summaries } from '../articles/queries.js';
import { lastDays, vnDay } from './days.js';

export type Period = 'today' | 'week';

export interface MostReadItem extends ArticleSummary {
  views: number;
}

/** The first day (yyyymmdd) of a period ending today: today, or the last seven days. */
export const periodStart = (period: Period, now: number): number =>
  period === 'today' ? vnDay(now) : lastDays(now, 7)[0]!;

/** The articles with the most views since the start of the period, most first. */
export async function mostReadSince(
  database: Database,
  siteId: number,
  lang: Lang,
  period: Period,
  limit: number,
  now = Date.now(),
): Promise<MostReadItem[]> {
  const db = database.db;
  const top = await db
    .selectFrom('article_views_daily as v')
    .innerJoin('articles', (j) =>
      j.onRef('articles.site_id', '=', 'v.site_id').onRef('articles.id', '=', 'v.article_id'),
    )
    .select(['v.article_id', (eb) => eb.fn.sum<number>('v.views').as('views')])
    .where('v.site_id', '=', siteId)
    .where('v.day', '>=', periodStart(period, now))
    .where('articles.lang', '=', lang)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', now)
    .groupBy('v.article_id')
    .orderBy('views', 'desc')
    .orderBy('v.article_id', 'desc')
    .limit(limit)
    .execute();
  if (top.length === 0) return [];
  const rows = (await summaries(db.selectFrom('articles'))
    .where('articles.site_id', '=', siteId)
    .where(
      'articles.id',
      'in',
      top.map((t) => t.article_id),
    )
    .execute()) as ArticleSummary[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top.flatMap((t) => {
    const row = byId.get(t.article_id);
    return row ? [{ ...row, views: Number(t.views) }] : [];
  });
}

export interface DayRow {
  day: number;
  visits: number;
  visitors: number;
}

/** The last `count` days of a site, oldest first, with zeros for days without a visit. */
export async function siteDays(database: Database, siteId: number, count: number, now = Date.now()) {
  const days = lastDays(now, count);
  const rows = await database.db
    .selectFrom('visits_daily')
    .select(['day', 'visits', 'visitors'])
    .where('site_id', '=', siteId)
    .where('day', '>=', days[0]!)
    .where('day', '<=', days.at(-1)!)
    .execute();
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return days.map(
    (day): DayRow => ({
      day,
      visits: Number(byDay.get(day)?.visits ?? 0),
      visitors: Number(byDay.get(day)?.visitors ?? 0),
    }),
  );
}

export interface AdminTopItem {
  id: number;
  title: string;
  slug: string;
  lang: Lang;
  status: string;
  views: number;
}

/** The most-read articles of the last seven days in every language, whatever their state now. */
export async function weekTop(
  database: Database,
  siteId: number,
  limit: number,
  now = Date.now(),
): Promise<AdminTopItem[]> {
  const rows = await database.db
    .selectFrom('article_views_daily as v')
    .innerJoin('articles', (j) =>
      j.onRef('articles.site_id', '=', 'v.site_id').onRef('articles.id', '=', 'v.article_id'),
    )
    .select([
      'articles.id',
      'articles.title',
      'articles.slug',
      'articles.lang',
      'articles.status',
      (eb) => eb.fn.sum<number>('v.views').as('views'),
    ])
    .where('v.site_id', '=', siteId)
    .where('v.day', '>=', periodStart('week', now))
    .groupBy(['articles.id', 'articles.title', 'articles.slug', 'articles.lang', 'articles.status'])
    .orderBy('views', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, views: Number(r.views) }));
}
