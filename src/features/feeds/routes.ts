/**
 * GET /rss.xml, /en/rss.xml, /chuyen-muc/:slug/rss.xml, /en/category/:slug/rss.xml (RSS 2.0),
 * /sitemap.xml, /sitemaps/pages.xml, /sitemaps/articles-<n>.xml, /sitemaps/news.xml and /robots.txt.
 * All are served through the page cache like any page, with absolute URLs from the site's own
 * origin (never the Host header), and tagged `listing:<site>` (plus the category for a category
 * feed), so publishing an article purges them.
 */
import type { FastifyInstance } from 'fastify';
import { tags as cacheTags } from '../../platform/cache/tags.js';
import { notFound } from '../../platform/http/errors.js';
import { LANGS, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { type PageRequest, servePage, siteName } from '../../web/page.js';
import { urls } from '../../web/urls.js';
import { newestInCategory } from '../articles/newest.js';
import { publishedSince, sitemapChunk, sitemapChunks } from './queries.js';
import { ROBOTS_CONTENT_TYPE, renderRobots } from './robots.js';
import { RSS_CONTENT_TYPE, RSS_ITEMS, renderRss, rssItems } from './rss.js';
import {
  renderNewsSitemap,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_CONTENT_TYPE,
  type SitemapEntry,
  sitemapLimits,
} from './sitemaps.js';
import { feedRoutePatterns, feedUrls } from './urls.js';

const FEED_TTL_MS = 10 * 60_000;
const ROBOTS_TTL_MS = 60 * 60_000;
const CHUNK_FILE = /^articles-([1-9]\d{0,8})\.xml$/;

export function feedRoutes(app: FastifyInstance, services: Services): void {
  const { database } = services;

  for (const lang of LANGS) {
    app.get(feedRoutePatterns.site[lang], (request, reply) =>
      servePage(services, request, reply, lang, feedUrls.site(lang), async (pr) => {
        const siteId = pr.site.site.id;
        const name = siteName(pr.site, lang);
        const articles = await services.articles.latest(siteId, lang, RSS_ITEMS, pr.now);
        const html = renderRss(
          {
            title: name,
            link: `${pr.site.origin}${urls.home(lang)}`,
            description: `${t(lang, 'site.portalOf')} ${name}`,
            lang,
            selfUrl: `${pr.site.origin}${feedUrls.site(lang)}`,
          },
          await rssItems(pr.site, lang, services.config.dataDir, articles),
          pr.now,
        );
        return { html, contentType: RSS_CONTENT_TYPE, tags: [cacheTags.listing(siteId)], ttlMs: FEED_TTL_MS };
      }),
    );

    app.get<{ Params: { slug: string } }>(feedRoutePatterns.category[lang], (request, reply) => {
      const slug = request.params.slug;
      return servePage(services, request, reply, lang, feedUrls.category(lang, slug), async (pr) => {
        const category = pr.site.categoriesBySlug.get(slug);
        if (!category) throw notFound();
        const siteId = pr.site.site.id;
        const name = lang === 'en' ? category.name_en : category.name_vi;
        const site = siteName(pr.site, lang);
        const articles = await services.articles.inCategory(siteId, category.id, lang, RSS_ITEMS, 0, pr.now);
        const html = renderRss(
          {
            title: `${name} – ${site}`,
            link: `${pr.site.origin}${urls.category(lang, slug)}`,
            description: `${name} – ${t(lang, 'site.portalOf')} ${site}`,
            lang,
            selfUrl: `${pr.site.origin}${feedUrls.category(lang, slug)}`,
          },
          await rssItems(pr.site, lang, services.config.dataDir, articles),
          pr.now,
        );
        return {
          html,
          contentType: RSS_CONTENT_TYPE,
          tags: [cacheTags.listing(siteId), cacheTags.category(siteId, category.id)],
          ttlMs: FEED_TTL_MS,
        };
      });
    });
  }

  const xml = (html: string, pr: PageRequest) => ({
    html,
    contentType: SITEMAP_CONTENT_TYPE,
    tags: [cacheTags.listing(pr.site.site.id)],
    ttlMs: FEED_TTL_MS,
  });

  app.get(feedUrls.sitemapIndex, (request, reply) =>
    servePage(services, request, reply, 'vi', feedUrls.sitemapIndex, async (pr) => {
      const { origin } = pr.site;
      const chunks = await sitemapChunks(database, pr.site.site.id, sitemapLimits.chunkSize, pr.now);
      const newest = chunks.length ? Math.max(...chunks.map((c) => c.lastmod)) : undefined;
      const entries: SitemapEntry[] = [
        { loc: `${origin}${feedUrls.sitemapPages}`, lastmod: newest },
        ...chunks.map((c) => ({ loc: `${origin}${feedUrls.sitemapArticles(c.chunk)}`, lastmod: c.lastmod })),
      ];
      return xml(renderSitemapIndex(entries), pr);
    }),
  );

  app.get(feedUrls.sitemapPages, (request, reply) =>
    servePage(services, request, reply, 'vi', feedUrls.sitemapPages, async (pr) => {
      const { origin, site, categories } = pr.site;
      const siteId = site.id;
      const structureChanged = Math.max(site.updated_at, ...categories.map((c) => c.created_at));
      const entries: SitemapEntry[] = [];
      for (const lang of LANGS) {
        const [latest] = await services.articles.latest(siteId, lang, 1, pr.now);
        entries.push({
          loc: `${origin}${urls.home(lang)}`,
          lastmod: latest?.published_at ?? structureChanged,
        });
        for (const c of categories) {
          const [newest] = await newestInCategory(services, siteId, c.id, lang, pr.now);
          entries.push({
            loc: `${origin}${urls.category(lang, c.slug)}`,
            lastmod: newest?.published_at ?? c.created_at,
          });
        }
        entries.push({ loc: `${origin}${urls.sitemap(lang)}`, lastmod: structureChanged });
      }
      return xml(renderUrlset(entries), pr);
    }),
  );

  app.get(feedUrls.sitemapNews, (request, reply) =>
    servePage(services, request, reply, 'vi', feedUrls.sitemapNews, async (pr) => {
      const since = pr.now - sitemapLimits.newsWindowMs;
      const rows = await publishedSince(database, pr.site.site.id, since, pr.now, sitemapLimits.newsMax);
      const html = renderNewsSitemap(
        rows.map((a) => ({
          loc: `${pr.site.origin}${urls.article(a.lang, a.slug)}`,
          publicationName: siteName(pr.site, a.lang),
          language: a.lang,
          publishedAt: a.published_at,
          title: a.title,
        })),
      );
      return xml(html, pr);
    }),
  );

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const m = CHUNK_FILE.exec(request.params.file);
    if (!m) throw notFound();
    const chunk = Number(m[1]);
    const size = sitemapLimits.chunkSize;
    return servePage(services, request, reply, 'vi', feedUrls.sitemapArticles(chunk), async (pr) => {
      const rows = await sitemapChunk(database, pr.site.site.id, chunk, size, pr.now);
      if (rows.length === 0) throw notFound();
      const entries = rows.map((a) => ({
        loc: `${pr.site.origin}${urls.article(a.lang, a.slug)}`,
        lastmod: Math.max(a.published_at, a.updated_at),
      }));
      return xml(renderUrlset(entries), pr);
    });
  });

  app.get(feedUrls.robots, (request, reply) =>
    servePage(services, request, reply, 'vi', feedUrls.robots, async (pr) => ({
      html: renderRobots(pr.site.origin),
      contentType: ROBOTS_CONTENT_TYPE,
      tags: [],
      ttlMs: ROBOTS_TTL_MS,
    })),
  );
}
