/**
 * An article's revisions: the list, one revision, a comparison of any two (word-level differences
 * of title, lead and body text, correct with Vietnamese diacritics, plus the other fields that
 * changed) and restoring one, which is itself a save: a new revision and a version bump, allowed
 * to whoever may edit the article now. Revisions are written by revision-store.ts on every save.
 */
import { notFound } from '../../platform/http/errors.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { type ArticleSaved, saveArticle } from './admin-ops.js';
import { readableArticle } from './article-access.js';
import { type DiffPart, wordDiff } from './diff.js';
import { htmlToText } from './html-text.js';
import { parseFields, parseNote, type RevisionFields, type RevisionKind } from './revision-store.js';

export interface RevisionSummary {
  id: number;
  /** The article version this revision recorded. */
  version: number;
  createdAt: number;
  user: { id: number; name: string } | null;
  kind: RevisionKind;
  /** For a restore: the revision it restored. */
  restoredFrom?: number;
  /** `t(lang, labelKey, { id: restoredFrom })`: Lưu, Tự động lưu, Khôi phục từ phiên bản 12… */
  labelKey: MessageKey;
  title: string;
}

export interface RevisionDetail extends RevisionSummary {
  lead: string;
  bodyHtml: string;
  fields: Partial<RevisionFields>;
}

/** Most revisions listed for one article (newest first). */
export const REVISIONS_LISTED = 500;

const labelKey = (kind: RevisionKind): MessageKey => `editorial.revision.${kind}` as MessageKey;

function revisionsOf(ctx: OpContext, siteId: number, articleId: number) {
  return ctx.services.database.db
    .selectFrom('article_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .where('r.site_id', '=', siteId)
    .where('r.article_id', '=', articleId);
}

function summary(r: {
  id: number;
  version: number;
  created_at: number;
  user_id: number | null;
  display_name: string | null;
  note: string;
  title: string;
}): RevisionSummary {
  const note = parseNote(r.note);
  return {
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    user: r.user_id === null ? null : { id: r.user_id, name: r.display_name ?? '' },
    kind: note.kind,
    ...(note.restoredFrom !== undefined ? { restoredFrom: note.restoredFrom } : {}),
    labelKey: labelKey(note.kind),
    title: r.title,
  };
}

const SUMMARY_COLUMNS = [
  'r.id',
  'r.version',
  'r.created_at',
  'r.user_id',
  'u.display_name',
  'r.note',
  'r.title',
] as const;

/** An article's revisions, newest first. */
export async function listRevisions(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
): Promise<RevisionSummary[]> {
  const article = await readableArticle(ctx.services.database, ctx.actor, site, articleId);
  const rows = await revisionsOf(ctx, site.id, article.id)
    .select([...SUMMARY_COLUMNS])
    .orderBy('r.id', 'desc')
    .limit(REVISIONS_LISTED)
    .execute();
  return rows.map(summary);
}

/** One revision of an article (404 when it is not this article's). */
export async function getRevision(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  revisionId: number,
): Promise<RevisionDetail> {
  const article = await readableArticle(ctx.services.database, ctx.actor, site, articleId);
  if (!Number.isSafeInteger(revisionId) || revisionId <= 0) throw notFound();
  const row = await revisionsOf(ctx, site.id, article.id)
    .select([...SUMMARY_COLUMNS, 'r.lead', 'r.body_html', 'r.fields'])
    .where('r.id', '=', revisionId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { ...summary(row), lead: row.lead, bodyHtml: row.body_html, fields: parseFields(row.fields) };
}

export interface FieldChange {
  field: keyof RevisionFields;
  a: unknown;
  b: unknown;
}

export interface RevisionComparison {
  a: RevisionSummary;
  b: RevisionSummary;
  title: DiffPart[];
  lead: DiffPart[];
  /** The body's text, one line per paragraph, heading, list item or caption. */
  body: DiffPart[];
  /** The other fields whose values differ. */
  fields: FieldChange[];
}

const COMPARED_FIELDS: (keyof RevisionFields)[] = [
  'slug',
  'categoryId',
  'tags',
  'byline',
  'source',
  'featuredMediaId',
  'lang',
  'translationId',
  'relatedIds',
];

/** Compares two revisions of an article (a → b), word by word; 404 when either is not this article's. */
export async function compareRevisions(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  a: number,
  b: number,
): Promise<RevisionComparison> {
  const [ra, rb] = await Promise.all([
    getRevision(ctx, site, articleId, a),
    getRevision(ctx, site, articleId, b),
  ]);
  const fields: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const va = ra.fields[field] ?? null;
    const vb = rb.fields[field] ?? null;
    if (JSON.stringify(va) !== JSON.stringify(vb)) fields.push({ field, a: va, b: vb });
  }
  const strip = ({ lead: _l, bodyHtml: _b, fields: _f, ...rest }: RevisionDetail): RevisionSummary => rest;
  return {
    a: strip(ra),
    b: strip(rb),
    title: wordDiff(ra.title, rb.title),
    lead: wordDiff(ra.lead, rb.lead),
    body: wordDiff(htmlToText(ra.bodyHtml), htmlToText(rb.bodyHtml)),
    fields,
  };
}

/**
 * Restores a revision: its title, slug, lead, body (photos rebuilt from the library as they are
 * now), category, tags, byline, source, featured image and related picks become the article's
 * content again, as a new save (new revision, version bump). Language and translation links stay
 * as they are. Checked like an edit; `version`, when given, must be the article's current one.
 */
export async function restoreRevision(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  revisionId: number,
  input: { version?: number } = {},
): Promise<ArticleSaved> {
  const revision = await getRevision(ctx, site, articleId, revisionId);
  const f = revision.fields;
  return saveArticle(
    ctx,
    site,
    articleId,
    {
      version: input.version,
      title: revision.title,
      lead: revision.lead,
      bodyHtml: revision.bodyHtml,
      ...(typeof f.slug === 'string' ? { slug: f.slug } : {}),
      ...(typeof f.categoryId === 'number' ? { categoryId: f.categoryId } : {}),
      ...(Array.isArray(f.tags) ? { tags: f.tags } : {}),
      ...(typeof f.byline === 'string' ? { byline: f.byline } : {}),
      ...(f.source !== undefined ? { source: f.source } : {}),
      ...(f.featuredMediaId !== undefined ? { featuredMediaId: f.featuredMediaId } : {}),
      ...(Array.isArray(f.relatedIds) ? { relatedIds: f.relatedIds } : {}),
    },
    { kind: 'restore', restoredFrom: revision.id },
  );
}

export type { DiffPart };
