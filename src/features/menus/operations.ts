/**
 * The site's main menu (`menu_items`): labels in Vietnamese and English, a target that is a path of
 * the site or an http(s) address, one level of sub-items, an order and a hidden flag. While a site
 * has no visible item, the header lists the categories marked "in menu". Every change purges the
 * site's `chrome` tag (the header is part of every page).
 */
import { tags } from '../../platform/cache/tags.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanNamePair, type Direction, validateMenuUrl } from '../sites/admin-input.js';
import { moveRow, nextPosition } from '../sites/ordered-rows.js';

export interface MenuItemInput {
  labelVi: string;
  labelEn: string;
  url: string;
  /** A top-level item of the same site, or null for a top-level item. */
  parentId: number | null;
  hidden: boolean;
}

export interface MenuItem extends MenuItemInput {
  id: number;
  position: number;
  /** Sub-items (only top-level items have any). */
  children: number;
}

const LABEL_MAX = 100;

/** Items in display order: each top item followed by its sub-items. */
export async function listMenuItems(ctx: OpContext, site: AdminSite): Promise<MenuItem[]> {
  authorize(ctx.actor, site.id, 'site.enter');
  const rows = await ctx.services.database.db
    .selectFrom('menu_items')
    .select(['id', 'parent_id', 'label_vi', 'label_en', 'url', 'position', 'hidden'])
    .where('site_id', '=', site.id)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const items = rows.map(
    (r): MenuItem => ({
      id: r.id,
      parentId: r.parent_id,
      labelVi: r.label_vi,
      labelEn: r.label_en,
      url: r.url,
      position: r.position,
      hidden: r.hidden === 1,
      children: rows.filter((c) => c.parent_id === r.id).length,
    }),
  );
  const ids = new Set(items.map((i) => i.id));
  const out: MenuItem[] = [];
  for (const top of items.filter((i) => i.parentId === null || !ids.has(i.parentId))) {
    out.push(top, ...items.filter((i) => i.parentId === top.id));
  }
  return out;
}

export async function getMenuItem(ctx: OpContext, site: AdminSite, id: number): Promise<MenuItem> {
  const found = (await listMenuItems(ctx, site)).find((i) => i.id === id);
  if (!found) throw notFound();
  return found;
}

function checkItem(input: MenuItemInput): MenuItemInput {
  const label = cleanNamePair('label', { vi: input.labelVi, en: input.labelEn }, LABEL_MAX);
  return {
    labelVi: label.vi,
    labelEn: label.en,
    url: validateMenuUrl(input.url),
    parentId: input.parentId,
    hidden: input.hidden,
  };
}

/** A parent must be a top-level item of the site; an item with sub-items stays top-level. */
function checkParent(items: readonly MenuItem[], parentId: number | null, self?: MenuItem): void {
  if (parentId === null) return;
  const parent = items.find((i) => i.id === parentId);
  if (!parent) throw invalid('parentId', 'siteadmin.menu.parentUnknown');
  if (parent.parentId !== null || parentId === self?.id) throw invalid('parentId', 'siteadmin.menu.oneLevel');
  if (self && self.children > 0) throw invalid('parentId', 'siteadmin.menu.hasChildren');
}

export async function addMenuItem(ctx: OpContext, site: AdminSite, input: MenuItemInput): Promise<MenuItem> {
  authorize(ctx.actor, site.id, 'site.menus');
  const item = checkItem(input);
  const items = await listMenuItems(ctx, site);
  checkParent(items, item.parentId);
  const db = ctx.services.database.db;
  const row = await db
    .insertInto('menu_items')
    .values({
      site_id: site.id,
      parent_id: item.parentId,
      label_vi: item.labelVi,
      label_en: item.labelEn,
      url: item.url,
      position: await nextPosition(db, site.id, { table: 'menu_items', parentId: item.parentId }),
      hidden: item.hidden ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(ctx.services.database, ctx.actor, {
    action: 'menu.create',
    siteId: site.id,
    target: `menu:${row.id}`,
    details: { labelVi: item.labelVi, url: item.url, parentId: item.parentId },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
  return getMenuItem(ctx, site, row.id);
}

/** Changes the fields present in `patch`; the others stay as stored. */
export async function editMenuItem(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  patch: Partial<MenuItemInput>,
): Promise<MenuItem> {
  authorize(ctx.actor, site.id, 'site.menus');
  const items = await listMenuItems(ctx, site);
  const current = items.find((i) => i.id === id);
  if (!current) throw notFound();
  const item = checkItem({
    labelVi: patch.labelVi ?? current.labelVi,
    labelEn: patch.labelEn ?? current.labelEn,
    url: patch.url ?? current.url,
    parentId: patch.parentId === undefined ? current.parentId : patch.parentId,
    hidden: patch.hidden ?? current.hidden,
  });
  const moved = item.parentId !== current.parentId;
  if (moved) checkParent(items, item.parentId, current);
  const db = ctx.services.database.db;
  await db
    .updateTable('menu_items')
    .set({
      label_vi: item.labelVi,
      label_en: item.labelEn,
      url: item.url,
      parent_id: item.parentId,
      hidden: item.hidden ? 1 : 0,
      ...(moved
        ? { position: await nextPosition(db, site.id, { table: 'menu_items', parentId: item.parentId }) }
        : {}),
    })
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'menu.update',
    siteId: site.id,
    target: `menu:${id}`,
    details: {
      fields: (Object.keys(item) as (keyof MenuItemInput)[]).filter((k) => item[k] !== current[k]),
    },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
  return getMenuItem(ctx, site, id);
}

/** Moves an item one step among its siblings (top items, or the sub-items of one parent). */
export async function moveMenuItem(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  direction: Direction,
): Promise<void> {
  authorize(ctx.actor, site.id, 'site.menus');
  const current = await getMenuItem(ctx, site, id);
  await moveRow(ctx, site, {
    table: 'menu_items',
    parentId: current.parentId,
    kind: 'menu',
    id,
    direction,
    tags: [tags.chrome(site.id)],
  });
}

/** Deletes an item; one that still has sub-items is refused with their number. */
export async function deleteMenuItem(ctx: OpContext, site: AdminSite, id: number): Promise<void> {
  authorize(ctx.actor, site.id, 'site.menus');
  const current = await getMenuItem(ctx, site, id);
  if (current.children > 0)
    throw conflict('menu', 'siteadmin.menu.inUse', { name: current.labelVi, children: current.children });
  await ctx.services.database.db
    .deleteFrom('menu_items')
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'menu.delete',
    siteId: site.id,
    target: `menu:${id}`,
    details: { labelVi: current.labelVi, url: current.url },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
}
