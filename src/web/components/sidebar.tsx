/**
 * The sidebar: most read, the poll and visitor statistics (placeholders the reader-interaction
 * feature fills) and `Liên kết website`.
 */
import type { ArticleSummary } from '../../features/articles/queries.js';
import { PollWidget } from '../../features/polls/poll-view.js';
import { StatsWidget } from '../../features/stats/stats-widget.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { CompactList } from './article-card.js';

export interface SidebarProps {
  lang: Lang;
  mostRead: readonly ArticleSummary[];
  links: readonly { id: number; title_vi: string; title_en: string; url: string }[];
}

export function Sidebar({ lang, mostRead, links }: SidebarProps) {
  return (
    <>
      {mostRead.length > 0 && (
        <section class="widget" aria-labelledby="w-most-read">
          <h2 id="w-most-read">{t(lang, 'home.mostRead')}</h2>
          <div class="body">
            <CompactList items={mostRead} lang={lang} />
          </div>
        </section>
      )}
      <PollWidget lang={lang} />
      <section class="widget" aria-labelledby="w-links">
        <h2 id="w-links">{t(lang, 'sidebar.links')}</h2>
        <div class="body">
          <ul>
            {links.map((l) => (
              <li key={l.id}>
                <a href={l.url} rel="noopener">
                  {lang === 'en' ? l.title_en : l.title_vi}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <StatsWidget lang={lang} />
    </>
  );
}
