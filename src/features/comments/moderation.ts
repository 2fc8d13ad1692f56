/**
 * Moderation operations, shared by the admin pages and the API: approve, reject or mark as spam
 * one comment or many at once, and reply as the site. Each checks `comment.moderate` (approvers
 * and up) on the site, touches only that site's rows, writes one audit entry per comment changed,
 * and purges the pages of the articles whose visible comments changed.
 */
import { tags as cacheTags } from '../../platform/cache/tags.js';
import type { CommentStatus } from '../../platform/db/schema.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanBody } from './input.js';
import { commentOfSite, isCommentStatus, moderationQueue, type QueueFilter } from './queries.js';

export type ModerationAction = 'approve' | 'reject' | 'spam';
export const MODERATION_ACTIONS: readonly ModerationAction[] = ['approve', 'reject', 'spam'];
const STATUS_AFTER: Record<ModerationAction, CommentStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
};
export const BULK_MAX = 200;

export const isModerationAction = (v: unknown): v is ModerationAction =>
  typeof v === 'string' && (MODERATION_ACTIONS as readonly string[]).includes(v);

/** Comment ids from a form or JSON value: positive integers, each once. */
export function parseIds(raw: unknown): number[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null || raw === '' ? [] : [raw];
  const ids = new Set<number>();
  for (const item of list) {
    const n =
      typeof item === 'number'
        ? item
        : typeof item === 'string' && /^\d{1,12}$/.test(item)
          ? Number(item)
          : NaN;
    if (!Number.isSafeInteger(n) || n <= 0) throw invalid('ids', 'comments.admin.noneSelected');
    ids.add(n);
  }
  return [...ids];
}

export async function listComments(ctx: OpContext, site: AdminSite, filter: QueueFilter) {
  authorize(ctx.actor, site.id, 'comment.moderate');
  if (!isCommentStatus(filter.status)) throw invalid('status', 'comments.admin.statusInvalid');
  return moderationQueue(ctx.services.database, site.id, filter);
}

/**
 * Sets the status of the given comments of the site. Ids of other sites' comments are ignored like
 * unknown ones; when none is left the answer is 404. Returns how many comments changed status.
 */
export async function moderateComments(
  ctx: OpContext,
  site: AdminSite,
  ids: readonly number[],
  action: unknown,
  now = Date.now(),
): Promise<{ changed: number; found: number }> {
  authorize(ctx.actor, site.id, 'comment.moderate');
  if (!isModerationAction(action)) throw invalid('action', 'comments.admin.actionInvalid');
  if (ids.length === 0) throw invalid('ids', 'comments.admin.noneSelected');
  if (ids.length > BULK_MAX) throw invalid('ids', 'comments.admin.tooMany', { max: BULK_MAX });
  const db = ctx.services.database.db;
  const rows = await db
    .selectFrom('comments')
    .select(['id', 'article_id', 'status'])
    .where('site_id', '=', site.id)
    .where('id', 'in', ids)
    .execute();
  if (rows.length === 0) throw notFound();
  const status = STATUS_AFTER[action];
  const changing = rows.filter((r) => r.status !== status);
  if (changing.length > 0) {
    await db
      .updateTable('comments')
      .set({ status, moderated_by: ctx.actor.userId, moderated_at: now })
      .where('site_id', '=', site.id)
      .where(
        'id',
        'in',
        changing.map((r) => r.id),
      )
      .execute();
    for (const r of changing) {
      await audit(
        ctx.services.database,
        ctx.actor,
        {
          action: `comment.${action}`,
          siteId: site.id,
          target: `comment:${r.id}`,
          details: { articleId: r.article_id, from: r.status, to: status },
        },
        now,
      );
    }
    // Only approving, or taking back an approval, changes what the article page shows.
    const touched = new Set(
      changing.filter((r) => r.status === 'approved' || status === 'approved').map((r) => r.article_id),
    );
    if (touched.size > 0) ctx.services.invalidate([...touched].map((id) => cacheTags.article(site.id, id)));
  }
  return { changed: changing.length, found: rows.length };
}

/**
 * Posts the site's reply under a reader's comment: approved at once, marked as the site's, shown
 * when the comment itself is approved. Rejected or spam comments and replies cannot be answered.
 */
export async function replyToComment(
  ctx: OpContext,
  site: AdminSite,
  commentId: number,
  rawText: string,
  now = Date.now(),
): Promise<{ id: number }> {
  authorize(ctx.actor, site.id, 'comment.moderate');
  const parent = await commentOfSite(ctx.services.database, site.id, commentId);
  if (!parent) throw notFound();
  if (parent.parent_id !== null || parent.status === 'rejected' || parent.status === 'spam') {
    throw invalid('text', 'comments.admin.replyRefused');
  }
  const body = cleanBody(rawText, ctx.lang);
  const row = await ctx.services.database.db
    .insertInto('comments')
    .values({
      site_id: site.id,
      article_id: parent.article_id,
      parent_id: parent.id,
      author_name: site.defaultLang === 'en' ? site.nameEn : site.nameVi,
      author_email: '',
      body,
      status: 'approved',
      is_site_reply: 1,
      visitor_hash: '',
      source_hash: '',
      created_at: now,
      moderated_by: ctx.actor.userId,
      moderated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(
    ctx.services.database,
    ctx.actor,
    {
      action: 'comment.reply',
      siteId: site.id,
      target: `comment:${parent.id}`,
      details: { articleId: parent.article_id, replyId: row.id },
    },
    now,
  );
  if (parent.status === 'approved') ctx.services.invalidate([cacheTags.article(site.id, parent.article_id)]);
  return { id: row.id };
}
