/**
 * Writing articles in the admin: create a draft, save (optimistic concurrency: a save names the
 * version it was based on, and if someone else saved since, it is refused with a 409 that says
 * who and when, and nothing is stored), autosave (same checks; one revision per stretch of
 * autosaving), and the article as the edit page needs it. Admin pages and the JSON API call these.
 *
 * A save runs in one transaction: the conditional version bump, tags, translation links and the
 * revision. What derives from the saved text follows (document references, related articles,
 * the search copy of the tags) the way createArticle does it, and a public article's pages are
 * purged so the edit is live at once.
 */
import { tags as cacheTags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import type { ArticleStatus, Lang } from '../../platform/db/schema.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { sortVi } from '../../platform/vietnamese/index.js';
import { urls } from '../../web/urls.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { imageSources } from '../media/figure.js';
import {
  canEdit,
  editableArticle,
  LIVE_STATUSES,
  readableArticle,
  versionConflict,
} from './article-access.js';
import { type ArticleFields, checkFields } from './article-input.js';
import { htmlToText } from './html-text.js';
import {
  afterTextChange,
  articleText,
  createArticle,
  isUniqueViolation,
  publishTags,
  replaceArticleTags,
  setRelatedManual,
} from './operations.js';
import { parseManual } from './related.js';
import {
  type ArticleSnapshot,
  hasRevisions,
  type RevisionKind,
  recordRevision,
  snapshotOf,
} from './revision-store.js';
import { relinkTranslation } from './translation-link.js';
import { allowedActions, type WorkflowAction } from './workflow.js';

/** An article's tag names in Vietnamese alphabetical order. */
async function tagNamesOf(ctx: OpContext, siteId: number, articleId: number): Promise<string[]> {
  return sortVi(await ctx.services.articles.tagsOf(siteId, articleId), (t) => t.name).map((t) => t.name);
}

/** A new draft: title and category are required, the rest optional. */
export interface NewDraftInput extends ArticleFields {
  title: string;
  categoryId: number;
}

/** A save: the changed fields (undefined keeps the stored value) and the version they are based on. */
export interface ArticleUpdateInput extends ArticleFields {
  version: number;
}

/** What a create or save answers. */
export interface ArticleSaved {
  id: number;
  /** The article's version after the save: the next save must name it. */
  version: number;
  status: ArticleStatus;
  slug: string;
  revisionId: number;
  /** When it was saved (epoch ms). */
  savedAt: number;
  /** The cache tags purged (empty when nothing public changed). */
  invalidates: string[];
}

/** Creates a draft authored by the actor (contributors and above), with its first revision. */
export async function createDraft(
  ctx: OpContext,
  site: AdminSite,
  input: NewDraftInput,
): Promise<ArticleSaved> {
  const database = ctx.services.database;
  const { actor } = ctx;
  authorize(actor, site.id, 'article.create');
  const fields = await checkFields(database, actor, site, input);
  const created = await createArticle(database, site.id, {
    categoryId: fields.categoryId!,
    lang: fields.lang ?? 'vi',
    title: fields.title!,
    slug: fields.slug,
    lead: fields.lead ?? '',
    body: fields.body!,
    byline: fields.byline ?? '',
    source: fields.source ?? null,
    featuredMediaId: fields.featuredMediaId ?? null,
    tags: fields.tags ?? [],
    status: 'draft',
    authorId: actor.userId,
  });
  const now = Date.now();
  const { revisionId, touched } = await database.db.transaction().execute(async (trx) => {
    const touched = await relinkTranslation(trx, site.id, created.id, null, fields.translationId ?? null);
    if (fields.relatedIds?.length) {
      await trx
        .updateTable('articles')
        .set({ related_manual: JSON.stringify(fields.relatedIds) })
        .where('site_id', '=', site.id)
        .where('id', '=', created.id)
        .execute();
    }
    const article = await trx
      .selectFrom('articles')
      .selectAll()
      .where('site_id', '=', site.id)
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const revision = await recordRevision(trx, {
      siteId: site.id,
      articleId: created.id,
      userId: actor.userId,
      kind: 'create',
      snapshot: snapshotOf(article, fields.tags ?? []),
      at: now,
    });
    return { revisionId: revision.id, touched };
  });
  await audit(database, actor, {
    action: 'article.create',
    siteId: site.id,
    target: `article:${created.id}`,
    details: { title: fields.title },
  });
  const invalidates = await publicPartners(database, site.id, touched);
  if (invalidates.length) ctx.services.invalidate(invalidates);
  return {
    id: created.id,
    version: 1,
    status: 'draft',
    slug: created.slug,
    revisionId,
    savedAt: now,
    invalidates,
  };
}

/** Saves an edit. 409 (nothing stored) when the article is no longer at `input.version`. */
export function updateArticle(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  input: ArticleUpdateInput,
): Promise<ArticleSaved> {
  return saveArticle(ctx, site, articleId, input, { kind: 'save' });
}

/**
 * Saves what the editor has typed so far, with the same checks as a save. The same person's
 * autosaves less than ten minutes apart refresh one "autosave" revision. Published and scheduled
 * articles are not autosaved (a half-typed sentence would go live): 409.
 */
export function autosave(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  input: ArticleUpdateInput,
): Promise<ArticleSaved> {
  return saveArticle(ctx, site, articleId, input, { kind: 'autosave' });
}

export interface SaveOptions {
  kind: Exclude<RevisionKind, 'create' | 'baseline'>;
  restoredFrom?: number;
}

/**
 * The one way an existing article's content changes (save, autosave, restore). `version`
 * undefined (restore without one) means "the version just read".
 */
export async function saveArticle(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  input: ArticleFields & { version?: number },
  options: SaveOptions,
): Promise<ArticleSaved> {
  const database = ctx.services.database;
  const { actor } = ctx;
  const current = await editableArticle(database, actor, site, articleId);
  if (options.kind === 'autosave' && LIVE_STATUSES.includes(current.status))
    throw conflict('status', 'editorial.autosave.live');
  if (input.version !== undefined && input.version !== current.version)
    throw await versionConflict(database, site.id, current.id);
  const fields = await checkFields(database, actor, site, input, current);
  const tagsBefore = await tagNamesOf(ctx, site.id, current.id);
  const now = Date.now();

  const save = database.db.transaction().execute(async (trx) => {
    if (!(await hasRevisions(trx, site.id, current.id))) {
      // Articles written before the admin (seeder, CLI) get their state kept first, to compare with.
      await recordRevision(trx, {
        siteId: site.id,
        articleId: current.id,
        userId: current.updated_by ?? current.author_id,
        kind: 'baseline',
        snapshot: snapshotOf(current, tagsBefore),
        at: current.updated_at,
      });
    }
    const moved = await trx
      .updateTable('articles')
      .set({
        ...(fields.title !== undefined ? { title: fields.title } : {}),
        ...(fields.slug !== undefined ? { slug: fields.slug } : {}),
        ...(fields.lead !== undefined ? { lead: fields.lead } : {}),
        ...(fields.body !== undefined ? { body_html: fields.body.html, word_count: fields.body.words } : {}),
        ...(fields.categoryId !== undefined ? { category_id: fields.categoryId } : {}),
        ...(fields.featuredMediaId !== undefined ? { featured_media_id: fields.featuredMediaId } : {}),
        ...(fields.byline !== undefined ? { byline: fields.byline } : {}),
        ...(fields.source !== undefined ? { source: fields.source } : {}),
        ...(fields.lang !== undefined ? { lang: fields.lang } : {}),
        version: current.version + 1,
        updated_at: now,
        updated_by: actor.userId,
      })
      .where('site_id', '=', site.id)
      .where('id', '=', current.id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    // Someone saved between our read and this write: store nothing.
    if (Number(moved.numUpdatedRows) === 0) return undefined;
    if (fields.tags !== undefined)
      await replaceArticleTags({ ...database, db: trx }, site.id, current.id, fields.tags);
    const touched =
      fields.translationId !== undefined
        ? await relinkTranslation(trx, site.id, current.id, current.translation_id, fields.translationId)
        : [];
    const article = await trx
      .selectFrom('articles')
      .selectAll()
      .where('site_id', '=', site.id)
      .where('id', '=', current.id)
      .executeTakeFirstOrThrow();
    const snapshot: ArticleSnapshot = {
      ...snapshotOf(article, fields.tags ?? tagsBefore),
      relatedIds: fields.relatedIds ?? parseManual(current.related_manual),
    };
    const revision = await recordRevision(trx, {
      siteId: site.id,
      articleId: current.id,
      userId: actor.userId,
      kind: options.kind,
      restoredFrom: options.restoredFrom,
      snapshot,
      at: now,
    });
    return { article, touched, revision };
  });
  const saved = await save.catch((err: unknown) => {
    // Another article took the slug between the check and this save.
    throw isUniqueViolation(err) ? invalid('slug', 'validation.slugTaken', { slug: fields.slug ?? '' }) : err;
  });
  if (!saved) throw await versionConflict(database, site.id, current.id);
  const { article, touched, revision } = saved;

  if (fields.relatedIds !== undefined)
    await setRelatedManual(database, site.id, article.id, fields.relatedIds);
  const text = articleText(article.title, article.lead, fields.body?.text ?? htmlToText(article.body_html));
  const related = await afterTextChange(database, site.id, article.id, text, article.status);
  const invalidates = new Set([...related, ...(await publicPartners(database, site.id, touched))]);
  if (article.status === 'published') {
    for (const tag of publishTags(site.id, article.category_id, article.id, 'published'))
      invalidates.add(tag);
    if (article.category_id !== current.category_id)
      invalidates.add(cacheTags.category(site.id, current.category_id));
    if (article.translation_id !== null) invalidates.add(cacheTags.article(site.id, article.translation_id));
  }
  // Every save is audited; a stretch of autosaves once, when its revision starts.
  if (!revision.coalesced) {
    await audit(database, actor, {
      action: `article.${options.kind === 'save' ? 'update' : options.kind}`,
      siteId: site.id,
      target: `article:${article.id}`,
      details: {
        version: article.version,
        fields: changedFields(fields),
        ...(options.restoredFrom !== undefined ? { revision: options.restoredFrom } : {}),
      },
    });
  }
  const list = [...invalidates];
  if (list.length) ctx.services.invalidate(list);
  return {
    id: article.id,
    version: article.version,
    status: article.status,
    slug: article.slug,
    revisionId: revision.id,
    savedAt: now,
    invalidates: list,
  };
}

function changedFields(fields: object): string[] {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => (k === 'body' ? 'bodyHtml' : k));
}

/** The article tags of those articles that are public (their language switch changed). */
async function publicPartners(database: Database, siteId: number, ids: readonly number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await database.db
    .selectFrom('articles')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', 'in', [...ids])
    .where('status', '=', 'published')
    .execute();
  return rows.map((r) => cacheTags.article(siteId, r.id));
}

/** An article as the edit page and the API show it. Times are epoch milliseconds. */
export interface ArticleForEdit {
  id: number;
  version: number;
  status: ArticleStatus;
  lang: Lang;
  title: string;
  slug: string;
  lead: string;
  /** Stored body HTML (figures carry data-media-id), to load into the editor. */
  bodyHtml: string;
  wordCount: number;
  categoryId: number;
  category: { id: number; nameVi: string; nameEn: string } | null;
  tags: string[];
  featuredMediaId: number | null;
  featuredMedia: { id: number; alt: string; thumbUrl: string | null } | null;
  byline: string;
  source: string | null;
  translationId: number | null;
  translation: { id: number; title: string; lang: Lang; status: ArticleStatus } | null;
  relatedIds: number[];
  related: { id: number; title: string; status: ArticleStatus }[];
  author: { id: number; name: string } | null;
  updatedBy: { id: number; name: string } | null;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  /** The public page's path once published and due, else null. */
  publicPath: string | null;
  /** May the actor save it now? */
  canEdit: boolean;
  /** Workflow actions the actor may take now. */
  actions: WorkflowAction[];
}

/** The article for its edit page (404 to anyone who may not see it). */
export async function getArticleForEdit(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
): Promise<ArticleForEdit> {
  const database = ctx.services.database;
  const a = await readableArticle(database, ctx.actor, site, articleId);
  const db = database.db;
  const relatedIds = parseManual(a.related_manual);
  const linked = [...relatedIds, ...(a.translation_id !== null ? [a.translation_id] : [])];
  const userIds = [a.author_id, a.updated_by].filter((id): id is number => id !== null);
  const [category, tags, media, articles, users] = await Promise.all([
    db
      .selectFrom('categories')
      .select(['id', 'name_vi', 'name_en'])
      .where('site_id', '=', site.id)
      .where('id', '=', a.category_id)
      .executeTakeFirst(),
    tagNamesOf(ctx, site.id, a.id),
    a.featured_media_id === null
      ? undefined
      : db
          .selectFrom('media')
          .select(['id', 'alt', 'variants'])
          .where('site_id', '=', site.id)
          .where('id', '=', a.featured_media_id)
          .executeTakeFirst(),
    linked.length
      ? db
          .selectFrom('articles')
          .select(['id', 'title', 'lang', 'status'])
          .where('site_id', '=', site.id)
          .where('id', 'in', linked)
          .execute()
      : [],
    userIds.length
      ? db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
      : [],
  ]);
  const articleById = new Map(articles.map((r) => [r.id, r]));
  const person = (id: number | null) => {
    if (id === null) return null;
    return { id, name: users.find((u) => u.id === id)?.display_name ?? '' };
  };
  const translation = a.translation_id === null ? undefined : articleById.get(a.translation_id);
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    lang: a.lang,
    title: a.title,
    slug: a.slug,
    lead: a.lead,
    bodyHtml: a.body_html,
    wordCount: a.word_count,
    categoryId: a.category_id,
    category: category ? { id: category.id, nameVi: category.name_vi, nameEn: category.name_en } : null,
    tags,
    featuredMediaId: a.featured_media_id,
    featuredMedia: media
      ? { id: media.id, alt: media.alt, thumbUrl: imageSources(media)?.smallest ?? null }
      : null,
    byline: a.byline,
    source: a.source,
    translationId: a.translation_id,
    translation: translation ? { ...translation } : null,
    relatedIds,
    related: relatedIds.flatMap((id) => {
      const r = articleById.get(id);
      return r ? [{ id: r.id, title: r.title, status: r.status }] : [];
    }),
    author: person(a.author_id),
    updatedBy: person(a.updated_by),
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    publishedAt: a.published_at,
    publicPath:
      a.status === 'published' && a.published_at !== null && a.published_at <= Date.now()
        ? urls.article(a.lang, a.slug)
        : null,
    canEdit: canEdit(ctx.actor, site.id, a),
    actions: allowedActions(ctx.actor, site.id, a),
  };
}
