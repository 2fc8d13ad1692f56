/**
 * Category operations. Slugs come from the Vietnamese name (folded) unless given, unique per site.
 */
import type { Database } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { cleanText, slugify } from '../../platform/vietnamese/index.js';

export interface NewCategoryInput {
  nameVi: string;
  nameEn?: string;
  slug?: string;
  position?: number;
  parentId?: number | null;
  inMenu?: boolean;
}

export async function createCategory(
  database: Database,
  siteId: number,
  input: NewCategoryInput,
): Promise<number> {
  const nameVi = cleanText(input.nameVi);
  if (!nameVi) throw invalid('nameVi', 'validation.required', { field: '@field.name' });
  if (nameVi.length > 120) throw invalid('nameVi', 'validation.tooLong', { field: '@field.name', max: 120 });
  const slug = slugify(input.slug?.trim() || nameVi, 100);
  if (!slug) throw invalid('slug', 'validation.required', { field: '@field.slug' });
  const taken = await database.db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (taken) throw conflict('slug', 'validation.slugTaken', { slug });
  const row = await database.db
    .insertInto('categories')
    .values({
      site_id: siteId,
      slug,
      name_vi: nameVi,
      name_en: cleanText(input.nameEn ?? '') || nameVi,
      position: input.position ?? 0,
      parent_id: input.parentId ?? null,
      in_menu: input.inMenu === false ? 0 : 1,
      created_at: Date.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
