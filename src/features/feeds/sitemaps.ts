/**
 * Sitemap documents (sitemaps.org 0.9): the index, URL sets with lastmod in W3C datetime (+07:00),
 * and the Google News sitemap of the last two days. Pure string builders; the routes fetch the rows.
 */
import { isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { escapeXml, XML_DECLARATION } from './xml.js';

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** Limits of the sitemaps. Tests lower `chunkSize` to see several chunks on a small demo. */
export const sitemapLimits = {
  /** URLs per article chunk (the protocol allows 50,000; smaller files are friendlier to crawlers). */
  chunkSize: 10_000,
  /** Google News only wants articles of the last two days… */
  newsWindowMs: 2 * 24 * 60 * 60 * 1000,
  /** …and at most 1,000 of them per sitemap. */
  newsMax: 1000,
};

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** Epoch ms. */
  lastmod?: number;
}

export interface NewsEntry {
  loc: string;
  publicationName: string;
  language: 'vi' | 'en';
  publishedAt: number;
  title: string;
}

const lastmodXml = (at: number | undefined) =>
  at === undefined ? '' : `<lastmod>${isoDateTimeVn(new Date(at))}</lastmod>`;

export function renderSitemapIndex(entries: readonly SitemapEntry[]): string {
  return (
    `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n` +
    entries
      .map((e) => `<sitemap><loc>${escapeXml(e.loc)}</loc>${lastmodXml(e.lastmod)}</sitemap>\n`)
      .join('') +
    '</sitemapindex>\n'
  );
}

export function renderUrlset(entries: readonly SitemapEntry[]): string {
  return (
    `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n` +
    entries.map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${lastmodXml(e.lastmod)}</url>\n`).join('') +
    '</urlset>\n'
  );
}

export function renderNewsSitemap(entries: readonly NewsEntry[]): string {
  return (
    `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n` +
    entries
      .map(
        (e) =>
          `<url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication>` +
          `<news:name>${escapeXml(e.publicationName)}</news:name><news:language>${e.language}</news:language>` +
          `</news:publication><news:publication_date>${isoDateTimeVn(new Date(e.publishedAt))}</news:publication_date>` +
          `<news:title>${escapeXml(e.title)}</news:title></news:news></url>\n`,
      )
      .join('') +
    '</urlset>\n'
  );
}
