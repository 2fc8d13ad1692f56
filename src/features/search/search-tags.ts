/**
 * Tags live in article_tags/tags; the search index reads them from `articles.search_tags`, a
 * denormalised copy (the tag names, comma-separated) that every write of an article's tags
 * refreshes through this function. The index itself follows (SQLite trigger; on PostgreSQL a
 * trigger empties the vectors and the application fills them again: pg-index.ts).
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

export async function refreshSearchTags(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<void> {
  const rows = await database.db
    .selectFrom('article_tags')
    .innerJoin('tags', (j) =>
      j.onRef('tags.site_id', '=', 'article_tags.site_id').onRef('tags.id', '=', 'article_tags.tag_id'),
    )
    .select('tags.name')
    .where('article_tags.site_id', '=', siteId)
    .where('article_tags.article_id', '=', articleId)
    .orderBy('tags.name')
    .execute();
  const names = rows.map((r) => r.name).join(', ');
  // search_tags is the search feature's own column (migration 002), outside the shared schema type.
  await sql`update articles set search_tags = ${names} where site_id = ${siteId} and id = ${articleId}`.execute(
    database.db,
  );
}
