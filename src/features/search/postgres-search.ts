/**
 * Search on PostgreSQL: the generated `search_vector` column (migration 002) with its GIN index.
 * Tiers (search-engine.ts) are tsquery weight labels: titles and tags are weight A, the lead B,
 * and the words as written (diacritics kept) sit beside the folded ones under the same weights.
 * pg_trgm word similarity on the folded title answers queries with typos that find nothing.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { tsExact, tsFolded } from './query.js';
import { type EngineQuery, type SearchEngine, TIER_ALL, type Tier } from './search-engine.js';

function filters(q: EngineQuery): RawBuilder<unknown>[] {
  const parts = [
    sql`a.site_id = ${q.siteId}`,
    sql`a.lang = ${q.lang}`,
    sql`a.status = 'published'`,
    sql`a.published_at <= ${q.now}`,
  ];
  if (q.categoryId !== undefined) parts.push(sql`a.category_id = ${q.categoryId}`);
  if (q.from !== undefined) parts.push(sql`a.published_at >= ${q.from}`);
  if (q.to !== undefined) parts.push(sql`a.published_at < ${q.to}`);
  return parts;
}

function where(q: EngineQuery, tier: Tier): RawBuilder<unknown> {
  const prefix = !!q.suggest;
  const parts = filters(q);
  const folded = tsFolded(q.query, prefix, tier.reach === 'titles' ? 'A' : '');
  parts.push(sql`a.search_vector @@ to_tsquery('loa_search', ${folded})`);
  const exact = tier.exact ? tsExact(q.query, prefix, tier.reach === 'titles' ? 'A' : 'AB') : null;
  if (exact) parts.push(sql`a.search_vector @@ to_tsquery('simple', ${exact})`);
  return sql.join(parts, sql` and `);
}

export function postgresEngine(database: Database): SearchEngine {
  const db = database.db;
  let trgmSchema: Promise<string> | undefined;
  const trgm = () =>
    (trgmSchema ??= sql<{ schema: string }>`select n.nspname as schema from pg_extension e
        join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`
      .execute(db)
      .then(({ rows }) => `"${rows[0]!.schema.replace(/"/g, '""')}"`));

  return {
    async matches(q, tier, limit, offset) {
      const { rows } = await sql<{ id: number }>`select a.id from articles a where ${where(q, tier)}
        order by a.published_at desc, a.id desc limit ${limit} offset ${offset}`.execute(db);
      return rows.map((r) => r.id);
    },

    async count(q, cap) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from (select 1 from articles a
        where ${where(q, TIER_ALL)} limit ${cap}) t`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },

    async similar(q, limit) {
      const schema = await trgm();
      const text = q.query.clauses.flatMap((c) => c.folded).join(' ');
      const op = sql.raw(`operator(${schema}.%>)`);
      const similarity = sql.raw(`${schema}.word_similarity`);
      const all = sql.join([...filters(q), sql`loa_fold(a.title) ${op} ${text}`], sql` and `);
      const { rows } = await sql<{ id: number }>`select a.id from articles a where ${all}
        order by ${similarity}(${text}, loa_fold(a.title)) desc, a.published_at desc, a.id desc
        limit ${limit}`.execute(db);
      return rows.map((r) => r.id);
    },
  };
}
