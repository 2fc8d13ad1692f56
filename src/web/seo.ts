/**
 * The <head> markup search engines, feed readers and social networks read: the canonical URL,
 * hreflang alternates between a page's Vietnamese and English versions (with x-default), RSS links,
 * OpenGraph, the Twitter card, and JSON-LD (NewsArticle, BreadcrumbList). Every URL is absolute and
 * built from the site's own origin, never from the Host header. Attribute values are HTML-escaped;
 * JSON-LD escapes `<`, `>` and `&` so nothing inside it can close its <script> data block.
 */
import { feedUrls } from '../features/feeds/urls.js';
import { imageSources } from '../features/media/figure.js';
import type { SiteContext } from '../features/sites/site-registry.js';
import type { Category } from '../platform/db/schema.js';
import { escapeHtml } from '../platform/html/escape.js';
import { LANGS, type Lang, t } from '../platform/i18n/index.js';
import { isoDateTimeVn } from '../platform/vietnamese/index.js';
import { assets } from './assets.js';
import { siteName } from './page.js';
import { urls } from './urls.js';

const OG_LOCALE: Record<Lang, string> = { vi: 'vi_VN', en: 'en_US' };
/** Social networks cut descriptions anyway; 300 characters is what the meta description uses. */
const DESCRIPTION_MAX = 300;

export interface SeoImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface FeedLink {
  /** Absolute URL. */
  href: string;
  title: string;
}

// ---------------------------------------------------------------------------
// Single-purpose builders

const attr = (value: string | number) => escapeHtml(String(value));

export function canonicalLink(url: string): string {
  return `<link rel="canonical" href="${attr(url)}">`;
}

/**
 * `<link rel="alternate" hreflang>` for every language version (the page's own included, as search
 * engines expect) and `x-default`. Nothing when only one version exists.
 */
export function hreflangLinks(versions: Partial<Record<Lang, string>>, xDefault: string | undefined): string {
  const present = LANGS.filter((l) => versions[l]);
  if (present.length < 2) return '';
  return (
    present.map((l) => `<link rel="alternate" hreflang="${l}" href="${attr(versions[l]!)}">`).join('') +
    (xDefault ? `<link rel="alternate" hreflang="x-default" href="${attr(xDefault)}">` : '')
  );
}

export function feedLinks(feeds: readonly FeedLink[]): string {
  return feeds
    .map(
      (f) =>
        `<link rel="alternate" type="application/rss+xml" title="${attr(f.title)}" href="${attr(f.href)}">`,
    )
    .join('');
}

export interface OpenGraph {
  type: 'website' | 'article';
  title: string;
  description: string;
  url: string;
  siteName: string;
  lang: Lang;
  /** Languages of the other versions of the page. */
  alternateLangs?: readonly Lang[];
  image?: SeoImage;
  publishedTime?: number;
  modifiedTime?: number;
  section?: string;
}

const property = (name: string, value: string | number) =>
  `<meta property="${name}" content="${attr(value)}">`;

export function openGraphTags(og: OpenGraph): string {
  return [
    property('og:type', og.type),
    property('og:title', og.title),
    property('og:description', og.description),
    property('og:url', og.url),
    property('og:site_name', og.siteName),
    property('og:locale', OG_LOCALE[og.lang]),
    ...(og.alternateLangs ?? []).map((l) => property('og:locale:alternate', OG_LOCALE[l])),
    ...(og.image
      ? [
          property('og:image', og.image.url),
          property('og:image:width', og.image.width),
          property('og:image:height', og.image.height),
          ...(og.image.alt ? [property('og:image:alt', og.image.alt)] : []),
        ]
      : []),
    ...(og.publishedTime !== undefined
      ? [property('article:published_time', isoDateTimeVn(new Date(og.publishedTime)))]
      : []),
    ...(og.modifiedTime !== undefined
      ? [property('article:modified_time', isoDateTimeVn(new Date(og.modifiedTime)))]
      : []),
    ...(og.section ? [property('article:section', og.section)] : []),
  ].join('');
}

