/**
 * Turns a media row into responsive markup: a <picture> with WebP srcset and a JPEG fallback, width
 * and height set (no layout shift), alt text, and a <figcaption> with the caption and photo credit.
 * The figure carries `data-media-id`, so the admin editor can load a stored body and hand the same
 * figure back (the sanitiser rebuilds every figure from the library by that id).
 */
import { escapeHtml } from '../../platform/html/escape.js';
import type { MediaVariant } from './store.js';

export interface FigureMedia {
  /** The media row's id, emitted as `data-media-id` (omitted when unknown). */
  id?: number;
  alt: string;
  caption: string;
  credit: string;
  variants: string;
  width: number;
  height: number;
}

export const MEDIA_URL_PREFIX = '/media/';

export function parseVariants(json: string): MediaVariant[] {
  try {
    const list = JSON.parse(json);
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

export interface ImageSources {
  webpSrcset: string;
  fallback: string;
  smallest: string;
  width: number;
  height: number;
}

export function imageSources(media: Pick<FigureMedia, 'variants'>): ImageSources | undefined {
  const variants = parseVariants(media.variants);
  const webp = variants.filter((v) => v.type === 'image/webp').sort((a, b) => a.width - b.width);
  const jpeg = variants.find((v) => v.type === 'image/jpeg');
  if (webp.length === 0 || !jpeg) return undefined;
  return {
    webpSrcset: webp.map((v) => `${MEDIA_URL_PREFIX}${v.file} ${v.width}w`).join(', '),
    fallback: `${MEDIA_URL_PREFIX}${jpeg.file}`,
    smallest: `${MEDIA_URL_PREFIX}${webp[0]!.file}`,
    width: jpeg.width,
    height: jpeg.height,
  };
}

/** The <figure> stored inside an article body. */
export function figureHtml(media: FigureMedia, sizes = '(min-width: 1000px) 720px, 100vw'): string {
  const src = imageSources(media);
  if (!src) return '';
  const caption = [
    media.caption ? escapeHtml(media.caption) : '',
    media.credit ? `<span class="credit">${escapeHtml(media.credit)}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    `<figure class="photo"${media.id === undefined ? '' : ` data-media-id="${media.id}"`}><picture><source type="image/webp" srcset="${src.webpSrcset}" sizes="${sizes}">` +
    `<img src="${src.fallback}" alt="${escapeHtml(media.alt)}" width="${src.width}" height="${src.height}" loading="lazy" decoding="async"></picture>` +
    (caption ? `<figcaption>${caption}</figcaption>` : '') +
    '</figure>'
  );
}
