/**
 * Stores uploaded images: the type is decided from the bytes (never the name), size and pixel
 * limits refuse decompression bombs, the original is kept under a random name, and responsive
 * variants are made with sharp (WebP at 320/640/1280 px plus a JPEG fallback).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata } from 'sharp';
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;
export const VARIANT_WIDTHS = [320, 640, 1280] as const;

const FORMATS: Record<string, { mime: string; ext: string }> = {
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
}

export function mediaDir(dataDir: string): string {
  return join(dataDir, 'media');
}

/** Sniffs the real format from the first bytes; sharp's own detection then double-checks. */
export function sniffImageType(bytes: Buffer): keyof typeof FORMATS | undefined {
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

export async function storeImage(
  database: Database,
  dataDir: string,
  siteId: number,
  bytes: Buffer,
  input: StoreImageInput,
): Promise<number> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw invalid('file', 'validation.imageTooLarge', { max: '20 MB' });
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw invalid('file', 'validation.imageType');
  // sharp (libvips) is loaded on the first upload, not at start: most nodes only serve pages.
  const { default: sharp } = await import('sharp');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw invalid('file', 'validation.imageType');
  }
  if (meta.format !== sniffed || !meta.width || !meta.height) throw invalid('file', 'validation.imageType');
  if (meta.width * meta.height > MAX_PIXELS) {
    throw invalid('file', 'validation.imageTooLarge', { max: `${MAX_PIXELS / 1_000_000} MP` });
  }
  const format = FORMATS[sniffed]!;
  const stored = randomBytes(12).toString('hex');
  const dir = mediaDir(dataDir);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${stored}.${format.ext}`), bytes);

  const variants: MediaVariant[] = [];
  const source = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < meta.width!);
  if (widths.length < VARIANT_WIDTHS.length) widths.push(Math.min(meta.width, VARIANT_WIDTHS.at(-1)!));
  for (const width of [...new Set(widths)]) {
    const height = Math.round((meta.height * width) / meta.width);
    const file = `${stored}-${width}.webp`;
    await source.clone().resize(width).webp({ quality: 78, effort: 2 }).toFile(join(dir, file));
    variants.push({ width, height, file, type: 'image/webp' });
  }
  const fallbackWidth = Math.max(...widths);
  const fallback = `${stored}-${fallbackWidth}.jpg`;
  await source
    .clone()
    .resize(fallbackWidth)
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80 })
    .toFile(join(dir, fallback));
  variants.push({
    width: fallbackWidth,
    height: Math.round((meta.height * fallbackWidth) / meta.width),
    file: fallback,
    type: 'image/jpeg',
  });

  const row = await database.db
    .insertInto('media')
    .values({
      site_id: siteId,
      stored_name: stored,
      mime: format.mime,
      width: meta.width,
      height: meta.height,
      bytes: bytes.length,
      alt: cleanText(input.alt),
      caption: cleanText(input.caption ?? ''),
      credit: cleanText(input.credit ?? ''),
      variants: JSON.stringify(variants),
      created_at: Date.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
