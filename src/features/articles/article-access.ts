/**
 * Who may read and edit which article, on top of the per-site permissions of access/roles.ts:
 * contributors see and edit only their own articles (edit only while draft or returned), editors
 * and above every article of the site, and only approvers and above change what is public or
 * about to be (published, scheduled). Also the 409 errors that tell who changed an article
 * meanwhile, and when.
 */
import type { Database } from '../../platform/db/database.js';
import type { Article, ArticleStatus } from '../../platform/db/schema.js';
import { conflict, forbidden, type LoaError, notFound } from '../../platform/http/errors.js';
import { formatDateTime } from '../../platform/vietnamese/index.js';
import { type Actor, authorize, can } from '../access/actor.js';
import type { AdminSite } from '../admin/context.js';

/** Statuses only approvers and above may edit: the article is public or about to be. */
export const LIVE_STATUSES: readonly ArticleStatus[] = ['published', 'scheduled'];
/** Statuses in which a contributor may still edit their own article. */
export const CONTRIBUTOR_EDITABLE: readonly ArticleStatus[] = ['draft', 'returned'];

export const isOwn = (actor: Actor, article: Pick<Article, 'author_id'>) =>
  article.author_id === actor.userId;

/** True when the actor may see the article (its edit page, revisions, timeline). */
export function canRead(actor: Actor, siteId: number, article: Pick<Article, 'author_id'>): boolean {
  return can(actor, siteId, 'article.readAll') || isOwn(actor, article);
}

/** Why the actor may not edit the article (a catalogue key), or undefined when they may. */
export function editRefusal(
  actor: Actor,
  siteId: number,
  article: Pick<Article, 'author_id' | 'status'>,
): 'editorial.edit.live' | 'editorial.edit.notOwn' | 'editorial.edit.notDraft' | undefined {
  if (LIVE_STATUSES.includes(article.status)) {
    return can(actor, siteId, 'article.publish') ? undefined : 'editorial.edit.live';
  }
  if (can(actor, siteId, 'article.editAny')) return undefined;
  if (!isOwn(actor, article)) return 'editorial.edit.notOwn';
  return CONTRIBUTOR_EDITABLE.includes(article.status) ? undefined : 'editorial.edit.notDraft';
}

export const canEdit = (actor: Actor, siteId: number, article: Pick<Article, 'author_id' | 'status'>) =>
  editRefusal(actor, siteId, article) === undefined;

/**
 * The article as stored, for an actor allowed to see it: 404 when the actor has no part in the
 * site, when the article is not the site's, or when a contributor asks for someone else's.
 */
export async function readableArticle(
  database: Database,
  actor: Actor,
  site: AdminSite,
  articleId: number,
): Promise<Article> {
  authorize(actor, site.id, 'site.enter');
  if (!Number.isSafeInteger(articleId) || articleId <= 0) throw notFound();
  const article = await database.db
    .selectFrom('articles')
    .selectAll()
    .where('site_id', '=', site.id)
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article || !canRead(actor, site.id, article)) throw notFound();
  return article;
}

/** The article, for an actor allowed to edit it now (403 with the reason otherwise). */
export async function editableArticle(
  database: Database,
  actor: Actor,
  site: AdminSite,
  articleId: number,
): Promise<Article> {
  const article = await readableArticle(database, actor, site, articleId);
  const refusal = editRefusal(actor, site.id, article);
  if (refusal) throw forbidden(refusal);
  return article;
}

/** The display name of a user (empty when unknown or the system). */
export async function userName(database: Database, userId: number | null): Promise<string> {
  if (userId === null) return '';
  const row = await database.db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.display_name ?? '';
}

/** The system's name in messages: scheduled publishing has no user. */
const SYSTEM_NAME = 'Loa';

/**
 * 409: someone else saved the article since the version the caller based their change on. Says
 * who and when (Vietnam time): the revision that made the current version, else the article's
 * last update.
 */
export async function versionConflict(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<LoaError> {
  const [now, revision] = await Promise.all([
    database.db
      .selectFrom('articles')
      .select(['updated_by', 'updated_at', 'version'])
      .where('site_id', '=', siteId)
      .where('id', '=', articleId)
      .executeTakeFirst(),
    database.db
      .selectFrom('article_revisions')
      .select(['user_id', 'created_at', 'version'])
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!now) return notFound();
  const saved = revision?.version === now.version ? revision : undefined;
  return conflict('version', 'editorial.conflict.version', {
    name: (await userName(database, saved ? saved.user_id : now.updated_by)) || SYSTEM_NAME,
    time: formatDateTime(new Date(saved ? saved.created_at : now.updated_at)),
    version: now.version,
  });
}

/** 409: the article's status changed since the caller looked (the latest transition says how). */
export async function statusConflict(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<LoaError> {
  const [article, last] = await Promise.all([
    database.db
      .selectFrom('articles')
      .select(['status', 'updated_at', 'updated_by'])
      .where('site_id', '=', siteId)
      .where('id', '=', articleId)
      .executeTakeFirst(),
    database.db
      .selectFrom('article_transitions')
      .select(['user_id', 'at'])
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!article) return notFound();
  const by = last ? last.user_id : article.updated_by;
  return conflict('status', 'editorial.conflict.status', {
    status: `@editorial.status.${article.status}`,
    name: (await userName(database, by)) || SYSTEM_NAME,
    time: formatDateTime(new Date(last?.at ?? article.updated_at)),
  });
}
