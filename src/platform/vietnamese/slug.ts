// URL slugs from Vietnamese titles: "Đại hội Đảng bộ huyện" -> "dai-hoi-dang-bo-huyen".

import { fold } from './fold.js';

const NON_ALNUM_RUN = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/**
 * Fold diacritics, join words with `-` and cut to at most `maxLength`
 * characters, on a word boundary when possible. Returns '' when nothing is left.
 */
export function slugify(s: string, maxLength = 80): string {
  const slug = fold(s).replace(NON_ALNUM_RUN, '-').replace(EDGE_DASHES, '');
  if (slug.length <= maxLength) return slug;
  if (maxLength <= 0) return '';
  let cut = slug.slice(0, maxLength);
  if (slug[maxLength] !== '-') {
    const lastDash = cut.lastIndexOf('-');
    if (lastDash > 0) cut = cut.slice(0, lastDash);
  }
  return cut.replace(EDGE_DASHES, '');
}
