// Vietnamese document numbers (số ký hiệu) in running text: Party documents `35-CT/TW`,
// `167-KH/HU`, `12-HD/BTCTW`; state documents `42/2022/NĐ-CP`, `187/QĐ-TTg`,
// `19/2012/TTLT-BTC-BKHĐT-BTTTT`. Each reference gets a lookup key without diacritics, in upper
// case, so `42/2022/nd-cp` typed in a search box finds `42/2022/NĐ-CP`.

import { fold } from './fold.js';
import { nfc } from './normalize.js';

export interface DocumentRef {
  /** As written in the text (NFC), e.g. `42/2022/NĐ-CP`. */
  number: string;
  /** Lookup key: folded, upper case, e.g. `42/2022/ND-CP`. */
  key: string;
  kind: 'party' | 'state';
}

/** Longer matches are not document numbers (and would not fit the storage column). */
export const DOCUMENT_NUMBER_MAX = 100;

const UPPER = 'A-ZĐ';
/**
 * One part of a symbol: at least two characters, upper-case letters (Đ included) and digits
 * (`UBND`, `BKHĐT`, `QH13`, `BCĐ389`), or upper-case letters ending in one lower-case letter
 * (`TTg` the Prime Minister, `TTr` a submission).
 */
const PART = `(?:[${UPPER}]{2,}[a-zđ]|[${UPPER}][${UPPER}0-9]+)`;
const PARTS = `${PART}(?:-${PART})*`;
const NUMBER = '\\d{1,5}';
const YEAR = '(?:19|20)\\d{2}';

/** `35-CT/TW`: number, type, issuer (optionally with units). */
const PARTY = `${NUMBER}-${PART}\\/${PARTS}`;
/**
 * `42/2022/NĐ-CP`, `80/2015/QH13`: with a year the issuer is optional; without one
 * (`187/QĐ-TTg`) it is required, so `5/KP` or a score like `3/4` is never taken.
 */
const STATE_WITH_YEAR = `${NUMBER}\\/${YEAR}\\/${PARTS}`;
const STATE_NO_YEAR = `${NUMBER}\\/${PART}(?:-${PART})+`;

/**
 * Not inside a longer token: nothing alphanumeric (nor `/`, `.`, `,`, `-`) just before, and
 * neither a letter or digit nor another `-x` / `/x` part just after (that would mean the symbol
 * continues in a form not recognised, and a truncated symbol is worse than none).
 */
const DOCUMENT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}/.,\\-_])(?:(${PARTY})|(${STATE_WITH_YEAR}|${STATE_NO_YEAR}))(?![\\p{L}\\p{N}\\p{M}_]|[\\-/][\\p{L}\\p{N}])`,
  'gu',
);

/** Web addresses are masked first: `…/van-ban/42/2022/NĐ-CP` in a link is not a citation. */
const URL_RE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"'()]+/giu;

/** The lookup key of a document number: no diacritics (đ → d), upper case. */
function keyOf(number: string): string {
  return fold(number).toUpperCase();
}

/** Every document number in the text, de-duplicated by key, in order of first appearance. */
export function extractDocumentNumbers(text: string): DocumentRef[] {
  if (!text) return [];
  const source = nfc(text).replace(URL_RE, ' ');
  const seen = new Set<string>();
  const out: DocumentRef[] = [];
  for (const m of source.matchAll(DOCUMENT_RE)) {
    const number = m[0];
    if (number.length > DOCUMENT_NUMBER_MAX) continue;
    const key = keyOf(number);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ number, key, kind: m[1] !== undefined ? 'party' : 'state' });
  }
  return out;
}

/**
 * The key of the one document number in a user's query (`42/2022/nd-cp`,
 * `Nghị định 42/2022/NĐ-CP`); null when the query holds none or several.
 */
export function documentKey(input: string): string | null {
  // Users type in any case and often without diacritics: fold and upper-case first.
  const refs = extractDocumentNumbers(keyOf(nfc(input)));
  return refs.length === 1 ? refs[0]!.key : null;
}
