/**
 * Passwords: changing one's own (the current one is required), reset links made by an admin
 * (single use, valid 24 hours, only the token's hash stored; no email server is assumed, so the
 * admin copies the link), using such a link, and logging out everywhere. A new password ends every
 * session of the account.
 */
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import { audit } from '../access/audit.js';
import { destroyAllSessions, hashToken, newToken } from '../accounts/sessions.js';
import { hashPassword, PASSWORD_MIN, verifyPassword } from '../accounts/users.js';
import type { OpContext } from '../admin/context.js';
import { authorizeAccount, loadAccount } from './account-rules.js';

export const RESET_TTL_MS = 24 * 3_600_000;
const PASSWORD_MAX = 200;

/** Checks a new password and its confirmation; throws a field error. */
export function checkNewPassword(next: string, confirm: string, current?: string): void {
  if (next.length < PASSWORD_MIN) throw invalid('next', 'validation.passwordShort', { min: PASSWORD_MIN });
  if (next.length > PASSWORD_MAX) throw invalid('next', 'security.password.tooLong', { max: PASSWORD_MAX });
  if (current !== undefined && next === current) throw invalid('next', 'admin.password.same');
  if (next !== confirm) throw invalid('confirm', 'admin.password.mismatch');
}

async function setPassword(database: Database, userId: number, password: string): Promise<void> {
  await database.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password), must_change_password: 0 })
    .where('id', '=', userId)
    .execute();
  // Every session of the account ends; the caller gives this browser a fresh one if it should.
  await destroyAllSessions(database, userId);
}

/** Changes the actor's own password. The caller makes the browser a new session afterwards. */
export async function changePassword(
  ctx: OpContext,
  input: { current: string; next: string; confirm: string },
): Promise<void> {
  const database = ctx.services.database;
  const user = await database.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.current)))
    throw invalid('current', 'admin.password.wrongCurrent');
  checkNewPassword(input.next, input.confirm, input.current);
  await setPassword(database, ctx.actor.userId, input.next);
  await audit(database, ctx.actor, { action: 'user.password.change', target: `user:${ctx.actor.userId}` });
}

export interface ResetLink {
  token: string;
  expiresAt: number;
  email: string;
}

/**
 * Makes a reset link for an account the actor may manage (see account-rules). Any earlier unused
 * link of the account stops working. `siteId`: the site the admin acts from, if any (audit).
 */
export async function createResetLink(
  ctx: OpContext,
  userId: number,
  siteId?: number,
  now = Date.now(),
): Promise<ResetLink> {
  const target = await loadAccount(ctx, userId);
  await authorizeAccount(ctx, target, siteId);
  const db = ctx.services.database.db;
  const token = newToken();
  await db.deleteFrom('password_resets').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  await db
    .insertInto('password_resets')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_by: ctx.actor.userId,
      created_at: now,
      expires_at: now + RESET_TTL_MS,
    })
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'user.password.reset.create',
    siteId: siteId ?? null,
    target: `user:${userId}`,
    details: { email: target.email },
  });
  return { token, expiresAt: now + RESET_TTL_MS, email: target.email };
}

/** The account a reset link opens, when the link is valid (unused, not expired, account enabled). */
export async function findReset(
  database: Database,
  token: string,
  now = Date.now(),
): Promise<{ userId: number; email: string } | undefined> {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  const row = await database.db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select([
      'users.id',
      'users.email',
      'users.disabled',
      'password_resets.expires_at',
      'password_resets.used_at',
    ])
    .where('password_resets.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.expires_at <= now || row.disabled === 1) return undefined;
  return { userId: row.id, email: row.email };
}

/**
 * Sets a new password through a reset link: the link is spent (once, atomically, even with two
 * nodes), every session of the account ends. Returns false when the link is not valid (any more).
 */
export async function useResetLink(
  database: Database,
  token: string,
  input: { next: string; confirm: string },
  source: string,
  now = Date.now(),
): Promise<boolean> {
  const reset = await findReset(database, token, now);
  if (!reset) return false;
  checkNewPassword(input.next, input.confirm);
  const spent = await database.db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(spent.numUpdatedRows) !== 1) return false;
  await setPassword(database, reset.userId, input.next);
  await audit(
    database,
    { userId: reset.userId, source },
    { action: 'user.password.reset.use', target: `user:${reset.userId}` },
  );
  return true;
}

/** Ends every session of the actor's account (this browser's too). */
export async function logoutEverywhere(ctx: OpContext): Promise<void> {
  await destroyAllSessions(ctx.services.database, ctx.actor.userId);
  await audit(ctx.services.database, ctx.actor, {
    action: 'user.logout.all',
    target: `user:${ctx.actor.userId}`,
  });
}
