/**
 * The header every public page shares: date line, language switch, emblem and site name, category
 * menu and search box. Cheap to render; the menu comes from the site's in-memory context.
 */
import type { Category } from '../../platform/db/schema.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { DEFAULT_EMBLEM_SVG } from '../emblem.js';
import { urls } from '../urls.js';

export interface HeaderProps {
  lang: Lang;
  siteName: string;
  todayLine: string;
  /** Where each language's version of this page lives. */
  alternates: Record<Lang, string>;
  categories: readonly Category[];
  activeCategoryId?: number;
  query?: string;
}

/**
 * The search box as an ARIA combobox over the suggestions list site.js fills (Preact's types only
 * accept role="combobox" on an input with a `list`, which a script-filled listbox does not use).
 */
const SUGGESTIONS_COMBOBOX = {
  role: 'combobox',
  'aria-autocomplete': 'list',
  'aria-expanded': 'false',
  'aria-controls': 'q-suggestions',
} as Record<string, string>;

export function Header(p: HeaderProps) {
  return (
    <header>
      <div class="topbar">
        <div class="wrap">
          <p class="today">{p.todayLine}</p>
          <nav aria-label={t(p.lang, 'lang.switch')}>
            <ul class="lang-switch">
              <li>
                <a
                  href={p.alternates.vi}
                  hreflang="vi"
                  lang="vi"
                  aria-current={p.lang === 'vi' ? 'true' : undefined}
                >
                  {t('vi', 'lang.name')}
                </a>
              </li>
              <li>
                <a
                  href={p.alternates.en}
                  hreflang="en"
                  lang="en"
                  aria-current={p.lang === 'en' ? 'true' : undefined}
                >
                  {t('en', 'lang.name')}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
      <div class="banner">
        <div class="wrap">
          <a class="brand" href={urls.home(p.lang)}>
            <span dangerouslySetInnerHTML={{ __html: DEFAULT_EMBLEM_SVG }} />
            <span class="brand-text">
              <span class="brand-kicker">{t(p.lang, 'site.portalOf')}</span>
              <span class="brand-name">{p.siteName}</span>
            </span>
          </a>
        </div>
      </div>
      <nav class="nav" aria-label={t(p.lang, 'nav.main')}>
        <div class="wrap">
          <ul>
            <li>
              <a href={urls.home(p.lang)}>{t(p.lang, 'nav.home')}</a>
            </li>
            {p.categories.map((c) =>
              c.in_menu && c.parent_id === null ? (
                <li key={c.id}>
                  <a
                    href={urls.category(p.lang, c.slug)}
                    aria-current={c.id === p.activeCategoryId ? 'page' : undefined}
                  >
                    {p.lang === 'en' ? c.name_en : c.name_vi}
                  </a>
                </li>
              ) : null,
            )}
          </ul>
          {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the phones citizens use */}
          <form class="search-form" role="search" action={urls.search(p.lang)} method="get">
            <label class="visually-hidden" for="q">
              {t(p.lang, 'search.label')}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              maxLength={200}
              value={p.query}
              placeholder={t(p.lang, 'search.placeholder')}
              autocomplete="off"
              {...SUGGESTIONS_COMBOBOX}
            />
            {/* site.js makes this the listbox of titles as the user types; without JavaScript it stays hidden. */}
            <ul id="q-suggestions" data-label={t(p.lang, 'search.suggestions')} hidden />
            <button type="submit">{t(p.lang, 'search.submit')}</button>
          </form>
        </div>
      </nav>
    </header>
  );
}
