/**
 * Search over HTTP, all three calling the operations in search.ts:
 *   GET /tim-kiem, /en/search             the results page (rendered per request, never cached)
 *   GET /api/v1/search?q=&category=&from=&to=&sort=&page=&lang=   the same as JSON
 *   GET /api/v1/search/suggest?q=&lang=   up to 8 titles for the search box as the user types
 * Nothing a user types reaches SQL as syntax (query.ts). A bad parameter is a 400 with the problem
 * next to its field (page) or a stable code and a message in the caller's language (API); an
 * empty or punctuation-only query is a 200 that says what to do.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLang, LANGS, type Lang, langFromAcceptLanguage, t } from '../../platform/i18n/index.js';
import { extractDocumentNumbers, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import type { Services } from '../../services.js';
import { renderPage, servePage, siteName } from '../../web/page.js';
import { routes, urls } from '../../web/urls.js';
import type { SiteContext } from '../sites/site-registry.js';
import { type FieldError, readSearchParams, type SearchParams } from './params.js';
import { COUNT_CAP, PAGE_SIZE, type SearchOutcome, searchArticles, suggestTitles } from './search.js';
import { SearchView } from './search-view.js';

export const API_SEARCH = '/api/v1/search';
export const API_SUGGEST = '/api/v1/search/suggest';

type Query = Record<string, string | string[] | undefined>;

function statusMessage(lang: Lang, params: SearchParams, outcome: SearchOutcome | null): string {
  if (params.errors.length > 0) return t(lang, 'search.fixErrors');
  if (params.notice === 'noWords') return t(lang, 'search.noWords');
  if (!outcome) return t(lang, 'search.prompt');
  const q = params.text;
  if (outcome.approximate) return t(lang, 'search.approximate', { q });
  if (outcome.total === 0) return t(lang, 'search.empty', { q });
  if (outcome.totalCapped) return t(lang, 'search.resultsMore', { count: COUNT_CAP, q });
  if (outcome.total === 1) return t(lang, 'search.resultOne', { q });
  return t(lang, 'search.results', { count: outcome.total, q });
}

/** The document number as the user typed it (for "cites …"), when the query names one. */
function typedNumber(params: SearchParams, outcome: SearchOutcome | null): string | null {
  if (!outcome?.documentKey) return null;
  return extractDocumentNumbers(params.text)[0]?.number ?? outcome.documentKey;
}

async function run(services: Services, site: SiteContext, lang: Lang, params: SearchParams, now: number) {
  if (params.errors.length > 0 || !params.query) return null;
  return searchArticles(services.database, {
    siteId: site.site.id,
    lang,
    now,
    query: params.query,
    categoryId: params.category?.id,
    from: params.from,
    to: params.to,
    sort: params.sort,
    page: params.page,
  });
}

/** The language of an API call: `lang=` if given (it must be vi or en), else Accept-Language. */
function apiLang(request: FastifyRequest<{ Querystring: Query }>): { lang: Lang; ok: boolean } {
  const raw = request.query.lang;
  if (raw === undefined || raw === '')
    return { lang: langFromAcceptLanguage(request.headers['accept-language']), ok: true };
  if (isLang(raw)) return { lang: raw, ok: true };
  return { lang: langFromAcceptLanguage(request.headers['accept-language']), ok: false };
}

function sendError(reply: FastifyReply, lang: Lang, errors: readonly FieldError[]) {
  const fields = errors.map((e) => ({ field: e.field, code: e.code, message: t(lang, e.key, e.params) }));
  return reply
    .code(400)
    .header('cache-control', 'no-store')
    .send({ error: { ...fields[0], fields } });
}

const LANG_ERROR: FieldError = { field: 'lang', code: 'LOA_SEARCH_LANG', key: 'validation.langInvalid' };

export function searchRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    app.get<{ Querystring: Query }>(routes.search[lang], async (request, reply) => {
      // The page is per request (servePage is told not to cache it), so the URL key is only nominal.
      return servePage(services, request, reply, lang, urls.search(lang), async (pr) => {
        const params = readSearchParams(request.query, pr.site.categories);
        const outcome = await run(services, pr.site, lang, params, pr.now);
        const html = await renderPage(pr, {
          title: `${t(lang, 'search.title')} – ${siteName(pr.site, lang)}`,
          alternates: { vi: urls.search('vi'), en: urls.search('en') },
          query: params.text,
          head: '<meta name="robots" content="noindex">',
          main: (
            <SearchView
              lang={lang}
              params={params}
              categories={pr.site.categories}
              outcome={outcome}
              message={statusMessage(lang, params, outcome)}
              documentNumber={typedNumber(params, outcome)}
            />
          ),
        });
        return { html, tags: [], ttlMs: 0, status: params.errors.length > 0 ? 400 : 200, cache: false };
      });
    });
  }

  app.get<{ Querystring: Query }>(API_SEARCH, async (request, reply) => {
    const { lang, ok } = apiLang(request);
    if (!ok) return sendError(reply, lang, [LANG_ERROR]);
    const site = await services.sites.resolve(request.headers.host);
    const params = readSearchParams(request.query, site.categories);
    if (params.errors.length > 0) return sendError(reply, lang, params.errors);
    reply.header('cache-control', 'no-store');
    const outcome = await run(services, site, lang, params, Date.now());
    const base = {
      query: params.text,
      lang,
      sort: params.sort,
      page: params.page,
      pageSize: PAGE_SIZE,
      message: statusMessage(lang, params, outcome),
    };
    if (!outcome) {
      return { ...base, notice: params.notice, pages: 0, total: 0, totalCapped: false, items: [] };
    }
    const number = typedNumber(params, outcome);
    return {
      ...base,
      notice: null,
      page: outcome.page,
      pages: outcome.pages,
      total: outcome.total,
      totalCapped: outcome.totalCapped,
      approximate: outcome.approximate,
      document: number,
      items: outcome.hits.map((h) => ({
        id: h.id,
        url: urls.article(lang, h.slug),
        title: h.title,
        titleHtml: h.titleHtml,
        leadHtml: h.leadHtml,
        snippetHtml: h.snippetHtml,
        category: site.categoriesById.get(h.category_id)?.slug ?? null,
        publishedAt: isoDateTimeVn(new Date(h.published_at)),
        cites: h.cites,
      })),
    };
  });

  app.get<{ Querystring: Query }>(API_SUGGEST, async (request, reply) => {
    const { lang, ok } = apiLang(request);
    if (!ok) return sendError(reply, lang, [LANG_ERROR]);
    const site = await services.sites.resolve(request.headers.host);
    // Only the words matter here; filters belong to the search itself.
    const params = readSearchParams({ q: request.query.q }, []);
    if (params.errors.length > 0) return sendError(reply, lang, params.errors);
    // Titles change only when articles are published: a browser may keep an answer a minute.
    reply.header('cache-control', 'private, max-age=60');
    if (!params.query) return { query: params.text, items: [] };
    const items = await suggestTitles(services.database, {
      siteId: site.site.id,
      lang,
      now: Date.now(),
      query: params.query,
    });
    return {
      query: params.text,
      items: items.map((s) => ({ title: s.title, url: urls.article(lang, s.slug) })),
    };
  });
}
