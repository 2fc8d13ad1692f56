/**
 * The editorial workflow of an article:
 *
 *   draft → submitted → returned (with a reason) → submitted … → approved → published
 *                                                                        ↘ scheduled → published (when due)
 *   published / scheduled → unpublished → draft (re-editing)
 *
 * TRANSITIONS says which role may do what from which status: contributors submit their own
 * articles; editors submit any and return submitted ones with a reason; approvers also approve,
 * publish, schedule, unpublish and return approved or scheduled ones; site admins and platform
 * admins do everything. Each transition checks the status it starts from (a stale one is refused
 * with 409), is recorded in `article_transitions` and the audit log, and purges exactly the cache
 * tags it touches. Scheduled articles are published by the scheduler (operations.ts).
 */
import type { Article, ArticleStatus } from '../../platform/db/schema.js';
import { forbidden, invalid } from '../../platform/http/errors.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import { type Actor, authorize, roleOn } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { type Role, roleAtLeast } from '../access/roles.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { isOwn, readableArticle, statusConflict, versionConflict } from './article-access.js';
import { wentDark, wentPublic } from './operations.js';

export const ACTIONS = [
  'submit',
  'return',
  'approve',
  'publish',
  'schedule',
  'unpublish',
  'redraft',
] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

export interface TransitionRule {
  action: WorkflowAction;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** The least role allowed (site admins and platform admins pass every rule). */
  least: Role;
  /** The rule holds only for the article's author. */
  ownOnly?: boolean;
}

/** Who may move an article from where to where. A role may use every row its rank reaches. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', least: 'contributor', ownOnly: true },
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', least: 'editor' },
  { action: 'return', from: ['submitted'], to: 'returned', least: 'editor' },
  { action: 'return', from: ['approved', 'scheduled'], to: 'returned', least: 'approver' },
  { action: 'approve', from: ['submitted'], to: 'approved', least: 'approver' },
  { action: 'publish', from: ['approved', 'scheduled', 'unpublished'], to: 'published', least: 'approver' },
  { action: 'schedule', from: ['approved', 'scheduled', 'unpublished'], to: 'scheduled', least: 'approver' },
  { action: 'unpublish', from: ['published', 'scheduled'], to: 'unpublished', least: 'approver' },
  { action: 'redraft', from: ['unpublished'], to: 'draft', least: 'contributor', ownOnly: true },
  { action: 'redraft', from: ['unpublished'], to: 'draft', least: 'editor' },
];

export const REASON_MAX = 1000;
/** How far ahead an article may be scheduled. */
export const SCHEDULE_MAX_YEARS = 2;

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

/** The rules of an action the actor's role reaches on this article (whatever its status). */
function rulesFor(actor: Actor, siteId: number, article: Pick<Article, 'author_id'>, action: WorkflowAction) {
  const role = roleOn(actor, siteId);
  return TRANSITIONS.filter(
    (r) =>
      r.action === action &&
      (role === 'platform' || roleAtLeast(role, r.least)) &&
      (!r.ownOnly || isOwn(actor, article)),
  );
}

/** The actions the actor may take on the article now, in workflow order (for the page's buttons). */
export function allowedActions(
  actor: Actor,
  siteId: number,
  article: Pick<Article, 'author_id' | 'status'>,
): WorkflowAction[] {
  return ACTIONS.filter((action) =>
    rulesFor(actor, siteId, article, action).some((r) => r.from.includes(article.status)),
  );
}

export interface TransitionInput {
  action: WorkflowAction;
  /** Required to return an article; kept with every transition when given. */
  reason?: string;
  /** Epoch ms; required to schedule, in the future. */
  publishAt?: number;
  /** When given, the article must still be at this version (what the actor looked at). */
  version?: number;
}

export interface TransitionResult {
  id: number;
  from: ArticleStatus;
  to: ArticleStatus;
  publishedAt: number | null;
  transitionId: number;
  invalidates: string[];
}

