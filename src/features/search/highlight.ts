/**
 * Highlighting, done here rather than by the database so both dialects show the same thing: the
 * query's folded words are looked for in the folded text, and the matching ranges of the original
 * text are wrapped in <mark>. Everything else is escaped, so a title like
 * `<script>…</script> Đại hội` comes out as text with `Đại hội` marked.
 */
import { escapeHtml } from '../../platform/html/escape.js';
import { fold } from '../../platform/vietnamese/index.js';

export interface Terms {
  /** Whole folded words. */
  words: ReadonlySet<string>;
  /** Folded prefixes (the word being typed). */
  prefixes: readonly string[];
}

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
const FOLDED_CHAR = new Map<string, string>();

function foldChar(c: string): string {
  let f = FOLDED_CHAR.get(c);
  if (f === undefined) {
    f = fold(c);
    if (FOLDED_CHAR.size < 4096) FOLDED_CHAR.set(c, f);
  }
  return f;
}

/** The [start, end) ranges of `text` (original code units) whose words match the terms. */
export function matchRanges(text: string, terms: Terms): [number, number][] {
  if (!text || (terms.words.size === 0 && terms.prefixes.length === 0)) return [];
  // Vietnamese in NFC folds one character to one: then folded offsets are the original ones.
  let folded = fold(text);
  let origin: number[] | undefined;
  if (folded.length !== text.length) {
    // Otherwise fold character by character, remembering where each folded character came from.
    folded = '';
    origin = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const c = String.fromCodePoint(cp);
      const f = cp < 0x80 ? c.toLowerCase() : foldChar(c);
      for (let k = 0; k < f.length; k++) origin.push(i);
      folded += f;
      i += c.length;
    }
    origin.push(text.length);
  }
  const ranges: [number, number][] = [];
  for (const m of folded.matchAll(WORD)) {
    const word = m[0];
    if (!terms.words.has(word) && !terms.prefixes.some((p) => word.startsWith(p))) continue;
    if (!origin) {
      ranges.push([m.index, m.index + word.length]);
      continue;
    }
    const start = origin[m.index]!;
    // The end of the last folded character's source (a precomposed letter may fold to one char).
    const lastSource = origin[m.index + word.length - 1]!;
    const end = lastSource + String.fromCodePoint(text.codePointAt(lastSource)!).length;
    ranges.push([start, end]);
  }
  return ranges;
}

/** `text` as HTML, escaped, with the matching words in <mark>. */
export function highlight(text: string, terms: Terms): string {
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return escapeHtml(text);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The readable text of stored article HTML: block ends become spaces, entities are decoded. */
export function bodyText(html: string): string {
  return html
    .replace(/<figure[\s\S]*?<\/figure>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?[a-z0-9]+);/gi, (whole, name: string) => {
      const known = ENTITIES[name.toLowerCase()];
      if (known !== undefined) return known;
      const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
      if (code === undefined) return whole;
      const n = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(code, 16) : Number(code);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * About `length` characters of `text` around the first matching word, cut at spaces, with an
 * ellipsis where it was cut, highlighted; empty when nothing matches.
 */
export function snippet(text: string, terms: Terms, length = 220): string {
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return '';
  const first = ranges[0]![0];
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const piece = text.slice(start, end);
  return `${start > 0 ? '… ' : ''}${highlight(piece, terms)}${end < text.length ? ' …' : ''}`;
}
