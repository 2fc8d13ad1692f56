/**
 * The admin statistics page of a site: the live figures, the last 30 days as a table (newest first)
 * with a bar per day drawn in SVG (no inline styles, so the CSP stays strict; the bars are hidden
 * from screen readers, which read the numbers), and the most-read articles of the week.
 */
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDate, formatNumber, weekdayName } from '../../platform/vietnamese/index.js';
import { urls } from '../../web/urls.js';
import type { Figures } from './counter.js';
import { dayDate } from './days.js';
import type { AdminTopItem, DayRow } from './queries.js';

export interface StatsAdminProps {
  lang: Lang;
  figures: Figures;
  days: readonly DayRow[];
  top: readonly AdminTopItem[];
}

function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
  return (
    <svg
      class="stats-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect width={width} height="10" />
    </svg>
  );
}

export function StatsAdminView({ lang, figures, days, top }: StatsAdminProps) {
  const today = days.at(-1);
  const max = Math.max(0, ...days.map((d) => d.visits));
  const sum = days.reduce((n, d) => n + d.visits, 0);
  const overview: [string, number, string][] = [
    [t(lang, 'stats.admin.totalVisits'), figures.visits, 'total'],
    [t(lang, 'stats.admin.online'), figures.online, 'online'],
    [t(lang, 'stats.admin.visitsToday'), today?.visits ?? 0, 'visits-today'],
    [t(lang, 'stats.admin.visitorsToday'), today?.visitors ?? 0, 'visitors-today'],
    [t(lang, 'stats.admin.visits30'), sum, 'visits-30'],
  ];
  return (
    <div class="stats-admin">
      <section aria-labelledby="stats-overview">
        <h2 id="stats-overview">{t(lang, 'stats.admin.overview')}</h2>
        <dl class="stats-overview">
          {overview.map(([label, value, id]) => (
            <div key={id}>
              <dt>{label}</dt>
              <dd data-figure={id}>{formatNumber(value)}</dd>
            </div>
          ))}
        </dl>
        <p class="stats-note">{t(lang, 'stats.admin.note')}</p>
      </section>

      <section aria-labelledby="stats-days">
        <h2 id="stats-days">{t(lang, 'stats.admin.daysTitle')}</h2>
        <div class="table-scroll">
          <table class="stats-table">
            <caption>{t(lang, 'stats.admin.daysCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'stats.admin.day')}</th>
                <th scope="col" class="num">
                  {t(lang, 'stats.admin.visits')}
                </th>
                <th scope="col" class="num">
                  {t(lang, 'stats.admin.visitors')}
                </th>
                <th scope="col" class="chart">
                  <span class="visually-hidden">{t(lang, 'stats.admin.chart')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...days].reverse().map((d) => {
                const date = dayDate(d.day);
                return (
                  <tr key={d.day} data-day={d.day}>
                    <th scope="row">
                      <time
                        datetime={`${String(d.day).slice(0, 4)}-${String(d.day).slice(4, 6)}-${String(d.day).slice(6)}`}
                      >
                        {weekdayName(date, lang)} {formatDate(date)}
                      </time>
                    </th>
                    <td class="num">{formatNumber(d.visits)}</td>
                    <td class="num">{formatNumber(d.visitors)}</td>
                    <td class="chart">
                      <Bar value={d.visits} max={max} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t(lang, 'stats.admin.sum')}</th>
                <td class="num">{formatNumber(sum)}</td>
                <td class="num" />
                <td class="chart" />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="stats-top">
        <h2 id="stats-top">{t(lang, 'stats.admin.topTitle')}</h2>
        {top.length === 0 ? (
          <p>{t(lang, 'stats.admin.noViews')}</p>
        ) : (
          <table class="stats-table">
            <caption>{t(lang, 'stats.admin.topCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  #
                </th>
                <th scope="col">{t(lang, 'stats.admin.article')}</th>
                <th scope="col" class="num">
                  {t(lang, 'stats.admin.views')}
                </th>
              </tr>
            </thead>
            <tbody>
              {top.map((a, i) => (
                <tr key={a.id} data-article={a.id}>
                  <td class="num">{i + 1}</td>
                  <th scope="row">
                    {a.status === 'published' ? (
                      <a href={urls.article(a.lang, a.slug)} lang={a.lang}>
                        {a.title}
                      </a>
                    ) : (
                      <>
                        <span lang={a.lang}>{a.title}</span> {t(lang, 'stats.admin.notPublic')}
                      </>
                    )}
                  </th>
                  <td class="num">{formatNumber(a.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
