/**
 * How every admin page and API endpoint starts: who is asking (session cookie or `Bearer` API token),
 * which site they are working on, and whether the request may change anything (CSRF). Admin pages
 * and the API call the same operations with the same `OpContext`, so the rules are enforced once,
 * in the operations.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readCookie } from '../../platform/http/cookies.js';
import { csrfRefused, forbidden, LoaError, notFound, unauthorized } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import { LANGS, type Lang, langOfApiCall, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { type Actor, authorize, loadRoles, requiresTwoFactor } from '../access/actor.js';
import type { Permission, Role } from '../access/roles.js';
import { sourceHash } from '../access/secrets.js';
import { csrfMatches, findSession, hashToken, SESSION_COOKIE, type Session } from '../accounts/sessions.js';
import { renderAdminPage } from './admin-layout.js';
import { adminUrls, otherLangPath } from './urls.js';

/** A site as the admin sees it. */
export interface AdminSite {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  defaultLang: Lang;
}

/** What an operation needs to know about the caller. */
export interface OpContext {
  services: Services;
  actor: Actor;
  lang: Lang;
}

export interface AdminContext extends OpContext {
  session: Session;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Set on routes with a `:site` parameter, after checking the actor may enter it. */
  site: AdminSite;
}

export interface ApiContext extends OpContext {
  request: FastifyRequest;
  reply: FastifyReply;
  site: AdminSite;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
type Form = Record<string, unknown>;

export const siteName = (site: Pick<AdminSite, 'nameVi' | 'nameEn'>, lang: Lang) =>
  lang === 'en' ? site.nameEn : site.nameVi;

export async function loadAdminSite(services: Services, code: string): Promise<AdminSite> {
  const row = await services.database.db
    .selectFrom('sites')
    .select(['id', 'code', 'name_vi', 'name_en', 'default_lang'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound();
  return {
    id: row.id,
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    defaultLang: row.default_lang,
  };
}

async function actorOfSession(
  services: Services,
  request: FastifyRequest,
  session: Session,
  roles: Map<number, Role>,
): Promise<Actor> {
  return {
    userId: session.userId,
    email: session.email,
    displayName: session.displayName,
    isPlatformAdmin: session.isPlatformAdmin,
    roles,
    via: 'session',
    source: await sourceHash(services.database, request.ip),
  };
}

/** The actor behind `Authorization: Bearer <token>`, or undefined when there is no such header. */
export async function actorOfToken(services: Services, request: FastifyRequest): Promise<Actor | undefined> {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match) throw unauthorized();
  const db = services.database.db;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.site_id',
      'api_tokens.last_used_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.is_platform_admin',
      'users.disabled',
    ])
    .where('api_tokens.token_hash', '=', hashToken(match[1]!))
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.disabled === 1) throw unauthorized();
  const now = Date.now();
  // Recording every use would write on every call; once a minute is enough to show "last used".
  if (!row.last_used_at || now - row.last_used_at > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  const roles = await loadRoles(services.database, row.user_id);
  const siteRole = roles.get(row.site_id);
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    isPlatformAdmin: row.is_platform_admin === 1,
    roles: siteRole ? new Map([[row.site_id, siteRole]]) : new Map(),
    via: 'token',
    tokenSiteId: row.site_id,
    source: await sourceHash(services.database, request.ip),
  };
}

