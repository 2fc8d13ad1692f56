/**
 * The media library's operations, shared by the admin pages and the JSON API: upload, edit (alt
 * text, caption, credit), list and search, delete (refused while the image is used). Each one
 * checks the actor's permission on the site, filters every query by the site, validates its input,
 * writes the audit log and names the cache tags it changes.
 */
import type { Database } from '../../platform/db/database.js';
import type { Media } from '../../platform/db/schema.js';
import { forbidden, invalid, LoaError, notFound } from '../../platform/http/errors.js';
import { cleanText, fold } from '../../platform/vietnamese/index.js';
import { authorize, can } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { MEDIA_URL_PREFIX, parseVariants } from './figure.js';
import { mediaFiles, mediaSearchText, removeMediaFiles, storeImage } from './store.js';
import { type MediaUsage, mediaUsage, usageTags } from './usage.js';

export { type MediaUsage, mediaUsage } from './usage.js';

export const ALT_MAX = 250;
export const CAPTION_MAX = 1000;
export const CREDIT_MAX = 200;
export const FILE_NAME_MAX = 200;
export const PAGE_SIZE = 24;

/** An image as the API returns it; `url` is the 640 px WebP (or the largest below it). */
export interface MediaItem {
  id: number;
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  variants: { width: number; height: number; type: string; url: string }[];
}

export function mediaItem(row: Media): MediaItem {
  const variants = parseVariants(row.variants).map((v) => ({
    width: v.width,
    height: v.height,
    type: v.type,
    url: `${MEDIA_URL_PREFIX}${v.file}`,
  }));
  const webp = variants.filter((v) => v.type === 'image/webp').sort((a, b) => a.width - b.width);
  const main = [...webp].reverse().find((v) => v.width <= 640) ?? webp[0] ?? variants[0];
  return {
    id: row.id,
    url: main?.url ?? '',
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    width: row.width,
    height: row.height,
    variants,
  };
}

/** The smallest WebP variant, for thumbnails. */
export function thumbnailUrl(row: Pick<Media, 'variants'>): string | undefined {
  const webp = parseVariants(row.variants)
    .filter((v) => v.type === 'image/webp')
    .sort((a, b) => a.width - b.width);
  return webp[0] ? `${MEDIA_URL_PREFIX}${webp[0].file}` : undefined;
}

/** Alt text that is only a file name (`IMG_0042.JPG`, `DSC01234`) says nothing about the picture. */
const FILE_NAME_ALT =
  /^(?:[\w-]+\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp)|(?:img|dsc|dscn|dcim|pxl|photo|image)[-_ ]?\d+)$/i;

interface TextInput {
  alt?: string;
  caption?: string;
  credit?: string;
}

function cleanTexts(input: TextInput, altRequired: boolean): TextInput {
  const out: TextInput = {};
  if (input.alt !== undefined) {
    const alt = cleanText(input.alt).replace(/\s+/g, ' ');
    if (alt === '' && altRequired) throw invalid('alt', 'media.error.altRequired');
    if (alt.length > ALT_MAX) throw invalid('alt', 'media.error.altTooLong', { max: ALT_MAX });
    if (FILE_NAME_ALT.test(alt)) throw invalid('alt', 'media.error.altFileName');
    out.alt = alt;
  } else if (altRequired) {
    throw invalid('alt', 'media.error.altRequired');
  }
  if (input.caption !== undefined) {
    const caption = cleanText(input.caption);
    if (caption.length > CAPTION_MAX)
      throw invalid('caption', 'media.error.captionTooLong', { max: CAPTION_MAX });
    out.caption = caption;
  }
  if (input.credit !== undefined) {
    const credit = cleanText(input.credit).replace(/\s+/g, ' ');
    if (credit.length > CREDIT_MAX) throw invalid('credit', 'media.error.creditTooLong', { max: CREDIT_MAX });
    out.credit = credit;
  }
  return out;
}

/** Only the last part of a path the browser sent, cleaned and shortened. */
function cleanFileName(name: string | undefined): string | null {
  if (!name) return null;
  const base = cleanText(name.split(/[\\/]/).pop() ?? '').slice(0, FILE_NAME_MAX);
  return base || null;
}

async function loadMedia(database: Database, siteId: number, id: number): Promise<Media> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  const row = await database.db
    .selectFrom('media')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export interface UploadInput extends TextInput {
  bytes: Buffer;
  /** The name the browser gave; never used to decide the type. */
  filename?: string;
  /** The upload went past the size limit and was cut off by the parser. */
  truncated?: boolean;
}

/** Stores an uploaded image for the site. Alt text may still be empty (then the image is not usable yet). */
export async function uploadMedia(ctx: OpContext, site: AdminSite, input: UploadInput): Promise<Media> {
  authorize(ctx.actor, site.id, 'media.upload');
  const texts = cleanTexts({ alt: input.alt ?? '', caption: input.caption, credit: input.credit }, false);
  if (input.truncated) throw invalid('file', 'media.error.tooLarge', { max: '20 MB' });
  const { database, config } = ctx.services;
  const originalName = cleanFileName(input.filename);
  const id = await storeImage(database, config.dataDir, site.id, input.bytes, {
    alt: texts.alt ?? '',
    caption: texts.caption,
    credit: texts.credit,
    uploadedBy: ctx.actor.userId,
    originalName,
  });
  const row = await loadMedia(database, site.id, id);
  await audit(database, ctx.actor, {
    action: 'media.upload',
    siteId: site.id,
    target: `media:${id}`,
    details: { name: originalName, type: row.mime, bytes: row.bytes, width: row.width, height: row.height },
  });
  return row;
}

