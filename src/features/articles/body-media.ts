/**
 * The media library as article bodies use it: rows of the site by id (or, for figures of bodies
 * written before figures carried their id, by stored file name), and the rule that an image is
 * used only once it has alt text ("alt text required before use"), with an error naming it.
 */
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import { type FigureMedia, figureHtml } from '../media/figure.js';

/** A media row as an article uses it: what its figure is built from, and how to name it. */
export interface LibraryMedia extends FigureMedia {
  id: number;
  stored_name: string;
  original_name: string | null;
}

/** The site's media rows with these ids or stored names (never another site's). */
export async function libraryMedia(
  database: Database,
  siteId: number,
  ids: readonly number[],
  storedNames: readonly string[] = [],
): Promise<LibraryMedia[]> {
  if (ids.length === 0 && storedNames.length === 0) return [];
  return database.db
    .selectFrom('media')
    .select(['id', 'stored_name', 'alt', 'caption', 'credit', 'variants', 'width', 'height', 'original_name'])
    .where('site_id', '=', siteId)
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('id', 'in', [...ids])] : []),
        ...(storedNames.length ? [eb('stored_name', 'in', [...storedNames])] : []),
      ]),
    )
    .execute();
}

/** What the refusal of a photo calls it: the uploaded file's name, else its number. */
export const mediaName = (m: Pick<LibraryMedia, 'id' | 'original_name'>) => m.original_name || `#${m.id}`;

/**
 * Checks that a media id names an image of this site usable in an article (it has alt text);
 * throws a field error otherwise.
 */
export async function requireUsableMedia(
  database: Database,
  siteId: number,
  mediaId: number,
  field: string,
): Promise<void> {
  const [m] = await libraryMedia(database, siteId, [mediaId]);
  if (!m || figureHtml(m) === '') throw invalid(field, 'editorial.media.missing', { id: mediaId });
  if (!cleanText(m.alt)) throw invalid(field, 'editorial.media.altRequired', { name: mediaName(m) });
}
