/**
 * Reader interaction: article ratings, polls with options and votes, comments awaiting moderation,
 * single-use verification codes, and visit statistics (per-site totals, daily aggregates per site
 * and per article). Visitors are identified by the hash of a visitor-id cookie plus a daily-salted
 * hash of their address; no raw address is stored.
 */
import type { Kysely } from 'kysely';
import { type MigrationContext, siteOwnedTable } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const big = ctx.dialect === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('ratings')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('visitor_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('source_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('stars', 'integer', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('ratings_pk', ['site_id', 'article_id', 'visitor_hash'])
    .execute();
  await db.schema
    .createIndex('ratings_source')
    .on('ratings')
    .columns(['site_id', 'article_id', 'source_hash'])
    .execute();

  await siteOwnedTable(db, ctx, 'polls', (t) =>
    t
      .addColumn('lang', 'varchar(2)', (c) => c.notNull().defaultTo('vi'))
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('multiple', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('opens_at', big, (c) => c.notNull())
      .addColumn('closes_at', big)
      // JSON: { "home": true, "articles": true, "categories": [ids] }
      .addColumn('placement', 'text', (c) => c.notNull().defaultTo('{"home":true}'))
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('total_voters', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'integer')
      .addColumn('created_at', big, (c) => c.notNull()),
  );
  await siteOwnedTable(db, ctx, 'poll_options', (t) =>
    t
      .addColumn('poll_id', 'integer', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0)),
  );
  await db.schema
    .createIndex('poll_options_poll')
    .on('poll_options')
    .columns(['site_id', 'poll_id', 'position'])
    .execute();
  await db.schema
    .createTable('poll_votes')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('poll_id', 'integer', (c) => c.notNull())
    .addColumn('visitor_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('source_hash', 'varchar(64)', (c) => c.notNull())
    /** JSON array of the chosen option ids. */
    .addColumn('option_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_votes_pk', ['site_id', 'poll_id', 'visitor_hash'])
    .execute();
  await db.schema
    .createIndex('poll_votes_source')
    .on('poll_votes')
    .columns(['site_id', 'poll_id', 'source_hash'])
    .execute();

  await siteOwnedTable(db, ctx, 'comments', (t) =>
    t
      .addColumn('article_id', 'integer', (c) => c.notNull())
      /** Set on a reply written by the site to another comment. */
      .addColumn('parent_id', 'integer')
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('author_email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('pending'))
      .addColumn('is_site_reply', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('visitor_hash', 'varchar(64)', (c) => c.notNull().defaultTo(''))
      .addColumn('source_hash', 'varchar(64)', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('moderated_by', 'integer')
      .addColumn('moderated_at', big),
  );
  await db.schema
    .createIndex('comments_article')
    .on('comments')
    .columns(['site_id', 'article_id', 'status', 'id'])
    .execute();
  await db.schema.createIndex('comments_queue').on('comments').columns(['site_id', 'status', 'id']).execute();

  await db.schema
    .createTable('captchas')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('visitor_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('answer_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('expires_at', big, (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('captchas_expiry').on('captchas').columns(['expires_at']).execute();

  await db.schema
    .createTable('site_counters')
    .addColumn('site_id', 'integer', (c) => c.primaryKey())
    .addColumn('visits', big, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('visits_daily')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    /** The Vietnamese calendar day as yyyymmdd. */
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('visits', big, (c) => c.notNull().defaultTo(0))
    .addColumn('visitors', big, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('visits_daily_pk', ['site_id', 'day'])
    .execute();
  await db.schema
    .createTable('article_views_daily')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('views', big, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_views_daily_pk', ['site_id', 'day', 'article_id'])
    .execute();
}
