/**
 * The cache tags Loa uses. Every page names the tags it depends on; every write names the tags it
 * changes. Keeping the vocabulary in one file makes both sides agree.
 */
export const tags = {
  /** Everything a site's pages share: settings, header, menu, footer, links widget. */
  chrome: (siteId: number) => `chrome:${siteId}`,
  home: (siteId: number) => `home:${siteId}`,
  category: (siteId: number, categoryId: number) => `category:${siteId}:${categoryId}`,
  article: (siteId: number, articleId: number) => `article:${siteId}:${articleId}`,
  widget: (siteId: number, name: string) => `widget:${siteId}:${name}`,
  /** Pages that list articles across categories (search, sitemap, feeds). */
  listing: (siteId: number) => `listing:${siteId}`,
} as const;
