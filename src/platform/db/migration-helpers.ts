/**
 * Small helpers migrations share, so that a site-owned table is declared the same way on both dialects.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from './database.js';

export interface MigrationContext {
  dialect: DialectName;
}

// biome-ignore lint/suspicious/noExplicitAny: the builder's column types are not known to the helper.
type AnyTableBuilder = CreateTableBuilder<string, any>;

/**
 * Creates a table owned by a site. On PostgreSQL the primary key is (site_id, id), so the table can
 * later be distributed by site; on SQLite `id` stays the rowid (fastest lookups) and a unique
 * (site_id, id) index gives site-led access. Both have `site_id` referencing sites.
 */
export async function siteOwnedTable(
  db: Kysely<unknown>,
  ctx: MigrationContext,
  name: string,
  columns: (t: AnyTableBuilder) => AnyTableBuilder,
): Promise<void> {
  let table: AnyTableBuilder = db.schema
    .createTable(name)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'));
  if (ctx.dialect === 'postgres') {
    table = table.addColumn('id', 'integer', (c) => c.notNull().generatedByDefaultAsIdentity());
    table = columns(table).addPrimaryKeyConstraint(`${name}_pk`, ['site_id', 'id']);
    await table.execute();
    // Single-column lookups by id (joins from other tables) stay fast without knowing the site.
    await db.schema.createIndex(`${name}_id`).unique().on(name).columns(['id']).execute();
  } else {
    table = table.addColumn('id', 'integer', (c) => c.primaryKey());
    await columns(table).execute();
    await db.schema.createIndex(`${name}_site_id`).unique().on(name).columns(['site_id', 'id']).execute();
  }
}