const named = (name: string, value: string) => `<meta name="${name}" content="${attr(value)}">`;

/** `summary_large_image` when there is an image to show, `summary` otherwise. */
export function twitterTags(card: { title: string; description: string; image?: SeoImage }): string {
  return [
    named('twitter:card', card.image ? 'summary_large_image' : 'summary'),
    named('twitter:title', card.title),
    named('twitter:description', card.description),
    ...(card.image ? [named('twitter:image', card.image.url)] : []),
    ...(card.image?.alt ? [named('twitter:image:alt', card.image.alt)] : []),
  ].join('');
}

const JSON_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A JSON-LD data block. JSON.stringify only lets these characters through inside strings, where the
 * \u escapes mean the same, so the result parses to the same data and cannot end the <script>.
 */
export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => JSON_UNSAFE[c]!);
  return `<script type="application/ld+json">${json}</script>`;
}

type Agent = { '@type': 'Person' | 'Organization'; name: string };

/** A label before a colon: `Bài, ảnh: `, `Tin, ảnh: `, `Bài và ảnh: `, `Story and photos: `. */
const BYLINE_LABEL = /^[\p{L} ,]{1,30}:\s*/u;
const BYLINE_SEPARATOR = /\s+[–—-]\s+|\s*[,;]\s*|\s+và\s+|\s+and\s+/u;
/** Words that start the name of a body rather than a person (`Nhóm phóng viên`, `Đài Truyền thanh…`). */
const ORGANISATION =
  /^(nhóm|ban|phòng|đài|trung tâm|văn phòng|ubnd|ủy ban|uỷ ban|sở|báo|cổng|huyện ủy|tỉnh ủy|đảng ủy|thành ủy|hội|mặt trận|team|office|department|board|committee|centre|center|station|newsroom)(\s|$)/iu;

/** The authors named by a byline, as schema.org Person or Organization; empty for an empty byline. */
export function bylineAuthors(byline: string): Agent[] {
  const names = byline
    .trim()
    .replace(BYLINE_LABEL, '')
    .split(BYLINE_SEPARATOR)
    .map((n) => n.trim())
    .filter(Boolean);
  return names.map((name) => ({ '@type': ORGANISATION.test(name) ? 'Organization' : 'Person', name }));
}

export interface NewsArticleLd {
  headline: string;
  description: string;
  lang: Lang;
  url: string;
  publishedAt: number;
  modifiedAt: number;
  image?: SeoImage;
  byline: string;
  section?: string;
  publisher: { name: string; url: string; logo: string };
}

export function newsArticleJsonLd(a: NewsArticleLd): object {
  const publisher = {
    '@type': 'Organization',
    name: a.publisher.name,
    url: a.publisher.url,
    logo: { '@type': 'ImageObject', url: a.publisher.logo },
  };
  const authors = bylineAuthors(a.byline);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    inLanguage: a.lang,
    datePublished: isoDateTimeVn(new Date(a.publishedAt)),
    dateModified: isoDateTimeVn(new Date(a.modifiedAt)),
    ...(a.image
      ? {
          image: [{ '@type': 'ImageObject', url: a.image.url, width: a.image.width, height: a.image.height }],
        }
      : {}),
    author: authors.length
      ? authors
      : [{ '@type': 'Organization', name: a.publisher.name, url: a.publisher.url }],
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    ...(a.section ? { articleSection: a.section } : {}),
  };
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

// ---------------------------------------------------------------------------
// Whole heads for the page kinds

/** Cuts text for a description at a word boundary. */
export function summarise(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const categoryName = (c: Category, lang: Lang) => (lang === 'en' ? c.name_en : c.name_vi);

function absolute(site: SiteContext, versions: Partial<Record<Lang, string>> | undefined) {
  const out: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) if (versions?.[l]) out[l] = `${site.origin}${versions[l]}`;
  return out;
}

