/**
 * Category operations. Slugs come from the Vietnamese name (folded) unless given, unique per site.
 * Site admins manage the tree (a parent within the same site, never a cycle), the order among
 * siblings, names, slugs and the in-menu flag; a category that still has articles or children
 * cannot be deleted. `createCategory` is the bare insert the demo seeder and tests use.
 */
import { tags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { cleanText, slugify } from '../../platform/vietnamese/index.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanField, cleanNamePair, type Direction } from '../sites/admin-input.js';
import { moveRow, nextPosition } from '../sites/ordered-rows.js';

export interface NewCategoryInput {
  nameVi: string;
  nameEn?: string;
  slug?: string;
  position?: number;
  parentId?: number | null;
  inMenu?: boolean;
}

const NAME_MAX = 120;
const SLUG_MAX = 100;

function checkSlug(given: string | undefined, nameVi: string): string {
  const typed = cleanText(given ?? '');
  const slug = slugify(typed || nameVi, SLUG_MAX);
  if (!slug)
    throw invalid('slug', typed ? 'siteadmin.slugInvalid' : 'validation.required', { field: '@field.slug' });
  return slug;
}

async function slugFree(database: Database, siteId: number, slug: string, selfId?: number): Promise<void> {
  let query = database.db
    .selectFrom('categories')
    .select('id')
    .where('site_id', '=', siteId)
    .where('slug', '=', slug);
  if (selfId !== undefined) query = query.where('id', '!=', selfId);
  if (await query.executeTakeFirst()) throw conflict('slug', 'validation.slugTaken', { slug });
}

export async function createCategory(
  database: Database,
  siteId: number,
  input: NewCategoryInput,
): Promise<number> {
  const nameVi = cleanField(input.nameVi, 'nameVi', { label: 'field.name', max: NAME_MAX, required: true });
  const slug = checkSlug(input.slug, nameVi);
  await slugFree(database, siteId, slug);
  const row = await database.db
    .insertInto('categories')
    .values({
      site_id: siteId,
      slug,
      name_vi: nameVi,
      name_en: cleanText(input.nameEn ?? '') || nameVi,
      position: input.position ?? 0,
      parent_id: input.parentId ?? null,
      in_menu: input.inMenu === false ? 0 : 1,
      created_at: Date.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface CategoryInput {
  nameVi: string;
  nameEn: string;
  /** Typed by the admin and folded (`Tin tức` → `tin-tuc`); empty: made from the Vietnamese name. */
  slug: string;
  parentId: number | null;
  inMenu: boolean;
}

export interface CategoryItem {
  id: number;
  parentId: number | null;
  slug: string;
  nameVi: string;
  nameEn: string;
  position: number;
  inMenu: boolean;
  /** Depth in the tree, 0 for top-level categories. */
  depth: number;
  /** Articles of any status filed in the category. */
  articles: number;
  children: number;
}

/** The site's categories in tree order (each parent followed by its children), with counts. */
export async function listCategories(ctx: OpContext, site: AdminSite): Promise<CategoryItem[]> {
  authorize(ctx.actor, site.id, 'site.enter');
  const db = ctx.services.database.db;
  const [rows, counts] = await Promise.all([
    db
      .selectFrom('categories')
      .select(['id', 'parent_id', 'slug', 'name_vi', 'name_en', 'position', 'in_menu'])
      .where('site_id', '=', site.id)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('articles')
      .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', site.id)
      .groupBy('category_id')
      .execute(),
  ]);
  const articles = new Map(counts.map((c) => [c.category_id, Number(c.n)]));
  const ids = new Set(rows.map((r) => r.id));
  const kids = new Map<number | null, typeof rows>();
  for (const r of rows) {
    // A parent that no longer exists makes the row a top-level one rather than hiding it.
    const parent = r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null;
    kids.set(parent, [...(kids.get(parent) ?? []), r]);
  }
  const out: CategoryItem[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const r of kids.get(parent) ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({
        id: r.id,
        parentId: r.parent_id,
        slug: r.slug,
        nameVi: r.name_vi,
        nameEn: r.name_en,
        position: r.position,
        inMenu: r.in_menu === 1,
        depth,
        articles: articles.get(r.id) ?? 0,
        children: kids.get(r.id)?.length ?? 0,
      });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export async function getCategory(ctx: OpContext, site: AdminSite, id: number): Promise<CategoryItem> {
  const found = (await listCategories(ctx, site)).find((c) => c.id === id);
  if (!found) throw notFound();
  return found;
}

/** Refuses a parent from another site, the category itself or one of its descendants. */
async function checkParent(
  database: Database,
  siteId: number,
  parentId: number | null,
  selfId?: number,
): Promise<void> {
  if (parentId === null) return;
  const rows = await database.db
    .selectFrom('categories')
    .select(['id', 'parent_id'])
    .where('site_id', '=', siteId)
    .execute();
  const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
  if (!parentOf.has(parentId)) throw invalid('parentId', 'validation.categoryUnknown');
  if (selfId === undefined) return;
  // Walk up from the new parent: meeting the category itself means it would become its own ancestor.
  const seen = new Set<number>();
  for (let at: number | null | undefined = parentId; at != null && !seen.has(at); at = parentOf.get(at)) {
    if (at === selfId) throw invalid('parentId', 'siteadmin.category.cycle');
    seen.add(at);
  }
}

function changedTags(siteId: number, categoryId: number): string[] {
  return [tags.chrome(siteId), tags.category(siteId, categoryId), tags.home(siteId), tags.listing(siteId)];
}

function checkNames(input: { nameVi: string; nameEn: string }) {
  const name = cleanNamePair('name', { vi: input.nameVi, en: input.nameEn }, NAME_MAX);
  return { nameVi: name.vi, nameEn: name.en };
}

export async function addCategory(
  ctx: OpContext,
  site: AdminSite,
  input: CategoryInput,
): Promise<CategoryItem> {
  authorize(ctx.actor, site.id, 'site.categories');
  const { database } = ctx.services;
  const { nameVi, nameEn } = checkNames(input);
  const slug = checkSlug(input.slug, nameVi);
  await slugFree(database, site.id, slug);
  await checkParent(database, site.id, input.parentId);
  const row = await database.db
    .insertInto('categories')
    .values({
      site_id: site.id,
      slug,
      name_vi: nameVi,
      name_en: nameEn,
      position: await nextPosition(database.db, site.id, { table: 'categories', parentId: input.parentId }),
      parent_id: input.parentId,
      in_menu: input.inMenu ? 1 : 0,
      created_at: Date.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(database, ctx.actor, {
    action: 'category.create',
    siteId: site.id,
    target: `category:${row.id}`,
    details: { slug, nameVi, parentId: input.parentId },
  });
  ctx.services.invalidate(changedTags(site.id, row.id));
  return getCategory(ctx, site, row.id);
}

/** Changes the fields present in `patch`; the others stay as stored. */
export async function editCategory(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  patch: Partial<CategoryInput>,
): Promise<CategoryItem> {
  authorize(ctx.actor, site.id, 'site.categories');
  const { database } = ctx.services;
  const current = await getCategory(ctx, site, id);
  const { nameVi, nameEn } = checkNames({
    nameVi: patch.nameVi ?? current.nameVi,
    nameEn: patch.nameEn ?? current.nameEn,
  });
  const slug = patch.slug === undefined ? current.slug : checkSlug(patch.slug, nameVi);
  if (slug !== current.slug) await slugFree(database, site.id, slug, id);
  const parentId = patch.parentId === undefined ? current.parentId : patch.parentId;
  if (parentId !== current.parentId) await checkParent(database, site.id, parentId, id);
  const inMenu = patch.inMenu ?? current.inMenu;
  const changes = {
    name_vi: nameVi,
    name_en: nameEn,
    slug,
    parent_id: parentId,
    in_menu: inMenu ? 1 : 0,
    ...(parentId !== current.parentId
      ? { position: await nextPosition(database.db, site.id, { table: 'categories', parentId }) }
      : {}),
  };
  await database.db
    .updateTable('categories')
    .set(changes)
    .where('site_id', '=', site.id)
    .where('id', '=', id)
    .execute();
  const changed = Object.entries({ nameVi, nameEn, slug, parentId, inMenu })
    .filter(([k, v]) => current[k as keyof CategoryItem] !== v)
    .map(([k]) => k);
  await audit(database, ctx.actor, {
    action: 'category.update',
    siteId: site.id,
    target: `category:${id}`,
    details: { fields: changed, ...(slug !== current.slug ? { oldSlug: current.slug, slug } : {}) },
  });
  ctx.services.invalidate(changedTags(site.id, id));
  return getCategory(ctx, site, id);
}

/** Moves a category one step up or down among its siblings. */
export async function moveCategory(
  ctx: OpContext,
  site: AdminSite,
  id: number,
  direction: Direction,
): Promise<void> {
  authorize(ctx.actor, site.id, 'site.categories');
  const current = await getCategory(ctx, site, id);
  await moveRow(ctx, site, {
    table: 'categories',
    parentId: current.parentId,
    kind: 'category',
    id,
    direction,
    tags: changedTags(site.id, id),
  });
}

/** Deletes an empty category; one with articles or sub-categories is refused with the counts. */
export async function deleteCategory(ctx: OpContext, site: AdminSite, id: number): Promise<void> {
  authorize(ctx.actor, site.id, 'site.categories');
  const { database } = ctx.services;
  const current = await getCategory(ctx, site, id);
  if (current.articles > 0 || current.children > 0) {
    throw conflict('category', 'siteadmin.category.inUse', {
      name: current.nameVi,
      articles: current.articles,
      children: current.children,
    });
  }
  await database.db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: an article filed meanwhile keeps its category.
    const filed = await trx
      .selectFrom('articles')
      .select('id')
      .where('site_id', '=', site.id)
      .where('category_id', '=', id)
      .limit(1)
      .executeTakeFirst();
    if (filed)
      throw conflict('category', 'siteadmin.category.inUse', {
        name: current.nameVi,
        articles: 1,
        children: 0,
      });
    await trx.deleteFrom('categories').where('site_id', '=', site.id).where('id', '=', id).execute();
  });
  await audit(database, ctx.actor, {
    action: 'category.delete',
    siteId: site.id,
    target: `category:${id}`,
    details: { slug: current.slug, nameVi: current.nameVi },
  });
  ctx.services.invalidate(changedTags(site.id, id));
}
