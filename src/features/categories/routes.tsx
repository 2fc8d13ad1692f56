/**
 * GET /chuyen-muc/:slug and /en/category/:slug, with keyset pagination through `?before=`
 * (the publish time and id of the last article shown). A malformed cursor is a 400, not a scan.
 */
import type { FastifyInstance } from 'fastify';
import { tags as cacheTags } from '../../platform/cache/tags.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { LANGS, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderPage, servePage, siteName } from '../../web/page.js';
import { websiteHead } from '../../web/seo.js';
import { routes, urls } from '../../web/urls.js';
import { decodeCursor, encodeCursor } from '../articles/queries.js';
import { CategoryView } from './category-view.js';

export const PAGE_SIZE = 15;

export function categoryRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    app.get<{ Params: { slug: string }; Querystring: Record<string, string | string[] | undefined> }>(
      routes.category[lang],
      async (request, reply) => {
        const beforeRaw = request.query.before;
        if (Array.isArray(beforeRaw)) throw badRequest('error.badCursor');
        const before = beforeRaw === undefined ? null : decodeCursor(beforeRaw);
        if (beforeRaw !== undefined && !before) throw badRequest('error.badCursor');
        const slug = request.params.slug;
        const base = urls.category(lang, slug);
        const url = before ? `${base}?before=${encodeCursor(before)}` : base;
        return servePage(services, request, reply, lang, url, async (pr) => {
          const category = pr.site.categoriesBySlug.get(slug);
          if (!category) throw notFound();
          const siteId = pr.site.site.id;
          const page = await services.articles.categoryPage(
            siteId,
            category.id,
            lang,
            before,
            PAGE_SIZE,
            pr.now,
          );
          const name = lang === 'en' ? category.name_en : category.name_vi;
          const title = `${name} – ${siteName(pr.site, lang)}`;
          const description = `${name} – ${t(lang, 'site.portalOf')} ${siteName(pr.site, lang)}`;
          const alternates = { vi: urls.category('vi', slug), en: urls.category('en', slug) };
          const html = await renderPage(pr, {
            title,
            description,
            alternates,
            activeCategoryId: category.id,
            // Older pages list other articles in each language: hreflang only on the first page.
            head: websiteHead({
              site: pr.site,
              lang,
              path: url,
              versions: before ? undefined : alternates,
              title,
              description,
              category,
            }),
            main: (
              <CategoryView
                lang={lang}
                name={name}
                items={page.items}
                olderUrl={page.next ? `${base}?before=${encodeCursor(page.next)}` : null}
                firstPageUrl={before ? base : null}
              />
            ),
          });
          return { html, tags: [cacheTags.category(siteId, category.id)], ttlMs: 10 * 60_000 };
        });
      },
    );
  }
}
