/**
 * Search on SQLite: FTS5 over the folded text of published articles (migration 002), and a small
 * title index (titles and tags, with prefix indexes for suggestions as the user types). Both
 * indexes' rowid is the publication second then the id, so walking rowids down is newest first
 * and a search stops after the rows it needs; site, language and category are scope words ANDed
 * into the MATCH, and "published by now" and the date filters are rowid ranges. Nothing reads
 * the article table until the page's rows are loaded (search.ts checks them again there).
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { SQLITE_KEY_EPOCH_S } from '../../platform/db/migrations/002-search.js';
import { fts5Exact, fts5Folded } from './query.js';
import { type EngineQuery, type SearchEngine, TIER_ALL, type Tier } from './search-engine.js';

const MAIN = sql.raw('articles_fts');
const TITLES = sql.raw('articles_title_fts');
const MAIN_COLUMNS = ['title', 'lead', 'body', 'tags', 'byline'];
const TITLE_COLUMNS = ['title', 'tags'];

/** The first rowid of the given second (epoch ms, rounded up to a whole second). */
function keyAt(ms: number): RawBuilder<unknown> {
  return sql`(${Math.ceil(ms / 1000) - SQLITE_KEY_EPOCH_S} * 4294967296)`;
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
  // Published by now (to the second; search.ts drops the rest of that second) and the date filters.
  const to = q.to === undefined ? q.now + 1000 : Math.min(q.to, q.now + 1000);
  const parts = [sql`${table} match ${match}`, sql`${table}.rowid < ${keyAt(to)}`];
  if (q.from !== undefined) parts.push(sql`${table}.rowid >= ${keyAt(q.from)}`);
  return sql.join(parts, sql` and `);
}

export function sqliteEngine(database: Database): SearchEngine {
  const db = database.db;
  return {
    async matches(q, tier, limit, offset) {
      const { table, match } = matchOf(q, tier);
      // The article id is the rowid's low 32 bits.
      const { rows } = await sql<{ id: number }>`select ${table}.rowid & 4294967295 as id from ${table}
        where ${where(q, table, match)} order by ${table}.rowid desc limit ${limit} offset ${offset}`.execute(db);
      return rows.map((r) => r.id);
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
