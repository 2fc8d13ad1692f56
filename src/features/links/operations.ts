/**
 * `Liên kết website`: the links to other state portals shown in every page's sidebar.
 */
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';

export interface NewLinkInput {
  titleVi: string;
  titleEn?: string;
  url: string;
  position?: number;
}

export function validateLinkUrl(url: string): string {
  const value = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw invalid('url', 'validation.urlInvalid');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw invalid('url', 'validation.urlInvalid');
  return parsed.toString();
}

export async function createLink(database: Database, siteId: number, input: NewLinkInput): Promise<number> {
  const titleVi = cleanText(input.titleVi);
  if (!titleVi) throw invalid('titleVi', 'validation.required', { field: '@field.title' });
  const row = await database.db
    .insertInto('links')
    .values({
      site_id: siteId,
      title_vi: titleVi,
      title_en: cleanText(input.titleEn ?? '') || titleVi,
      url: validateLinkUrl(input.url),
      position: input.position ?? 0,
      hidden: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function visibleLinks(database: Database, siteId: number) {
  return database.db
    .selectFrom('links')
    .select(['id', 'title_vi', 'title_en', 'url'])
    .where('site_id', '=', siteId)
    .where('hidden', '=', 0)
    .orderBy('position')
    .orderBy('id')
    .execute();
}
