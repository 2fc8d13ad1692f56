/**
 * RSS 2.0 documents: a channel (title, link, description, language, lastBuildDate and its own
 * address as atom:link rel=self) and its items (title, absolute link, a guid that stays the same
 * whatever happens to the slug, RFC 822 date in Vietnam time, the lead, the category and the
 * featured image as an enclosure). Everything is escaped with `escapeXml`.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '../../platform/i18n/index.js';
import { urls } from '../../web/urls.js';
import type { ArticleSummary } from '../articles/queries.js';
import { MEDIA_URL_PREFIX, parseVariants } from '../media/figure.js';
import { mediaDir } from '../media/store.js';
import type { SiteContext } from '../sites/site-registry.js';
import { escapeXml, rfc822Vn, XML_DECLARATION } from './xml.js';

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const RSS_ITEMS = 30;

export interface RssChannel {
  title: string;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  description: string;
  lang: Lang;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
}

export interface RssEnclosure {
  url: string;
  length: number;
  type: string;
}

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  publishedAt: number;
  description: string;
  category?: string;
  enclosure?: RssEnclosure;
}

/** The guid of an article: `loa:<site code>:article:<id>`, stable across slug and title edits. */
export function articleGuid(siteCode: string, articleId: number): string {
  return `loa:${siteCode}:article:${articleId}`;
}

const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function itemXml(item: RssItem): string {
  return (
    '<item>' +
    el('title', item.title) +
    el('link', item.link) +
    `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` +
    el('pubDate', rfc822Vn(new Date(item.publishedAt))) +
    el('description', item.description) +
    (item.category ? el('category', item.category) : '') +
    (item.enclosure
      ? `<enclosure url="${escapeXml(item.enclosure.url)}" length="${item.enclosure.length}" type="${escapeXml(item.enclosure.type)}"/>`
      : '') +
    '</item>\n'
  );
}

/** The whole document. lastBuildDate is the newest item's date (or `now` for an empty feed). */
export function renderRss(channel: RssChannel, items: readonly RssItem[], now: number): string {
  const lastBuild = items.reduce((max, i) => Math.max(max, i.publishedAt), 0) || now;
  return (
    XML_DECLARATION +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>\n' +
    el('title', channel.title) +
    el('link', channel.link) +
    el('description', channel.description) +
    el('language', channel.lang === 'en' ? 'en' : 'vi-VN') +
    el('lastBuildDate', rfc822Vn(new Date(lastBuild))) +
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>\n` +
    items.map(itemXml).join('') +
    '</channel></rss>\n'
  );
}

/**
 * The enclosure of a featured image: its JPEG variant with the file's size from disk (one stat per
 * distinct file per render; feeds are cached, so this runs once per publication, not per reader).
 * No enclosure when the image has no JPEG variant or the file is missing.
 */
function enclosureFinder(dataDir: string, origin: string) {
  const dir = mediaDir(dataDir);
  const sizes = new Map<string, Promise<number | undefined>>();
  return async (variantsJson: string | null): Promise<RssEnclosure | undefined> => {
    if (!variantsJson) return undefined;
    const jpeg = parseVariants(variantsJson).find((v) => v.type === 'image/jpeg');
    if (!jpeg || basename(jpeg.file) !== jpeg.file) return undefined;
    let size = sizes.get(jpeg.file);
    if (!size) {
      size = stat(join(dir, jpeg.file)).then(
        (s) => (s.isFile() ? s.size : undefined),
        () => undefined,
      );
      sizes.set(jpeg.file, size);
    }
    const length = await size;
    if (length === undefined) return undefined;
    return { url: `${origin}${MEDIA_URL_PREFIX}${jpeg.file}`, length, type: 'image/jpeg' };
  };
}

/** Feed items for article summaries of one site and language. */
export async function rssItems(
  site: SiteContext,
  lang: Lang,
  dataDir: string,
  articles: readonly ArticleSummary[],
): Promise<RssItem[]> {
  const enclosure = enclosureFinder(dataDir, site.origin);
  return Promise.all(
    articles.map(async (a) => {
      const category = site.categoriesById.get(a.category_id);
      return {
        title: a.title,
        link: `${site.origin}${urls.article(lang, a.slug)}`,
        guid: articleGuid(site.site.code, a.id),
        publishedAt: a.published_at,
        description: a.lead,
        category: category ? (lang === 'en' ? category.name_en : category.name_vi) : undefined,
        enclosure: await enclosure(a.thumb_variants),
      };
    }),
  );
}
