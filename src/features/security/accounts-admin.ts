/**
 * Platform user management (platform admins only): find accounts, create one with a one-time
 * password (shown once, to be changed at the first login), disable and enable accounts (a disabled
 * account's sessions end at once and its API tokens are refused), and turn off a user's two-factor
 * when they have lost their phone (they enrol again at the next login if their role requires it).
 */
import { randomBytes } from 'node:crypto';
import { badRequest, forbidden } from '../../platform/http/errors.js';
import { authorizePlatform } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { accountKey, currentLocks } from '../accounts/login-throttle.js';
import { destroyAllSessions } from '../accounts/sessions.js';
import { createUser } from '../accounts/users.js';
import type { OpContext } from '../admin/context.js';
import { loadAccount } from './account-rules.js';
import { containsText } from './contains.js';

export const ACCOUNTS_PAGE_SIZE = 50;

export interface AccountRow {
  id: number;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  disabled: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  createdAt: number;
  sites: number;
  locked: boolean;
}

export async function listAccounts(
  ctx: OpContext,
  input: { q?: string; page?: number },
): Promise<{ rows: AccountRow[]; more: boolean }> {
  authorizePlatform(ctx.actor);
  const db = ctx.services.database.db;
  const page = Math.max(1, Math.min(1000, Math.floor(input.page ?? 1)));
  let query = db
    .selectFrom('users')
    .select((eb) => [
      'users.id',
      'users.email',
      'users.display_name',
      'users.is_platform_admin',
      'users.disabled',
      'users.totp_enabled',
      'users.must_change_password',
      'users.created_at',
      eb
        .selectFrom('site_roles')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('site_roles.user_id', '=', 'users.id')
        .as('sites'),
    ]);
  const q = (input.q ?? '').trim();
  if (q) {
    query = query.where(containsText(['users.email', 'users.display_name'], q));
  }
  const rows = await query
    .orderBy('users.email')
    .limit(ACCOUNTS_PAGE_SIZE + 1)
    .offset((page - 1) * ACCOUNTS_PAGE_SIZE)
    .execute();
  const shown = rows.slice(0, ACCOUNTS_PAGE_SIZE);
  const locked = new Set(
    (await currentLocks(ctx.services.database, { keys: shown.map((r) => accountKey(r.email)) })).map(
      (l) => l.key,
    ),
  );
  return {
    more: rows.length > ACCOUNTS_PAGE_SIZE,
    rows: shown.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      isPlatformAdmin: r.is_platform_admin === 1,
      disabled: r.disabled === 1,
      totpEnabled: r.totp_enabled === 1,
      mustChangePassword: r.must_change_password === 1,
      createdAt: r.created_at,
      sites: Number(r.sites ?? 0),
      locked: locked.has(accountKey(r.email)),
    })),
  };
}

/** Creates an account with a one-time password, returned once and never stored in clear. */
export async function createAccount(
  ctx: OpContext,
  input: { email: string; displayName: string; platformAdmin: boolean },
): Promise<{ id: number; email: string; oneTimePassword: string }> {
  authorizePlatform(ctx.actor);
  const oneTimePassword = randomBytes(12).toString('base64url');
  const id = await createUser(ctx.services.database, {
    email: input.email,
    displayName: input.displayName,
    password: oneTimePassword,
    platformAdmin: input.platformAdmin,
    mustChangePassword: true,
  });
  const account = await loadAccount(ctx, id);
  await audit(ctx.services.database, ctx.actor, {
    action: 'user.create',
    target: `user:${id}`,
    details: { email: account.email, platformAdmin: input.platformAdmin },
  });
  return { id, email: account.email, oneTimePassword };
}

/** Disables (sessions end now, tokens are refused) or enables an account; never one's own. */
export async function setAccountDisabled(ctx: OpContext, userId: number, disabled: boolean): Promise<void> {
  authorizePlatform(ctx.actor);
  const account = await loadAccount(ctx, userId);
  if (account.id === ctx.actor.userId) throw forbidden('security.users.notSelf');
  if (account.disabled === disabled) return;
  await ctx.services.database.db
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
  if (disabled) await destroyAllSessions(ctx.services.database, userId);
  await audit(ctx.services.database, ctx.actor, {
    action: disabled ? 'user.disable' : 'user.enable',
    target: `user:${userId}`,
    details: { email: account.email },
  });
}

/** Turns off another account's two-factor (lost phone); the user enrols again if their role needs it. */
export async function resetTwoFactor(ctx: OpContext, userId: number): Promise<void> {
  authorizePlatform(ctx.actor);
  const account = await loadAccount(ctx, userId);
  if (account.id === ctx.actor.userId) throw forbidden('security.users.notSelf');
  const result = await ctx.services.database.db
    .updateTable('users')
    .set({ totp_enabled: 0, totp_secret: null })
    .where('id', '=', userId)
    .where('totp_enabled', '=', 1)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw badRequest('security.totp.alreadyOff');
  await destroyAllSessions(ctx.services.database, userId);
  await audit(ctx.services.database, ctx.actor, {
    action: 'user.totp.reset',
    target: `user:${userId}`,
    details: { email: account.email },
  });
}
