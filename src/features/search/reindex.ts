/**
 * Rebuilding the full-text index from the articles, as an operator runs it (`loa search reindex`)
 * after an upgrade that changes what is indexed, or to be sure it matches the rows.
 *
 * PostgreSQL: the GIN indexes are dropped, every article's vectors computed again (pg-index.ts;
 * the old vectors stay until replaced, so searching keeps working, only slower, meanwhile), and
 * the indexes built again, both at once on two connections. SQLite: FTS5's own 'rebuild' of both
 * indexes from their views.
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { createSearchIndexes, dropSearchIndexes, indexPending } from './pg-index.js';

export interface RebuildResult {
  /** Articles indexed (on SQLite: the published ones, which are all its index holds). */
  articles: number;
  seconds: number;
}

export async function rebuildSearchIndex(
  database: Database,
  options: { onProgress?: (done: number) => void } = {},
): Promise<RebuildResult> {
  const started = performance.now();
  const db = database.db;
  let articles: number;
  if (database.dialect === 'postgres') {
    await dropSearchIndexes(db);
    try {
      articles = await indexPending(database, { all: true, onProgress: options.onProgress });
    } finally {
      // Even after a failure: searching must not be left without its indexes.
      await createSearchIndexes(db, { parallel: true });
    }
  } else {
    await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
    await sql`insert into articles_title_fts(articles_title_fts) values ('rebuild')`.execute(db);
    const { rows } = await sql<{ n: number }>`select count(*) as n from articles
      where status = 'published'`.execute(db);
    articles = Number(rows[0]?.n ?? 0);
    options.onProgress?.(articles);
  }
  return { articles, seconds: (performance.now() - started) / 1000 };
}