/**
 * Moves an article through the workflow. 403 when the actor's role may not take this action on
 * this article at all; 409 when it could, but the article is no longer in a status it starts
 * from (someone else moved it), or no longer at the version given.
 */
export async function transitionArticle(
  ctx: OpContext,
  site: AdminSite,
  articleId: number,
  input: TransitionInput,
): Promise<TransitionResult> {
  const database = ctx.services.database;
  const { actor } = ctx;
  if (!isWorkflowAction(input.action))
    throw invalid('action', 'editorial.workflow.unknownAction', { actions: ACTIONS.join(', ') });
  const article = await readableArticle(database, actor, site, articleId);
  const rules = rulesFor(actor, site.id, article, input.action);
  if (rules.length === 0)
    throw forbidden('editorial.workflow.notAllowed', { action: `@editorial.action.${input.action}` });
  const rule = rules.find((r) => r.from.includes(article.status));
  if (!rule) throw await statusConflict(database, site.id, article.id);
  if (input.version !== undefined && input.version !== article.version)
    throw await versionConflict(database, site.id, article.id);

  const reason = cleanText(input.reason ?? '');
  if (reason.length > REASON_MAX)
    throw invalid('reason', 'validation.tooLong', { field: '@editorial.field.reason', max: REASON_MAX });
  if (input.action === 'return' && !reason) throw invalid('reason', 'editorial.workflow.reasonRequired');
  const now = Date.now();
  let publishedAt = article.published_at;
  if (input.action === 'schedule') {
    if (input.publishAt === undefined) throw invalid('publishAt', 'editorial.workflow.publishAtRequired');
    if (!Number.isSafeInteger(input.publishAt) || input.publishAt <= now)
      throw invalid('publishAt', 'editorial.workflow.publishAtFuture');
    if (input.publishAt > now + SCHEDULE_MAX_YEARS * 366 * 86_400_000)
      throw invalid('publishAt', 'editorial.workflow.publishAtTooFar', { years: SCHEDULE_MAX_YEARS });
    publishedAt = input.publishAt;
  } else if (input.action === 'publish') {
    // A republished article keeps its first publication time; anything else goes out now.
    publishedAt =
      article.status === 'unpublished' && article.published_at !== null ? article.published_at : now;
  }

  const transitionId = await database.db.transaction().execute(async (trx) => {
    // The status read above must still hold: of two people acting at once, one wins.
    let move = trx
      .updateTable('articles')
      .set({ status: rule.to, published_at: publishedAt, updated_at: now })
      .where('site_id', '=', site.id)
      .where('id', '=', article.id)
      .where('status', '=', article.status);
    if (input.version !== undefined) move = move.where('version', '=', input.version);
    const moved = await move.executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) return undefined;
    const row = await trx
      .insertInto('article_transitions')
      .values({
        site_id: site.id,
        article_id: article.id,
        user_id: actor.userId,
        from_status: article.status,
        to_status: rule.to,
        reason,
        at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  if (transitionId === undefined) {
    throw input.version !== undefined
      ? await versionConflict(database, site.id, article.id)
      : await statusConflict(database, site.id, article.id);
  }

  const wasPublic = article.status === 'published';
  const isPublic = rule.to === 'published';
  let invalidates: string[] = [];
  if (isPublic && !wasPublic) invalidates = await wentPublic(database, site.id, article);
  else if (wasPublic && !isPublic) invalidates = await wentDark(database, site.id, article);
  await audit(database, actor, {
    action: `article.${input.action}`,
    siteId: site.id,
    target: `article:${article.id}`,
    details: {
      from: article.status,
      to: rule.to,
      ...(reason ? { reason } : {}),
      ...(input.action === 'schedule' ? { publishAt: publishedAt } : {}),
    },
  });
  if (invalidates.length) ctx.services.invalidate(invalidates);
  return { id: article.id, from: article.status, to: rule.to, publishedAt, transitionId, invalidates };
}

export interface TimelineEntry {
  id: number;
  at: number;
  from: ArticleStatus;
  to: ArticleStatus;
  reason: string;
  /** Null when the system did it (scheduled publishing). */
  user: { id: number; name: string } | null;
}

/** An article's transitions, oldest first. */
export async function timeline(ctx: OpContext, site: AdminSite, articleId: number): Promise<TimelineEntry[]> {
  const database = ctx.services.database;
  const article = await readableArticle(database, ctx.actor, site, articleId);
  const rows = await database.db
    .selectFrom('article_transitions as t')
    .leftJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.at', 't.from_status', 't.to_status', 't.reason', 't.user_id', 'u.display_name'])
    .where('t.site_id', '=', site.id)
    .where('t.article_id', '=', article.id)
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    from: r.from_status,
    to: r.to_status,
    reason: r.reason,
    user: r.user_id === null ? null : { id: r.user_id, name: r.display_name ?? '' },
  }));
}

