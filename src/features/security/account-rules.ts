/**
 * Whose account an admin may act on (reset links, unlocking): a platform admin any account; a site
 * admin only the staff of sites they administer, and only accounts that have no part anywhere else
 * and are not platform admins (a district cannot take over an account another district relies on).
 */
import { forbidden, notFound } from '../../platform/http/errors.js';
import { type Actor, loadRoles, roleOn } from '../access/actor.js';
import type { OpContext } from '../admin/context.js';

export interface AccountSummary {
  id: number;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  disabled: boolean;
}

export async function loadAccount(ctx: OpContext, userId: number): Promise<AccountSummary> {
  if (!Number.isSafeInteger(userId) || userId <= 0) throw notFound();
  const row = await ctx.services.database.db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'is_platform_admin', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    isPlatformAdmin: row.is_platform_admin === 1,
    disabled: row.disabled === 1,
  };
}

const isSiteAdminOn = (actor: Actor, siteId: number) => {
  const role = roleOn(actor, siteId);
  return role === 'platform' || role === 'site_admin';
};

/**
 * Throws unless the actor may manage the account: 404 when the account is none of the actor's
 * business (no shared site), 403 when it is staff of the actor's site but also of another site, or a
 * platform admin. `siteId`, when given, is the site the admin acts from; the account must work there.
 */
export async function authorizeAccount(
  ctx: OpContext,
  target: AccountSummary,
  siteId?: number,
): Promise<void> {
  const { actor } = ctx;
  if (actor.via === 'token') throw forbidden();
  const roles = await loadRoles(ctx.services.database, target.id);
  if (siteId !== undefined && !roles.has(siteId) && !actor.isPlatformAdmin) throw notFound();
  if (actor.isPlatformAdmin) return;
  const shared = [...roles.keys()].filter((id) => isSiteAdminOn(actor, id));
  if (shared.length === 0) throw notFound();
  if (target.isPlatformAdmin) throw forbidden('security.account.platformAdminOnly');
  if ([...roles.keys()].some((id) => !isSiteAdminOn(actor, id)))
    throw forbidden('security.account.otherSites');
}
