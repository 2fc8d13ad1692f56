/**
 * PostgreSQL's full-text vectors computed in Node instead of by the database (features/search/
 * pg-index.ts): the generated `search_vector` and `search_head` columns of migration 002 cost
 * about 265 µs an article to compute in SQL (unaccent, regular expressions, to_tsvector), which
 * kept indexing far below 5,000 articles a second; Node folds and cuts the text (as the queries
 * do) and hands PostgreSQL the vectors in tsvector's binary form, which it reads with no text
 * processing at all (features/search/pg-vectors.ts).
 *
 * They become plain columns; a trigger empties both (NULL) whenever an indexed text column is
 * written — no text processing in the database — and the application fills them again: at once
 * after the editors' writes, and a background sweep for any other write, found through a partial
 * index of the rows waiting. This migration fills the existing rows itself, then builds the GIN
 * indexes. `search_title` (pg_trgm) stays as migration 002 made it. Nothing changes on SQLite.
 */
import { type Kysely, sql } from 'kysely';
import { createSearchIndexes, indexPending } from '../../../features/search/pg-index.js';
import type { MigrationContext } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  // Dropping the generated columns drops their GIN indexes too.
  await sql`alter table articles drop column search_vector, drop column search_head`.execute(db);
  await sql`alter table articles add column search_vector tsvector, add column search_head tsvector`.execute(
    db,
  );
  // A vector hardly compresses (pglz gives up on it after trying): stored as it is, it costs no
  // compression attempt to write and no decompression when a search re-reads it.
  await sql`alter table articles alter column search_vector set storage external,
    alter column search_head set storage external`.execute(db);
  await sql`
    create function loa_search_stale() returns trigger language plpgsql as $$
    begin
      new.search_vector := null;
      new.search_head := null;
      return new;
    end $$`.execute(db);
  // Only statements that write an indexed column (not view counts, not the vectors themselves).
  await sql`
    create trigger articles_search_stale
    before insert or update of title, lead, body_html, search_tags, byline on articles
    for each row execute function loa_search_stale()`.execute(db);
  // The existing rows, before the GIN indexes exist (building them afterwards is much faster).
  await indexPending(db);
  await createSearchIndexes(db);
  await sql`create index articles_search_pending on articles (id) where search_vector is null`.execute(db);
}
