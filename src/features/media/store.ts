/**
 * Stores uploaded images. The type is decided from the bytes (never the name): JPEG, PNG, WebP and
 * GIF only; SVG, HTML, polyglots (markup or an archive riding inside an image) and damaged files are
 * refused; size and pixel limits refuse decompression bombs before anything is decoded. The original
 * is kept under a random name (never served publicly); responsive variants are made with sharp
 * (WebP at 320/640/1280 px, never upscaled, plus a JPEG fallback), turned upright from the EXIF
 * orientation and stripped of every metadata (GPS position, camera, comments).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sharp } from 'sharp';
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText, fold } from '../../platform/vietnamese/index.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;
export const VARIANT_WIDTHS = [320, 640, 1280] as const;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export const IMAGE_FORMATS: Record<ImageFormat, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
};

export interface MediaVariant {
  width: number;
  height: number;
  file: string;
  type: 'image/webp' | 'image/jpeg';
}

export interface StoreImageInput {
  alt: string;
  caption?: string;
  credit?: string;
  uploadedBy?: number | null;
  /** The file name the uploader's computer gave (kept for search and the edit page only). */
  originalName?: string | null;
}

export function mediaDir(dataDir: string): string {
  return join(dataDir, 'media');
}

/** The folded text the library searches: alt, caption, credit and file name, without diacritics. */
export function mediaSearchText(m: {
  alt: string;
  caption: string;
  credit: string;
  original_name: string | null;
}): string {
  return fold([m.alt, m.caption, m.credit, m.original_name ?? ''].join(' '));
}

/** Sniffs the real format from the first bytes; sharp's own detection then double-checks. */
export function sniffImageType(bytes: Buffer): ImageFormat | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.toString('latin1', 0, 6))) return 'gif';
  return undefined;
}

/** Text that looks like SVG (or XML that could be one), for a clearer refusal than "not an image". */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.toString('utf8', 0, Math.min(bytes.length, 4096)).replace(/^\uFEFF/, '');
  return /<svg[\s>]|<!doctype\s+svg/i.test(head);
}

/**
 * Markup or script inside an image makes a polyglot: harmless as an image, dangerous if any client
 * ever treats the bytes as HTML. The markers are long enough that compressed pixel data practically
 * never forms one by chance (about once in ten thousand 20 MB files for the shortest).
 */
const MARKUP =
  /<(?:script|html[\s>]|body[\s>]|iframe|object[\s>]|embed[\s>]|svg[\s>]|!doctype|\?php)|javascript:/i;

/** True when the image carries markup, a PDF header or a ZIP/JAR archive appended to it. */
export function isPolyglot(bytes: Buffer): boolean {
  if (MARKUP.test(bytes.toString('latin1'))) return true;
  // Readers of PDF accept `%PDF-` anywhere in the first kilobyte.
  if (bytes.subarray(0, 1024).includes('%PDF-')) return true;
  // An archive appended to an image (GIFAR and friends) ends with a ZIP end-of-directory record.
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  return tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

export interface InspectedImage {
  format: ImageFormat;
  /** Width and height once turned upright (EXIF orientation applied). */
  width: number;
  height: number;
}

// sharp (libvips) is loaded on the first upload, not at start: most nodes only serve pages.
async function loadSharp() {
  const { default: sharp } = await import('sharp');
  return sharp;
}

const decodeOptions = {
  limitInputPixels: MAX_PIXELS,
  // 'error' also refuses truncated files; 'warning' would refuse many real camera JPEGs.
  failOn: 'error',
  autoOrient: true,
} as const;

/**
 * Checks an upload without decoding its pixels: size, real type from the bytes, no polyglot, a
 * header sharp can read, agreeing with the sniffed type, and a pixel count within the limit (a
 * 20000 × 20000 PNG of one colour is a few kilobytes on disk and 1.6 GB in memory). Throws
 * `invalid('file', …)` with the reason.
 */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  if (bytes.length === 0) throw invalid('file', 'media.error.fileMissing');
  if (bytes.length > MAX_UPLOAD_BYTES) throw invalid('file', 'media.error.tooLarge', { max: '20 MB' });
  const format = sniffImageType(bytes);
  if (!format) throw invalid('file', looksLikeSvg(bytes) ? 'media.error.svg' : 'media.error.notImage');
  if (isPolyglot(bytes)) throw invalid('file', 'media.error.polyglot');
  const sharp = await loadSharp();
  let meta: Awaited<ReturnType<Sharp['metadata']>>;
  try {
    // Reading the header decodes no pixels, so the pixel limit is checked below with a clear message.
    meta = await sharp(bytes, { ...decodeOptions, limitInputPixels: false }).metadata();
  } catch {
    throw invalid('file', 'media.error.corrupt');
  }
  if (meta.format !== format || !meta.width || !meta.height) throw invalid('file', 'media.error.corrupt');
  if (meta.width * meta.height > MAX_PIXELS) {
    throw invalid('file', 'media.error.tooManyPixels', {
      width: meta.width,
      height: meta.height,
      max: MAX_PIXELS / 1_000_000,
    });
  }
  const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
  return { format, width: upright.width, height: upright.height };
}

