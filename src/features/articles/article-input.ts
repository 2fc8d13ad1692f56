/**
 * The editable fields of an article and their rules, checked the same way for the admin form, the
 * JSON API and restores: title (required, ≤ 300), slug (from the title with Vietnamese folding when
 * left empty; unique per site), lead, category (of the site), tags (comma separated, created as
 * needed), featured image (the site's, with alt text), byline (bút danh), source, language (vi/en),
 * translation (an article of the site in the other language) and related overrides (the site's
 * articles). The first problem is thrown as a field error (`invalid(field, …)`), named after the
 * input property, so a form shows it next to that field.
 */
import type { Database } from '../../platform/db/database.js';
import type { Article, Lang } from '../../platform/db/schema.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText, slugify } from '../../platform/vietnamese/index.js';
import type { Actor } from '../access/actor.js';
import type { AdminSite } from '../admin/context.js';
import { canRead } from './article-access.js';
import { requireUsableMedia } from './body-media.js';
import { htmlToText } from './html-text.js';
import {
  LEAD_MAX,
  RELATED_LIMIT,
  type ReadyBody,
  requireCategory,
  SLUG_MAX,
  slugOwner,
  TITLE_MAX,
  tagNames,
  uniqueSlug,
} from './operations.js';
import { prepareBody } from './sanitize.js';

export const BYLINE_MAX = 200;
export const SOURCE_MAX = 300;
export const TAGS_MAX = 20;
export const TAG_MAX = 100;

/**
 * The editable fields. On create, `title` and `categoryId` are required and the rest default to
 * empty; on update, a field left undefined keeps its stored value.
 */
export interface ArticleFields {
  title?: string;
  /** Empty: made from the title (on update: from the title as saved). */
  slug?: string;
  lead?: string;
  /** The editor's HTML; sanitised and its photos rebuilt from the media library. */
  bodyHtml?: string;
  categoryId?: number;
  /** `"Nông thôn mới, Giao thông"` or a list of names. */
  tags?: string | readonly string[];
  featuredMediaId?: number | null;
  /** Pen name (bút danh) shown at the end of the article. */
  byline?: string;
  /** News source, e.g. `Đài Truyền thanh huyện Kim Sơn`; empty or null for none. */
  source?: string | null;
  lang?: Lang;
  /** The article in the other language; null unlinks (both sides). */
  translationId?: number | null;
  /** Editor's picks for `Tin liên quan`, in order (at most RELATED_LIMIT); empty clears. */
  relatedIds?: readonly number[];
}

