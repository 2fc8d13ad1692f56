/**
 * Polls for readers, for the site named by the Host header (like every public route):
 *   GET  /api/v1/polls?page=/bai-viet/x   the poll that page shows (`{ poll: … | null }`)
 *   GET  /api/v1/polls/{id}               a public poll and its results
 *   POST /api/v1/polls/{id}/votes         vote: JSON `{"options": [3]}` → 201 with the results (409 when
 *                                         already voted or closed), or the frame's plain form
 *                                         (`option=3`) → 303 back to the frame showing the results
 *   GET  /binh-chon/khung, /en/poll/frame the widget for readers without JavaScript (never cached;
 *                                         the page it sits in is its Referer)
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LoaError, notFound } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import { isLang, LANGS, type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { apiLang } from '../admin/context.js';
import { sendFrame } from '../ratings/frame.js';
import {
  assertFromThisSite,
  isFormPost,
  peekVisitor,
  READER_BODY_LIMIT,
  SHARED_FIGURES_CACHE_CONTROL,
} from '../ratings/reader-request.js';
import { idParam } from '../sites/admin-input.js';
import type { SiteContext } from '../sites/site-registry.js';
import { identifyVisitor } from '../visitors/identity.js';
import { FrameBody, type FrameNote, frameUrl } from './poll-view.js';
import { pollForSpot, pollJson, publicPoll, publicPolls, spotOfPath } from './polls.js';
import { pollRoutePaths } from './urls.js';
import { castVote, hasVoted, parseOptionIds } from './votes.js';

type WithId = { Params: { id: string } };
type Query = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The path of the page a request came from, when that page is on this host. */
function refererPath(request: FastifyRequest): string {
  const referer = request.headers.referer;
  if (!referer) return '/';
  try {
    const url = new URL(referer);
    return url.host.toLowerCase() === request.host.toLowerCase() ? url.pathname : '/';
  } catch {
    return '/';
  }
}

/** The frame note for a refused form vote, or undefined when the refusal is not about the choice. */
function noteOf(err: unknown): FrameNote | undefined {
  if (!(err instanceof LoaError)) return undefined;
  if (err.code === 'LOA_POLL_CLOSED') return 'closed';
  if (err.code === 'LOA_ALREADY_VOTED') return 'already';
  if (err.messageKey === 'poll.chooseOne' || err.messageKey === 'poll.chooseSome') return 'choose';
  if (err.messageKey === 'poll.optionUnknown') return 'unknown';
  return undefined;
}

export function pollPublicRoutes(app: FastifyInstance, services: Services): void {
  const { database } = services;
  const siteOf = (request: FastifyRequest): Promise<SiteContext> =>
    services.sites.resolve(request.headers.host);

  async function pollOf(request: FastifyRequest<WithId>) {
    const site = await siteOf(request);
    const id = idParam(request.params.id);
    const poll = id === undefined ? undefined : await publicPoll(services, site.site.id, id);
    if (!poll) throw notFound();
    return { site, poll };
  }

  app.get<{ Querystring: Query }>(pollRoutePaths.forPage, async (request, reply) => {
    const lang = apiLang(request);
    const site = await siteOf(request);
    const page = one(request.query.page) ?? '/';
    const [polls, spot] = await Promise.all([
      publicPolls(services, site.site.id, lang),
      spotOfPath(database, site, page.slice(0, 500)),
    ]);
    const poll = pollForSpot(polls, spot);
    return reply
      .header('cache-control', SHARED_FIGURES_CACHE_CONTROL)
      .send({ poll: poll ? pollJson(poll, lang) : null });
  });

  app.get<WithId>(pollRoutePaths.poll, async (request, reply) => {
    const { poll } = await pollOf(request);
    return reply
      .header('cache-control', SHARED_FIGURES_CACHE_CONTROL)
      .send({ poll: pollJson(poll, apiLang(request)) });
  });

  app.post<WithId>(pollRoutePaths.votes, { bodyLimit: READER_BODY_LIMIT }, async (request, reply) => {
    assertFromThisSite(request);
    const site = await siteOf(request);
    const pollId = idParam(request.params.id);
    if (pollId === undefined) throw notFound();
    const form = isFormPost(request);
    const body = request.body as Record<string, unknown> | undefined;
    const formLang: Lang = isLang(body?.lang) ? body.lang : 'vi';
    try {
      const optionIds = parseOptionIds(body);
      const visitor = await identifyVisitor(database, request, reply);
      const outcome = await castVote(services, { siteId: site.site.id, pollId, optionIds, visitor });
      if (form) {
        return reply.redirect(
          frameUrl(formLang, pollId, { note: outcome.counted ? 'thanks' : 'already' }),
          303,
        );
      }
      if (!outcome.counted) throw new LoaError('LOA_ALREADY_VOTED', 409, 'poll.alreadyVoted', {}, 'options');
      return reply
        .code(201)
        .header('cache-control', NO_STORE)
        .send({ counted: true, poll: pollJson(outcome.poll, apiLang(request)) });
    } catch (err) {
      const note = form ? noteOf(err) : undefined;
      if (note) return reply.redirect(frameUrl(formLang, pollId, { note }), 303);
      throw err;
    }
  });

  for (const lang of LANGS) {
    app.get<{ Querystring: Query }>(pollRoutePaths.frame[lang], async (request, reply) => {
      const site = await siteOf(request);
      const siteId = site.site.id;
      const asked = idParam(one(request.query.poll));
      const poll =
        asked !== undefined
          ? await publicPoll(services, siteId, asked)
          : pollForSpot(
              await publicPolls(services, siteId, lang),
              await spotOfPath(database, site, refererPath(request)),
            );
      const voted = poll
        ? await hasVoted(database, siteId, poll.id, await peekVisitor(request, database))
        : false;
      const note = one(request.query.note) as FrameNote | undefined;
      return sendFrame(
        reply,
        lang,
        t(lang, 'sidebar.poll'),
        <FrameBody
          lang={lang}
          poll={poll ? pollJson(poll, lang) : undefined}
          voted={voted}
          view={one(request.query.view) === 'results' ? 'results' : 'form'}
          note={note}
        />,
      );
    });
  }
}
