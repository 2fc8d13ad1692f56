/**
 * Where feeds, sitemaps and robots.txt live. Feeds follow the language layout of the pages
 * (Vietnamese at the root, English under /en); sitemaps and robots.txt are one per site.
 */
import type { Lang } from '../../platform/i18n/index.js';

export const feedUrls = {
  site: (lang: Lang) => (lang === 'en' ? '/en/rss.xml' : '/rss.xml'),
  category: (lang: Lang, slug: string) =>
    lang === 'en' ? `/en/category/${slug}/rss.xml` : `/chuyen-muc/${slug}/rss.xml`,
  sitemapIndex: '/sitemap.xml',
  sitemapPages: '/sitemaps/pages.xml',
  sitemapArticles: (chunk: number) => `/sitemaps/articles-${chunk}.xml`,
  sitemapNews: '/sitemaps/news.xml',
  robots: '/robots.txt',
};

/** Route patterns for Fastify. */
export const feedRoutePatterns = {
  site: { vi: '/rss.xml', en: '/en/rss.xml' },
  category: { vi: '/chuyen-muc/:slug/rss.xml', en: '/en/category/:slug/rss.xml' },
} as const;
