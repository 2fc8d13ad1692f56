/**
 * Document references in articles: `article_documents` holds the document numbers an article cites
 * (keyed by the folded lookup key, see platform/vietnamese/document-numbers.ts), read by key to
 * find the articles citing a document and to relate articles. `articles.related_manual` holds an
 * editor's own picks of related articles (a JSON array of article ids), shown before the computed ones.
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('article_documents')
    .addColumn('site_id', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('doc_key', 'varchar(100)', (c) => c.notNull())
    .addColumn('doc_number', 'varchar(100)', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_documents_pk', ['site_id', 'article_id', 'doc_key'])
    .execute();
  await db.schema
    .createIndex('article_documents_doc')
    .on('article_documents')
    .columns(['site_id', 'doc_key', 'article_id'])
    .execute();

  await db.schema.alterTable('articles').addColumn('related_manual', 'text').execute();
}

export async function down(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('related_manual').execute();
  await db.schema.dropTable('article_documents').execute();
}
