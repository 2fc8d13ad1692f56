/**
 * Who may do what on a site. Roles are ranked (contributor < editor < approver < site admin);
 * a platform admin may do everything everywhere. Each permission names the least role that holds
 * it; rules that depend on the object (a contributor edits only their own drafts) live in the
 * operation that checks them, on top of these.
 */
import type { SiteRolesTable } from '../../platform/db/schema.js';

export type Role = SiteRolesTable['role'];
export const ROLES: readonly Role[] = ['contributor', 'editor', 'approver', 'site_admin'];

const RANK: Record<Role, number> = { contributor: 1, editor: 2, approver: 3, site_admin: 4 };

export const PERMISSIONS = {
  /** See the site's admin area, own articles, the media library. */
  'site.enter': 'contributor',
  'article.create': 'contributor',
  'article.readAll': 'editor',
  'article.editAny': 'editor',
  'article.submit': 'contributor',
  'article.return': 'editor',
  'article.approve': 'approver',
  'article.publish': 'approver',
  'article.unpublish': 'approver',
  'media.upload': 'contributor',
  'media.editAny': 'editor',
  'media.delete': 'editor',
  'comment.moderate': 'approver',
  'poll.manage': 'site_admin',
  'site.settings': 'site_admin',
  'site.staff': 'site_admin',
  'site.categories': 'site_admin',
  'site.menus': 'site_admin',
  'site.links': 'site_admin',
  'site.tokens': 'site_admin',
  'audit.read': 'site_admin',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(role: Role | undefined, least: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[least];
}
