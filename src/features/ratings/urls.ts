/** Addresses of the rating endpoints: the JSON API (also the no-JavaScript form's action) and the frame. */
import type { Lang } from '../../platform/i18n/index.js';

export const ratingUrls = {
  api: (articleId: number) => `/api/v1/articles/${articleId}/rating`,
  /** The live figures for readers without JavaScript (see frame.tsx). */
  frame: (lang: Lang, articleId: number) =>
    lang === 'en' ? `/en/rating/${articleId}` : `/danh-gia/${articleId}`,
  /** Where the widget sits on the article page. */
  anchor: 'danh-gia',
};

export const ratingRoutePaths = {
  api: '/api/v1/articles/:id/rating',
  frame: { vi: '/danh-gia/:id', en: '/en/rating/:id' },
} as const;
