/**
 * Managing a site's polls (site admins, `poll.manage`): list, create, edit, close, delete. The admin
 * pages and the API call these same operations. Every change is audited and purges the site's poll
 * tag, so every node shows the change at once. Counts already cast are never lost by an edit: an
 * option that has votes cannot be removed, and the way of choosing cannot change once people voted.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { isLang, type Lang } from '../../platform/i18n/index.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanField } from '../sites/admin-input.js';
import {
  loadPolls,
  MAX_OPTIONS,
  MIN_OPTIONS,
  type Placement,
  type Poll,
  placementJson,
  pollState,
  pollTag,
} from './polls.js';
import { forgetPoll } from './votes.js';

export interface PollInput {
  question: string;
  lang: Lang;
  /** In display order; `id` names an existing option of the poll being edited. */
  options: { id?: number; label: string }[];
  multiple: boolean;
  opensAt: number;
  closesAt: number | null;
  placement: Placement;
  hidden: boolean;
}

const QUESTION_MAX = 300;
const OPTION_MAX = 200;

/** After a change: every node's public copy of the site's polls, and this node's voting copy. */
function changed(ctx: OpContext, site: AdminSite, id: number): void {
  ctx.services.invalidate([pollTag(site.id)]);
  forgetPoll(ctx.services.database, site.id, id);
}

export async function listPolls(ctx: OpContext, site: AdminSite): Promise<Poll[]> {
  authorize(ctx.actor, site.id, 'poll.manage');
  const polls = await loadPolls(ctx.services.database, site.id);
  return polls.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

export async function getPoll(ctx: OpContext, site: AdminSite, id: number): Promise<Poll> {
  authorize(ctx.actor, site.id, 'poll.manage');
  const [poll] = await loadPolls(ctx.services.database, site.id, { ids: [id] });
  if (!poll) throw notFound();
  return poll;
}

/** The site's categories that a poll may be placed in. */
export async function siteCategories(ctx: OpContext, site: AdminSite) {
  return ctx.services.database.db
    .selectFrom('categories')
    .select(['id', 'name_vi', 'name_en', 'parent_id'])
    .where('site_id', '=', site.id)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Cleans and checks an input; throws a field error for the first problem. */
async function checkInput(ctx: OpContext, site: AdminSite, input: PollInput): Promise<PollInput> {
  const question = cleanField(input.question, 'question', {
    label: 'poll.name.question',
    max: QUESTION_MAX,
    required: true,
  });
  if (!isLang(input.lang)) throw invalid('lang', 'validation.langInvalid');
  const options: PollInput['options'] = [];
  const seen = new Set<string>();
  for (const option of input.options) {
    const label = cleanField(option.label, 'options', { label: 'poll.name.option', max: 10_000 });
    if (!label) continue;
    if (label.length > OPTION_MAX) throw invalid('options', 'poll.optionTooLong', { max: OPTION_MAX });
    const key = label.toLocaleLowerCase('vi');
    if (seen.has(key)) throw invalid('options', 'poll.optionDuplicate', { label });
    seen.add(key);
    options.push({ id: option.id, label });
  }
  if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
    throw invalid('options', 'poll.optionsCount');
  if (!Number.isSafeInteger(input.opensAt)) throw invalid('opensAt', 'poll.dateInvalid');
  if (input.closesAt !== null && input.closesAt <= input.opensAt)
    throw invalid('closesAt', 'poll.closesBeforeOpens');
  const known = new Set((await siteCategories(ctx, site)).map((c) => c.id));
  const categories = [...new Set(input.placement.categories)];
  if (categories.some((id) => !known.has(id))) throw invalid('categories', 'validation.categoryUnknown');
  const placement = { home: input.placement.home, articles: input.placement.articles, categories };
  if (!placement.home && !placement.articles && categories.length === 0)
    throw invalid('placement', 'poll.placementRequired');
  return { ...input, question, options, placement };
}

async function insertOptions(
  trx: Kysely<Schema>,
  siteId: number,
  pollId: number,
  options: readonly { label: string; position: number }[],
) {
  if (options.length === 0) return;
  await trx
    .insertInto('poll_options')
    .values(
      options.map((o) => ({
        site_id: siteId,
        poll_id: pollId,
        label: o.label,
        position: o.position,
        votes: 0,
      })),
    )
    .execute();
}

export async function createPoll(
  ctx: OpContext,
  site: AdminSite,
  input: PollInput,
  now = Date.now(),
): Promise<Poll> {
  authorize(ctx.actor, site.id, 'poll.manage');
  const poll = await checkInput(ctx, site, input);
  if (poll.options.some((o) => o.id !== undefined)) throw invalid('options', 'poll.optionUnknown');
  const id = await ctx.services.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('polls')
      .values({
        site_id: site.id,
        lang: poll.lang,
        question: poll.question,
        multiple: poll.multiple ? 1 : 0,
        opens_at: poll.opensAt,
        closes_at: poll.closesAt,
        placement: placementJson(poll.placement),
        hidden: poll.hidden ? 1 : 0,
        total_voters: 0,
        created_by: ctx.actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertOptions(
      trx,
      site.id,
      row.id,
      poll.options.map((o, position) => ({ label: o.label, position })),
    );
    return row.id;
  });
  await audit(ctx.services.database, ctx.actor, {
    action: 'poll.create',
    siteId: site.id,
    target: `poll:${id}`,
    details: { question: poll.question, options: poll.options.length },
  });
  changed(ctx, site, id);
  return getPoll(ctx, site, id);
}

export async function updatePoll(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  input: PollInput,
): Promise<Poll> {
  const current = await getPoll(ctx, site, id);
  const poll = await checkInput(ctx, site, input);
  const existing = new Map(current.options.map((o) => [o.id, o]));
  if (poll.options.some((o) => o.id !== undefined && !existing.has(o.id)))
    throw invalid('options', 'poll.optionUnknown');
  const kept = new Set(poll.options.map((o) => o.id));
  const removed = current.options.filter((o) => !kept.has(o.id));
  const withVotes = removed.find((o) => o.votes > 0);
  if (withVotes) throw invalid('options', 'poll.optionHasVotes', { label: withVotes.label });
  if (poll.multiple !== current.multiple && current.totalVoters > 0)
    throw invalid('multiple', 'poll.multipleLocked');
  await ctx.services.database.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('polls')
      .set({
        lang: poll.lang,
        question: poll.question,
        multiple: poll.multiple ? 1 : 0,
        opens_at: poll.opensAt,
        closes_at: poll.closesAt,
        placement: placementJson(poll.placement),
        hidden: poll.hidden ? 1 : 0,
      })
      .where('site_id', '=', site.id)
      .where('id', '=', id)
      .execute();
    if (removed.length > 0) {
      await trx
        .deleteFrom('poll_options')
        .where('site_id', '=', site.id)
        .where('poll_id', '=', id)
        .where(
          'id',
          'in',
          removed.map((o) => o.id),
        )
        .execute();
    }
    const added: { label: string; position: number }[] = [];
    for (const [position, option] of poll.options.entries()) {
      if (option.id === undefined) {
        added.push({ label: option.label, position });
        continue;
      }
      await trx
        .updateTable('poll_options')
        .set({ label: option.label, position })
        .where('site_id', '=', site.id)
        .where('poll_id', '=', id)
        .where('id', '=', option.id)
        .execute();
    }
    await insertOptions(trx, site.id, id, added);
  });
  await audit(ctx.services.database, ctx.actor, {
    action: 'poll.update',
    siteId: site.id,
    target: `poll:${id}`,
    details: { question: poll.question, options: poll.options.length, hidden: poll.hidden },
  });
  changed(ctx, site, id);
  return getPoll(ctx, site, id);
}

