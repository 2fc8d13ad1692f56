/**
 * The foundation schema: sites and their hosts, categories, articles, tags, media, links, users and
 * per-site roles. Every site-owned table carries site_id first in its keys and indexes.
 */
import type { Kysely } from 'kysely';
import { type MigrationContext, siteOwnedTable } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const big = ctx.dialect === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('sites')
    .addColumn('id', ctx.dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('code', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('default_lang', 'varchar(2)', (c) => c.notNull().defaultTo('vi'))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('updated_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site_hosts')
    .addColumn('host', 'varchar(253)', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('site_hosts_site').on('site_hosts').columns(['site_id']).execute();

  await siteOwnedTable(db, ctx, 'categories', (t) =>
    t
      .addColumn('parent_id', 'integer')
      .addColumn('slug', 'varchar(120)', (c) => c.notNull())
      .addColumn('name_vi', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('in_menu', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', big, (c) => c.notNull()),
  );
  await db.schema
    .createIndex('categories_slug')
    .unique()
    .on('categories')
    .columns(['site_id', 'slug'])
    .execute();

  await siteOwnedTable(db, ctx, 'articles', (t) =>
    t
      .addColumn('category_id', 'integer', (c) => c.notNull())
      .addColumn('lang', 'varchar(2)', (c) => c.notNull().defaultTo('vi'))
      .addColumn('slug', 'varchar(200)', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('byline', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('source', 'text')
      .addColumn('featured_media_id', 'integer')
      .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('draft'))
      .addColumn('published_at', big)
      .addColumn('translation_id', 'integer')
      .addColumn('author_id', 'integer')
      .addColumn('view_count', big, (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', big, (c) => c.notNull())
      .addColumn('updated_at', big, (c) => c.notNull()),
  );
  await db.schema.createIndex('articles_slug').unique().on('articles').columns(['site_id', 'slug']).execute();
  await db.schema
    .createIndex('articles_listing')
    .on('articles')
    .columns(['site_id', 'lang', 'status', 'published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('articles_category_listing')
    .on('articles')
    .columns(['site_id', 'category_id', 'lang', 'status', 'published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('articles_most_read')
    .on('articles')
    .columns(['site_id', 'lang', 'status', 'view_count'])
    .execute();

  await siteOwnedTable(db, ctx, 'tags', (t) =>
    t.addColumn('slug', 'varchar(120)', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull()),
  );
  await db.schema.createIndex('tags_slug').unique().on('tags').columns(['site_id', 'slug']).execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('tag_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['site_id', 'article_id', 'tag_id'])
    .execute();
  await db.schema
    .createIndex('article_tags_tag')
    .on('article_tags')
    .columns(['site_id', 'tag_id', 'article_id'])
    .execute();

  await db.schema
    .createTable('article_related')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('related_id', 'integer', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_related_pk', ['site_id', 'article_id', 'related_id'])
    .execute();
  await db.schema
    .createIndex('article_related_back')
    .on('article_related')
    .columns(['site_id', 'related_id'])
    .execute();

  await siteOwnedTable(db, ctx, 'media', (t) =>
    t
      .addColumn('stored_name', 'varchar(64)', (c) => c.notNull())
      .addColumn('mime', 'varchar(32)', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', big, (c) => c.notNull()),
  );
  await db.schema.createIndex('media_stored_name').unique().on('media').columns(['stored_name']).execute();

  await siteOwnedTable(db, ctx, 'links', (t) =>
    t
      .addColumn('title_vi', 'text', (c) => c.notNull())
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0)),
  );

  await db.schema
    .createTable('users')
    .addColumn('id', ctx.dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('email', 'varchar(254)', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_platform_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site_roles')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addPrimaryKeyConstraint('site_roles_pk', ['site_id', 'user_id'])
    .execute();
  await db.schema.createIndex('site_roles_user').on('site_roles').columns(['user_id']).execute();
}
