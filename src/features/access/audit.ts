/**
 * The audit log: one row per admin action (who, when, what, which site, hashed source address).
 * Rows are only ever inserted; nothing in the admin or the API updates or deletes them.
 */
import type { Database } from '../../platform/db/database.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  action: string;
  siteId?: number | null;
  target?: string;
  details?: Record<string, unknown>;
}

/** Who acted: an actor, or only a hashed source (e.g. a failed login for an unknown account). */
export type AuditBy = { userId: Actor['userId'] | null; source: string };

export async function audit(
  database: Database,
  actor: AuditBy | null,
  entry: AuditEntry,
  now = Date.now(),
): Promise<void> {
  await database.db
    .insertInto('audit_log')
    .values({
      at: now,
      user_id: actor?.userId ?? null,
      site_id: entry.siteId ?? null,
      action: entry.action,
      target: entry.target ?? '',
      details: JSON.stringify(entry.details ?? {}),
      source_hash: actor?.source ?? '',
    })
    .execute();
}
