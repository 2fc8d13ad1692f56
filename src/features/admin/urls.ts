/** Admin URLs: Vietnamese under /admin, English under /en/admin. */
import type { Lang } from '../../platform/i18n/index.js';

const base = (lang: Lang) => (lang === 'en' ? '/en/admin' : '/admin');

export const adminUrls = {
  home: (lang: Lang) => base(lang),
  login: (lang: Lang) => `${base(lang)}/login`,
  logout: (lang: Lang) => `${base(lang)}/logout`,
  password: (lang: Lang) => `${base(lang)}/password`,
};