/** The WebP widths of an image: the standard ones below its width, and its own width up to 1280. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (widths.length < VARIANT_WIDTHS.length) widths.push(Math.min(width, VARIANT_WIDTHS.at(-1)!));
  return [...new Set(widths)];
}

interface RenderedVariant extends MediaVariant {
  data: Buffer;
}

/**
 * Decodes the image once, fully (a damaged or truncated file fails here), upright and scaled to the
 * largest variant width, then renders every variant from that in memory. Output carries no
 * metadata (sharp keeps none unless asked): no EXIF, GPS, XMP or comments.
 */
async function renderVariants(
  bytes: Buffer,
  image: InspectedImage,
  stored: string,
): Promise<RenderedVariant[]> {
  const sharp = await loadSharp();
  const widths = variantWidths(image.width);
  const top = Math.max(...widths);
  const out: RenderedVariant[] = [];
  try {
    const decoded = await sharp(bytes, decodeOptions)
      .resize({ width: top, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = decoded.info;
    const base = () => sharp(decoded.data, { raw: { width, height, channels } });
    const render = async (w: number, type: MediaVariant['type']) => {
      let pipeline = base().resize({ width: w, withoutEnlargement: true });
      pipeline =
        type === 'image/webp'
          ? pipeline.webp({ quality: 78, effort: 2 })
          : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80 });
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      const file = `${stored}-${info.width}.${type === 'image/webp' ? 'webp' : 'jpg'}`;
      out.push({ width: info.width, height: info.height, file, type, data });
    };
    for (const w of widths) await render(w, 'image/webp');
    await render(top, 'image/jpeg');
  } catch {
    throw invalid('file', 'media.error.corrupt');
  }
  return out;
}

/** The file names of an image on disk: its original and every variant. */
export function mediaFiles(row: { stored_name: string; mime: string; variants: string }): string[] {
  const ext = Object.values(IMAGE_FORMATS).find((f) => f.mime === row.mime)?.ext;
  let variants: MediaVariant[] = [];
  try {
    const parsed = JSON.parse(row.variants);
    if (Array.isArray(parsed)) variants = parsed;
  } catch {
    // a damaged variants column still lets the original go
  }
  const files = variants
    .map((v) => v.file)
    .filter((f) => typeof f === 'string' && /^[a-f0-9-]+\.\w+$/.test(f));
  return ext ? [`${row.stored_name}.${ext}`, ...files] : files;
}

/** Removes files of an image; missing ones are fine. */
export async function removeMediaFiles(dataDir: string, files: readonly string[]): Promise<void> {
  const dir = mediaDir(dataDir);
  await Promise.all(files.map((f) => rm(join(dir, f), { force: true })));
}

/**
 * Checks, renders and stores an image and its row; returns the new media id. Nothing is written
 * unless every check and every variant succeeded; files are removed again if the row cannot be.
 */
export async function storeImage(
  database: Database,
  dataDir: string,
  siteId: number,
  bytes: Buffer,
  input: StoreImageInput,
): Promise<number> {
  const image = await inspectImage(bytes);
  const format = IMAGE_FORMATS[image.format];
  const stored = randomBytes(12).toString('hex');
  const variants = await renderVariants(bytes, image, stored);

  const dir = mediaDir(dataDir);
  await mkdir(dir, { recursive: true });
  const files = [`${stored}.${format.ext}`, ...variants.map((v) => v.file)];
  try {
    await writeFile(join(dir, files[0]!), bytes, { flag: 'wx' });
    for (const v of variants) await writeFile(join(dir, v.file), v.data, { flag: 'wx' });
    const text = {
      alt: cleanText(input.alt),
      caption: cleanText(input.caption ?? ''),
      credit: cleanText(input.credit ?? ''),
      original_name: input.originalName ? cleanText(input.originalName) : null,
    };
    const row = await database.db
      .insertInto('media')
      .values({
        site_id: siteId,
        stored_name: stored,
        mime: format.mime,
        width: image.width,
        height: image.height,
        bytes: bytes.length,
        ...text,
        search_text: mediaSearchText(text),
        variants: JSON.stringify(variants.map(({ data: _data, ...v }) => v)),
        created_at: Date.now(),
        uploaded_by: input.uploadedBy ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (err) {
    await removeMediaFiles(dataDir, files);
    throw err;
  }
}
