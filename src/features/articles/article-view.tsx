/**
 * The article page: breadcrumb, title, date and time, lead, lead photo, body, byline, source, view
 * count, print and share tools, tags, the documents cited, `Tin liên quan` and `Tin cùng chuyên mục`.
 */
import type { Category } from '../../platform/db/schema.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime, formatNumber, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { ArticleCard, CompactList } from '../../web/components/article-card.js';
import { urls } from '../../web/urls.js';
import { CommentsSection } from '../comments/article-section.js';
import type { ArticleComments } from '../comments/queries.js';
import { imageSources } from '../media/figure.js';
import { RatingWidget } from '../ratings/rating-view.js';
import { type CitedDocument, documentUrl } from './document-refs.js';
import type { ArticleSummary } from './queries.js';

export interface ArticleViewData {
  id: number;
  title: string;
  lead: string;
  body_html: string;
  byline: string;
  source: string | null;
  published_at: number | null;
  view_count: number;
  image_variants: string | null;
  image_alt: string | null;
  image_caption: string | null;
  image_credit: string | null;
}

export interface ArticleProps {
  lang: Lang;
  article: ArticleViewData;
  category: Category | undefined;
  absoluteUrl: string;
  tags: readonly { slug: string; name: string }[];
  documents: readonly CitedDocument[];
  related: readonly ArticleSummary[];
  sameCategory: readonly ArticleSummary[];
  /** Approved comments, loaded by the route; without them (preview) the section shows the form only. */
  comments?: ArticleComments;
}

/** The documents the article cites, each linking to its page or, until there is one, to a search for it. */
function CitedDocuments({ lang, documents }: { lang: Lang; documents: readonly CitedDocument[] }) {
  if (documents.length === 0) return null;
  return (
    <section class="documents" aria-labelledby="documents-title">
      <h2 class="section-title" id="documents-title">
        {t(lang, 'article.documents')}
      </h2>
      <ul>
        {documents.map((d) => (
          <li key={d.key}>
            <a href={documentUrl(lang, d.key) ?? `${urls.search(lang)}?q=${encodeURIComponent(d.number)}`}>
              {d.number}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LeadPhoto({ a }: { a: ArticleViewData }) {
  if (!a.image_variants) return null;
  const src = imageSources({ variants: a.image_variants });
  if (!src) return null;
  return (
    <figure class="lead-photo">
      <picture>
        <source type="image/webp" srcset={src.webpSrcset} sizes="(min-width: 1000px) 800px, 100vw" />
        <img
          src={src.fallback}
          alt={a.image_alt ?? ''}
          width={src.width}
          height={src.height}
          decoding="async"
        />
      </picture>
      {(a.image_caption || a.image_credit) && (
        <figcaption>
          {a.image_caption} {a.image_credit && <span class="credit">{a.image_credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

export function ArticleView({
  lang,
  article: a,
  category,
  absoluteUrl,
  tags,
  documents,
  related,
  sameCategory,
  comments,
}: ArticleProps) {
  const published = new Date(a.published_at ?? 0);
  const categoryName = category ? (lang === 'en' ? category.name_en : category.name_vi) : '';
  const shareUrl = encodeURIComponent(absoluteUrl);
  return (
    <>
      <nav class="breadcrumb" aria-label={t(lang, 'nav.breadcrumb')}>
        <ol>
          <li>
            <a href={urls.home(lang)}>{t(lang, 'nav.home')}</a>
          </li>
          {category && (
            <li>
              <a href={urls.category(lang, category.slug)}>{categoryName}</a>
            </li>
          )}
        </ol>
      </nav>
      <article aria-labelledby="article-title">
        <h1 id="article-title">{a.title}</h1>
        <p class="meta">
          <span>
            {t(lang, 'article.published')}:{' '}
            <time datetime={isoDateTimeVn(published)}>{formatDateTime(published)}</time>
          </span>
          <span>
            {t(lang, 'article.views')}: <span data-views={a.id}>{formatNumber(a.view_count)}</span>
          </span>
        </p>
        {a.lead && <p class="lead">{a.lead}</p>}
        <LeadPhoto a={a} />
        <div class="article-body" dangerouslySetInnerHTML={{ __html: a.body_html }} />
        {a.byline && <p class="byline">{a.byline}</p>}
        {a.source && (
          <p class="source">
            {t(lang, 'article.source')}: {a.source}
          </p>
        )}
        <div class="tools">
          <a href="#main" data-print="">
            {t(lang, 'article.print')}
          </a>
          <span>{t(lang, 'article.share')}:</span>
          <a href={`https://www.facebook.com/sharer/sharer.php?u=${shareUrl}`} rel="noopener" target="_blank">
            Facebook<span class="visually-hidden"> – {t(lang, 'article.shareFacebook')}</span>
          </a>
          <a href={`https://sp.zalo.me/share_inline?url=${shareUrl}`} rel="noopener" target="_blank">
            Zalo<span class="visually-hidden"> – {t(lang, 'article.shareZalo')}</span>
          </a>
        </div>
        {tags.length > 0 && (
          <p class="tags">
            <span class="visually-hidden">{t(lang, 'article.tags')}: </span>
            {tags.map((tag) => (
              <a key={tag.slug} href={`${urls.search(lang)}?q=${encodeURIComponent(tag.name)}`}>
                {tag.name}
              </a>
            ))}
          </p>
        )}
        <CitedDocuments lang={lang} documents={documents} />
        <RatingWidget lang={lang} articleId={a.id} />
      </article>
      <CommentsSection lang={lang} articleId={a.id} comments={comments} />
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 class="section-title" id="related-title">
            {t(lang, 'article.related')}
          </h2>
          <ul class="cards">
            {related.map((r) => (
              <ArticleCard key={r.id} a={r} lang={lang} showLead={false} />
            ))}
          </ul>
        </section>
      )}
      {sameCategory.length > 0 && (
        <section aria-labelledby="same-category-title">
          <h2 class="section-title" id="same-category-title">
            {t(lang, 'article.sameCategory')}
          </h2>
          <CompactList items={sameCategory} lang={lang} />
        </section>
      )}
    </>
  );
}
