/**
 * Admin URLs: Vietnamese under /admin, English under /en/admin. A site's admin lives under
 * /admin/sites/<site code>/…; each section's own sub-pages extend its root.
 */
import type { Lang } from '../../platform/i18n/index.js';

const base = (lang: Lang) => (lang === 'en' ? '/en/admin' : '/admin');
const site = (lang: Lang, code: string) => `${base(lang)}/sites/${encodeURIComponent(code)}`;

export const adminUrls = {
  base,
  home: (lang: Lang) => base(lang),
  login: (lang: Lang) => `${base(lang)}/login`,
  loginTotp: (lang: Lang) => `${base(lang)}/login/totp`,
  logout: (lang: Lang) => `${base(lang)}/logout`,
  password: (lang: Lang) => `${base(lang)}/password`,
  /** Two-factor enrolment and removal for the logged-in account. */
  twoFactor: (lang: Lang) => `${base(lang)}/two-factor`,
  /** A password-reset link made by an admin for a user: /admin/reset/<token>. */
  reset: (lang: Lang, token: string) => `${base(lang)}/reset/${token}`,
  platformSites: (lang: Lang) => `${base(lang)}/platform/sites`,
  platformUsers: (lang: Lang) => `${base(lang)}/platform/users`,
  site,
  articles: (lang: Lang, code: string) => `${site(lang, code)}/articles`,
  media: (lang: Lang, code: string) => `${site(lang, code)}/media`,
  comments: (lang: Lang, code: string) => `${site(lang, code)}/comments`,
  polls: (lang: Lang, code: string) => `${site(lang, code)}/polls`,
  categories: (lang: Lang, code: string) => `${site(lang, code)}/categories`,
  menus: (lang: Lang, code: string) => `${site(lang, code)}/menus`,
  links: (lang: Lang, code: string) => `${site(lang, code)}/links`,
  staff: (lang: Lang, code: string) => `${site(lang, code)}/staff`,
  settings: (lang: Lang, code: string) => `${site(lang, code)}/settings`,
  audit: (lang: Lang, code: string) => `${site(lang, code)}/audit`,
  tokens: (lang: Lang, code: string) => `${site(lang, code)}/tokens`,
  stats: (lang: Lang, code: string) => `${site(lang, code)}/stats`,
};

/** The same page in the other language: /admin/x ↔ /en/admin/x. */
export function otherLangPath(lang: Lang, path: string): string {
  return lang === 'en' ? path.replace(/^\/en\/admin/, '/admin') : path.replace(/^\/admin/, '/en/admin');
}