/** Reads a form or JSON body field as a trimmed-length string ('' when absent or not a string). */
export function field(body: unknown, name: string, max = 500): string {
  const value = (body as Form | undefined)?.[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function sendAdminHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', NO_STORE)
    .header('x-robots-tag', 'noindex, nofollow')
    .send(html);
}

/** A platform or site admin who has not enrolled in two-factor yet (it is required of them). */
function owesTwoFactor(session: Session, roles: Map<number, Role>): boolean {
  return !session.totpEnabled && requiresTwoFactor(session.isPlatformAdmin, roles.values());
}

/** Where a logged-in session must go before anything else, if anywhere. */
function gate(session: Session, roles: Map<number, Role>, lang: Lang, path: string): string | undefined {
  if (session.pendingTotp) return adminUrls.loginTotp(lang);
  if (session.mustChangePassword)
    return path === adminUrls.password(lang) ? undefined : adminUrls.password(lang);
  if (path !== adminUrls.twoFactor(lang) && owesTwoFactor(session, roles)) return adminUrls.twoFactor(lang);
  return undefined;
}

/** The `:site` of the route, loaded and authorised for the actor (undefined on routes without one). */
async function siteOfRoute(
  services: Services,
  request: FastifyRequest,
  actor: Actor,
  permission: Permission | undefined,
): Promise<AdminSite> {
  const code = (request.params as { site?: string }).site;
  if (code === undefined) return undefined as unknown as AdminSite;
  const site = await loadAdminSite(services, code);
  authorize(actor, site.id, permission ?? 'site.enter');
  return site;
}

export interface AdminRouteOptions {
  /** The least permission on the `:site` of the route; default `site.enter`. */
  permission?: Permission;
  /** Let a session that still owes its password change or two-factor set-up through (those pages). */
  ungated?: boolean;
}

type AdminHandler = (ctx: AdminContext) => Promise<unknown>;

/** One registered admin page or API endpoint and the least permission its `:site` gate asks. */
export interface RouteEntry {
  kind: 'admin' | 'api';
  method: string;
  url: string;
  permission: Permission;
}

const routeTable = new Map<string, RouteEntry>();

/** Every admin page and API endpoint registered so far (the access test walks them all). */
export function registeredRoutes(): RouteEntry[] {
  return [...routeTable.values()];
}

function remember(entry: RouteEntry): void {
  routeTable.set(`${entry.method} ${entry.url}`, entry);
}

function renderError(lang: Lang, err: LoaError, session?: Session): string {
  const titleKey =
    err.status === 404
      ? 'error.notFound.title'
      : err.status === 403
        ? 'error.forbidden.title'
        : 'error.badRequest.title';
  return renderAdminPage({
    lang,
    title: t(lang, titleKey),
    otherLang: otherLangPath(lang, adminUrls.home(lang)),
    session,
    children: (
      <p role="alert" class="form-error">
        {err.localized(lang)}
      </p>
    ),
  });
}

/**
 * Registers an admin page in both languages. `path` is given for Vietnamese (`/admin/...`); the
 * English twin is `/en/admin/...`. Anonymous visitors are sent to the login page; state-changing
 * requests need the session's CSRF token in `_csrf` (form) or `x-csrf-token` (header), otherwise
 * they are refused with 403 and change nothing. LoaErrors become an admin page with the message.
 */
export function adminRoute(
  app: FastifyInstance,
  services: Services,
  method: 'GET' | 'POST',
  path: (lang: Lang) => string,
  handler: AdminHandler,
  options: AdminRouteOptions = {},
): void {
  for (const lang of LANGS) {
    remember({ kind: 'admin', method, url: path(lang), permission: options.permission ?? 'site.enter' });
    app.route({
      method,
      url: path(lang),
      handler: async (request, reply) => {
        const session = await findSession(
          services.database,
          readCookie(request.headers.cookie, SESSION_COOKIE),
        );
        if (!session) {
          if (method === 'GET') return reply.redirect(adminUrls.login(lang), 303);
          return sendAdminHtml(reply, renderError(lang, unauthorized()), 401);
        }
        try {
          const roles = await loadRoles(services.database, session.userId);
          if (!options.ungated) {
            const to = gate(session, roles, lang, request.url.split('?')[0]!);
            if (to) {
              if (method === 'GET') return reply.redirect(to, 303);
              throw new LoaError('LOA_FORBIDDEN', 403, 'error.forbidden.body');
            }
          }
          if (UNSAFE.has(method)) {
            const submitted = field(request.body, '_csrf', 200) || request.headers['x-csrf-token'];
            if (!csrfMatches(session.csrf, submitted)) throw csrfRefused();
          }
          const actor = await actorOfSession(services, request, session, roles);
          const site = await siteOfRoute(services, request, actor, options.permission);
          return await handler({ services, actor, lang, session, request, reply, site });
        } catch (err) {
          if (err instanceof LoaError && err.status < 500) {
            return sendAdminHtml(reply, renderError(lang, err, session), err.status);
          }
          throw err;
        }
      },
    });
  }
}

/** The language of an API caller: `?lang=en`, else Accept-Language, else Vietnamese. */
export function apiLang(request: FastifyRequest): Lang {
  return langOfApiCall(
    (request.query as { lang?: unknown } | undefined)?.lang,
    request.headers['accept-language'],
  );
}

type ApiHandler = (ctx: ApiContext) => Promise<unknown>;

/**
 * Registers a JSON API endpoint under /api/v1. Callers authenticate with a Bearer token or a
 * session cookie (then unsafe methods need `x-csrf-token`). Errors are JSON `{ error: { code,
 * message, field? } }` in the caller's language (the shared error handler renders LoaErrors).
 */
export function apiRoute(
  app: FastifyInstance,
  services: Services,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  handler: ApiHandler,
  options: { permission?: Permission } = {},
): void {
  remember({ kind: 'api', method, url, permission: options.permission ?? 'site.enter' });
  app.route({
    method,
    url,
    handler: async (request, reply) => {
      const lang = apiLang(request);
      let actor = await actorOfToken(services, request);
      if (!actor) {
        const session = await findSession(
          services.database,
          readCookie(request.headers.cookie, SESSION_COOKIE),
        );
        if (!session || session.pendingTotp || session.mustChangePassword) throw unauthorized();
        const roles = await loadRoles(services.database, session.userId);
        // An admin who must have two-factor and has not enrolled yet gets no further by the API either.
        if (owesTwoFactor(session, roles)) throw forbidden();
        if (UNSAFE.has(method) && !csrfMatches(session.csrf, request.headers['x-csrf-token']))
          throw csrfRefused();
        actor = await actorOfSession(services, request, session, roles);
      }
      const site = await siteOfRoute(services, request, actor, options.permission);
      reply.header('cache-control', NO_STORE);
      return handler({ services, actor, lang, request, reply, site });
    },
  });
}
