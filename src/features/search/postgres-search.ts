/**
 * Search on PostgreSQL: `search_vector` (the whole article, folded) and `search_head` (titles,
 * tags and lead, folded and as written) with their GIN indexes, filled by the application
 * (pg-index.ts, migration 014; a row waiting for them is simply not found yet). Tiers
 * (search-engine.ts) read the small head with tsquery weight labels: titles and tags are weight
 * A, the lead B. Queries are tsquery literals of words folded and cut in Node exactly as the
 * vectors were (no parser or dictionary of PostgreSQL in between). pg_trgm similarity on the
 * stored folded title answers queries with typos that find nothing.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { tsExact, tsFolded } from './query.js';
import { type EngineQuery, type SearchEngine, TIER_ALL, type Tier } from './search-engine.js';

/** Site, language, public now, category and dates, on the articles row named `alias`. */
function filters(q: EngineQuery, alias = 'a'): RawBuilder<unknown>[] {
  const a = sql.raw(alias);
  const parts = [
    sql`${a}.site_id = ${q.siteId}`,
    sql`${a}.lang = ${q.lang}`,
    sql`${a}.status = 'published'`,
    sql`${a}.published_at <= ${q.now}`,
  ];
  if (q.categoryId !== undefined) parts.push(sql`${a}.category_id = ${q.categoryId}`);
  if (q.from !== undefined) parts.push(sql`${a}.published_at >= ${q.from}`);
  if (q.to !== undefined) parts.push(sql`${a}.published_at < ${q.to}`);
  return parts;
}

/**
 * The text condition of a tier (on `a`). Titles, tags and lead are in the small search_head. The
 * words as typed (diacritics kept) join the folded ones in the same tsquery: one condition, so
 * each row's vector is read once, not once per condition.
 */
function matching(q: EngineQuery, tier: Tier): RawBuilder<unknown>[] {
  const prefix = !!q.suggest;
  const vector = sql.raw(tier.reach === 'all' ? 'a.search_vector' : 'a.search_head');
  // The head holds weights A (titles, tags) and B (lead) only: limiting it to both limits nothing,
  // and a condition without weights (and without phrases) needs no re-check of the rows found.
  const weight = tier.reach === 'titles' ? 'A' : '';
  const folded = tsFolded(q.query, prefix, weight);
  const exact = tier.exact ? tsExact(q.query, prefix, weight) : null;
  return [sql`${vector} @@ ${exact ? `(${folded}) & (${exact})` : folded}::tsquery`];
}

function where(q: EngineQuery, tier: Tier): RawBuilder<unknown> {
  return sql.join([...filters(q), ...matching(q, tier)], sql` and `);
}

/**
 * The newest articles a title tier first looks through, newest first along the listing index:
 * a common word is found there at once, where the GIN index would fetch and re-check every
 * article holding it (the planner cannot tell, weight-limited queries have no statistics).
 * Too few matches there, and the GIN index answers (then the word is rare and that is quick).
 */
const HEAD_WINDOW = 1500;

/** How alike a title must be to a query with typos (pg_trgm similarity, 0 … 1). */
const SIMILARITY = 0.5;
/** How many of the newest titles a query with typos is compared with. */
const SIMILAR_WINDOW = 2000;

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
      const want = offset + limit;
      if (tier.reach !== 'all' && want <= HEAD_WINDOW / 4) {
        const { rows } = await sql<{ id: number }>`select a.id from (
            select w.id, w.published_at, w.search_head from articles w
            where ${sql.join(filters(q, 'w'), sql` and `)}
            order by w.published_at desc, w.id desc limit ${HEAD_WINDOW}
          ) a where ${sql.join(matching(q, tier), sql` and `)}
          order by a.published_at desc, a.id desc limit ${want}`.execute(db);
        if (rows.length === want) return rows.slice(offset).map((r) => r.id);
      }
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
      // Among the newest titles only: pg_trgm's index would re-check every title sharing a common
      // trigram with the query, and a typo is most often in a search for recent news.
      const schema = await trgm();
      const text = q.query.clauses.flatMap((c) => c.folded).join(' ');
      const similarity = sql.raw(`${schema}.similarity`);
      const { rows } = await sql<{ id: number }>`select a.id from (
          select a.id, a.published_at, a.search_title from articles a where ${sql.join(filters(q), sql` and `)}
          order by a.published_at desc, a.id desc limit ${SIMILAR_WINDOW}
        ) a where ${similarity}(${text}, a.search_title) >= ${SIMILARITY}
        order by ${similarity}(${text}, a.search_title) desc, a.published_at desc, a.id desc
        limit ${limit}`.execute(db);
      return rows.map((r) => r.id);
    },
  };
}
