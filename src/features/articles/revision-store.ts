/**
 * How revisions are written: every save of an article keeps a snapshot of what it became (title,
 * lead, body and the other fields as JSON), tagged with the article version it recorded.
 * Consecutive autosaves by the same person within ten minutes refresh one "autosave" revision
 * instead of piling up. Workflow transitions change no content and make no revision.
 * Reading, comparing and restoring them is revisions.ts.
 */
import type { Kysely } from 'kysely';
import type { Article, Lang, Schema } from '../../platform/db/schema.js';
import { parseManual } from './related.js';

/** Consecutive autosaves closer than this share one revision. */
export const AUTOSAVE_COALESCE_MS = 10 * 60_000;

export type RevisionKind = 'create' | 'save' | 'autosave' | 'restore' | 'baseline';

/** The fields of an article a revision keeps besides title, lead and body. */
export interface RevisionFields {
  slug: string;
  categoryId: number;
  tags: string[];
  byline: string;
  source: string | null;
  featuredMediaId: number | null;
  lang: Lang;
  translationId: number | null;
  relatedIds: number[];
}

/** An article's content at one version. */
export interface ArticleSnapshot extends RevisionFields {
  version: number;
  title: string;
  lead: string;
  bodyHtml: string;
}

/** The snapshot of an article row (with its tag names). */
export function snapshotOf(article: Article, tags: readonly string[]): ArticleSnapshot {
  return {
    version: article.version,
    title: article.title,
    lead: article.lead,
    bodyHtml: article.body_html,
    slug: article.slug,
    categoryId: article.category_id,
    tags: [...tags],
    byline: article.byline,
    source: article.source,
    featuredMediaId: article.featured_media_id,
    lang: article.lang,
    translationId: article.translation_id,
    relatedIds: parseManual(article.related_manual),
  };
}

/** The note column: the kind, and for a restore the revision restored (`restore:12`). */
export function revisionNote(kind: RevisionKind, restoredFrom?: number): string {
  return kind === 'restore' ? `restore:${restoredFrom}` : kind;
}

export function parseNote(note: string): { kind: RevisionKind; restoredFrom?: number } {
  const m = /^restore:(\d+)$/.exec(note);
  if (m) return { kind: 'restore', restoredFrom: Number(m[1]) };
  if (note === 'create' || note === 'autosave' || note === 'baseline') return { kind: note };
  return { kind: 'save' };
}

export function parseFields(json: string): Partial<RevisionFields> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Partial<RevisionFields>) : {};
  } catch {
    return {};
  }
}

function rowOf(snapshot: ArticleSnapshot) {
  const { version, title, lead, bodyHtml, ...fields } = snapshot;
  return { version, title, lead, body_html: bodyHtml, fields: JSON.stringify(fields) };
}

export interface RecordRevisionInput {
  siteId: number;
  articleId: number;
  userId: number | null;
  kind: RevisionKind;
  restoredFrom?: number;
  snapshot: ArticleSnapshot;
  at: number;
}

/**
 * Records a revision (inside the save's transaction: `db` may be one) and returns its id. An
 * autosave right after the same person's previous autosave updates that revision instead
 * (`coalesced`).
 */
export async function recordRevision(
  db: Kysely<Schema>,
  input: RecordRevisionInput,
): Promise<{ id: number; coalesced: boolean }> {
  const { siteId, articleId, userId, kind, snapshot, at } = input;
  if (kind === 'autosave') {
    const last = await db
      .selectFrom('article_revisions')
      .select(['id', 'user_id', 'note', 'created_at'])
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (
      last &&
      last.note === 'autosave' &&
      last.user_id === userId &&
      at - last.created_at <= AUTOSAVE_COALESCE_MS
    ) {
      await db
        .updateTable('article_revisions')
        .set({ ...rowOf(snapshot), created_at: at })
        .where('site_id', '=', siteId)
        .where('id', '=', last.id)
        .execute();
      return { id: last.id, coalesced: true };
    }
  }
  const row = await db
    .insertInto('article_revisions')
    .values({
      site_id: siteId,
      article_id: articleId,
      user_id: userId,
      created_at: at,
      note: revisionNote(kind, input.restoredFrom),
      ...rowOf(snapshot),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, coalesced: false };
}

/** Whether an article has any revision yet (articles made by the seeder or CLI start without). */
export async function hasRevisions(db: Kysely<Schema>, siteId: number, articleId: number): Promise<boolean> {
  const row = await db
    .selectFrom('article_revisions')
    .select('id')
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
