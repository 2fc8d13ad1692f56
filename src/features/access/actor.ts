/**
 * The actor: who is making a request (through a browser session or an API token), with their role
 * on every site they work on. Every admin page and API endpoint gets one, and every operation
 * checks it with `authorize` before touching a site's data.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/http/errors.js';
import { PERMISSIONS, type Permission, type Role, roleAtLeast } from './roles.js';

export interface Actor {
  userId: number;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** Role per site id. A token actor has at most the one site its token is scoped to. */
  roles: ReadonlyMap<number, Role>;
  via: 'session' | 'token';
  /** Set for token actors: the only site the token opens. */
  tokenSiteId?: number;
  /** Salted hash of the request's source address, for the audit log. */
  source: string;
}

/** The role the actor holds on a site ('platform' for platform admins), or undefined. */
export function roleOn(actor: Actor, siteId: number): Role | 'platform' | undefined {
  if (actor.tokenSiteId !== undefined && actor.tokenSiteId !== siteId) return undefined;
  if (actor.isPlatformAdmin) return 'platform';
  return actor.roles.get(siteId);
}

export function can(actor: Actor, siteId: number, permission: Permission): boolean {
  const role = roleOn(actor, siteId);
  if (role === 'platform') return true;
  return roleAtLeast(role, PERMISSIONS[permission]);
}

/**
 * Throws unless the actor holds the permission on the site: 404 when the actor has no part in the
 * site at all (another district's staff do not even learn what exists), 403 when the role is too low.
 */
export function authorize(actor: Actor, siteId: number, permission: Permission): void {
  const role = roleOn(actor, siteId);
  if (role === undefined) throw notFound();
  if (!can(actor, siteId, permission)) throw forbidden();
}

/** Platform-wide operations (adding sites, managing every account). */
export function authorizePlatform(actor: Actor): void {
  if (!actor.isPlatformAdmin || actor.tokenSiteId !== undefined) throw forbidden();
}

/** True when the actor must have two-factor on: platform admins and site admins of any site. */
export function requiresTwoFactor(isPlatformAdmin: boolean, roles: Iterable<Role>): boolean {
  if (isPlatformAdmin) return true;
  for (const role of roles) if (role === 'site_admin') return true;
  return false;
}

export async function loadRoles(database: Database, userId: number): Promise<Map<number, Role>> {
  const rows = await database.db
    .selectFrom('site_roles')
    .select(['site_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.site_id, r.role]));
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
