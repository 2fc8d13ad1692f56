/**
 * Search on SQLite: FTS5 over the folded text of published articles (migration 002), and a small
 * title index (titles and tags, with prefix indexes for suggestions as the user types). Both
 * indexes' rowid is the publication day then the id, so walking rowids down is newest first
 * and a search stops after the rows it needs; site, language and category are scope words ANDed
 * into the MATCH, and "published by now" and the date filters are rowid ranges. Nothing reads
 * the article table until the page's rows are loaded (search.ts checks them again there).
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import {
  SQLITE_DAY_MS,
  SQLITE_KEY_DAY0,
  SQLITE_VN_OFFSET_MS,
} from '../../platform/db/migrations/002-search.js';
import { fts5Exact, fts5Folded } from './query.js';
import { type EngineQuery, type SearchEngine, TIER_ALL, type Tier } from './search-engine.js';

const MAIN = sql.raw('articles_fts');
const TITLES = sql.raw('articles_title_fts');
const MAIN_COLUMNS = ['title', 'lead', 'body', 'tags', 'byline'];
const TITLE_COLUMNS = ['title', 'tags'];
/** Matches of one day read to order that day exactly (a bulk import may date thousands alike). */
const SAME_DAY_MAX = 2000;

/** The first rowid of the Vietnamese day holding `ms` (see the migration). */
function dayKey(ms: number, nextDay = false): RawBuilder<unknown> {
  const day = Math.floor((ms + SQLITE_VN_OFFSET_MS) / SQLITE_DAY_MS) - SQLITE_KEY_DAY0 + (nextDay ? 1 : 0);
  return sql`(${day} * 4294967296)`;
}

/** The index a tier searches and its MATCH expression. */
function matchOf(q: EngineQuery, tier: Tier): { table: RawBuilder<unknown>; match: string } {
  const scope = [`"s${q.siteId}"`, `"l${q.lang}"`];
  if (q.categoryId !== undefined) scope.push(`"c${q.categoryId}"`);
  const prefix = !!q.suggest;
  const titles = tier.reach === 'titles';
  let match = fts5Folded(q.query, titles ? TITLE_COLUMNS : MAIN_COLUMNS, prefix);
  // The exact column: titles and tags in the title index, titles, tags and lead in the main one.
  const exact = tier.exact ? fts5Exact(q.query, prefix) : null;
  if (exact) match = `${match} AND ${exact}`;
  return { table: titles ? TITLES : MAIN, match: `scope : (${scope.join(' AND ')}) AND ${match}` };
}

function where(q: EngineQuery, table: RawBuilder<unknown>, match: string): RawBuilder<unknown> {
  // Published by today (search.ts drops what is not public yet) and the date filters, which are
  // Vietnamese midnights.
  const before = q.to !== undefined && q.to <= q.now ? dayKey(q.to) : dayKey(q.now, true);
  const parts = [sql`${table} match ${match}`, sql`${table}.rowid < ${before}`];
  if (q.from !== undefined) parts.push(sql`${table}.rowid >= ${dayKey(q.from)}`);
  return sql.join(parts, sql` and `);
}

export function sqliteEngine(database: Database): SearchEngine {
  const db = database.db;
  return {
    async matches(q, tier, limit, offset, exactOrder) {
      const { table, match } = matchOf(q, tier);
      const want = offset + limit;
      // The article id is the rowid's low 32 bits, the day the high ones.
      const { rows } = await sql<{ id: number; day: number }>`select ${table}.rowid & 4294967295 as id,
          ${table}.rowid >> 32 as day from ${table} where ${where(q, table, match)}
          order by ${table}.rowid desc limit ${want}`.execute(db);
      if (!exactOrder) return rows.slice(offset).map((r) => r.id);
      // Rowids order days exactly but a day's articles by id: take every match of the last day
      // reached, so that sorting by publication time gives exactly the newest.
      const ids = new Set(rows.map((r) => r.id));
      if (rows.length === want && want > 0) {
        const day = rows[rows.length - 1]!.day;
        const { rows: more } = await sql<{
          id: number;
        }>`select ${table}.rowid & 4294967295 as id from ${table}
            where ${where(q, table, match)} and ${table}.rowid >= (${day} * 4294967296)
            and ${table}.rowid < (${day + 1} * 4294967296) limit ${SAME_DAY_MAX}`.execute(db);
        for (const r of more) ids.add(r.id);
      }
      if (ids.size === 0) return [];
      const times = await db
        .selectFrom('articles')
        .select(['id', 'published_at'])
        .where('site_id', '=', q.siteId)
        .where('id', 'in', [...ids])
        .execute();
      return times
        .sort((a, b) => (b.published_at ?? 0) - (a.published_at ?? 0) || b.id - a.id)
        .slice(offset, want)
        .map((r) => r.id);
    },

    async count(q, cap) {
      const { table, match } = matchOf(q, TIER_ALL);
      const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from ${table}
        where ${where(q, table, match)} limit ${cap})`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },

    async similar() {
      // Typo tolerance is PostgreSQL's (pg_trgm); SQLite answers with the exact search alone.
      return [];
    },
  };
}
