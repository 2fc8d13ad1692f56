/**
 * The database side of the statistics: the values that seed a counter the store does not hold yet,
 * and the batched writes of absolute values, each GREATEST(stored, new) so that nodes writing in
 * any order, or a write retried after a failure, never lower a figure.
 */
import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** What a store counter stands for in the database. */
export type Target =
  | { kind: 'site'; siteId: number }
  | { kind: 'article'; siteId: number; articleId: number }
  | { kind: 'day'; siteId: number; day: number }
  /** Distinct visitors counted before the store's set of the day began (after a restart). */
  | { kind: 'dayBase'; siteId: number; day: number }
  | { kind: 'dayVisitors'; siteId: number; day: number }
  | { kind: 'dayArticle'; siteId: number; day: number; articleId: number };

export interface TargetValue {
  target: Target;
  value: number;
}

const CHUNK = 500;

function greatest(database: Database, a: Expression<number>, b: Expression<number>): RawBuilder<number> {
  return database.dialect === 'postgres' ? sql<number>`greatest(${a}, ${b})` : sql<number>`max(${a}, ${b})`;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The stored value of each target (0 when there is no row yet), in order. */
export async function readSeeds(database: Database, targets: readonly Target[]): Promise<number[]> {
  const db = database.db;
  const found = new Map<Target, number>();
  const bySite = groupBy(targets, (t) => String(t.siteId));
  for (const [, list] of bySite) {
    const siteId = list[0]!.siteId;
    if (list.some((t) => t.kind === 'site')) {
      const row = await db
        .selectFrom('site_counters')
        .select('visits')
        .where('site_id', '=', siteId)
        .executeTakeFirst();
      for (const t of list) if (t.kind === 'site') found.set(t, Number(row?.visits ?? 0));
    }
    const articles = list.filter((t) => t.kind === 'article');
    for (const part of chunks(articles)) {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'view_count'])
        .where('site_id', '=', siteId)
        .where(
          'id',
          'in',
          part.map((t) => t.articleId),
        )
        .execute();
      const byId = new Map(rows.map((r) => [r.id, Number(r.view_count)]));
      for (const t of part) found.set(t, byId.get(t.articleId) ?? 0);
    }
    const days = list.filter((t) => t.kind === 'day' || t.kind === 'dayBase');
    if (days.length > 0) {
      const rows = await db
        .selectFrom('visits_daily')
        .select(['day', 'visits', 'visitors'])
        .where('site_id', '=', siteId)
        .where('day', 'in', [...new Set(days.map((t) => t.day))])
        .execute();
      const byDay = new Map(rows.map((r) => [r.day, r]));
      for (const t of days) {
        const row = byDay.get(t.day);
        found.set(t, Number((t.kind === 'day' ? row?.visits : row?.visitors) ?? 0));
      }
    }
    const dayArticles = list.filter((t) => t.kind === 'dayArticle');
    for (const [, sameDay] of groupBy(dayArticles, (t) => String(t.day))) {
      for (const part of chunks(sameDay)) {
        const rows = await db
          .selectFrom('article_views_daily')
          .select(['article_id', 'views'])
          .where('site_id', '=', siteId)
          .where('day', '=', part[0]!.day)
          .where(
            'article_id',
            'in',
            part.map((t) => t.articleId),
          )
          .execute();
        const byId = new Map(rows.map((r) => [r.article_id, Number(r.views)]));
        for (const t of part) found.set(t, byId.get(t.articleId) ?? 0);
      }
    }
  }
  return targets.map((t) => found.get(t) ?? 0);
}

/** Writes the values in one transaction; a value below what is stored changes nothing. */
export async function writeValues(database: Database, values: readonly TargetValue[]): Promise<void> {
  const sites: { site_id: number; visits: number }[] = [];
  const days = new Map<string, { site_id: number; day: number; visits: number; visitors: number }>();
  const dayArticles: { site_id: number; day: number; article_id: number; views: number }[] = [];
  const articles: { siteId: number; articleId: number; value: number }[] = [];
  for (const { target: t, value } of values) {
    if (t.kind === 'site') sites.push({ site_id: t.siteId, visits: value });
    else if (t.kind === 'article') articles.push({ siteId: t.siteId, articleId: t.articleId, value });
    else if (t.kind === 'dayArticle')
      dayArticles.push({ site_id: t.siteId, day: t.day, article_id: t.articleId, views: value });
    else if (t.kind === 'day' || t.kind === 'dayVisitors') {
      const key = `${t.siteId}:${t.day}`;
      let row = days.get(key);
      if (!row) {
        row = { site_id: t.siteId, day: t.day, visits: 0, visitors: 0 };
        days.set(key, row);
      }
      if (t.kind === 'day') row.visits = Math.max(row.visits, value);
      else row.visitors = Math.max(row.visitors, value);
    }
  }
  if (sites.length + days.size + dayArticles.length + articles.length === 0) return;
  await database.db.transaction().execute(async (trx) => {
    for (const part of chunks(sites)) {
      await trx
        .insertInto('site_counters')
        .values(part)
        .onConflict((oc) =>
          oc.column('site_id').doUpdateSet((eb) => ({
            visits: greatest(database, eb.ref('site_counters.visits'), eb.ref('excluded.visits')),
          })),
        )
        .execute();
    }
    for (const part of chunks([...days.values()])) {
      await trx
        .insertInto('visits_daily')
        .values(part)
        .onConflict((oc) =>
          oc.columns(['site_id', 'day']).doUpdateSet((eb) => ({
            visits: greatest(database, eb.ref('visits_daily.visits'), eb.ref('excluded.visits')),
            visitors: greatest(database, eb.ref('visits_daily.visitors'), eb.ref('excluded.visitors')),
          })),
        )
        .execute();
    }
    for (const part of chunks(dayArticles)) {
      await trx
        .insertInto('article_views_daily')
        .values(part)
        .onConflict((oc) =>
          oc.columns(['site_id', 'day', 'article_id']).doUpdateSet((eb) => ({
            views: greatest(database, eb.ref('article_views_daily.views'), eb.ref('excluded.views')),
          })),
        )
        .execute();
    }
    for (const a of articles) {
      await trx
        .updateTable('articles')
        .set({ view_count: a.value })
        .where('site_id', '=', a.siteId)
        .where('id', '=', a.articleId)
        .where('view_count', '<', a.value)
        .execute();
    }
  });
}
