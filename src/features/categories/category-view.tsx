/** A category page: the category's articles, newest first, with older/newer links. */
import { type Lang, t } from '../../platform/i18n/index.js';
import { ArticleCard } from '../../web/components/article-card.js';
import { urls } from '../../web/urls.js';
import type { ArticleSummary } from '../articles/queries.js';

export interface CategoryProps {
  lang: Lang;
  name: string;
  items: readonly ArticleSummary[];
  olderUrl: string | null;
  firstPageUrl: string | null;
}

export function CategoryView({ lang, name, items, olderUrl, firstPageUrl }: CategoryProps) {
  return (
    <>
      <nav class="breadcrumb" aria-label={t(lang, 'nav.breadcrumb')}>
        <ol>
          <li>
            <a href={urls.home(lang)}>{t(lang, 'nav.home')}</a>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <h1>{name}</h1>
      {items.length === 0 ? (
        <p>{t(lang, 'category.empty')}</p>
      ) : (
        <ul class="cards">
          {items.map((a) => (
            <ArticleCard key={a.id} a={a} lang={lang} level={2} />
          ))}
        </ul>
      )}
      {(olderUrl || firstPageUrl) && (
        <nav class="pager" aria-label={t(lang, 'category.pagination')}>
          {firstPageUrl ? <a href={firstPageUrl}>« {t(lang, 'category.first')}</a> : <span />}
          {olderUrl && (
            <a href={olderUrl} rel="next">
              {t(lang, 'category.older')} »
            </a>
          )}
        </nav>
      )}
    </>
  );
}
