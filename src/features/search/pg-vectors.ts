/**
 * PostgreSQL's search vectors of an article, built in Node (pg-index.ts stores them): the
 * whole article for `articles.search_vector` and the head for `articles.search_head`, in
 * tsvector's binary form with the lexemes already sorted, which PostgreSQL reads with no text
 * processing at all (measured: about 20 µs an article, against about 115 µs to parse the same
 * vectors as tsvector literals and 265 µs for to_tsvector on the text).
 *
 * The text is folded and cut as the query side folds and cuts it (text-words.ts), so a query's
 * lexemes (tsquery literals, postgres-search.ts) are compared byte for byte. Segments, each one
 * position apart so that a phrase never spans two fields, the short ones first (only the body,
 * last, can reach PostgreSQL's last position): folded title and tags (weight A), folded lead
 * (B); then, in the head, title, tags (A) and lead (B) as written (NFC lower case, diacritics
 * kept; skipped when plain ASCII, which folds to itself) for the tiers that rank words typed
 * with diacritics first; in the whole vector, byline (C) and body (D, HTML tags and entities
 * dropped). PostgreSQL's limits are kept: positions up to 16383 (later words share the last, as
 * with to_tsvector), 256 positions a lexeme (the first), words of at most 2046 bytes, 1 MB.
 */
import { fold, isAscii } from '../../platform/vietnamese/index.js';
import {
  bodyWords,
  DROPPED,
  eachWord,
  FOLDED_UNIT,
  isWordPair,
  isWordUnit,
  learnUnit,
  MULTI,
  UNIT_CLASS,
  UNKNOWN,
} from './text-words.js';
import { ByteSink } from './tsvector-binary.js';

/** PostgreSQL's last position in a tsvector (MAXENTRYPOS - 1). */
export const POSITION_MAX = 16383;
/** Positions kept per lexeme (MAXNUMPOS): the first ones. */
export const POSITIONS_PER_LEXEME = 256;
/** Longest word indexed, in UTF-8 bytes (to_tsvector skips longer ones too). */
export const LEXEME_BYTES_MAX = 2046;
/**
 * Room of one vector's lexemes and positions (PostgreSQL's MAXSTRPOS, 1 MB, as its binary input
 * counts it): new words past it are dropped. Only a body of well over 100,000 distinct words
 * comes near it.
 */
export const VECTOR_BYTES_MAX = (1 << 20) - 16;

/** The indexed columns of an article row. */
export interface IndexedText {
  title: string;
  lead: string;
  /** As stored, or its UTF-8 bytes (as the indexer reads it: no JavaScript string to decode). */
  body_html: string | Uint8Array;
  search_tags: string;
  byline: string;
}

/** Both vectors of an article, in tsvector's binary form (what tsvectorsend gives). */
export interface SearchVectors {
  /** The whole article. */
  vector: Buffer;
  /** Titles, tags and lead (the tiers of relevance and suggestions). */
  head: Buffer;
}

/** Weights as PostgreSQL numbers them: D = 0 … A = 3 (the top two bits of a position). */
const A = 3;
const B = 2;
const C = 1;
const D = 0;

