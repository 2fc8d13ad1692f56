/**
 * Casting a vote: one per reader and poll (the same visitor cookie, or the same day-salted address
 * hash, is the same reader). The vote row, the poll's voter count and each chosen option's count
 * change in one transaction, and only when the vote row was really added, so the counts stay exact
 * however many votes arrive at once and however often one reader tries again.
 */
import type { Database } from '../../platform/db/database.js';
import { invalid, LoaError, notFound } from '../../platform/http/errors.js';
import type { Services } from '../../services.js';
import { type SeenReader, ShortCache, sameReader } from '../ratings/reader-request.js';
import type { Visitor } from '../visitors/identity.js';
import { loadPolls, MAX_OPTIONS, type Poll, pollState } from './polls.js';

export interface VoteOutcome {
  poll: Poll;
  /** False when the reader had already voted (nothing changed). */
  counted: boolean;
}

/** Option ids from a form (`option=3&option=5`) or JSON (`{"options": [3, 5]}` or `{"option": 3}`). */
export function parseOptionIds(body: unknown): number[] {
  const o = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const raw = o.options ?? o.option;
  const list = raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
  if (list.length > MAX_OPTIONS) throw invalid('options', 'poll.optionUnknown');
  return list.map((v) => {
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'string' && /^\d{1,12}$/.test(v.trim())
          ? Number(v)
          : Number.NaN;
    if (!Number.isSafeInteger(n) || n <= 0) throw invalid('options', 'poll.optionUnknown');
    return n;
  });
}

/** Checks the choice against the poll: known options of this poll, one (or, if allowed, several). */
function checkChoice(poll: Poll, optionIds: readonly number[]): number[] {
  const unique = [...new Set(optionIds)];
  if (unique.length === 0) throw invalid('options', poll.multiple ? 'poll.chooseSome' : 'poll.chooseOne');
  const known = new Set(poll.options.map((o) => o.id));
  if (unique.some((id) => !known.has(id))) throw invalid('options', 'poll.optionUnknown');
  if (!poll.multiple && unique.length > 1) throw invalid('options', 'poll.chooseOne');
  return unique;
}

/**
 * Polls as votes see them, kept two seconds per node: a burst of votes on one poll reads it once.
 * Changes in the admin forget it here at once (operations.ts); other nodes follow within seconds.
 */
const POLL_TTL_MS = 2000;
const votingPolls = new WeakMap<Database, ShortCache<Poll | null>>();

function pollCache(database: Database): ShortCache<Poll | null> {
  let cache = votingPolls.get(database);
  if (!cache) {
    cache = new ShortCache(POLL_TTL_MS);
    votingPolls.set(database, cache);
  }
  return cache;
}

async function cachedPoll(database: Database, siteId: number, pollId: number): Promise<Poll | undefined> {
  const cache = pollCache(database);
  const key = `${siteId}:${pollId}`;
  let poll = cache.get(key);
  if (poll === undefined) {
    poll = (await loadPolls(database, siteId, { ids: [pollId] }))[0] ?? null;
    cache.set(key, poll);
  }
  return poll ?? undefined;
}

/** Drops this node's copy of a poll after an admin change. */
export function forgetPoll(database: Database, siteId: number, pollId: number): void {
  pollCache(database).delete(`${siteId}:${pollId}`);
}

export const pollClosed = () => new LoaError('LOA_POLL_CLOSED', 409, 'poll.closed', {}, 'options');
export const alreadyVoted = () => new LoaError('LOA_ALREADY_VOTED', 409, 'poll.alreadyVoted', {}, 'options');

async function record(
  database: Database,
  poll: Poll,
  optionIds: readonly number[],
  visitor: Pick<Visitor, 'visitorHash' | 'sourceHash'>,
  now: number,
): Promise<boolean> {
  return database.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('poll_votes')
      .values({
        site_id: poll.siteId,
        poll_id: poll.id,
        visitor_hash: visitor.visitorHash,
        source_hash: visitor.sourceHash,
        option_ids: JSON.stringify(optionIds),
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    // The poll row first: every vote of a poll takes its lock in the same order, so no deadlock.
    await trx
      .updateTable('polls')
      .set((eb) => ({ total_voters: eb('total_voters', '+', 1) }))
      .where('site_id', '=', poll.siteId)
      .where('id', '=', poll.id)
      .execute();
    await trx
      .updateTable('poll_options')
      .set((eb) => ({ votes: eb('votes', '+', 1) }))
      .where('site_id', '=', poll.siteId)
      .where('poll_id', '=', poll.id)
      .where('id', 'in', optionIds)
      .execute();
    return true;
  });
}

/**
 * Casts the reader's vote on a public poll of the site. Unknown, hidden, not-yet-open polls and
 * polls of another site are a 404; a closed poll is a 409; a reader who already voted gets
 * `counted: false` and the results. Returns the poll's results with the vote counted.
 */
export async function castVote(
  services: Services,
  input: {
    siteId: number;
    pollId: number;
    optionIds: readonly number[];
    visitor: Pick<Visitor, 'visitorHash' | 'sourceHash'>;
  },
  now = Date.now(),
): Promise<VoteOutcome> {
  const database = services.database;
  const poll = await cachedPoll(database, input.siteId, input.pollId);
  if (!poll || poll.hidden) throw notFound();
  const state = pollState(poll, now);
  if (state === 'scheduled') throw notFound();
  if (state === 'closed') throw pollClosed();
  const choice = checkChoice(poll, input.optionIds);
  const counted = await record(database, poll, choice, input.visitor, now);
  if (!counted) return { poll, counted };
  // The results as last read (at most two seconds ago) plus the votes this node has taken since,
  // this one included; votes taken by other nodes show at the next read. The stored counts are exact.
  const key = `${input.siteId}:${input.pollId}`;
  const cache = pollCache(database);
  const latest = cache.get(key);
  if (!latest) return { poll: (await cachedPoll(database, input.siteId, input.pollId)) ?? poll, counted };
  const chosen = new Set(choice);
  const after: Poll = {
    ...latest,
    totalVoters: latest.totalVoters + 1,
    options: latest.options.map((o) => (chosen.has(o.id) ? { ...o, votes: o.votes + 1 } : o)),
  };
  cache.update(key, after);
  return { poll: after, counted };
}

/** Whether this reader (visitor cookie, or today's address) has voted on the poll. */
export async function hasVoted(
  database: Database,
  siteId: number,
  pollId: number,
  visitor: SeenReader,
): Promise<boolean> {
  const row = await database.db
    .selectFrom('poll_votes')
    .select('poll_id')
    .where('site_id', '=', siteId)
    .where('poll_id', '=', pollId)
    .where(sameReader(visitor))
    .executeTakeFirst();
  return row !== undefined;
}
