/**
 * The search query language, Loa's own: words (all must match), "quoted phrases", and words joined
 * by punctuation (`35-CT/TW`, `42/2022/NĐ-CP`) taken as phrases; the last word typed matches as a
 * prefix. Anything else a user types (FTS or SQL syntax, `*`, `NEAR(`, `:`, `^`, `;--`) is only
 * a separator. The parsed query is then written out in each engine's syntax from words made of
 * letters and digits alone, and handed to the database as a parameter, never spliced into SQL.
 */
import { cleanText, fold } from '../../platform/vietnamese/index.js';

/** Longest query accepted (characters); longer is answered with a clear message. */
export const QUERY_MAX = 200;
/** Words kept from one query; a query is rarely longer, and every word costs a lookup. */
export const WORDS_MAX = 12;
/** Shortest prefix matched as one (a one-letter prefix would match half the index). */
export const PREFIX_MIN = 2;

/** One condition: a word, or a phrase of words in that order. */
export interface Clause {
  /** Lower case, no diacritics, đ → d. */
  folded: string[];
  /** Lower case NFC, diacritics kept. */
  exact: string[];
  /** The last word may still be being typed: suggestions match any word it begins. */
  prefix: boolean;
  /** The user typed diacritics in this clause (so exact matches rank first). */
  accented: boolean;
}

export interface ParsedQuery {
  /** The query as shown back to the user (NFC, spaces collapsed). */
  text: string;
  clauses: Clause[];
}

export type ParseResult =
  | { ok: true; query: ParsedQuery }
  | { ok: false; reason: 'empty' | 'tooLong' | 'noWords'; text: string };

/** Letters, digits and private-use characters: what the FTS5 unicode61 tokenizer keeps as words. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
const QUOTES = /["“”„«»]/;

function clauseOf(words: string[], prefix: boolean): Clause {
  const exact = words.map((w) => w.toLowerCase());
  const folded = exact.map((w) => fold(w));
  return { folded, exact, prefix, accented: folded.some((w, i) => w !== exact[i]) };
}

/** Parses what a user typed; a trailing space means the last word is complete (no prefix match). */
export function parseQuery(raw: string): ParseResult {
  const text = cleanText(raw).replace(/\s+/g, ' ');
  if (!text) return { ok: false, reason: 'empty', text };
  if (text.length > QUERY_MAX) return { ok: false, reason: 'tooLong', text: '' };
  const chunks: { words: string[]; quoted: boolean }[] = [];
  text.split(QUOTES).forEach((part, i) => {
    // Odd parts are inside quotes (an unclosed quote runs to the end).
    if (i % 2 === 1) {
      chunks.push({ words: part.match(WORD) ?? [], quoted: true });
      return;
    }
    for (const piece of part.split(' ')) chunks.push({ words: piece.match(WORD) ?? [], quoted: false });
  });
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  let budget = WORDS_MAX;
  let lastOpen = false;
  for (const chunk of chunks) {
    if (chunk.words.length === 0 || budget === 0) continue;
    const words = chunk.words.slice(0, budget);
    budget -= words.length;
    const clause = clauseOf(words, false);
    const key = clause.exact.join(' ');
    lastOpen = false;
    if (seen.has(key)) continue;
    seen.add(key);
    clauses.push(clause);
    lastOpen = !chunk.quoted;
  }
  if (clauses.length === 0) return { ok: false, reason: 'noWords', text };
  // The word being typed: the last one, unless it closed a phrase or the user typed a space after it.
  const last = clauses[clauses.length - 1]!;
  const endsOpen = lastOpen && !/[\s"“”„«»]$/u.test(raw.normalize('NFC'));
  if (endsOpen && last.folded[last.folded.length - 1]!.length >= PREFIX_MIN) last.prefix = true;
  return { ok: true, query: { text, clauses } };
}

/**
 * Every folded word of the query, for highlighting; with `prefix` (suggestions as the user types)
 * the last word counts as the beginning of a word. Searches match whole words.
 */
export function queryTerms(query: ParsedQuery, prefix: boolean): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const c of query.clauses) {
    c.folded.forEach((w, i) => {
      if (prefix && c.prefix && i === c.folded.length - 1) prefixes.push(w);
      else words.add(w);
    });
  }
  return { words, prefixes };
}

// ---- FTS5 (SQLite) ----

function fts5Clause(words: readonly string[], prefix: boolean): string {
  // Words are letters and digits only, so a double-quoted FTS5 string cannot be broken out of.
  return `"${words.join(' ')}"${prefix ? ' *' : ''}`;
}

/** The FTS5 MATCH expression of the folded query over the given columns. */
export function fts5Folded(query: ParsedQuery, columns: readonly string[], prefix: boolean): string {
  const body = query.clauses.map((c) => fts5Clause(c.folded, prefix && c.prefix)).join(' AND ');
  return `{${columns.join(' ')}} : (${body})`;
}

/** The FTS5 MATCH expression of the words typed with diacritics, on the exact column; null if none. */
export function fts5Exact(query: ParsedQuery, prefix: boolean): string | null {
  const accented = query.clauses.filter((c) => c.accented);
  if (accented.length === 0) return null;
  return `exact : (${accented.map((c) => fts5Clause(c.exact, prefix && c.prefix)).join(' AND ')})`;
}

// ---- tsquery (PostgreSQL) ----

function tsClause(words: readonly string[], prefix: boolean, weight: string): string {
  const parts = words.map((w, i) => {
    const label = `${prefix && i === words.length - 1 ? '*' : ''}${weight}`;
    return `'${w}'${label ? `:${label}` : ''}`;
  });
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/**
 * tsquery literal of the folded query (words are letters and digits: no quote to escape), the
 * lexemes as pg-vectors.ts writes them; `weight` 'A' limits it to titles and tags.
 */
export function tsFolded(query: ParsedQuery, prefix: boolean, weight: '' | 'A' = ''): string {
  return query.clauses.map((c) => tsClause(c.folded, prefix && c.prefix, weight)).join(' & ');
}

/**
 * tsquery literal of the accented clauses with their diacritics, `weight` 'A' limiting it to
 * titles and tags (the words as written are only in the head vector of titles, tags and lead);
 * null if none.
 */
export function tsExact(query: ParsedQuery, prefix: boolean, weight: '' | 'A' = ''): string | null {
  const accented = query.clauses.filter((c) => c.accented);
  if (accented.length === 0) return null;
  return accented.map((c) => tsClause(c.exact, prefix && c.prefix, weight)).join(' & ');
}
