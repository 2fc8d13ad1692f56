/**
 * The admin's page shell: its own small header (title, language switch, log-out button), no public
 * chrome, never cached, never indexed.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type Lang, t } from '../../platform/i18n/index.js';
import { assets } from '../../web/assets.js';
import type { Session } from '../accounts/sessions.js';
import { adminUrls } from './urls.js';

export interface AdminPageProps {
  lang: Lang;
  title: string;
  /** Path of this page in the other language. */
  otherLang: string;
  session?: Session;
  children: ComponentChildren;
}

function AdminPage({ lang, title, otherLang, session, children }: AdminPageProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} – ${t(lang, 'admin.title')}`}</title>
        <link rel="stylesheet" href={assets.css.url} />
        <link rel="icon" href={assets.favicon.url} type="image/svg+xml" />
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
              <a href={otherLang} hreflang={lang === 'vi' ? 'en' : 'vi'} lang={lang === 'vi' ? 'en' : 'vi'}>
                {t(lang === 'vi' ? 'en' : 'vi', 'lang.name')}
              </a>
            </nav>
            {session && (
              <form method="post" action={adminUrls.logout(lang)}>
                <input type="hidden" name="_csrf" value={session.csrf} />
                <button type="submit" class="button-link">
                  {t(lang, 'admin.logout')}
                </button>
              </form>
            )}
          </div>
        </header>
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
