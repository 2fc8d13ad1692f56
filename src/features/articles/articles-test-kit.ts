/**
 * Shared set-up for the article operation tests: an operation context for a staff member, the
 * admin's view of a demo site, and media rows (with or without alt text) that figures can use.
 */
import type { Services } from '../../services.js';
import type { TestStaff } from '../../testing/staff.js';
import type { Actor } from '../access/actor.js';
import { loadRoles } from '../access/actor.js';
import { type AdminSite, loadAdminSite, type OpContext } from '../admin/context.js';

export async function actorOf(services: Services, staff: TestStaff): Promise<Actor> {
  const user = await services.database.db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'is_platform_admin'])
    .where('id', '=', staff.userId)
    .executeTakeFirstOrThrow();
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    isPlatformAdmin: user.is_platform_admin === 1,
    roles: await loadRoles(services.database, user.id),
    via: 'session',
    source: 'test-source',
  };
}

export async function ctxOf(
  services: Services,
  staff: TestStaff,
  lang: 'vi' | 'en' = 'vi',
): Promise<OpContext> {
  return { services, actor: await actorOf(services, staff), lang };
}

export function siteOf(services: Services, code: string): Promise<AdminSite> {
  return loadAdminSite(services, code);
}

let mediaCounter = 0;

/** A media row with WebP and JPEG variants (no files: figures only need the names). */
export async function addMedia(
  services: Services,
  siteId: number,
  options: { alt?: string; caption?: string; credit?: string; originalName?: string } = {},
): Promise<{ id: number; storedName: string }> {
  const stored = `${(++mediaCounter).toString(16).padStart(8, '0')}${'ab'.repeat(8)}`;
  const row = await services.database.db
    .insertInto('media')
    .values({
      site_id: siteId,
      stored_name: stored,
      mime: 'image/jpeg',
      width: 1280,
      height: 853,
      bytes: 1000,
      alt: options.alt ?? 'Toàn cảnh hội nghị',
      caption: options.caption ?? 'Chú thích trong thư viện',
      credit: options.credit ?? 'Ảnh: Thư viện',
      variants: JSON.stringify([
        { width: 320, height: 213, file: `${stored}-320.webp`, type: 'image/webp' },
        { width: 640, height: 427, file: `${stored}-640.webp`, type: 'image/webp' },
        { width: 1280, height: 853, file: `${stored}-1280.jpg`, type: 'image/jpeg' },
      ]),
      created_at: Date.now(),
      original_name: options.originalName ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, storedName: stored };
}

/** A category id of a site. */
export async function categoryOf(services: Services, siteId: number, index = 0): Promise<number> {
  const rows = await services.database.db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .orderBy('id')
    .execute();
  return rows[index]!.id;
}