/** Whether the actor may change this image: their own upload, or any with `media.editAny`. */
export function canEditMedia(ctx: OpContext, site: AdminSite, row: Pick<Media, 'uploaded_by'>): boolean {
  if (!can(ctx.actor, site.id, 'media.upload')) return false;
  return row.uploaded_by === ctx.actor.userId || can(ctx.actor, site.id, 'media.editAny');
}

/** Changes alt text, caption and credit (fields left undefined stay). Alt text cannot be emptied. */
export async function updateMedia(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  input: TextInput,
): Promise<Media> {
  authorize(ctx.actor, site.id, 'media.upload');
  const { database } = ctx.services;
  const row = await loadMedia(database, site.id, id);
  if (!canEditMedia(ctx, site, row)) throw forbidden('media.error.notYours');
  const texts = cleanTexts(input, input.alt !== undefined);
  const next = {
    alt: texts.alt ?? row.alt,
    caption: texts.caption ?? row.caption,
    credit: texts.credit ?? row.credit,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]);
  if (changed.length === 0) return row;
  await database.db
    .updateTable('media')
    .set({ ...next, search_text: mediaSearchText({ ...next, original_name: row.original_name }) })
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  await audit(database, ctx.actor, {
    action: 'media.update',
    siteId: site.id,
    target: `media:${id}`,
    details: { changed },
  });
  // Featured images take their alt text and caption from the row: refresh the pages showing it.
  const stale = usageTags(site.id, await mediaUsage(database, site.id, id));
  if (stale.length > 0) ctx.services.invalidate(stale);
  return { ...row, ...next };
}

export type MediaFilter = 'all' | 'usable' | 'noAlt';

export interface ListMediaInput {
  page?: number;
  q?: string;
  filter?: MediaFilter;
  pageSize?: number;
}

export interface MediaPage {
  items: Media[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

/** The words of a search, folded (no diacritics); LIKE wildcards are dropped rather than escaped. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return fold(cleanText(q).slice(0, 200))
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
}

/** A page of the site's images, newest first; search in alt text, caption, credit and file name. */
export async function listMedia(
  ctx: OpContext,
  site: AdminSite,
  input: ListMediaInput = {},
): Promise<MediaPage> {
  authorize(ctx.actor, site.id, 'media.upload');
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize ?? PAGE_SIZE), 1), 100);
  const page = Math.min(Math.max(Math.trunc(input.page ?? 1) || 1, 1), 100_000);
  const words = searchWords(input.q);
  const filter = input.filter ?? 'all';
  const base = () => {
    let query = ctx.services.database.db.selectFrom('media').where('site_id', '=', site.id);
    for (const word of words) query = query.where('search_text', 'like', `%${word}%`);
    if (filter === 'usable') query = query.where('alt', '<>', '');
    if (filter === 'noAlt') query = query.where('alt', '=', '');
    return query;
  };
  const [{ total }, items] = await Promise.all([
    base()
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow(),
    base()
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  const count = Number(total);
  return { items, total: count, page, pages: Math.max(1, Math.ceil(count / pageSize)), pageSize };
}

/** One image of the site. */
export async function getMedia(ctx: OpContext, site: AdminSite, id: number): Promise<Media> {
  authorize(ctx.actor, site.id, 'media.upload');
  return loadMedia(ctx.services.database, site.id, id);
}

/** Refusal to delete an image that is used; carries where it is used. */
export class MediaInUseError extends LoaError {
  constructor(readonly usage: MediaUsage) {
    super('LOA_MEDIA_IN_USE', 409, 'media.error.inUse', { count: usage.count });
  }
}

/** Deletes an unused image and its files; an image in use is refused with where it is used. */
export async function deleteMedia(ctx: OpContext, site: AdminSite, id: number): Promise<void> {
  authorize(ctx.actor, site.id, 'media.delete');
  const { database, config } = ctx.services;
  const row = await loadMedia(database, site.id, id);
  const usage = await mediaUsage(database, site.id, id);
  if (usage.count > 0) throw new MediaInUseError(usage);
  await database.db.deleteFrom('media').where('site_id', '=', site.id).where('id', '=', id).execute();
  await removeMediaFiles(config.dataDir, mediaFiles(row));
  await audit(database, ctx.actor, {
    action: 'media.delete',
    siteId: site.id,
    target: `media:${id}`,
    details: { name: row.original_name, storedName: row.stored_name, alt: row.alt },
  });
}

/**
 * For other features (articles, site settings): the image if it belongs to the site and has alt
 * text, else undefined. An image without alt text is not usable yet.
 */
export async function usableMedia(
  database: Database,
  siteId: number,
  id: number,
): Promise<Media | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return database.db
    .selectFrom('media')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .where('alt', '<>', '')
    .executeTakeFirst();
}

/** The original file of an image (for staff only; never served on the public /media route). */
export function originalFile(row: Pick<Media, 'stored_name' | 'mime' | 'variants'>): string | undefined {
  return mediaFiles({ ...row, variants: '[]' })[0];
}