export interface WaitingItem {
  key: 'submittedReview' | 'submittedApprove' | 'approved' | 'scheduled' | 'returnedMine' | 'draftsMine';
  status: ArticleStatus;
  /** Only the actor's own articles are counted. */
  mine: boolean;
  count: number;
  /** `{count} bài chờ duyệt`: t(lang, messageKey, { count }). */
  messageKey: MessageKey;
}

/**
 * What waits for the actor on a site, for the dashboard: articles awaiting approval (approvers
 * and above) or review (editors), approved and scheduled ones (approvers), and the actor's own
 * returned articles and drafts. Items with a zero count are left out.
 */
export async function waitingFor(ctx: OpContext, site: AdminSite): Promise<WaitingItem[]> {
  const { actor } = ctx;
  authorize(actor, site.id, 'site.enter');
  const role = roleOn(actor, site.id);
  const approver = role === 'platform' || roleAtLeast(role, 'approver');
  const editor = role === 'platform' || roleAtLeast(role, 'editor');
  const wanted: Omit<WaitingItem, 'count' | 'messageKey'>[] = [];
  if (approver) {
    wanted.push({ key: 'submittedApprove', status: 'submitted', mine: false });
    wanted.push({ key: 'approved', status: 'approved', mine: false });
    wanted.push({ key: 'scheduled', status: 'scheduled', mine: false });
  } else if (editor) {
    wanted.push({ key: 'submittedReview', status: 'submitted', mine: false });
  }
  wanted.push({ key: 'returnedMine', status: 'returned', mine: true });
  wanted.push({ key: 'draftsMine', status: 'draft', mine: true });

  const db = ctx.services.database.db;
  const [all, mine] = await Promise.all([
    db
      .selectFrom('articles')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', site.id)
      .where('status', 'in', ['submitted', 'approved', 'scheduled'])
      .groupBy('status')
      .execute(),
    db
      .selectFrom('articles')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', site.id)
      .where('author_id', '=', actor.userId)
      .where('status', 'in', ['returned', 'draft'])
      .groupBy('status')
      .execute(),
  ]);
  const count = (rows: { status: ArticleStatus; n: number }[], status: ArticleStatus) =>
    Number(rows.find((r) => r.status === status)?.n ?? 0);
  return wanted
    .map((w) => ({
      ...w,
      count: count(w.mine ? mine : all, w.status),
      messageKey: `editorial.waiting.${w.key}` as MessageKey,
    }))
    .filter((w) => w.count > 0);
}

/** The catalogue key of a status's name (`Chờ biên tập`, `Đã đăng`…). */
export const statusKey = (status: ArticleStatus): MessageKey => `editorial.status.${status}` as MessageKey;
/** The catalogue key of an action's button label. */
export const actionKey = (action: WorkflowAction): MessageKey => `editorial.action.${action}` as MessageKey;
