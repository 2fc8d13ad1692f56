/**
 * The security pages' own URLs (beside the section roots in admin/urls.ts) and the route patterns
 * of the site-scoped ones (`:site` is the site code, resolved and authorised by adminRoute).
 */
import type { Lang } from '../../platform/i18n/index.js';
import { adminUrls } from '../admin/urls.js';

export const securityUrls = {
  logoutAll: (lang: Lang) => `${adminUrls.base(lang)}/logout-all`,
  platformAudit: (lang: Lang) => `${adminUrls.base(lang)}/platform/audit`,
  platformLocks: (lang: Lang) => `${adminUrls.base(lang)}/platform/locks`,
  platformUser: (lang: Lang, id: number | string, action: string) =>
    `${adminUrls.platformUsers(lang)}/${id}/${action}`,
  /** A site's staff accounts: two-factor, locks, reset links (site admins). */
  siteSecurity: (lang: Lang, code: string) => `${adminUrls.site(lang, code)}/security`,
  revokeToken: (lang: Lang, code: string, id: number | string) =>
    `${adminUrls.tokens(lang, code)}/${id}/revoke`,
};

/** A route pattern under a site's admin: `/admin/sites/:site<rest>`. */
export const sitePattern = (lang: Lang, rest: string) => `${adminUrls.base(lang)}/sites/:site${rest}`;
