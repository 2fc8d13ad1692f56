/**
 * The parameters of a search, as the page's form and the JSON API send them, checked one by one:
 * q, category (a slug of the site's categories), from and to (`dd/mm/yyyy` or ISO `yyyy-mm-dd`,
 * Vietnamese days), sort (relevance | newest) and page (1 … PAGES_MAX). Each problem is kept with
 * its field, a stable code and a catalogue message, so the page shows it next to the field and
 * the API returns it in the caller's language.
 */
import type { Category } from '../../platform/db/schema.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import { VN_OFFSET_MS } from '../../platform/vietnamese/index.js';
import { type ParsedQuery, parseQuery, QUERY_MAX } from './query.js';
import { PAGES_MAX, type SearchSort } from './search.js';

export type Field = 'q' | 'category' | 'from' | 'to' | 'sort' | 'page' | 'lang';

export interface FieldError {
  field: Field;
  /** Stable, for API clients. */
  code: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface SearchParams {
  /** The query as typed (cleaned), for the form. */
  text: string;
  /** Null when there is nothing to search for (`notice` says why). */
  query: ParsedQuery | null;
  notice: 'empty' | 'noWords' | null;
  category: Category | null;
  from?: number;
  to?: number;
  /** As typed, for the form. */
  fromText: string;
  toText: string;
  sort: SearchSort;
  page: number;
  errors: FieldError[];
}

const DAY_MS = 86_400_000;

/** One value of a query-string parameter; repeated parameters are a mistake. */
function single(value: unknown): string | null {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : null;
}

/**
 * A calendar date typed by a person: `16/01/2021`, `16-1-2021`, `16.01.2021` or ISO `2021-01-16`.
 * Returns the Vietnamese midnight that starts it (epoch ms), or null if it is not a real date.
 */
export function parseDate(text: string): number | null {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let day: number;
  let month: number;
  let year: number;
  if (m) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return null;
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return utc - VN_OFFSET_MS;
}

export function readSearchParams(
  raw: Record<string, unknown>,
  categories: readonly Category[],
): SearchParams {
  const errors: FieldError[] = [];
  const out: SearchParams = {
    text: '',
    query: null,
    notice: null,
    category: null,
    fromText: '',
    toText: '',
    sort: 'relevance',
    page: 1,
    errors,
  };

  const q = single(raw.q);
  if (q === null) errors.push({ field: 'q', code: 'LOA_SEARCH_QUERY', key: 'search.repeated' });
  else {
    const parsed = parseQuery(q);
    out.text = parsed.ok ? parsed.query.text : parsed.text;
    if (parsed.ok) out.query = parsed.query;
    else if (parsed.reason === 'tooLong')
      errors.push({
        field: 'q',
        code: 'LOA_SEARCH_QUERY_TOO_LONG',
        key: 'search.tooLong',
        params: { max: QUERY_MAX },
      });
    else out.notice = parsed.reason;
  }

  const category = single(raw.category);
  if (category === null)
    errors.push({ field: 'category', code: 'LOA_SEARCH_CATEGORY', key: 'search.repeated' });
  else if (category !== '') {
    out.category = categories.find((c) => c.slug === category) ?? null;
    if (!out.category)
      errors.push({ field: 'category', code: 'LOA_SEARCH_CATEGORY', key: 'search.categoryUnknown' });
  }

  for (const field of ['from', 'to'] as const) {
    const value = single(raw[field]);
    if (value === null) {
      errors.push({ field, code: 'LOA_SEARCH_DATE', key: 'search.repeated' });
      continue;
    }
    const text = value.trim().slice(0, 40);
    out[field === 'from' ? 'fromText' : 'toText'] = text;
    if (!text) continue;
    const at = parseDate(text);
    if (at === null) {
      errors.push({
        field,
        code: 'LOA_SEARCH_DATE',
        key: 'search.dateInvalid',
        params: { field: field === 'from' ? '@search.from' : '@search.to' },
      });
    } else if (field === 'from') out.from = at;
    else out.to = at + DAY_MS; // "to" is inclusive: up to the end of that day.
  }
  if (out.from !== undefined && out.to !== undefined && out.from >= out.to) {
    errors.push({ field: 'to', code: 'LOA_SEARCH_DATE_RANGE', key: 'search.dateRange' });
  }

  const sort = single(raw.sort);
  if (sort === 'newest' || sort === 'relevance') out.sort = sort;
  else if (sort !== '') errors.push({ field: 'sort', code: 'LOA_SEARCH_SORT', key: 'search.sortInvalid' });

  const page = single(raw.page);
  if (page !== '') {
    const n = page !== null && /^\d{1,3}$/.test(page) ? Number(page) : 0;
    if (n >= 1 && n <= PAGES_MAX) out.page = n;
    else
      errors.push({
        field: 'page',
        code: 'LOA_SEARCH_PAGE',
        key: 'search.pageInvalid',
        params: { max: PAGES_MAX },
      });
  }
  return out;
}
