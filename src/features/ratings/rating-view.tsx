/**
 * The rating widget under an article (`Đánh giá`): five stars as a radio group with spoken labels
 * and a submit button, a plain form that works without JavaScript. The page is cached, so the
 * figures are not part of it: the rating island fetches them after load, and readers without
 * JavaScript see them in a small frame (frame.tsx) that is rendered per request.
 */
import { Fragment } from 'preact';
import { type Lang, t } from '../../platform/i18n/index.js';
import { IslandScript } from './frame.js';
import { formatCount, formatOneDecimal, type RatingSummary } from './ratings.js';
import { ratingUrls } from './urls.js';

const STARS = [1, 2, 3, 4, 5] as const;

/** `12 lượt đánh giá, trung bình 4,3/5`, or `Chưa có lượt đánh giá nào.` */
export function summaryText(summary: RatingSummary, lang: Lang): string {
  if (summary.count === 0) return t(lang, 'rating.none');
  const average = formatOneDecimal(summary.average, lang);
  if (summary.count === 1) return t(lang, 'rating.summaryOne', { average });
  return t(lang, 'rating.summary', { count: formatCount(summary.count, lang), average });
}

/** What the island says, in the page's language (templates keep their `{…}` placeholders). */
function islandTexts(lang: Lang): string {
  return JSON.stringify({
    summary: t(lang, 'rating.summary'),
    summaryOne: t(lang, 'rating.summaryOne'),
    none: t(lang, 'rating.none'),
    yours: t(lang, 'rating.yours'),
    thanks: t(lang, 'rating.thanks'),
    replaced: t(lang, 'rating.replaced'),
    failed: t(lang, 'rating.failed'),
  });
}

export function RatingWidget({ lang, articleId }: { lang: Lang; articleId: number }) {
  return (
    <section
      class="rating"
      id={ratingUrls.anchor}
      aria-labelledby="rating-title"
      data-rating={articleId}
      data-lang={lang}
      data-texts={islandTexts(lang)}
    >
      <h2 class="section-title" id="rating-title">
        {t(lang, 'rating.title')}
      </h2>
      <form method="post" action={ratingUrls.api(articleId)} class="rating-form">
        <fieldset class="rating-stars">
          <legend class="visually-hidden">{t(lang, 'rating.legend')}</legend>
          {STARS.map((n) => (
            <Fragment key={n}>
              <input
                type="radio"
                name="stars"
                value={n}
                id={`rating-star-${n}`}
                class="visually-hidden"
                required
              />
              <label for={`rating-star-${n}`}>
                <span aria-hidden="true">★</span>
                <span class="visually-hidden">{t(lang, 'rating.star', { n })}</span>
              </label>
            </Fragment>
          ))}
        </fieldset>
        <button type="submit">{t(lang, 'rating.submit')}</button>
      </form>
      <p class="rating-summary" data-rating-summary="" hidden />
      <p class="rating-status" role="status" data-rating-status="" />
      <noscript>
        <iframe
          class="rating-frame"
          src={ratingUrls.frame(lang, articleId)}
          title={t(lang, 'rating.frameTitle')}
        />
      </noscript>
      <IslandScript name="rating" />
    </section>
  );
}

/** The frame's content: the current figures and the reader's own stars. */
export function RatingLive({ lang, summary, mine }: { lang: Lang; summary: RatingSummary; mine?: number }) {
  return (
    <div class="rating-live">
      <p class="rating-summary">{summaryText(summary, lang)}</p>
      {mine !== undefined && <p class="rating-mine">{t(lang, 'rating.yours', { stars: mine })}</p>}
    </div>
  );
}
