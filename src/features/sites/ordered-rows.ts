/**
 * Rows a site keeps in an order of its own: categories and menu items (ordered among the rows under
 * the same parent) and links (one flat list). Here: the position a new row takes at the end of its
 * siblings, and moving one row a step up or down, which numbers the siblings again in one
 * transaction, writes the audit log and purges the cache tags the caller names.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.js';
import { audit } from '../access/audit.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { type Direction, reorder } from './admin-input.js';

/** Which rows are siblings: a flat table, or the rows under one parent (null: the top level). */
export type Siblings = { table: 'links' } | { table: 'categories' | 'menu_items'; parentId: number | null };

function siblingsOf(db: Kysely<Schema>, siteId: number, of: Siblings) {
  const rows = db.selectFrom(of.table).where('site_id', '=', siteId);
  return of.table === 'links'
    ? rows
    : rows.where('parent_id', of.parentId === null ? 'is' : '=', of.parentId);
}

/** The position after the last of the siblings (0 for the first one). */
export async function nextPosition(db: Kysely<Schema>, siteId: number, of: Siblings): Promise<number> {
  const row = await siblingsOf(db, siteId, of)
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  const max = row?.max;
  return max === null || max === undefined ? 0 : Number(max) + 1;
}

/**
 * Moves row `id` one step among its siblings (read in display order inside the transaction) and
 * numbers them all again; nothing is written when it is already first (up) or last (down). The
 * move is audited as `<kind>.move` on `<kind>:<id>` either way. The caller has authorised the
 * actor and checked that the row belongs to the site.
 */
export async function moveRow(
  ctx: OpContext,
  site: AdminSite,
  move: Siblings & { kind: string; id: number; direction: Direction; tags: string[] },
): Promise<void> {
  const { database } = ctx.services;
  await database.db.transaction().execute(async (trx) => {
    const siblings = await siblingsOf(trx, site.id, move)
      .select('id')
      .orderBy('position')
      .orderBy('id')
      .execute();
    const order = reorder(siblings, move.id, move.direction);
    if (!order) return;
    for (const { id: rowId, position } of order) {
      await trx
        .updateTable(move.table)
        .set({ position })
        .where('site_id', '=', site.id)
        .where('id', '=', rowId)
        .execute();
    }
  });
  await audit(database, ctx.actor, {
    action: `${move.kind}.move`,
    siteId: site.id,
    target: `${move.kind}:${move.id}`,
    details: { direction: move.direction },
  });
  ctx.services.invalidate(move.tags);
}
