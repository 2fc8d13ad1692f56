/** The home page: a featured article, the latest news, and the newest of each menu category. */
import type { Category } from '../../platform/db/schema.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { ArticleCard, CompactList, Thumb } from '../../web/components/article-card.js';
import { urls } from '../../web/urls.js';
import type { ArticleSummary } from '../articles/queries.js';

export interface HomeProps {
  lang: Lang;
  siteName: string;
  featured: ArticleSummary | undefined;
  latest: readonly ArticleSummary[];
  sections: readonly { category: Category; items: readonly ArticleSummary[] }[];
}

export function HomeView({ lang, siteName, featured, latest, sections }: HomeProps) {
  return (
    <>
      <h1 class="visually-hidden">{siteName}</h1>
      {!featured && <p>{t(lang, 'home.noArticles')}</p>}
      {featured && (
        <section aria-labelledby="featured-title">
          <h2 class="section-title" id="featured-title">
            {t(lang, 'home.featured')}
          </h2>
          <article class="featured">
            <Thumb
              variants={featured.thumb_variants}
              alt={featured.thumb_alt}
              sizes="(min-width: 900px) 800px, 100vw"
            />
            <h3>
              <a href={urls.article(lang, featured.slug)}>{featured.title}</a>
            </h3>
            <time datetime={isoDateTimeVn(new Date(featured.published_at))}>
              {formatDateTime(new Date(featured.published_at))}
            </time>
            {featured.lead && <p>{featured.lead}</p>}
          </article>
        </section>
      )}
      {latest.length > 0 && (
        <section aria-labelledby="latest-title">
          <h2 class="section-title" id="latest-title">
            {t(lang, 'home.latest')}
          </h2>
          <ul class="cards">
            {latest.map((a) => (
              <ArticleCard key={a.id} a={a} lang={lang} />
            ))}
          </ul>
        </section>
      )}
      <div class="home-sections">
        {sections.map(({ category, items }) => {
          const name = lang === 'en' ? category.name_en : category.name_vi;
          return (
            <section key={category.id} aria-labelledby={`cat-${category.id}`}>
              <h2 class="section-title" id={`cat-${category.id}`}>
                <a href={urls.category(lang, category.slug)}>{name}</a>
              </h2>
              <CompactList items={items} lang={lang} />
              <p class="more">
                <a href={urls.category(lang, category.slug)}>{t(lang, 'home.moreIn', { category: name })}</a>
              </p>
            </section>
          );
        })}
      </div>
    </>
  );
}
