/**
 * Public URLs, in one place. Vietnamese pages live at the root with Vietnamese path words; English
 * pages live under /en with English ones. Slugs are the same in both.
 */
import type { Lang } from '../platform/i18n/index.js';

export const urls = {
  home: (lang: Lang) => (lang === 'en' ? '/en' : '/'),
  category: (lang: Lang, slug: string) => (lang === 'en' ? `/en/category/${slug}` : `/chuyen-muc/${slug}`),
  article: (lang: Lang, slug: string) => (lang === 'en' ? `/en/article/${slug}` : `/bai-viet/${slug}`),
  search: (lang: Lang) => (lang === 'en' ? '/en/search' : '/tim-kiem'),
  sitemap: (lang: Lang) => (lang === 'en' ? '/en/sitemap' : '/so-do-cong'),
};

/** The route patterns for both languages, for Fastify. */
export const routes = {
  home: { vi: '/', en: '/en' },
  category: { vi: '/chuyen-muc/:slug', en: '/en/category/:slug' },
  article: { vi: '/bai-viet/:slug', en: '/en/article/:slug' },
  search: { vi: '/tim-kiem', en: '/en/search' },
  sitemap: { vi: '/so-do-cong', en: '/en/sitemap' },
} as const;

/** The UI language of a path: English under /en, Vietnamese everywhere else. */
export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith('/en/') || path.startsWith('/en?') ? 'en' : 'vi';
}
