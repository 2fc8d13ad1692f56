/**
 * Slows down password and code guessing, shared by every node through the `login_failures` table.
 * Failures are counted per account (`account:<email>`) and per source (`source:<hash>`, a keyed
 * hash of the address, never the address itself). Past a few failures each new one makes the key
 * wait longer (5 s, 15 s, 45 s …); at the limit the key is locked for 15 minutes. Waits and locks
 * lift by themselves; while one holds, even the right password is refused. A source gets more room
 * than an account, since a whole commune office may share one address.
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { sha256 } from '../access/actor.js';

export interface ThrottlePolicy {
  /** The failure from which each new one imposes a wait. */
  slowAfter: number;
  /** The failure that locks the key for `lockMs`. */
  lockAfter: number;
  /** The wait after failure number `slowAfter`; each later one multiplies it by `growth`. */
  firstWaitMs: number;
  growth: number;
  lockMs: number;
  /** Failures older than this (and not locked) are forgotten: counting starts again. */
  windowMs: number;
}

export const LOCK_MS = 15 * 60_000;

export const ACCOUNT_POLICY: ThrottlePolicy = {
  slowAfter: 3,
  lockAfter: 6,
  firstWaitMs: 5_000,
  growth: 3,
  lockMs: LOCK_MS,
  windowMs: 60 * 60_000,
};

export const SOURCE_POLICY: ThrottlePolicy = {
  slowAfter: 10,
  lockAfter: 30,
  firstWaitMs: 5_000,
  growth: 2,
  lockMs: LOCK_MS,
  windowMs: 60 * 60_000,
};

const KEY_MAX = 200;

/** The throttling key of an account, by its normalised email (hashed when too long for the column). */
export function accountKey(email: string): string {
  const key = `account:${email}`;
  return key.length <= KEY_MAX ? key : `account:#${sha256(email)}`;
}

export function sourceKey(sourceHash: string): string {
  return `source:${sourceHash}`;
}

export const isSourceKey = (key: string) => key.startsWith('source:');

/** The wait imposed after the `failures`-th failure, 0 when none. */
export function waitAfter(policy: ThrottlePolicy, failures: number): number {
  if (failures >= policy.lockAfter) return policy.lockMs;
  if (failures < policy.slowAfter) return 0;
  return Math.min(policy.lockMs, policy.firstWaitMs * policy.growth ** (failures - policy.slowAfter));
}

/** Milliseconds until a login may be tried again for any of these keys; 0 when allowed. */
export async function throttleWait(
  database: Database,
  keys: readonly string[],
  now = Date.now(),
): Promise<number> {
  if (!keys.length) return 0;
  const row = await database.db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('key', 'in', keys)
    .executeTakeFirst();
  const until = Number(row?.until ?? 0);
  return until > now ? until - now : 0;
}

export interface FailureResult {
  failures: number;
  /** 0 when the failure imposed no wait. */
  lockedUntil: number;
  /** True when this failure started the long lock. */
  locked: boolean;
}

/**
 * Counts one failure for a key, atomically on every dialect (one upsert), then sets the wait the
 * new count imposes. Two nodes counting at once both land: the count goes up by two.
 */
export async function recordFailure(
  database: Database,
  key: string,
  policy: ThrottlePolicy,
  now = Date.now(),
): Promise<FailureResult> {
  const db = database.db;
  const windowStart = now - policy.windowMs;
  // A key whose failures are old and that is not locked starts counting again.
  const stale = sql<boolean>`login_failures.first_at < ${windowStart} and login_failures.locked_until <= ${now}`;
  const row = await db
    .insertInto('login_failures')
    .values({ key, failures: 1, first_at: now, locked_until: 0 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${stale} then 1 else login_failures.failures + 1 end`,
        first_at: sql<number>`case when ${stale} then ${now} else login_failures.first_at end`,
      }),
    )
    .returning(['failures'])
    .executeTakeFirstOrThrow();
  const failures = Number(row.failures);
  // Forgotten keys go whenever a new count starts, so the table stays the size of current trouble.
  if (failures === 1) {
    await db
      .deleteFrom('login_failures')
      .where('first_at', '<', now - 24 * 3_600_000)
      .where('locked_until', '<=', now)
      .execute();
  }
  const wait = waitAfter(policy, failures);
  if (wait === 0) return { failures, lockedUntil: 0, locked: false };
  const lockedUntil = now + wait;
  await db
    .updateTable('login_failures')
    .set({ locked_until: lockedUntil })
    .where('key', '=', key)
    .where('locked_until', '<', lockedUntil)
    .execute();
  return { failures, lockedUntil, locked: failures >= policy.lockAfter };
}

/** Forgets a key's failures (a successful login for an account, or an admin's unlock). */
export async function clearFailures(database: Database, keys: readonly string[]): Promise<number> {
  if (!keys.length) return 0;
  const result = await database.db.deleteFrom('login_failures').where('key', 'in', keys).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface ThrottledKey {
  key: string;
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

/** Keys that are waiting or locked now, optionally only among `keys`; longest lock first. */
export async function currentLocks(
  database: Database,
  options: { keys?: readonly string[]; now?: number } = {},
): Promise<ThrottledKey[]> {
  const now = options.now ?? Date.now();
  if (options.keys && options.keys.length === 0) return [];
  let query = database.db
    .selectFrom('login_failures')
    .select(['key', 'failures', 'first_at', 'locked_until'])
    .where('locked_until', '>', now);
  if (options.keys) query = query.where('key', 'in', options.keys);
  const rows = await query.orderBy('locked_until', 'desc').orderBy('key').limit(500).execute();
  return rows.map((r) => ({
    key: r.key,
    failures: r.failures,
    firstAt: r.first_at,
    lockedUntil: r.locked_until,
  }));
}
