/**
 * Renders and sends a public page: the per-request header, the cached footer and sidebar
 * fragments, and the page's own main content; then stores it in the page cache with its tags and
 * an expiry (never past the next Vietnamese midnight, when the header's date line changes).
 */

import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { visibleLinks } from '../features/links/operations.js';
import type { SiteContext } from '../features/sites/site-registry.js';
import { statsWidgetData, withStats } from '../features/stats/stats-widget.js';
import { type CacheEntry, etagOf, PageCache } from '../platform/cache/page-cache.js';
import { tags as cacheTags } from '../platform/cache/tags.js';
import { writeEntry } from '../platform/http/respond.js';
import type { Lang } from '../platform/i18n/index.js';
import { nextVnMidnight, todayLine } from '../platform/vietnamese/index.js';
import type { Services } from '../services.js';
import { Footer } from './components/footer.js';
import { Header } from './components/header.js';
import { Sidebar } from './components/sidebar.js';
import { renderDocument } from './document.js';

export const HTML = 'text/html; charset=utf-8';
const SIDEBAR_TTL_MS = 60_000;
const FOOTER_TTL_MS = 3_600_000;

export interface PageInput {
  title: string;
  description?: string;
  head?: string;
  main: VNode;
  alternates: Record<Lang, string>;
  activeCategoryId?: number;
  query?: string;
  withSidebar?: boolean;
}

export interface PageRequest {
  services: Services;
  site: SiteContext;
  lang: Lang;
  now: number;
}

export function siteName(site: SiteContext, lang: Lang): string {
  return lang === 'en' ? site.site.name_en : site.site.name_vi;
}

async function sidebarHtml({ services, site, lang }: PageRequest): Promise<string> {
  const siteId = site.site.id;
  return services.fragments.get(
    `sidebar:${siteId}:${lang}`,
    SIDEBAR_TTL_MS,
    [cacheTags.chrome(siteId), cacheTags.widget(siteId, 'most-read')],
    async () => {
      const [mostRead, links, stats] = await Promise.all([
        services.articles.mostRead(siteId, lang, 5),
        visibleLinks(services.database, siteId),
        statsWidgetData(services.views, siteId, lang),
      ]);
      // The all-time list stands in only while there are no views this week (a new site).
      const allTime = stats && stats.week.length > 0 ? [] : mostRead;
      return renderToString(withStats(stats, <Sidebar lang={lang} mostRead={allTime} links={links} />));
    },
  );
}

async function footerHtml({ services, site, lang }: PageRequest): Promise<string> {
  const siteId = site.site.id;
  return services.fragments.get(
    `footer:${siteId}:${lang}`,
    FOOTER_TTL_MS,
    [cacheTags.chrome(siteId)],
    async () =>
      renderToString(<Footer lang={lang} siteName={siteName(site, lang)} settings={site.settings} />),
  );
}

export async function renderPage(pr: PageRequest, input: PageInput): Promise<string> {
  const { site, lang, now } = pr;
  const [sidebar, footer] = await Promise.all([
    input.withSidebar === false ? Promise.resolve('') : sidebarHtml(pr),
    footerHtml(pr),
  ]);
  const header = renderToString(
    <Header
      lang={lang}
      siteName={siteName(site, lang)}
      todayLine={todayLine(new Date(now), lang)}
      alternates={input.alternates}
      categories={site.categories}
      menu={site.menu}
      emblem={site.emblem}
      activeCategoryId={input.activeCategoryId}
      query={input.query}
    />,
  );
  return renderDocument({
    lang,
    title: input.title,
    description: input.description,
    head: input.head,
    header,
    main: renderToString(input.main),
    sidebar,
    footer,
  });
}

export interface RenderedPage {
  /** The body: HTML by default, or whatever `contentType` says (feeds, sitemaps, robots.txt). */
  html: string;
  contentType?: string;
  tags: readonly string[];
  /** Longest time the page may be served from cache. */
  ttlMs: number;
  articleId?: number;
  status?: number;
  /** false: never kept in the page cache and sent with no-store (pages per request, e.g. search). */
  cache?: false;
}

/**
 * Serves a public page: from the page cache when it holds `url` (the page's canonical URL, so stray
 * query parameters cannot multiply cache entries), otherwise renders it, stores a 200 under `url`
 * and sends it. Anything but a 200 is sent once and not kept.
 */
export async function servePage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
  url: string,
  render: (pr: PageRequest) => Promise<RenderedPage | { redirect: string }>,
): Promise<void> {
  const pr = await pageRequest(services, request, lang);
  const siteId = pr.site.site.id;
  const key = PageCache.key(siteId, url);
  if (services.config.pageCache) {
    const hit = services.cache.get(key, pr.now);
    if (hit) {
      services.views.recordVisit(siteId, hit, request.raw);
      reply.hijack();
      writeEntry(request.raw, reply.raw, hit, 'HIT');
      return;
    }
  }
  const renderStart = performance.now();
  const page = await render(pr);
  if ('redirect' in page) {
    reply.redirect(page.redirect, 301);
    return;
  }
  const status = page.status ?? 200;
  const served = { articleId: page.articleId, contentType: page.contentType ?? HTML };
  if (status === 200) services.views.recordVisit(siteId, served, request.raw);
  const allTags = [cacheTags.chrome(siteId), ...page.tags];
  const storeOptions = {
    siteId,
    contentType: page.contentType ?? HTML,
    tags: allTags,
    expiresAt: Math.min(pr.now + page.ttlMs, nextVnMidnight(new Date(pr.now)).getTime()),
    articleId: page.articleId,
  };
  let entry: CacheEntry;
  let state: 'MISS' | 'BYPASS' = 'BYPASS';
  if (status === 200 && services.config.pageCache && page.cache !== false) {
    entry = services.cache.set(key, page.html, storeOptions);
    state = 'MISS';
  } else {
    const body = Buffer.from(page.html);
    entry = {
      ...storeOptions,
      key,
      body,
      br: undefined,
      gzip: undefined,
      etag: etagOf(body),
      surrogateKey: allTags.join(' '),
      size: body.length,
    };
    if (body.length > 1024 && request.headers['accept-encoding']?.includes('gzip')) {
      entry.gzip = gzipSync(body, { level: 4 });
    }
  }
  reply.hijack();
  writeEntry(request.raw, reply.raw, entry, state, status, {
    'server-timing': `render;dur=${(performance.now() - renderStart).toFixed(2)}`,
    ...(page.cache === false ? { 'cache-control': 'no-store' } : {}),
  });
}

/** Resolves the site of a request and packs what a page render needs. */
export async function pageRequest(
  services: Services,
  request: FastifyRequest,
  lang: Lang,
): Promise<PageRequest> {
  const site = await services.sites.resolve(request.headers.host);
  return { services, site, lang, now: Date.now() };
}
