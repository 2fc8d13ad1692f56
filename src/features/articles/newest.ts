/**
 * The newest articles of a category, shared for a minute by every page that shows them (the home
 * page's sections, `Tin cùng chuyên mục` on each article) and purged with the category's tag.
 */
import { tags as cacheTags } from '../../platform/cache/tags.js';
import type { Lang } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import type { ArticleSummary } from './queries.js';

export const NEWEST_COUNT = 7;
const TTL_MS = 60_000;

export function newestInCategory(
  services: Services,
  siteId: number,
  categoryId: number,
  lang: Lang,
  now: number,
): Promise<ArticleSummary[]> {
  return services.fragments.get(
    `newest:${siteId}:${categoryId}:${lang}`,
    TTL_MS,
    [cacheTags.category(siteId, categoryId)],
    () => services.articles.inCategory(siteId, categoryId, lang, NEWEST_COUNT, 0, now),
  );
}