function siteFeeds(site: SiteContext, lang: Lang, category?: Category): FeedLink[] {
  const name = siteName(site, lang);
  const feeds = [{ href: `${site.origin}${feedUrls.site(lang)}`, title: name }];
  if (category) {
    feeds.push({
      href: `${site.origin}${feedUrls.category(lang, category.slug)}`,
      title: `${categoryName(category, lang)} – ${name}`,
    });
  }
  return feeds;
}

interface HeadCommon {
  site: SiteContext;
  lang: Lang;
  /** The page's canonical path (with its query string when that makes a different page). */
  path: string;
  /** Paths of the equivalent page in each language, when there are such pages. */
  versions?: Partial<Record<Lang, string>>;
}

function languageLinks(p: HeadCommon) {
  const versions = absolute(p.site, p.versions);
  const others = LANGS.filter((l) => l !== p.lang && versions[l]);
  const xDefault = versions[p.site.site.default_lang] ?? versions.vi;
  return { links: hreflangLinks(versions, xDefault), others };
}

export interface WebsiteHeadInput extends HeadCommon {
  title: string;
  description: string;
  /** A category page also links its own feed. */
  category?: Category;
}

/** Home and category pages: canonical, hreflang, feeds, OpenGraph `website`, Twitter summary. */
export function websiteHead(p: WebsiteHeadInput): string {
  const url = `${p.site.origin}${p.path}`;
  const { links, others } = languageLinks(p);
  const description = summarise(p.description);
  return (
    canonicalLink(url) +
    links +
    feedLinks(siteFeeds(p.site, p.lang, p.category)) +
    openGraphTags({
      type: 'website',
      title: p.title,
      description,
      url,
      siteName: siteName(p.site, p.lang),
      lang: p.lang,
      alternateLangs: others,
    }) +
    twitterTags({ title: p.title, description })
  );
}

/** What the article head needs of an article row. */
export interface SeoArticle {
  title: string;
  lead: string;
  byline: string;
  published_at: number | null;
  updated_at: number;
  image_variants: string | null;
  image_alt: string | null;
}

export interface ArticleHeadInput extends HeadCommon {
  article: SeoArticle;
  category?: Category;
}

/**
 * Article pages: canonical, hreflang when a translation is published, the site feed, OpenGraph
 * `article` with the featured image, the Twitter card, and JSON-LD NewsArticle and BreadcrumbList
 * (home → category → article).
 */
export function articleHead(p: ArticleHeadInput): string {
  const { site, lang, article } = p;
  const url = `${site.origin}${p.path}`;
  const name = siteName(site, lang);
  const { links, others } = languageLinks(p);
  const description = summarise(article.lead || article.title);
  const publishedAt = article.published_at ?? article.updated_at;
  const modifiedAt = Math.max(publishedAt, article.updated_at);
  const src = article.image_variants ? imageSources({ variants: article.image_variants }) : undefined;
  const image: SeoImage | undefined = src && {
    url: `${site.origin}${src.fallback}`,
    width: src.width,
    height: src.height,
    alt: article.image_alt ?? '',
  };
  const section = p.category ? categoryName(p.category, lang) : undefined;
  const home = `${site.origin}${urls.home(lang)}`;
  const crumbs = [
    { name: t(lang, 'nav.home'), url: home },
    ...(p.category && section
      ? [{ name: section, url: `${site.origin}${urls.category(lang, p.category.slug)}` }]
      : []),
    { name: article.title, url },
  ];
  return (
    canonicalLink(url) +
    links +
    feedLinks(siteFeeds(site, lang)) +
    openGraphTags({
      type: 'article',
      title: article.title,
      description,
      url,
      siteName: name,
      lang,
      alternateLangs: others,
      image,
      publishedTime: publishedAt,
      modifiedTime: modifiedAt,
      section,
    }) +
    twitterTags({ title: article.title, description, image }) +
    jsonLdScript(
      newsArticleJsonLd({
        headline: article.title,
        description,
        lang,
        url,
        publishedAt,
        modifiedAt,
        image,
        byline: article.byline,
        section,
        publisher: { name, url: home, logo: `${site.origin}${assets.favicon.url}` },
      }),
    ) +
    jsonLdScript(breadcrumbJsonLd(crumbs))
  );
}
