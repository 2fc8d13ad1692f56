/**
 * `Liên kết website`: the links to other state portals shown in every page's sidebar. Site admins
 * add, edit, order, hide and delete them; addresses are absolute http(s) only. Every change purges
 * the site's `chrome` tag (the sidebar is part of every page).
 */
import { tags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanNamePair, type Direction, validateHttpUrl } from '../sites/admin-input.js';
import { moveRow, nextPosition } from '../sites/ordered-rows.js';

export interface NewLinkInput {
  titleVi: string;
  titleEn?: string;
  url: string;
  position?: number;
}

const TITLE_MAX = 200;

export function validateLinkUrl(url: string): string {
  return validateHttpUrl(url);
}

/** The bare insert the demo seeder uses. */
export async function createLink(database: Database, siteId: number, input: NewLinkInput): Promise<number> {
  const titleVi = cleanText(input.titleVi);
  if (!titleVi) throw invalid('titleVi', 'validation.required', { field: '@field.title' });
  const row = await database.db
    .insertInto('links')
    .values({
      site_id: siteId,
      title_vi: titleVi,
      title_en: cleanText(input.titleEn ?? '') || titleVi,
      url: validateLinkUrl(input.url),
      position: input.position ?? 0,
      hidden: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function visibleLinks(database: Database, siteId: number) {
  return database.db
    .selectFrom('links')
    .select(['id', 'title_vi', 'title_en', 'url'])
    .where('site_id', '=', siteId)
    .where('hidden', '=', 0)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export interface LinkInput {
  titleVi: string;
  titleEn: string;
  url: string;
  hidden: boolean;
}

export interface LinkItem extends LinkInput {
  id: number;
  position: number;
}

export async function listLinks(ctx: OpContext, site: AdminSite): Promise<LinkItem[]> {
  authorize(ctx.actor, site.id, 'site.enter');
  const rows = await ctx.services.database.db
    .selectFrom('links')
    .select(['id', 'title_vi', 'title_en', 'url', 'position', 'hidden'])
    .where('site_id', '=', site.id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    titleVi: r.title_vi,
    titleEn: r.title_en,
    url: r.url,
    position: r.position,
    hidden: r.hidden === 1,
  }));
}

export async function getLink(ctx: OpContext, site: AdminSite, id: number): Promise<LinkItem> {
  const found = (await listLinks(ctx, site)).find((l) => l.id === id);
  if (!found) throw notFound();
  return found;
}

function checkLink(input: LinkInput): LinkInput {
  const title = cleanNamePair('title', { vi: input.titleVi, en: input.titleEn }, TITLE_MAX);
  return { titleVi: title.vi, titleEn: title.en, url: validateHttpUrl(input.url), hidden: input.hidden };
}

export async function addLink(ctx: OpContext, site: AdminSite, input: LinkInput): Promise<LinkItem> {
  authorize(ctx.actor, site.id, 'site.links');
  const link = checkLink(input);
  const db = ctx.services.database.db;
  const position = await nextPosition(db, site.id, { table: 'links' });
  const row = await db
    .insertInto('links')
    .values({
      site_id: site.id,
      title_vi: link.titleVi,
      title_en: link.titleEn,
      url: link.url,
      position,
      hidden: link.hidden ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(ctx.services.database, ctx.actor, {
    action: 'link.create',
    siteId: site.id,
    target: `link:${row.id}`,
    details: { titleVi: link.titleVi, url: link.url, hidden: link.hidden },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
  return getLink(ctx, site, row.id);
}

/** Changes the fields present in `patch` (hiding is `{ hidden: true }`); the others stay as stored. */
export async function editLink(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  patch: Partial<LinkInput>,
): Promise<LinkItem> {
  authorize(ctx.actor, site.id, 'site.links');
  const current = await getLink(ctx, site, id);
  const link = checkLink({
    titleVi: patch.titleVi ?? current.titleVi,
    titleEn: patch.titleEn ?? current.titleEn,
    url: patch.url ?? current.url,
    hidden: patch.hidden ?? current.hidden,
  });
  await ctx.services.database.db
    .updateTable('links')
    .set({ title_vi: link.titleVi, title_en: link.titleEn, url: link.url, hidden: link.hidden ? 1 : 0 })
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'link.update',
    siteId: site.id,
    target: `link:${id}`,
    details: {
      fields: (Object.keys(link) as (keyof LinkInput)[]).filter((k) => link[k] !== current[k]),
    },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
  return getLink(ctx, site, id);
}

export async function moveLink(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  direction: Direction,
): Promise<void> {
  authorize(ctx.actor, site.id, 'site.links');
  await getLink(ctx, site, id);
  await moveRow(ctx, site, { table: 'links', kind: 'link', id, direction, tags: [tags.chrome(site.id)] });
}

export async function deleteLink(ctx: OpContext, site: AdminSite, id: number): Promise<void> {
  authorize(ctx.actor, site.id, 'site.links');
  const current = await getLink(ctx, site, id);
  await ctx.services.database.db
    .deleteFrom('links')
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'link.delete',
    siteId: site.id,
    target: `link:${id}`,
    details: { titleVi: current.titleVi, url: current.url },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
}
