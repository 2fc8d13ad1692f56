/**
 * The statistics widgets of the sidebar: `Đọc nhiều hôm nay`, `Đọc nhiều trong tuần` and the
 * visitor figures `Thống kê: 305.912` / `Online: 16`.
 *
 * Freshness: the sidebar is a cached fragment inside page-cached, pre-compressed bodies with an
 * ETag, so the figures in the HTML are those of when the page was rendered (what a reader without
 * JavaScript sees). Rewriting them at serving time would mean recompressing every cached body and
 * a new ETag per request on the fast path; instead the `stats` island asks `GET /api/v1/stats`
 * (one small JSON answer, max-age 2 s) after load and writes the live figures in place.
 */
import { createContext, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatNumber } from '../../platform/vietnamese/index.js';
import { clientScript } from '../../web/assets.js';
import { urls } from '../../web/urls.js';
import type { StatsCounter } from './counter.js';
import { type MostReadItem, mostReadSince } from './queries.js';

export interface StatsWidgetData {
  visits: number;
  online: number;
  today: readonly MostReadItem[];
  week: readonly MostReadItem[];
}

/** Handed to the sidebar by the page renderer (page.tsx), read by the widget. */
export const StatsContext = createContext<StatsWidgetData | undefined>(undefined);

export function withStats(data: StatsWidgetData, children: VNode): VNode {
  return <StatsContext.Provider value={data}>{children}</StatsContext.Provider>;
}

const LIST_LENGTH = 5;

/** What the widgets show for a site in a language. */
export async function statsWidgetData(
  views: StatsCounter,
  siteId: number,
  lang: Lang,
): Promise<StatsWidgetData> {
  const database = views.database;
  const [figures, today, week] = await Promise.all([
    views.figures(siteId),
    mostReadSince(database, siteId, lang, 'today', LIST_LENGTH),
    mostReadSince(database, siteId, lang, 'week', LIST_LENGTH),
  ]);
  return { visits: figures.visits, online: figures.online, today, week };
}

function Ranked({
  id,
  title,
  items,
  lang,
}: {
  id: string;
  title: string;
  items: readonly MostReadItem[];
  lang: Lang;
}) {
  if (items.length === 0) return null;
  return (
    <section class="widget most-read" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div class="body">
        <ol class="compact ranked">
          {items.map((a) => (
            <li key={a.id}>
              <a href={urls.article(lang, a.slug)}>{a.title}</a>{' '}
              <span class="ranked-views">{t(lang, 'stats.viewsOf', { count: formatNumber(a.views) })}</span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

export function StatsWidget({ lang }: { lang: Lang }) {
  const data = useContext(StatsContext);
  const figure = (n: number | undefined) => (n === undefined ? '…' : formatNumber(n));
  return (
    <>
      <Ranked
        id="w-read-today"
        title={t(lang, 'stats.mostReadToday')}
        items={data?.today ?? []}
        lang={lang}
      />
      <Ranked id="w-read-week" title={t(lang, 'stats.mostReadWeek')} items={data?.week ?? []} lang={lang} />
      <section class="widget stats" aria-labelledby="w-stats" data-widget="stats">
        <h2 id="w-stats">{t(lang, 'sidebar.stats')}</h2>
        <div class="body">
          <dl class="stats-figures">
            <div>
              <dt>{t(lang, 'sidebar.statsTotal')}</dt>
              <dd data-stats-visits="">{figure(data?.visits)}</dd>
            </div>
            <div>
              <dt>{t(lang, 'sidebar.statsOnline')}</dt>
              <dd data-stats-online="">{figure(data?.online)}</dd>
            </div>
          </dl>
        </div>
        <script src={clientScript('stats')} defer />
      </section>
    </>
  );
}
