// Vietnamese text helpers: normalization, diacritic folding, slugs, dates in
// Vietnam time, number formatting, Vietnamese collation and document numbers.

export { isAscii } from './ascii.js';
export { compareVi, sortVi } from './collation.js';
export type { Lang, VnParts } from './dates.js';
export {
  formatDate,
  formatDateTime,
  formatTime,
  isoDateTimeVn,
  nextVnMidnight,
  todayLine,
  VN_OFFSET_MS,
  vnDayKey,
  vnParts,
  weekdayName,
} from './dates.js';
export { type DocumentRef, documentKey, extractDocumentNumbers } from './document-numbers.js';
export { fold, foldLongText } from './fold.js';
export { cleanText, nfc } from './normalize.js';
export { formatDecimal, formatNumber } from './numbers.js';
export { slugify } from './slug.js';
