/**
 * The media library: a folded search text per image (alt text, caption, credit and the uploaded
 * file name, lower-case without diacritics) so that `dai hoi` finds `Đại hội`, filled in for the
 * images already stored.
 */
import type { Kysely } from 'kysely';
import { fold } from '../../vietnamese/index.js';
import type { MigrationContext } from '../migration-helpers.js';

interface MediaRow {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  original_name: string | null;
}

export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('media')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the untyped schema of their time.
  const untyped = db as Kysely<any>;
  const rows: MediaRow[] = await untyped
    .selectFrom('media')
    .select(['id', 'alt', 'caption', 'credit', 'original_name'])
    .execute();
  for (const row of rows) {
    const text = fold([row.alt, row.caption, row.credit, row.original_name ?? ''].join(' '));
    await untyped.updateTable('media').set({ search_text: text }).where('id', '=', row.id).execute();
  }
}
