/**
 * Builds an article body from structured blocks (paragraphs, headings, photos). Text is escaped and
 * photos become responsive figures, so the stored HTML is safe by construction. (Rich HTML from the
 * admin editor goes through the sanitiser instead.)
 */
import type { Database } from '../../platform/db/database.js';
import { escapeHtml } from '../../platform/html/escape.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import { figureHtml } from '../media/figure.js';

export type BodyBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'photo'; mediaId: number };

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export async function renderBody(
  database: Database,
  siteId: number,
  blocks: readonly BodyBlock[],
): Promise<{ html: string; words: number }> {
  const mediaIds = blocks.flatMap((b) => (b.type === 'photo' ? [b.mediaId] : []));
  const media = mediaIds.length
    ? await database.db
        .selectFrom('media')
        .select(['id', 'alt', 'caption', 'credit', 'variants', 'width', 'height'])
        .where('site_id', '=', siteId)
        .where('id', 'in', mediaIds)
        .execute()
    : [];
  const byId = new Map(media.map((m) => [m.id, m]));
  let words = 0;
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'photo') {
      const m = byId.get(block.mediaId);
      if (m) parts.push(figureHtml(m));
      continue;
    }
    const text = cleanText(block.text);
    if (!text) continue;
    words += countWords(text);
    const escaped = escapeHtml(text).replace(/\n/g, '<br>');
    if (block.type === 'heading') parts.push(`<h2>${escaped}</h2>`);
    else if (block.type === 'quote') parts.push(`<blockquote><p>${escaped}</p></blockquote>`);
    else parts.push(`<p>${escaped}</p>`);
  }
  return { html: parts.join('\n'), words };
}
