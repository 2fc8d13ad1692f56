/**
 * Strict reading of the articles API's JSON bodies and query strings: a body must be an object,
 * every property must be known, of the right type and not too long, and required ones present.
 * Each problem is a 422 naming the field (`{ error: { code: 'LOA_INVALID', field, message } }`);
 * the operations then apply the article rules (article-input.ts) on top.
 */
import { badRequest, invalid } from '../../platform/http/errors.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import { parseDate } from '../search/params.js';
import type { ArticleListFilters } from './admin-queries.js';
import { QUERY_MAX, STATUSES } from './admin-queries.js';
import type { ArticleFields } from './article-input.js';
import { BYLINE_MAX, SOURCE_MAX, TAG_MAX, TAGS_MAX } from './article-input.js';
import { LEAD_MAX, RELATED_LIMIT, SLUG_MAX, TITLE_MAX } from './operations.js';
import { BODY_HTML_MAX } from './sanitize.js';
import { ACTIONS, REASON_MAX, type TransitionInput } from './workflow.js';

type Spec =
  | { type: 'string'; max: number; nullable?: boolean }
  | { type: 'id'; nullable?: boolean }
  | { type: 'ids'; maxItems: number }
  | { type: 'tags' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'dateTime' };

const typeName: Record<string, MessageKey> = {
  string: 'editorial.type.string',
  stringOrNull: 'editorial.type.stringOrNull',
  id: 'editorial.type.id',
  idOrNull: 'editorial.type.idOrNull',
  ids: 'editorial.type.ids',
  tags: 'editorial.type.tags',
};

const wrongType = (field: string, name: string) =>
  invalid(field, 'editorial.api.type', { field, type: `@${typeName[name]}` });

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

/** An ISO 8601 date-time with a zone (`2025-07-01T08:00:00+07:00`, `…Z`), or epoch ms. */
export function parseDateTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

function check(field: string, value: unknown, spec: Spec): unknown {
  switch (spec.type) {
    case 'string':
      if (value === null && spec.nullable) return null;
      if (typeof value !== 'string') throw wrongType(field, spec.nullable ? 'stringOrNull' : 'string');
      if (value.length > spec.max) throw invalid(field, 'editorial.api.tooLong', { field, max: spec.max });
      return value;
    case 'id':
      if (value === null && spec.nullable) return null;
      if (!isId(value)) throw wrongType(field, spec.nullable ? 'idOrNull' : 'id');
      return value;
    case 'ids':
      if (!Array.isArray(value) || !value.every(isId)) throw wrongType(field, 'ids');
      if (value.length > spec.maxItems)
        throw invalid(field, 'editorial.related.tooMany', { max: spec.maxItems });
      return value;
    case 'tags': {
      if (typeof value === 'string') {
        const max = TAGS_MAX * (TAG_MAX + 2);
        if (value.length > max) throw invalid(field, 'editorial.api.tooLong', { field, max });
        return value;
      }
      if (!Array.isArray(value) || !value.every((t) => typeof t === 'string')) throw wrongType(field, 'tags');
      if (value.length > TAGS_MAX) throw invalid(field, 'editorial.tags.tooMany', { max: TAGS_MAX });
      if (value.some((t: string) => t.length > TAG_MAX))
        throw invalid(field, 'editorial.api.tooLong', { field, max: TAG_MAX });
      return value;
    }
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        throw invalid(field, 'editorial.api.enum', { field, values: spec.values.join(', ') });
      return value;
    case 'dateTime': {
      const ms = parseDateTime(value);
      if (ms === undefined) throw invalid(field, 'editorial.api.date', { field });
      return ms;
    }
  }
}

/** Checks a JSON body against a spec; returns the known properties, converted (typed by the caller). */
export function readBody<T>(body: unknown, specs: Record<string, Spec>, required: readonly string[] = []): T {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('editorial.api.object');
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(key in specs)) throw invalid(key, 'editorial.api.unknownField', { field: key });
  }
  for (const key of required) {
    if (input[key] === undefined) throw invalid(key, 'editorial.api.required', { field: key });
  }
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (input[key] !== undefined) out[key] = check(key, input[key], spec);
  }
  return out as T;
}

