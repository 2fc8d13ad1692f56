/**
 * The admin's page shell: its own small header (title, language switch, account, log-out button),
 * the site's section navigation (only what the actor's role opens), no public chrome, never cached,
 * never indexed.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import { assets } from '../../web/assets.js';
import { type Actor, can } from '../access/actor.js';
import type { Permission } from '../access/roles.js';
import type { Session } from '../accounts/sessions.js';
import { securityUrls } from '../security/urls.js';
import { adminUrls } from './urls.js';

export interface AdminPageProps {
  lang: Lang;
  title: string;
  /** Path of this page in the other language. */
  otherLang: string;
  session?: Session;
  /** With `site`, shows the site's section navigation filtered by the actor's role. */
  actor?: Actor;
  site?: { id: number; code: string; nameVi: string; nameEn: string };
  /** The current section, marked with aria-current. */
  section?: AdminSection;
  /** Extra scripts (admin islands), by URL. */
  scripts?: string[];
  children: ComponentChildren;
}

export type AdminSection =
  | 'dashboard'
  | 'articles'
  | 'media'
  | 'comments'
  | 'polls'
  | 'categories'
  | 'menus'
  | 'links'
  | 'staff'
  | 'settings'
  | 'audit'
  | 'tokens'
  | 'stats'
  | 'security';

const SECTIONS: {
  id: AdminSection;
  label: MessageKey;
  permission: Permission;
  url: (l: Lang, c: string) => string;
}[] = [
  { id: 'dashboard', label: 'admin.nav.dashboard', permission: 'site.enter', url: adminUrls.site },
  { id: 'articles', label: 'admin.nav.articles', permission: 'site.enter', url: adminUrls.articles },
  { id: 'media', label: 'admin.nav.media', permission: 'media.upload', url: adminUrls.media },
  { id: 'comments', label: 'admin.nav.comments', permission: 'comment.moderate', url: adminUrls.comments },
  { id: 'polls', label: 'admin.nav.polls', permission: 'poll.manage', url: adminUrls.polls },
  { id: 'stats', label: 'admin.nav.stats', permission: 'site.enter', url: adminUrls.stats },
  {
    id: 'categories',
    label: 'admin.nav.categories',
    permission: 'site.categories',
    url: adminUrls.categories,
  },
  { id: 'menus', label: 'admin.nav.menus', permission: 'site.menus', url: adminUrls.menus },
  { id: 'links', label: 'admin.nav.links', permission: 'site.links', url: adminUrls.links },
  { id: 'staff', label: 'admin.nav.staff', permission: 'site.staff', url: adminUrls.staff },
  { id: 'settings', label: 'admin.nav.settings', permission: 'site.settings', url: adminUrls.settings },
  { id: 'tokens', label: 'admin.nav.tokens', permission: 'site.enter', url: adminUrls.tokens },
  { id: 'security', label: 'admin.nav.security', permission: 'site.staff', url: securityUrls.siteSecurity },
  { id: 'audit', label: 'admin.nav.audit', permission: 'audit.read', url: adminUrls.audit },
];

function AdminPage({
  lang,
  title,
  otherLang,
  session,
  actor,
  site,
  section,
  scripts,
  children,
}: AdminPageProps) {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} – ${t(lang, 'admin.title')}`}</title>
        <link rel="stylesheet" href={assets.css.url} />
        <link rel="stylesheet" href={assets.adminCss.url} />
        <link rel="icon" href={assets.favicon.url} type="image/svg+xml" />
        {scripts?.map((src) => (
          <script key={src} src={src} defer />
        ))}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          {t(lang, 'nav.skip')}
        </a>
        <header class="banner">
          <div class="wrap admin-bar">
            <a class="brand" href={adminUrls.home(lang)}>
              <span class="brand-name">{t(lang, 'admin.title')}</span>
            </a>
            <nav aria-label={t(lang, 'lang.switch')}>
              <a href={otherLang} hreflang={other} lang={other}>
                {t(other, 'lang.name')}
              </a>
            </nav>
            {session && (
              <>
                <a href={adminUrls.password(lang)} class="admin-account">
                  {session.displayName}
                </a>
                <form method="post" action={adminUrls.logout(lang)}>
                  <input type="hidden" name="_csrf" value={session.csrf} />
                  <button type="submit" class="button-link">
                    {t(lang, 'admin.logout')}
                  </button>
                </form>
              </>
            )}
          </div>
        </header>
        {site && actor && (
          <nav class="admin-nav wrap" aria-label={t(lang, 'admin.nav.label')}>
            <strong class="admin-nav-site">{lang === 'en' ? site.nameEn : site.nameVi}</strong>
            <ul>
              {SECTIONS.filter((s) => can(actor, site.id, s.permission)).map((s) => (
                <li key={s.id}>
                  <a href={s.url(lang, site.code)} aria-current={s.id === section ? 'page' : undefined}>
                    {t(lang, s.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" class="wrap admin-main" tabindex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

export function renderAdminPage(props: AdminPageProps): string {
  return `<!DOCTYPE html>${renderToString(<AdminPage {...props} />)}`;
}
