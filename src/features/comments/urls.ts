/**
 * Public URLs of comments. The form page (`/binh-luan/<article id>`, `/en/comments/<article id>`)
 * is rendered per request: it is where a form sent without script comes back with its errors and
 * what it typed, and where a reader without script gets a fresh code or the question in words.
 */
import type { Lang } from '../../platform/i18n/index.js';

export const commentUrls = {
  formPage: (lang: Lang, articleId: number) =>
    lang === 'en' ? `/en/comments/${articleId}` : `/binh-luan/${articleId}`,
  /** The public JSON endpoint the form's script posts to. */
  api: (articleId: number) => `/api/v1/articles/${articleId}/comments`,
};

export const commentRoutePatterns = {
  formPage: { vi: '/binh-luan/:articleId', en: '/en/comments/:articleId' },
  api: '/api/v1/articles/:articleId/comments',
} as const;

/** The anchor of the comments section on the article page. */
export const COMMENTS_ANCHOR = 'binh-luan';
