// Diacritic folding for search and matching: "Đại hội Đảng bộ" -> "dai hoi dang bo".
// Works on both NFC and NFD input.

import { isAscii } from './ascii.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /đ/g;

/** Lowercase, remove combining diacritics and map đ/Đ to d. */
export function fold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  // đ (U+0111) has no canonical decomposition, so it is mapped by hand.
  const folded = s.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd');
  // Re-compose whatever non-Latin text is left (e.g. Hangul decomposed by NFD).
  return isAscii(folded) ? folded : folded.normalize('NFC');
}

/** fold() of each UTF-16 unit met so far: -1 not known yet, -2 dropped (a mark), -3 not one unit. */
const FOLDED_UNITS = new Int32Array(65536).fill(-1);
const utf16 = new TextDecoder('utf-16le');

/**
 * fold() for long text such as whole article bodies (the search index), unit by unit from a table of fold()'s own answers: the same
 * result several times faster, which is what indexing 5,000 articles a second needs. Text with a
 * character that does not fold to one unit (rare outside Vietnamese) goes through fold() itself.
 */
export function foldLongText(text: string): string {
  const lower = text.toLowerCase();
  const out = new Uint16Array(lower.length);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    let f = FOLDED_UNITS[c]!;
    if (f === -1) {
      const folded = c >= 0xd800 && c <= 0xdfff ? 'xx' : fold(String.fromCharCode(c));
      f = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? -2 : -3;
      FOLDED_UNITS[c] = f;
    }
    if (f === -3) return fold(text);
    if (f >= 0) out[n++] = f;
  }
  return utf16.decode(out.subarray(0, n));
}
