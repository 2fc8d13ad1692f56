/**
 * Account security: the last TOTP time step accepted for each account, so that a code cannot be
 * used twice (within its validity window, by an onlooker or a replayed request).
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const big = ctx.dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema.alterTable('users').addColumn('totp_last_step', big).execute();
}