/** Closes the poll now (it keeps its results); closing a closed poll changes nothing. */
export async function closePoll(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  now = Date.now(),
): Promise<Poll> {
  const current = await getPoll(ctx, site, id);
  if (pollState(current, now) === 'closed') return current;
  await ctx.services.database.db
    .updateTable('polls')
    .set({ closes_at: now, opens_at: Math.min(current.opensAt, now - 1) })
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'poll.close',
    siteId: site.id,
    target: `poll:${id}`,
    details: { voters: current.totalVoters },
  });
  changed(ctx, site, id);
  return getPoll(ctx, site, id);
}

/** Deletes the poll with its options and votes. */
export async function deletePoll(ctx: OpContext, site: AdminSite, id: number): Promise<void> {
  const current = await getPoll(ctx, site, id);
  await ctx.services.database.db.transaction().execute(async (trx) => {
    for (const table of ['poll_votes', 'poll_options'] as const) {
      await trx.deleteFrom(table).where('site_id', '=', site.id).where('poll_id', '=', id).execute();
    }
    await trx.deleteFrom('polls').where('site_id', '=', site.id).where('id', '=', id).execute();
  });
  await audit(ctx.services.database, ctx.actor, {
    action: 'poll.delete',
    siteId: site.id,
    target: `poll:${id}`,
    details: { question: current.question, voters: current.totalVoters },
  });
  changed(ctx, site, id);
}
