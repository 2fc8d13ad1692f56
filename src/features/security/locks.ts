/**
 * Login locks as admins see them: a platform admin every waiting or locked key (accounts and
 * sources); a site admin the accounts of their site's staff. Unlocking forgets the key's failures
 * and is written to the audit log.
 */
import { notFound } from '../../platform/http/errors.js';
import { authorize, authorizePlatform } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { accountKey, clearFailures, currentLocks, isSourceKey } from '../accounts/login-throttle.js';
import type { AdminSite, OpContext } from '../admin/context.js';

export interface LockView {
  key: string;
  /** The account's email for account keys; undefined for sources. */
  email?: string;
  displayName?: string;
  failures: number;
  lockedUntil: number;
}

/** The site's staff by throttling key. */
async function staffKeys(ctx: OpContext, siteId: number) {
  const rows = await ctx.services.database.db
    .selectFrom('site_roles')
    .innerJoin('users', 'users.id', 'site_roles.user_id')
    .select(['users.email', 'users.display_name'])
    .where('site_roles.site_id', '=', siteId)
    .execute();
  return new Map(rows.map((r) => [accountKey(r.email), r]));
}

/** Current locks: the whole platform (site undefined, platform admins) or one site's staff. */
export async function listLocks(ctx: OpContext, site?: AdminSite): Promise<LockView[]> {
  const database = ctx.services.database;
  if (!site) {
    authorizePlatform(ctx.actor);
    const locks = await currentLocks(database);
    const emails = locks.filter((l) => !isSourceKey(l.key)).map((l) => l.key.slice('account:'.length));
    const users = emails.length
      ? await database.db
          .selectFrom('users')
          .select(['email', 'display_name'])
          .where('email', 'in', emails)
          .execute()
      : [];
    const names = new Map(users.map((u) => [u.email, u.display_name]));
    return locks.map((l) => {
      const email = isSourceKey(l.key) ? undefined : l.key.slice('account:'.length);
      return {
        key: l.key,
        email,
        displayName: email ? names.get(email) : undefined,
        failures: l.failures,
        lockedUntil: l.lockedUntil,
      };
    });
  }
  authorize(ctx.actor, site.id, 'site.staff');
  const staff = await staffKeys(ctx, site.id);
  const locks = await currentLocks(database, { keys: [...staff.keys()] });
  return locks.map((l) => ({
    key: l.key,
    email: staff.get(l.key)?.email,
    displayName: staff.get(l.key)?.display_name,
    failures: l.failures,
    lockedUntil: l.lockedUntil,
  }));
}

/** Lifts a lock: any key for platform admins (site undefined), a staff account's key for site admins. */
export async function unlock(ctx: OpContext, key: string, site?: AdminSite): Promise<void> {
  if (!site) authorizePlatform(ctx.actor);
  else {
    authorize(ctx.actor, site.id, 'site.staff');
    if (!(await staffKeys(ctx, site.id)).has(key)) throw notFound();
  }
  const cleared = await clearFailures(ctx.services.database, [key]);
  if (!cleared) throw notFound();
  await audit(ctx.services.database, ctx.actor, {
    action: 'security.unlock',
    siteId: site?.id ?? null,
    target: key,
  });
}
