/**
 * Comments: indexes for the rate limit, which counts a visitor's (and a source address's) recent
 * comments on a site at every submission, so that this count never scans a site's whole history.
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('comments_visitor')
    .on('comments')
    .columns(['site_id', 'visitor_hash', 'created_at'])
    .execute();
  await db.schema
    .createIndex('comments_source')
    .on('comments')
    .columns(['site_id', 'source_hash', 'created_at'])
    .execute();
}
