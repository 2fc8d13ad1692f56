/**
 * API tokens: made by a staff member for themselves on one site (the token then acts as them, on
 * that site only), shown once, stored as a SHA-256 hash. Staff list and revoke their own; site
 * admins see and revoke every token of their site. A token cannot make more tokens.
 */
import type { Database } from '../../platform/db/database.js';
import { forbidden, invalid, notFound } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import { authorize, can } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { hashToken, newToken } from '../accounts/sessions.js';
import type { AdminSite, OpContext } from '../admin/context.js';

export const TOKEN_NAME_MAX = 100;
/** Every token starts with this, so leaked tokens are easy to recognise (e.g. by secret scanners). */
export const TOKEN_PREFIX = 'loa_';

export interface ApiTokenInfo {
  id: number;
  name: string;
  userId: number;
  userEmail: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface NewApiToken extends ApiTokenInfo {
  /** The token itself: shown once, never stored. */
  token: string;
}

export function checkTokenName(input: string): string {
  const name = cleanText(input);
  if (!name) throw invalid('name', 'security.tokens.nameRequired');
  if (name.length > TOKEN_NAME_MAX)
    throw invalid('name', 'security.tokens.nameTooLong', { max: TOKEN_NAME_MAX });
  return name;
}

/**
 * Stores a new token for a user on a site. Callers check who may do it (the operation below for the
 * admin and the API; the `loa token create` command for operators).
 */
export async function insertApiToken(
  database: Database,
  siteId: number,
  userId: number,
  name: string,
  now = Date.now(),
): Promise<{ id: number; token: string }> {
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const row = await database.db
    .insertInto('api_tokens')
    .values({ site_id: siteId, user_id: userId, name, token_hash: hashToken(token), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

export async function createApiToken(
  ctx: OpContext,
  site: AdminSite,
  input: { name: string },
): Promise<NewApiToken> {
  authorize(ctx.actor, site.id, 'site.enter');
  if (ctx.actor.via === 'token') throw forbidden('security.tokens.notByToken');
  const name = checkTokenName(input.name);
  const now = Date.now();
  const { id, token } = await insertApiToken(ctx.services.database, site.id, ctx.actor.userId, name, now);
  await audit(ctx.services.database, ctx.actor, {
    action: 'token.create',
    siteId: site.id,
    target: `token:${id}`,
    details: { name },
  });
  return {
    id,
    name,
    token,
    userId: ctx.actor.userId,
    userEmail: ctx.actor.email,
    createdAt: now,
    lastUsedAt: null,
  };
}

/** The live tokens the actor may see on the site: their own, or all of the site's for site admins. */
export async function listApiTokens(ctx: OpContext, site: AdminSite): Promise<ApiTokenInfo[]> {
  authorize(ctx.actor, site.id, 'site.enter');
  let query = ctx.services.database.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.user_id',
      'users.email',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
    ])
    .where('api_tokens.site_id', '=', site.id)
    .where('api_tokens.revoked_at', 'is', null);
  if (!can(ctx.actor, site.id, 'site.tokens'))
    query = query.where('api_tokens.user_id', '=', ctx.actor.userId);
  const rows = await query.orderBy('api_tokens.id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    userId: r.user_id,
    userEmail: r.email,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

/** Revokes a live token of the site: one's own, or any for site admins (404 for anything else). */
export async function revokeApiToken(ctx: OpContext, site: AdminSite, tokenId: number): Promise<void> {
  authorize(ctx.actor, site.id, 'site.enter');
  if (!Number.isSafeInteger(tokenId) || tokenId <= 0) throw notFound();
  const db = ctx.services.database.db;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name'])
    .where('site_id', '=', site.id)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || (row.user_id !== ctx.actor.userId && !can(ctx.actor, site.id, 'site.tokens'))) throw notFound();
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: Date.now() })
    .where('site_id', '=', site.id)
    .where('id', '=', row.id)
    .execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'token.revoke',
    siteId: site.id,
    target: `token:${row.id}`,
    details: { name: row.name, owner: row.user_id },
  });
}
