/**
 * The header every public page shares: date line, language switch, emblem and site name, the main
 * menu and search box. Cheap to render; the menu comes from the site's in-memory context: the
 * items the site's admins set (one level of sub-items), or else the categories marked in_menu.
 */
import { localiseMenuUrl, type MenuEntry } from '../../features/menus/menu.js';
import type { SiteEmblem } from '../../features/sites/site-registry.js';
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
  /** The site's own menu; when empty (or absent) the in-menu categories are the menu. */
  menu?: readonly MenuEntry[];
  /** The site's own emblem; the default one when absent. */
  emblem?: SiteEmblem;
  activeCategoryId?: number;
  query?: string;
}

function Emblem({ emblem, lang }: { emblem?: SiteEmblem; lang: Lang }) {
  if (!emblem) return <span dangerouslySetInnerHTML={{ __html: DEFAULT_EMBLEM_SVG }} />;
  return (
    <picture>
      <source type="image/webp" srcset={emblem.sources.webpSrcset} sizes="56px" />
      <img
        class="emblem"
        src={emblem.sources.fallback}
        alt={emblem.alt[lang]}
        width={56}
        height={56}
        decoding="async"
      />
    </picture>
  );
}

function MenuItems({ menu, lang, current }: { menu: readonly MenuEntry[]; lang: Lang; current?: string }) {
  return (
    <>
      {menu.map((item) => {
        const href = localiseMenuUrl(item.url, lang);
        return (
          <li key={item.id} class={item.children.length ? 'has-sub' : undefined}>
            <a href={href} aria-current={href === current ? 'page' : undefined}>
              {item.label[lang]}
            </a>
            {item.children.length > 0 && (
              <ul class="sub-menu">
                <MenuItems menu={item.children} lang={lang} current={current} />
              </ul>
            )}
          </li>
        );
      })}
    </>
  );
}

function CategoryItems(p: HeaderProps) {
  return (
    <>
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
    </>
  );
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

/** The path of the category being shown, to mark the menu item that leads to it. */
function activePath(p: HeaderProps): string | undefined {
  const active = p.categories.find((c) => c.id === p.activeCategoryId);
  return active ? urls.category(p.lang, active.slug) : undefined;
}

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
            <Emblem emblem={p.emblem} lang={p.lang} />
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
            {p.menu && p.menu.length > 0 ? (
              <MenuItems menu={p.menu} lang={p.lang} current={activePath(p)} />
            ) : (
              <CategoryItems {...p} />
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
