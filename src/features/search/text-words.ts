/**
 * Words of indexed text as the whole search cuts and folds them, for the vectors PostgreSQL
 * stores (pg-vectors.ts): runs of letters, digits and private-use characters — the words of the
 * query parser (query.ts) and of SQLite's unicode61 tokenizer — folded by fold() (lower case,
 * no diacritics, đ → d), read unit by unit from a table of fold()'s own answers as foldLongText
 * does; and a stored body's text with its HTML tags and entities dropped, as SQLite indexes it.
 */
import { fold } from '../../platform/vietnamese/index.js';

/** HTML tags and entities out of a stored body: the same as loa_fold(html, 1) on SQLite. */
const HTML_MARKUP = /<[^>]*>|&#?[a-zA-Z0-9]+;/g;

/** The text of a stored body, tags and entities out (as SQLite indexes it). */
export function bodyWords(html: string): string {
  return html.replace(HTML_MARKUP, ' ');
}

/** Letters, digits and private-use characters: the word characters of query.ts and unicode61. */
const WORD_CHAR = /^[\p{L}\p{N}\p{Co}]$/u;
/** Per UTF-16 unit: 0 not known yet, 1 word character, 2 separator (ASCII known from the start). */
export const UNIT_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
const ASTRAL_CLASS = new Map<number, boolean>();

export function isWordUnit(c: number): boolean {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    // A lone surrogate is no character at all: a separator.
    k = (c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    UNIT_CLASS[c] = k;
  }
  return k === 1;
}

/** Whether the surrogate pair at `i` is a word character (false if `i` starts no pair). */
export function isWordPair(text: string, i: number): boolean {
  const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (low < 0xdc00 || low > 0xdfff) return false;
  const cp = ((text.charCodeAt(i) - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) {
    k = WORD_CHAR.test(String.fromCodePoint(cp));
    ASTRAL_CLASS.set(cp, k);
  }
  return k;
}

/**
 * Calls `visit` with every word of `text` (runs of letters, digits and private-use characters),
 * as `text.match(/[\p{L}\p{N}\p{Co}]+/gu)` gives them, without the regular expression's cost.
 */
export function eachWord(text: string, visit: (word: string) => void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff;
    if (pair ? isWordPair(text, i) : isWordUnit(c)) {
      if (start < 0) start = i;
      if (pair) i++;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) visit(start === 0 ? text : text.slice(start));
}

/**
 * fold() unit by unit, read while cutting words (as foldLongText reads its own table): what
 * fold() makes of each UTF-16 unit — the one unit it becomes (lower case, no diacritics), times
 * two, plus one if that is a word character; or DROPPED (a combining mark), or MULTI (several
 * units; half of a surrogate pair; or the capital sigma, whose lower case depends on its place
 * in the word). An article with a MULTI unit is read again with each text folded whole first.
 */
export const UNKNOWN = -1;
export const DROPPED = -2;
export const MULTI = -3;
export const FOLDED_UNIT = new Int32Array(65536).fill(UNKNOWN);
FOLDED_UNIT[0x3a3] = MULTI;

export function learnUnit(c: number): number {
  const folded = c >= 0xd800 && c <= 0xdfff ? 'xx' : fold(String.fromCharCode(c));
  const f = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? DROPPED : MULTI;
  FOLDED_UNIT[c] = f >= 0 ? f * 2 + (isWordUnit(f) ? 1 : 0) : f;
  return FOLDED_UNIT[c]!;
}
for (let c = 0; c < 128; c++) learnUnit(c);
