/**
 * The security part of the JSON API: who am I (`/api/v1/me`), a site's audit log, and the caller's
 * API tokens on a site. Same operations as the admin pages, so the same rules.
 */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { loadRoles } from '../access/actor.js';
import { apiRoute, field } from '../admin/context.js';
import { auditFilters, readAudit } from './audit-log.js';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.js';

export function securityApiRoutes(app: FastifyInstance, services: Services): void {
  apiRoute(app, services, 'GET', '/api/v1/me', async ({ actor }) => {
    const db = services.database.db;
    const user = await db
      .selectFrom('users')
      .select(['totp_enabled'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    // A token acts on its one site only; a session on every site of the account (all for platform admins).
    const roles = actor.via === 'token' ? actor.roles : await loadRoles(services.database, actor.userId);
    let query = db.selectFrom('sites').select(['id', 'code', 'name_vi', 'name_en']).orderBy('id');
    if (actor.tokenSiteId !== undefined) query = query.where('id', '=', actor.tokenSiteId);
    else if (!actor.isPlatformAdmin) query = query.where('id', 'in', [...roles.keys(), -1]);
    const sites = await query.execute();
    return {
      id: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      isPlatformAdmin: actor.isPlatformAdmin,
      twoFactor: user.totp_enabled === 1,
      via: actor.via,
      sites: sites.map((s) => ({
        code: s.code,
        nameVi: s.name_vi,
        nameEn: s.name_en,
        role: actor.isPlatformAdmin ? 'platform' : (roles.get(s.id) ?? null),
      })),
    };
  });

  apiRoute(
    app,
    services,
    'GET',
    '/api/v1/sites/:site/audit',
    async (ctx) => {
      const filters = auditFilters(ctx.request.query);
      const query = ctx.request.query as { limit?: string };
      const limit = /^\d{1,3}$/.test(query.limit ?? '')
        ? Math.min(200, Math.max(1, Number(query.limit)))
        : 50;
      const page = await readAudit(ctx, ctx.site, { ...filters, site: undefined }, limit);
      return {
        items: page.items.map((item) => ({
          id: item.id,
          at: new Date(item.at).toISOString(),
          action: item.action,
          target: item.target,
          details: item.details,
          user:
            item.userId === null
              ? null
              : { id: item.userId, email: item.userEmail, displayName: item.userName },
          source: item.source,
        })),
        newer: page.newer ?? null,
        older: page.older ?? null,
      };
    },
    { permission: 'audit.read' },
  );

  const tokenJson = (token: Awaited<ReturnType<typeof listApiTokens>>[number]) => ({
    id: token.id,
    name: token.name,
    user: { id: token.userId, email: token.userEmail },
    createdAt: new Date(token.createdAt).toISOString(),
    lastUsedAt: token.lastUsedAt ? new Date(token.lastUsedAt).toISOString() : null,
  });

  apiRoute(app, services, 'GET', '/api/v1/sites/:site/tokens', async (ctx) => ({
    items: (await listApiTokens(ctx, ctx.site)).map(tokenJson),
  }));

  apiRoute(app, services, 'POST', '/api/v1/sites/:site/tokens', async (ctx) => {
    const created = await createApiToken(ctx, ctx.site, { name: field(ctx.request.body, 'name', 1000) });
    ctx.reply.code(201);
    return { ...tokenJson(created), token: created.token };
  });

  apiRoute(app, services, 'DELETE', '/api/v1/sites/:site/tokens/:id', async (ctx) => {
    await revokeApiToken(ctx, ctx.site, Number((ctx.request.params as { id: string }).id));
    return ctx.reply.code(204).send();
  });
}