const ARTICLE_SPECS: Record<string, Spec> = {
  title: { type: 'string', max: TITLE_MAX },
  slug: { type: 'string', max: SLUG_MAX },
  lead: { type: 'string', max: LEAD_MAX },
  bodyHtml: { type: 'string', max: BODY_HTML_MAX },
  categoryId: { type: 'id' },
  tags: { type: 'tags' },
  featuredMediaId: { type: 'id', nullable: true },
  byline: { type: 'string', max: BYLINE_MAX },
  source: { type: 'string', max: SOURCE_MAX, nullable: true },
  lang: { type: 'enum', values: ['vi', 'en'] },
  translationId: { type: 'id', nullable: true },
  relatedIds: { type: 'ids', maxItems: RELATED_LIMIT },
};

/** POST …/articles: a new draft (title and categoryId required). */
export function newArticleBody(body: unknown): ArticleFields & { title: string; categoryId: number } {
  return readBody(body, ARTICLE_SPECS, ['title', 'categoryId']);
}

/** PUT …/articles/{id} and …/autosave: the changed fields and the version they are based on. */
export function articleUpdateBody(body: unknown): ArticleFields & { version: number } {
  return readBody(body, { ...ARTICLE_SPECS, version: { type: 'id' } }, ['version']);
}

/** POST …/transitions. */
export function transitionBody(body: unknown): TransitionInput {
  return readBody<TransitionInput>(
    body,
    {
      action: { type: 'enum', values: ACTIONS },
      reason: { type: 'string', max: REASON_MAX },
      publishAt: { type: 'dateTime' },
      version: { type: 'id' },
    },
    ['action'],
  );
}

/** POST …/restore: optionally the version the restore is based on (an empty body is fine). */
export function restoreBody(body: unknown): { version?: number } {
  if (body === undefined || body === null || body === '') return {};
  return readBody(body, { version: { type: 'id' } });
}

function queryValue(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throw invalid(name, 'editorial.api.type', { field: name, type: '@editorial.type.string' });
  return value;
}

function queryId(query: Record<string, unknown>, name: string): number | undefined {
  const value = queryValue(query, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,12}$/.test(value) || Number(value) <= 0) throw wrongType(name, 'id');
  return Number(value);
}

const DAY_MS = 86_400_000;

/**
 * GET …/articles query: status, category, author, language, from / to (`dd/mm/yyyy` or
 * `yyyy-mm-dd`, Vietnamese days, both inclusive), dateField (updated | published), q, page.
 */
export function listQuery(query: unknown): ArticleListFilters {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const out: ArticleListFilters = {};
  const status = queryValue(q, 'status');
  if (status !== undefined) out.status = check('status', status, { type: 'enum', values: STATUSES }) as never;
  const category = queryId(q, 'category');
  if (category !== undefined) out.categoryId = category;
  const author = queryId(q, 'author');
  if (author !== undefined) out.authorId = author;
  const language = queryValue(q, 'language');
  if (language !== undefined)
    out.lang = check('language', language, { type: 'enum', values: ['vi', 'en'] }) as never;
  for (const name of ['from', 'to'] as const) {
    const value = queryValue(q, name);
    if (value === undefined) continue;
    const day = parseDate(value);
    if (day === null) throw invalid(name, 'editorial.api.date', { field: name });
    out[name] = name === 'to' ? day + DAY_MS : day;
  }
  const dateField = queryValue(q, 'dateField');
  if (dateField !== undefined)
    out.dateField = check('dateField', dateField, {
      type: 'enum',
      values: ['updated', 'published'],
    }) as never;
  const text = queryValue(q, 'q');
  if (text !== undefined) out.q = check('q', text, { type: 'string', max: QUERY_MAX }) as string;
  const page = queryId(q, 'page');
  if (page !== undefined) out.page = page;
  return out;
}

/** GET …/compare: the two revision ids. */
export function compareQuery(query: unknown): { a: number; b: number } {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const a = queryId(q, 'a');
  const b = queryId(q, 'b');
  if (a === undefined) throw invalid('a', 'editorial.api.required', { field: 'a' });
  if (b === undefined) throw invalid('b', 'editorial.api.required', { field: 'b' });
  return { a, b };
}
