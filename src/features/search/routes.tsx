/**
 * GET /tim-kiem and /en/search: the search page behind the header's search box. This first version
 * matches the words of the query in titles and leads (NFC, case-insensitive for ASCII); the search
 * feature replaces the matching with full-text search. Results are never page-cached.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest } from '../../platform/http/errors.js';
import { LANGS, t } from '../../platform/i18n/index.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import type { Services } from '../../services.js';
import { ArticleCard } from '../../web/components/article-card.js';
import { renderPage, servePage, siteName } from '../../web/page.js';
import { routes, urls } from '../../web/urls.js';

export const QUERY_MAX = 200;
const RESULTS = 30;

export function searchRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    app.get<{ Querystring: Record<string, string | string[] | undefined> }>(
      routes.search[lang],
      async (request, reply) => {
        const raw = request.query.q ?? '';
        if (Array.isArray(raw)) throw badRequest();
        const q = cleanText(raw).replace(/\s+/g, ' ');
        const tooLong = q.length > QUERY_MAX;
        const words = tooLong
          ? []
          : q
              .split(' ')
              .filter((w) => w.length > 0)
              .slice(0, 8);
        // The URL carries the query; a search page is rendered per request and not cached.
        const url = `${urls.search(lang)}?q=${encodeURIComponent(q)}`;
        const pr = { services, lang };
        return servePage(pr.services, request, reply, lang, url, async (page) => {
          const siteId = page.site.site.id;
          let items: Awaited<ReturnType<typeof services.articles.latest>> = [];
          if (words.length > 0) {
            let query = services.database.db
              .selectFrom('articles')
              .leftJoin('media', (j) =>
                j
                  .onRef('media.site_id', '=', 'articles.site_id')
                  .onRef('media.id', '=', 'articles.featured_media_id'),
              )
              .select([
                'articles.id',
                'articles.slug',
                'articles.title',
                'articles.lead',
                'articles.category_id',
                'articles.published_at',
                'media.variants as thumb_variants',
                'media.alt as thumb_alt',
              ])
              .where('articles.site_id', '=', siteId)
              .where('articles.lang', '=', lang)
              .where('articles.status', '=', 'published')
              .where('articles.published_at', '<=', page.now);
            for (const word of words) {
              const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
              query = query.where((eb) =>
                eb.or([eb('articles.title', 'like', pattern), eb('articles.lead', 'like', pattern)]),
              );
            }
            items = (await query
              .orderBy('articles.published_at', 'desc')
              .limit(RESULTS)
              .execute()) as typeof items;
          }
          const message = tooLong
            ? t(lang, 'search.tooLong', { max: QUERY_MAX })
            : words.length === 0
              ? t(lang, 'search.prompt')
              : items.length === 0
                ? t(lang, 'search.empty', { q })
                : t(lang, 'search.results', { count: items.length, q });
          const html = await renderPage(page, {
            title: `${t(lang, 'search.title')} – ${siteName(page.site, lang)}`,
            alternates: { vi: urls.search('vi'), en: urls.search('en') },
            query: tooLong ? '' : q,
            head: '<meta name="robots" content="noindex">',
            main: (
              <>
                <h1>{t(lang, 'search.title')}</h1>
                <p role="status">{message}</p>
                {items.length > 0 && (
                  <ul class="cards">
                    {items.map((a) => (
                      <ArticleCard key={a.id} a={a} lang={lang} level={2} />
                    ))}
                  </ul>
                )}
              </>
            ),
          });
          return { html, tags: [], ttlMs: 0, status: tooLong ? 400 : 200 };
        });
      },
    );
  }
}