/** The fields after checking, cleaned; only those given (plus required defaults on create). */
export interface CheckedFields {
  title?: string;
  slug?: string;
  lead?: string;
  body?: ReadyBody & { mediaIds: number[] };
  categoryId?: number;
  tags?: string[];
  featuredMediaId?: number | null;
  byline?: string;
  source?: string | null;
  lang?: Lang;
  translationId?: number | null;
  relatedIds?: number[];
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

function text(value: string, field: string, max: number, label: string): string {
  const clean = cleanText(value);
  if (clean.length > max) throw invalid(field, 'validation.tooLong', { field: label, max });
  return clean;
}

/**
 * Checks the fields against the site and the stored article (`current`, absent on create) and
 * returns them cleaned. Throws the first problem as a field error; nothing is written.
 */
export async function checkFields(
  database: Database,
  actor: Actor,
  site: AdminSite,
  input: ArticleFields,
  current?: Article,
): Promise<CheckedFields> {
  const out: CheckedFields = {};
  const db = database.db;

  if (input.title !== undefined || !current) {
    const title = text(input.title ?? '', 'title', TITLE_MAX, '@field.title');
    if (!title) throw invalid('title', 'validation.required', { field: '@field.title' });
    out.title = title;
  }
  const title = out.title ?? current!.title;

  if (input.slug !== undefined || !current) {
    const typed = cleanText(input.slug ?? '');
    // An emptied slug on an article that has been public keeps its address: links to it live on.
    const wasPublic = current !== undefined && current.published_at !== null;
    if (!typed) {
      if (!wasPublic) out.slug = await uniqueSlug(database, site.id, title, current?.id);
    } else {
      if (typed.length > SLUG_MAX * 2)
        throw invalid('slug', 'validation.tooLong', { field: '@field.slug', max: SLUG_MAX });
      const slug = slugify(typed, SLUG_MAX);
      if (!slug) throw invalid('slug', 'editorial.slug.invalid');
      const owner = await slugOwner(database, site.id, slug);
      if (owner !== undefined && owner !== current?.id)
        throw invalid('slug', 'validation.slugTaken', { slug });
      out.slug = slug;
    }
  }

  if (input.lead !== undefined) out.lead = text(input.lead, 'lead', LEAD_MAX, '@editorial.field.lead');

  if (input.categoryId !== undefined || !current) {
    if (!isId(input.categoryId)) throw invalid('categoryId', 'editorial.category.required');
    await requireCategory(database, site.id, input.categoryId);
    out.categoryId = input.categoryId;
  }

  if (input.bodyHtml !== undefined || !current) {
    const body = await prepareBody(database, site.id, input.bodyHtml ?? '', 'bodyHtml');
    out.body = { ...body, text: htmlToText(body.html) };
  }

  if (input.tags !== undefined) {
    const raw = typeof input.tags === 'string' ? input.tags.split(',') : input.tags;
    if (raw.some((name) => cleanText(name).length > TAG_MAX))
      throw invalid('tags', 'validation.tooLong', { field: '@editorial.field.tag', max: TAG_MAX });
    const names = tagNames(raw);
    if (names.length > TAGS_MAX) throw invalid('tags', 'editorial.tags.tooMany', { max: TAGS_MAX });
    out.tags = names;
  }

  if (input.featuredMediaId !== undefined) {
    if (input.featuredMediaId !== null) {
      if (!isId(input.featuredMediaId))
        throw invalid('featuredMediaId', 'editorial.media.missing', { id: String(input.featuredMediaId) });
      await requireUsableMedia(database, site.id, input.featuredMediaId, 'featuredMediaId');
    }
    out.featuredMediaId = input.featuredMediaId;
  }

  if (input.byline !== undefined)
    out.byline = text(input.byline, 'byline', BYLINE_MAX, '@editorial.field.byline');
  if (input.source !== undefined) {
    out.source =
      input.source === null
        ? null
        : text(input.source, 'source', SOURCE_MAX, '@editorial.field.source') || null;
  }

  if (input.lang !== undefined) {
    if (input.lang !== 'vi' && input.lang !== 'en') throw invalid('lang', 'validation.langInvalid');
    out.lang = input.lang;
  }
  const lang = out.lang ?? current?.lang ?? 'vi';

  const partnerId =
    input.translationId !== undefined ? input.translationId : (current?.translation_id ?? null);
  if (partnerId !== null && (input.translationId !== undefined || out.lang !== undefined)) {
    const field = input.translationId !== undefined ? 'translationId' : 'lang';
    if (!isId(partnerId)) throw invalid(field, 'editorial.translation.unknown', { id: String(partnerId) });
    if (partnerId === current?.id) throw invalid(field, 'editorial.translation.self');
    const partner = await db
      .selectFrom('articles')
      .select(['id', 'lang', 'author_id'])
      .where('site_id', '=', site.id)
      .where('id', '=', partnerId)
      .executeTakeFirst();
    if (!partner || !canRead(actor, site.id, partner))
      throw invalid(field, 'editorial.translation.unknown', { id: partnerId });
    if (partner.lang === lang) throw invalid(field, 'editorial.translation.sameLang');
  }
  if (input.translationId !== undefined) out.translationId = input.translationId;

  if (input.relatedIds !== undefined) {
    const ids = [...new Set(input.relatedIds)];
    const bad = ids.find((id) => !isId(id) || id === current?.id);
    if (bad !== undefined) throw invalid('relatedIds', 'editorial.related.unknown', { id: String(bad) });
    if (ids.length > RELATED_LIMIT)
      throw invalid('relatedIds', 'editorial.related.tooMany', { max: RELATED_LIMIT });
    if (ids.length) {
      const found = new Set(
        (
          await db
            .selectFrom('articles')
            .select('id')
            .where('site_id', '=', site.id)
            .where('id', 'in', ids)
            .execute()
        ).map((r) => r.id),
      );
      const missing = ids.find((id) => !found.has(id));
      if (missing !== undefined) throw invalid('relatedIds', 'editorial.related.unknown', { id: missing });
    }
    out.relatedIds = ids;
  }
  return out;
}

/** A form value as one string ('' when absent; the first of repeated values). */
function formValue(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function formId(body: Record<string, unknown>, name: string, nullable: true): number | null | undefined;
function formId(body: Record<string, unknown>, name: string, nullable: false): number | undefined;
function formId(body: Record<string, unknown>, name: string, nullable: boolean): number | null | undefined {
  const value = formValue(body, name);
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return nullable ? null : undefined;
  if (!/^\d{1,12}$/.test(trimmed))
    throw invalid(name, 'editorial.api.type', { field: name, type: 'integer' });
  return Number(trimmed);
}

/**
 * Reads the article fields of an admin form (application/x-www-form-urlencoded): the input
 * names are the ArticleFields names; `relatedIds` may be repeated or comma separated; empty
 * `featuredMediaId` / `translationId` mean none. Fields absent from the form stay undefined.
 * Also reads `version` (the version the form was based on).
 */
export function articleFieldsFromForm(body: unknown): ArticleFields & { version?: number } {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const out: ArticleFields & { version?: number } = {};
  for (const name of ['title', 'slug', 'lead', 'bodyHtml', 'tags', 'byline', 'source'] as const) {
    const value = formValue(form, name);
    if (value !== undefined) out[name] = value;
  }
  // The editor's textarea is named body_html (see src/client/editor.ts).
  const editorBody = formValue(form, 'body_html');
  if (out.bodyHtml === undefined && editorBody !== undefined) out.bodyHtml = editorBody;
  const lang = formValue(form, 'lang');
  if (lang !== undefined) out.lang = lang as Lang;
  const categoryId = formId(form, 'categoryId', false);
  if (categoryId !== undefined) out.categoryId = categoryId;
  const featured = formId(form, 'featuredMediaId', true);
  if (featured !== undefined) out.featuredMediaId = featured;
  const translation = formId(form, 'translationId', true);
  if (translation !== undefined) out.translationId = translation;
  const version = formId(form, 'version', false);
  if (version !== undefined) out.version = version;
  const related = form.relatedIds;
  if (related !== undefined) {
    const list = (Array.isArray(related) ? related : [related]).flatMap((v) => String(v).split(','));
    out.relatedIds = list
      .map((v) => v.trim())
      .filter(Boolean)
      .map((v) => {
        if (!/^\d{1,12}$/.test(v)) throw invalid('relatedIds', 'editorial.related.unknown', { id: v });
        return Number(v);
      });
  }
  return out;
}
