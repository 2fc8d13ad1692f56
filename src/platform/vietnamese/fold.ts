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
