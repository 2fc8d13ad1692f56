/** Addresses of the poll endpoints: the public JSON API (also the frame form's action) and the frame. */
import type { Lang } from '../../platform/i18n/index.js';

export const pollUrls = {
  /** The poll a page shows: `?page=<path of the page>`. */
  forPage: '/api/v1/polls',
  poll: (id: number) => `/api/v1/polls/${id}`,
  votes: (id: number) => `/api/v1/polls/${id}/votes`,
  /** The widget for readers without JavaScript (see ratings/frame.tsx). */
  frame: (lang: Lang) => (lang === 'en' ? '/en/poll/frame' : '/binh-chon/khung'),
};

export const pollRoutePaths = {
  forPage: '/api/v1/polls',
  poll: '/api/v1/polls/:id',
  votes: '/api/v1/polls/:id/votes',
  frame: { vi: '/binh-chon/khung', en: '/en/poll/frame' },
  sitePolls: '/api/v1/sites/:site/polls',
  sitePoll: '/api/v1/sites/:site/polls/:id',
  sitePollClose: '/api/v1/sites/:site/polls/:id/close',
} as const;