/** Bytes of HTML markup in a stored body. */
const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const HASH = 0x23;
const SEMICOLON = 0x3b;
/** [a-zA-Z0-9], by byte: the name of an entity. */
const ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM[c] = /[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/**
 * Words remembered across articles; past this many the vocabulary starts afresh. Below 2^18, so
 * ranks sort in two passes of 9 bits (RADIX_BITS).
 */
const VOCABULARY_MAX = 200_000;
const RADIX_BITS = 9;
const RADIX = 1 << RADIX_BITS;
/** Words met but not yet ranked before the whole vocabulary is sorted again. */
const RERANK_MIN = 1024;

/**
 * Lexemes and their positions, segment after segment, then written in tsvector's binary form
 * with the lexemes in PostgreSQL's order (reading them sorted costs PostgreSQL a third of
 * sorting them itself). One instance serves every article (building is synchronous) and keeps
 * the words it met in a vocabulary of its own: a hash table over the text's UTF-16 units, so a
 * known word costs no new string, and each word's rank in sorted order, so an article's lexemes
 * sort as numbers. The per-article counts live beside the vocabulary, valid for the current
 * article's `epoch` only (nothing to clear between articles).
 */
export class VectorBuilder {
  private capacity = 1 << 14;
  private slots = new Int32Array(this.capacity * 2);
  private words: string[] = [];
  private hashes = new Int32Array(this.capacity);
  private utf8: (Buffer | null)[] = [];
  private byteLengths = new Int32Array(this.capacity);
  /** Place in sorted order; -1 until the next ranking. */
  private ranks = new Int32Array(this.capacity);
  private unranked = 0;
  /** The word of each rank. */
  private byRank = new Int32Array(0);
  private stamps = new Int32Array(this.capacity);
  private counts = new Int32Array(this.capacity);
  private lastPositions = new Int32Array(this.capacity);
  private offsets = new Int32Array(this.capacity);
  private epoch = 0;
  /** The article's words, in the order met. */
  private used = new Int32Array(4096);
  private usedCount = 0;
  private occWord = new Int32Array(8192);
  private occPosition = new Uint16Array(8192);
  private occ = 0;
  /** The word being read, unit by unit (folded). */
  private units: Uint16Array = new Uint16Array(256);
  /** The article's words sorted, and the ranks they were sorted by. */
  private order = new Int32Array(4096);
  private keys = new Int32Array(4096);
  private spare = new Int32Array(4096);
  private buckets = new Int32Array(RADIX);
  private position = 0;
  private bytes = 0;

  reset(): void {
    if (this.words.length >= VOCABULARY_MAX) {
      this.words.length = 0;
      this.utf8.length = 0;
      this.slots.fill(0);
      this.unranked = 0;
    }
    if (++this.epoch === 0x7fffffff) {
      this.epoch = 1;
      this.stamps.fill(0);
    }
    this.usedCount = 0;
    this.occ = 0;
    this.position = 0;
    this.bytes = 0;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const widen = (old: Int32Array<ArrayBuffer>) => {
      const next = new Int32Array(capacity);
      next.set(old);
      return next;
    };
    this.hashes = widen(this.hashes);
    this.byteLengths = widen(this.byteLengths);
    this.ranks = widen(this.ranks);
    this.stamps = widen(this.stamps);
    this.counts = widen(this.counts);
    this.lastPositions = widen(this.lastPositions);
    this.offsets = widen(this.offsets);
    this.capacity = capacity;
    this.slots = new Int32Array(capacity * 2);
    const mask = this.slots.length - 1;
    for (let g = 0; g < this.words.length; g++) {
      let slot = this.hashes[g]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = g + 1;
    }
  }

  /** The vocabulary id of the word in `units`, added if new; -1 for a word too long to index. */
  private wordId(length: number, hash: number, ascii: boolean): number {
    const { units, slots, hashes, words } = this;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const k = slots[slot]!;
      if (k === 0) break;
      const g = k - 1;
      if (hashes[g] === hash) {
        const word = words[g]!;
        if (word.length === length) {
          let j = 0;
          while (j < length && word.charCodeAt(j) === units[j]) j++;
          if (j === length) return g;
        }
      }
      slot = (slot + 1) & mask;
    }
    // Too long a word is skipped (each UTF-16 unit is one to three bytes).
    if (length > LEXEME_BYTES_MAX) return -1;
    const word = String.fromCharCode(...units.subarray(0, length));
    const utf8 = ascii ? null : Buffer.from(word, 'utf8');
    const bytes = utf8 ? utf8.length : length;
    if (bytes > LEXEME_BYTES_MAX) return -1;
    const g = this.words.length;
    this.words.push(word);
    this.utf8.push(utf8);
    this.hashes[g] = hash;
    this.byteLengths[g] = bytes;
    this.ranks[g] = -1;
    this.unranked++;
    this.stamps[g] = 0;
    this.slots[slot] = g + 1;
    if (this.words.length === this.capacity) this.grow();
    return g;
  }

  /** The word in `units` (with its hash), at the next position with `weight`. */
  private add(length: number, hash: number, ascii: boolean, weight: number): void {
    // A skipped word keeps its position: the text has a word there.
    const position = this.position < POSITION_MAX ? ++this.position : POSITION_MAX;
    const g = this.wordId(length, hash, ascii);
    if (g < 0) return;
    if (this.stamps[g] !== this.epoch) {
      const bytes = this.byteLengths[g]! + 8;
      if (this.bytes + bytes > VECTOR_BYTES_MAX) return;
      this.bytes += bytes;
      this.stamps[g] = this.epoch;
      this.counts[g] = 0;
      this.lastPositions[g] = 0;
      if (this.usedCount === this.used.length) {
        const used = new Int32Array(this.usedCount * 2);
        used.set(this.used);
        this.used = used;
      }
      this.used[this.usedCount++] = g;
    }
    const n = this.counts[g]!;
    // Past the last position every word shares it: once is enough.
    if (n === POSITIONS_PER_LEXEME || this.lastPositions[g] === position) return;
    if (this.bytes + 4 > VECTOR_BYTES_MAX) return;
    this.bytes += 4;
    this.counts[g] = n + 1;
    this.lastPositions[g] = position;
    if (this.occ === this.occWord.length) {
      const words = new Int32Array(this.occ * 2);
      words.set(this.occWord);
      this.occWord = words;
      const positions = new Uint16Array(this.occ * 2);
      positions.set(this.occPosition);
      this.occPosition = positions;
    }
    this.occWord[this.occ] = g;
    this.occPosition[this.occ++] = (weight << 14) | position;
  }

  private growUnits(): Uint16Array {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    this.units = units;
    return units;
  }

  /**
   * One segment: the words of `text` folded (lower case, no diacritics, đ → d) as fold() folds,
   * then cut as query.ts cuts; a position is left free after it. With `folded` false the text
   * is folded unit by unit while it is cut (one walk, no new string); false is returned, and
   * nothing is reliable any more, if a unit does not fold on its own: the caller starts again
   * with the texts folded whole.
   */
  segment(text: string, weight: number, folded: boolean): boolean {
    const before = this.position;
    const n = text.length;
    let units = this.units;
    let length = 0;
    let hash = FNV_OFFSET;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      let word: boolean;
      let low = -1;
      if (!folded) {
        let f = FOLDED_UNIT[c]!;
        if (f < 0) {
          if (f === UNKNOWN) f = learnUnit(c);
          if (f === DROPPED) continue; // a mark folds away inside a word
          if (f === MULTI) return false;
        }
        c = f >> 1;
        word = (f & 1) === 1;
      } else if (c < 0x80) word = UNIT_CLASS[c] === 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        word = isWordPair(text, i);
        if (word) low = text.charCodeAt(++i);
      } else word = isWordUnit(c);
      if (word) {
        if (length === 0) {
          hash = FNV_OFFSET;
          ascii = true;
        }
        if (length + 1 >= units.length) units = this.growUnits();
        units[length++] = c;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        if (c >= 0x80) {
          ascii = false;
          if (low >= 0) {
            units[length++] = low;
            hash = Math.imul(hash ^ low, FNV_PRIME);
          }
        }
      } else if (length > 0) {
        this.add(length, hash, ascii, weight);
        length = 0;
      }
    }
    if (length > 0) this.add(length, hash, ascii, weight);
    if (this.position > before && this.position < POSITION_MAX) this.position++;
    return true;
  }

  /**
   * A stored body read from its UTF-8 bytes, as PostgreSQL sends them (no JavaScript string is
   * made of it): HTML tags and entities skipped exactly as bodyWords drops them, then the words
   * folded and cut as segment() does. Returns false, like segment(), if a character does not
   * fold on its own (or lies past U+FFFF): the caller folds the text whole instead.
   */
  bodySegment(bytes: Uint8Array, weight: number): boolean {
    const before = this.position;
    const n = bytes.length;
    let units = this.units;
    let length = 0;
    let hash = FNV_OFFSET;
    let ascii = true;
    let i = 0;
    while (i < n) {
      const b = bytes[i]!;
      let c: number;
      if (b < 0x80) {
        c = b;
        i++;
        if (b === LT) {
          // <…> up to the next '>' is markup; a '<' never closed is just a character.
          const close = bytes.indexOf(GT, i);
          if (close >= 0) {
            i = close + 1;
            c = -1;
          }
        } else if (b === AMP) {
          // &name; &#123; &#x1F; are entities.
          let j = i < n && bytes[i] === HASH ? i + 1 : i;
          const first = j;
          while (j < n && ALNUM[bytes[j]!] === 1) j++;
          if (j > first && j < n && bytes[j] === SEMICOLON) {
            i = j + 1;
            c = -1;
          }
        }
      } else if (b < 0xe0) {
        c = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
        i += 2;
      } else if (b < 0xf0) {
        c = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
        i += 3;
      } else return false; // past U+FFFF
      let word = false;
      if (c >= 0) {
        let f = FOLDED_UNIT[c]!;
        if (f < 0) {
          if (f === UNKNOWN) f = learnUnit(c);
          if (f === DROPPED) continue; // a mark folds away inside a word
          if (f === MULTI) return false;
        }
        c = f >> 1;
        word = (f & 1) === 1;
      }
      if (word) {
        if (length === 0) {
          hash = FNV_OFFSET;
          ascii = true;
        }
        if (length + 1 >= units.length) units = this.growUnits();
        units[length++] = c;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        if (c >= 0x80) ascii = false;
      } else if (length > 0) {
        this.add(length, hash, ascii, weight);
        length = 0;
      }
    }
    if (length > 0) this.add(length, hash, ascii, weight);
    if (this.position > before && this.position < POSITION_MAX) this.position++;
    return true;
  }

  /**
   * The words as written: NFC, each lower-cased like the query parser's exact words. Skipped
   * when plain ASCII, which folds to itself: the folded segment holds it all.
   */
  exactSegment(text: string, weight: number): void {
    if (isAscii(text)) return;
    const before = this.position;
    eachWord(text.normalize('NFC'), (w) => {
      const word = w.toLowerCase();
      let hash = FNV_OFFSET;
      let units = this.units;
      while (word.length >= units.length) units = this.growUnits();
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        units[i] = c;
        hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      this.add(word.length, hash, isAscii(word), weight);
    });
    if (this.position > before && this.position < POSITION_MAX) this.position++;
  }

  /** Ranks the whole vocabulary (words are distinct: no ties). */
  private rank(): void {
    const { words } = this;
    const ids = Array.from({ length: words.length }, (_, g) => g);
    ids.sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    if (this.byRank.length < ids.length) this.byRank = new Int32Array(this.capacity);
    for (let r = 0; r < ids.length; r++) {
      this.ranks[ids[r]!] = r;
      this.byRank[r] = ids[r]!;
    }
    this.unranked = 0;
  }

  /**
   * The article's words in PostgreSQL's order (UTF-8 bytes; UTF-16 order is the same but for
   * characters past U+FFFF against U+E000–U+FFFF, which PostgreSQL then sorts itself), in
   * `this.order`; returns how many.
   */
  private sort(): number {
    const { used, usedCount, ranks, words } = this;
    let fresh = 0;
    for (let i = 0; i < usedCount; i++) if (ranks[used[i]!]! < 0) fresh++;
    if (fresh > 0 && this.unranked >= Math.max(RERANK_MIN, words.length >> 3)) {
      this.rank();
      fresh = 0;
    }
    if (this.order.length < usedCount) {
      this.order = new Int32Array(used.length);
      this.keys = new Int32Array(used.length);
      this.spare = new Int32Array(used.length);
    }
    const { order, byRank } = this;
    // Ranks are distinct: sorting them sorts the words.
    const keys = this.keys.subarray(0, usedCount - fresh);
    const unranked: number[] = [];
    let k = 0;
    for (let i = 0; i < usedCount; i++) {
      const g = used[i]!;
      const r = ranks[g]!;
      if (r < 0) unranked.push(g);
      else keys[k++] = r;
    }
    this.sortKeys(keys.length);
    if (fresh === 0) {
      for (let j = 0; j < usedCount; j++) order[j] = byRank[keys[j]!]!;
      return usedCount;
    }
    // Words new to the vocabulary: sorted among themselves, then each placed by binary search.
    unranked.sort((x, y) => (words[x]! < words[y]! ? -1 : 1));
    let j = 0;
    let o = 0;
    for (const g of unranked) {
      const word = words[g]!;
      let lo = j;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[byRank[keys[mid]!]!]! < word) lo = mid + 1;
        else hi = mid;
      }
      while (j < lo) order[o++] = byRank[keys[j++]!]!;
      order[o++] = g;
    }
    while (j < keys.length) order[o++] = byRank[keys[j++]!]!;
    return usedCount;
  }

  /** Sorts the first n keys (distinct ranks below 2^18): two counting passes of 9 bits each. */
  private sortKeys(n: number): void {
    const { keys, spare, buckets } = this;
    if (n < 64) {
      keys.subarray(0, n).sort();
      return;
    }
    for (let shift = 0; shift < 2 * RADIX_BITS; shift += RADIX_BITS) {
      const from = shift === 0 ? keys : spare;
      const to = shift === 0 ? spare : keys;
      buckets.fill(0);
      for (let i = 0; i < n; i++) buckets[(from[i]! >>> shift) & (RADIX - 1)]!++;
      let sum = 0;
      for (let b = 0; b < RADIX; b++) {
        const count = buckets[b]!;
        buckets[b] = sum;
        sum += count;
      }
      for (let i = 0; i < n; i++) {
        const k = from[i]!;
        to[buckets[(k >>> shift) & (RADIX - 1)]!++] = k;
      }
    }
  }

  /**
   * Appends the vector in tsvector's binary form (tsvectorrecv): the number of lexemes, then
   * each lexeme in UTF-8, NUL-terminated, with its count of positions and the positions (weight
   * in the top two bits), all big-endian.
   */
  writeTo(sink: ByteSink): void {
    const size = this.sort();
    const { counts, byteLengths, offsets, words, utf8, order } = this;
    let length = 4;
    for (let j = 0; j < size; j++) {
      const g = order[j]!;
      length += byteLengths[g]! + 3 + 2 * counts[g]!;
    }
    const out = sink.reserve(length);
    let off = sink.length;
    sink.length += length;
    out.writeInt32BE(size, off);
    off += 4;
    for (let j = 0; j < size; j++) {
      const g = order[j]!;
      const bytes = utf8[g];
      const n = byteLengths[g]!;
      if (bytes) for (let c = 0; c < n; c++) out[off + c] = bytes[c]!;
      else {
        const word = words[g]!;
        for (let c = 0; c < n; c++) out[off + c] = word.charCodeAt(c);
      }
      off += n;
      const count = counts[g]!;
      out[off] = 0;
      out[off + 1] = count >> 8;
      out[off + 2] = count & 0xff;
      offsets[g] = off + 3;
      off += 3 + 2 * count;
    }
    // Positions were met in order: dealt out to their lexemes, each list stays ascending.
    const { occWord, occPosition } = this;
    for (let k = 0; k < this.occ; k++) {
      const g = occWord[k]!;
      const p = offsets[g]!;
      const code = occPosition[k]!;
      out[p] = code >> 8;
      out[p + 1] = code & 0xff;
      offsets[g] = p + 2;
    }
  }
}

