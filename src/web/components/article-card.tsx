/** An article in a list: thumbnail (responsive), title, date and lead. */
import type { ArticleSummary } from '../../features/articles/queries.js';
import { imageSources } from '../../features/media/figure.js';
import type { Lang } from '../../platform/i18n/index.js';
import { formatDate, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { urls } from '../urls.js';

export function Thumb({
  variants,
  alt,
  sizes,
}: {
  variants: string | null;
  alt: string | null;
  sizes: string;
}) {
  if (!variants) return null;
  const src = imageSources({ variants });
  if (!src) return null;
  return (
    <picture>
      <source type="image/webp" srcset={src.webpSrcset} sizes={sizes} />
      <img
        src={src.fallback}
        alt={alt ?? ''}
        width={src.width}
        height={src.height}
        loading="lazy"
        decoding="async"
      />
    </picture>
  );
}

export interface ArticleCardProps {
  a: ArticleSummary;
  lang: Lang;
  showLead?: boolean;
  /** Heading level of the title, so headings stay in order on every page. */
  level?: 2 | 3;
}

export function ArticleCard({ a, lang, showLead = true, level = 3 }: ArticleCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const date = new Date(a.published_at);
  return (
    <li class={a.thumb_variants ? 'card' : 'card no-thumb'}>
      {a.thumb_variants && <Thumb variants={a.thumb_variants} alt={a.thumb_alt} sizes="180px" />}
      <div>
        <Heading>
          <a href={urls.article(lang, a.slug)}>{a.title}</a>
        </Heading>
        <time datetime={isoDateTimeVn(date)}>{formatDate(date)}</time>
        {showLead && a.lead && <p>{a.lead}</p>}
      </div>
    </li>
  );
}

export function CompactList({ items, lang }: { items: readonly ArticleSummary[]; lang: Lang }) {
  return (
    <ul class="compact">
      {items.map((a) => (
        <li key={a.id}>
          <a href={urls.article(lang, a.slug)}>{a.title}</a>
        </li>
      ))}
    </ul>
  );
}
