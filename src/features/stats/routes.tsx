/**
 * Statistics routes:
 *   GET /api/v1/stats[?article=<id>]   the live figures of the Host's site (and of one article),
 *                                      public, asked by the `stats` island after every page load
 *   GET /admin/sites/:site/stats       the statistics page (permission site.enter), and /en/admin/…
 *
 * Freshness budget of the JSON answer: a view reaches the store within a push (1 s), a node reuses
 * figures for 1 s and a browser or CDN for 2 s (max-age): at most 4 s behind, under the 5 s asked.
 */
import type { FastifyInstance } from 'fastify';
import { invalid } from '../../platform/http/errors.js';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { adminRoute, sendAdminHtml } from '../admin/context.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { StatsAdminView } from './admin-view.js';
import { siteDays, weekTop } from './queries.js';

export const API_STATS = '/api/v1/stats';
export const STATS_CACHE_CONTROL = 'public, max-age=2';
const MAX_ID = 2_147_483_647;

/** `?article=` as an id, undefined when absent; anything else is refused. */
function articleParam(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const id = typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : 0;
  if (id < 1 || id > MAX_ID) throw invalid('article', 'stats.badArticle');
  return id;
}

export function statsRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { article?: unknown } }>(API_STATS, async (request, reply) => {
    const articleId = articleParam(request.query.article);
    const site = await services.sites.resolve(request.headers.host);
    const figures = await services.views.figures(site.site.id, articleId);
    reply.header('cache-control', STATS_CACHE_CONTROL);
    return {
      site: { visits: figures.visits, online: figures.online },
      ...(articleId === undefined
        ? {}
        : { article: figures.views === null ? null : { id: articleId, views: figures.views } }),
    };
  });

  adminRoute(
    app,
    services,
    'GET',
    (lang) => `${adminUrls.base(lang)}/sites/:site/stats`,
    async ({ services, lang, site, session, actor, reply }) => {
      const now = Date.now();
      const database = services.database;
      const [figures, days, top] = await Promise.all([
        services.views.figures(site.id),
        siteDays(database, site.id, 30, now),
        weekTop(database, site.id, 10, now),
      ]);
      const html = renderAdminPage({
        lang,
        title: t(lang, 'stats.admin.title'),
        otherLang: otherLangPath(lang, adminUrls.stats(lang, site.code)),
        session,
        actor,
        site,
        section: 'stats',
        children: <StatsAdminView lang={lang} figures={figures} days={days} top={top} />,
      });
      return sendAdminHtml(reply, html);
    },
    { permission: 'site.enter' },
  );
}
