/**
 * Translations link two articles of a site, one Vietnamese and one English, each pointing at the
 * other. Linking A to B unlinks A's previous partner and B's previous partner; unlinking clears
 * both sides. Runs inside the save's transaction.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.js';

/**
 * Sets article `id`'s translation from `before` to `after` on both sides. Returns the ids of the
 * other articles whose link changed (their pages' language switch changes if they are public).
 */
export async function relinkTranslation(
  db: Kysely<Schema>,
  siteId: number,
  id: number,
  before: number | null,
  after: number | null,
): Promise<number[]> {
  if (before === after) return [];
  const touched: number[] = [];
  const clear = async (articleId: number, pointingAt: number) => {
    const res = await db
      .updateTable('articles')
      .set({ translation_id: null })
      .where('site_id', '=', siteId)
      .where('id', '=', articleId)
      .where('translation_id', '=', pointingAt)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) > 0) touched.push(articleId);
  };
  if (before !== null) await clear(before, id);
  if (after !== null) {
    const partner = await db
      .selectFrom('articles')
      .select('translation_id')
      .where('site_id', '=', siteId)
      .where('id', '=', after)
      .executeTakeFirst();
    if (partner?.translation_id != null && partner.translation_id !== id)
      await clear(partner.translation_id, after);
    await db
      .updateTable('articles')
      .set({ translation_id: id })
      .where('site_id', '=', siteId)
      .where('id', '=', after)
      .execute();
    touched.push(after);
  }
  await db
    .updateTable('articles')
    .set({ translation_id: after })
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .execute();
  return [...new Set(touched)];
}
