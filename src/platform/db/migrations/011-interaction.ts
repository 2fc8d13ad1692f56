/**
 * Reader interaction, second step:
 * - one rating and one poll vote per reader, enforced by the database: the day-salted address hash
 *   becomes unique per article (ratings) and per poll (votes), beside the visitor-cookie primary
 *   keys, so two requests racing from one address with cleared cookies cannot both count, on every
 *   node and on both dialects;
 * - `rating_totals`: each article's count of ratings and sum of stars, changed in the same
 *   transaction as the rating, so neither a rating nor a summary ever counts the ratings again.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ratings_source').execute();
  await db.schema
    .createIndex('ratings_source')
    .unique()
    .on('ratings')
    .columns(['site_id', 'article_id', 'source_hash'])
    .execute();
  await db.schema.dropIndex('poll_votes_source').execute();
  await db.schema
    .createIndex('poll_votes_source')
    .unique()
    .on('poll_votes')
    .columns(['site_id', 'poll_id', 'source_hash'])
    .execute();

  await db.schema
    .createTable('rating_totals')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stars_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('rating_totals_pk', ['site_id', 'article_id'])
    .execute();
  await sql`
    insert into rating_totals (site_id, article_id, count, stars_total)
    select site_id, article_id, count(*), sum(stars) from ratings group by site_id, article_id`.execute(db);
}
