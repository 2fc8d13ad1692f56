/**
 * Reading the audit log (it is never edited: there is no operation here, nor any route, that
 * changes or deletes a row). One site's log needs `audit.read` on it; the whole platform's is for
 * platform admins. Filters: action (exact, or a prefix such as `user` for `user.*`), user (email or
 * name contains), a range of Vietnamese calendar days, free text over action, target and details.
 * Newest first, paged by id (keyset, so later rows do not shift pages).
 */
import { invalid } from '../../platform/http/errors.js';
import { VN_OFFSET_MS } from '../../platform/vietnamese/dates.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import { authorize, authorizePlatform } from '../access/actor.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { containsText } from './contains.js';

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

export interface AuditFilters {
  action?: string;
  user?: string;
  /** Vietnamese calendar days, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
  q?: string;
  /** Platform view only: one site's code. */
  site?: string;
  /** Keyset cursors: rows older than `before`, or newer than `after`. */
  before?: number;
  after?: number;
}

export interface AuditItem {
  id: number;
  at: number;
  action: string;
  target: string;
  details: Record<string, unknown>;
  userId: number | null;
  userEmail: string | null;
  userName: string | null;
  siteId: number | null;
  siteCode: string | null;
  source: string;
}

export interface AuditPage {
  items: AuditItem[];
  /** Cursor for the next newer page (`after`), when there is one. */
  newer?: number;
  /** Cursor for the next older page (`before`), when there is one. */
  older?: number;
}

/** Start of a Vietnamese calendar day `YYYY-MM-DD` in epoch ms, or undefined when malformed. */
export function vnDayStart(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  return utc - VN_OFFSET_MS;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export async function readAudit(
  ctx: OpContext,
  site: AdminSite | undefined,
  filters: AuditFilters,
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  if (site) authorize(ctx.actor, site.id, 'audit.read');
  else authorizePlatform(ctx.actor);
  const from = filters.from ? vnDayStart(filters.from) : undefined;
  if (filters.from && from === undefined) throw invalid('from', 'security.audit.dateInvalid');
  const toStart = filters.to ? vnDayStart(filters.to) : undefined;
  if (filters.to && toStart === undefined) throw invalid('to', 'security.audit.dateInvalid');
  if (from !== undefined && toStart !== undefined && toStart < from)
    throw invalid('to', 'security.audit.rangeInvalid');

  let query = ctx.services.database.db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .leftJoin('sites', 'sites.id', 'audit_log.site_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.target',
      'audit_log.details',
      'audit_log.user_id',
      'audit_log.site_id',
      'audit_log.source_hash',
      'users.email',
      'users.display_name',
      'sites.code',
    ]);
  if (site) query = query.where('audit_log.site_id', '=', site.id);
  else if (filters.site) query = query.where('sites.code', '=', filters.site);
  const action = filters.action?.trim();
  if (action) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.action', '=', action),
        eb('audit_log.action', 'like', `${action.replace(/[\\%_]/g, '')}.%`),
      ]),
    );
  }
  const user = filters.user?.trim();
  if (user) query = query.where(containsText(['users.email', 'users.display_name'], user));
  const q = filters.q?.trim();
  if (q) query = query.where(containsText(['audit_log.action', 'audit_log.target', 'audit_log.details'], q));
  if (from !== undefined) query = query.where('audit_log.at', '>=', from);
  if (toStart !== undefined) query = query.where('audit_log.at', '<', toStart + DAY_MS);

  const forward = filters.after !== undefined && filters.before === undefined;
  if (forward) query = query.where('audit_log.id', '>', filters.after!);
  else if (filters.before !== undefined) query = query.where('audit_log.id', '<', filters.before);
  const rows = await query
    .orderBy('audit_log.id', forward ? 'asc' : 'desc')
    .limit(limit + 1)
    .execute();
  const hasMore = rows.length > limit;
  const shown = rows.slice(0, limit);
  if (forward) shown.reverse();
  const items: AuditItem[] = shown.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    target: r.target,
    details: parseDetails(r.details),
    userId: r.user_id,
    userEmail: r.email,
    userName: r.display_name,
    siteId: r.site_id,
    siteCode: r.code,
    source: r.source_hash,
  }));
  const first = items[0]?.id;
  const last = items.at(-1)?.id;
  const page: AuditPage = { items };
  if (forward) {
    if (hasMore && first !== undefined) page.newer = first;
    if (last !== undefined) page.older = last;
  } else {
    if (hasMore && last !== undefined) page.older = last;
    if (filters.before !== undefined && first !== undefined) page.newer = first;
  }
  return page;
}

const TEXT_MAX = 200;

/** Filters from a query string; cursors that are not positive integers are ignored. */
export function auditFilters(query: unknown): AuditFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = (name: string) =>
    typeof q[name] === 'string' ? cleanText((q[name] as string).slice(0, TEXT_MAX)) : undefined;
  const cursor = (name: string) => {
    const value = text(name);
    return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
  };
  return {
    action: text('action') || undefined,
    user: text('user') || undefined,
    from: text('from') || undefined,
    to: text('to') || undefined,
    q: text('q') || undefined,
    site: text('site') || undefined,
    before: cursor('before'),
    after: cursor('after'),
  };
}
