/**
 * The editorial admin: two-factor secrets and disabled accounts, password-reset links, API tokens,
 * the audit log, login failures shared by every node, article versions (optimistic concurrency),
 * revisions, workflow transitions, menus, who uploaded media, and platform secrets.
 */
import type { Kysely } from 'kysely';
import { type MigrationContext, siteOwnedTable } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const big = ctx.dialect === 'postgres' ? 'bigint' : 'integer';
  const serial = ctx.dialect === 'postgres' ? 'serial' : 'integer';

  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // A session made by a password alone waits for the TOTP code when the account has two-factor on.
  await db.schema
    .alterTable('sessions')
    .addColumn('pending_totp', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('platform_secrets')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('expires_at', big, (c) => c.notNull())
    .addColumn('used_at', big)
    .execute();
  await db.schema.createIndex('password_resets_user').on('password_resets').columns(['user_id']).execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', serial, (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('last_used_at', big)
    .addColumn('revoked_at', big)
    .execute();
  await db.schema.createIndex('api_tokens_site').on('api_tokens').columns(['site_id', 'user_id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', serial, (c) => c.primaryKey())
    .addColumn('at', big, (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('site_id', 'integer')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('source_hash', 'varchar(64)', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('audit_log_site').on('audit_log').columns(['site_id', 'id']).execute();
  await db.schema.createIndex('audit_log_user').on('audit_log').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('first_at', big, (c) => c.notNull())
    .addColumn('locked_until', big, (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .alterTable('articles')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('articles').addColumn('updated_by', 'integer').execute();
  await db.schema
    .createIndex('articles_admin')
    .on('articles')
    .columns(['site_id', 'status', 'updated_at'])
    .execute();

  await siteOwnedTable(db, ctx, 'article_revisions', (t) =>
    t
      .addColumn('article_id', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'integer')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('lead', 'text', (c) => c.notNull())
      .addColumn('body_html', 'text', (c) => c.notNull())
      .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  );
  await db.schema
    .createIndex('article_revisions_article')
    .on('article_revisions')
    .columns(['site_id', 'article_id', 'id'])
    .execute();

  await siteOwnedTable(db, ctx, 'article_transitions', (t) =>
    t
      .addColumn('article_id', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'integer')
      .addColumn('from_status', 'varchar(16)', (c) => c.notNull())
      .addColumn('to_status', 'varchar(16)', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', big, (c) => c.notNull()),
  );
  await db.schema
    .createIndex('article_transitions_article')
    .on('article_transitions')
    .columns(['site_id', 'article_id', 'id'])
    .execute();

  await siteOwnedTable(db, ctx, 'menu_items', (t) =>
    t
      .addColumn('parent_id', 'integer')
      .addColumn('label_vi', 'text', (c) => c.notNull())
      .addColumn('label_en', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0)),
  );

  await db.schema.alterTable('media').addColumn('uploaded_by', 'integer').execute();
  await db.schema.alterTable('media').addColumn('original_name', 'text').execute();
}