const builder = new VectorBuilder();

/**
 * Builds the head (folded title, tags and lead, then the same as written) or the whole vector
 * (folded title, tags, lead, byline and body) of an article in `builder`. Texts are folded
 * unit by unit as they are read; one with a unit that does not fold on its own (rare: some
 * ligatures, characters past U+FFFF) has the vector built again with fold() applied to each
 * text whole, as foldLongText does.
 */
export function build(row: IndexedText, head: boolean): VectorBuilder {
  const b = builder;
  for (const whole of [false, true]) {
    const folded = (text: string, weight: number) =>
      whole ? b.segment(fold(text), weight, true) : b.segment(text, weight, false);
    b.reset();
    if (!folded(row.title, A) || !folded(row.search_tags, A) || !folded(row.lead, B)) continue;
    if (head) {
      // The words as written serve only the tiers that read the head.
      b.exactSegment(row.title, A);
      b.exactSegment(row.search_tags, A);
      b.exactSegment(row.lead, B);
      return b;
    }
    if (!folded(row.byline, C)) continue;
    const body = row.body_html;
    if (typeof body === 'string') {
      if (folded(bodyWords(body), D)) return b;
    } else if (whole ? folded(bodyWords(Buffer.from(body).toString('utf8')), D) : b.bodySegment(body, D))
      return b;
  }
  throw new Error('fold() gave a text that does not fold unit by unit');
}

/** Both vectors of an article, in tsvector's binary form. */
export function searchVectors(row: IndexedText): SearchVectors {
  const vector = new ByteSink(8192);
  build(row, false).writeTo(vector);
  const head = new ByteSink(2048);
  build(row, true).writeTo(head);
  return { vector: vector.bytes(), head: head.bytes() };
}
