/**
 * Ratings over HTTP, for the site named by the Host header (like every public route):
 *   GET  /api/v1/articles/{id}/rating   count and average (JSON; what the island fetches after load)
 *   POST /api/v1/articles/{id}/rating   rate: JSON `{"stars": 4}` → JSON, or the widget's plain form
 *                                       (`stars=4`) → 303 back to the article's rating widget
 *   GET  /danh-gia/{id}, /en/rating/{id}   the live figures and the reader's own stars, for the
 *                                       widget's <noscript> frame (never cached)
 * Writes must come from this site (Origin/Referer), are tiny, and follow the one-per-reader rule.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import { LANGS, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { urls } from '../../web/urls.js';
import { apiLang } from '../admin/context.js';
import { idParam } from '../sites/admin-input.js';
import { identifyVisitor } from '../visitors/identity.js';
import { sendFrame } from './frame.js';
import { RatingLive } from './rating-view.js';
import {
  parseStars,
  type RatedArticle,
  rateArticle,
  ratedArticle,
  ratingSummary,
  starsOf,
  summaryJson,
} from './ratings.js';
import {
  assertFromThisSite,
  isFormPost,
  peekVisitor,
  READER_BODY_LIMIT,
  SHARED_FIGURES_CACHE_CONTROL,
  ShortCache,
} from './reader-request.js';
import { ratingRoutePaths, ratingUrls } from './urls.js';

type WithId = { Params: { id: string } };

export function ratingRoutes(app: FastifyInstance, services: Services): void {
  const { database } = services;
  // The articles that can be rated, remembered ten seconds: the island asks on every article view.
  const rateable = new ShortCache<RatedArticle | null>(10_000, 20_000);

  async function target(request: FastifyRequest<WithId>) {
    const site = await services.sites.resolve(request.headers.host);
    const id = idParam(request.params.id);
    if (id === undefined) throw notFound();
    const siteId = site.site.id;
    const key = `${siteId}:${id}`;
    let article = rateable.get(key);
    if (article === undefined) {
      article = (await ratedArticle(database, siteId, id)) ?? null;
      rateable.set(key, article);
    }
    if (!article) throw notFound();
    return { siteId, id, article };
  }

  app.get<WithId>(ratingRoutePaths.api, async (request, reply) => {
    const { siteId, id } = await target(request);
    const summary = await ratingSummary(database, siteId, id);
    return reply
      .header('cache-control', SHARED_FIGURES_CACHE_CONTROL)
      .send(summaryJson(summary, apiLang(request)));
  });

  app.post<WithId>(ratingRoutePaths.api, { bodyLimit: READER_BODY_LIMIT }, async (request, reply) => {
    assertFromThisSite(request);
    const { siteId, id, article } = await target(request);
    const stars = parseStars((request.body as Record<string, unknown> | undefined)?.stars);
    const visitor = await identifyVisitor(database, request, reply);
    const outcome = await rateArticle(database, { siteId, articleId: id, visitor, stars });
    if (isFormPost(request)) {
      return reply.redirect(`${urls.article(article.lang, article.slug)}#${ratingUrls.anchor}`, 303);
    }
    return reply
      .code(outcome.replaced ? 200 : 201)
      .header('cache-control', NO_STORE)
      .send({ stars, replaced: outcome.replaced, ...summaryJson(outcome, apiLang(request)) });
  });

  for (const lang of LANGS) {
    app.get<WithId>(ratingRoutePaths.frame[lang], async (request, reply) => {
      const { siteId, id } = await target(request);
      const [summary, visitor] = await Promise.all([
        ratingSummary(database, siteId, id),
        peekVisitor(request, database),
      ]);
      const mine = await starsOf(database, siteId, id, visitor);
      return sendFrame(
        reply,
        lang,
        t(lang, 'rating.frameTitle'),
        <RatingLive lang={lang} summary={summary} mine={mine} />,
      );
    });
  }
}
