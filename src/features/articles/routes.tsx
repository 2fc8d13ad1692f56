/**
 * GET /bai-viet/:slug and /en/article/:slug. Only published articles whose time has come are
 * found; anything else is a 404. An article asked for under the other language's path is
 * redirected to its own.
 */
import type { FastifyInstance } from 'fastify';
import { tags as cacheTags } from '../../platform/cache/tags.js';
import { notFound } from '../../platform/http/errors.js';
import { LANGS } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderPage, servePage, siteName } from '../../web/page.js';
import { articleHead } from '../../web/seo.js';
import { routes, urls } from '../../web/urls.js';
import { approvedComments } from '../comments/queries.js';
import { ArticleView } from './article-view.js';
import { documentsOf } from './document-refs.js';
import { newestInCategory } from './newest.js';

const SAME_CATEGORY = 6;

export function articleRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    app.get<{ Params: { slug: string } }>(routes.article[lang], async (request, reply) => {
      const slug = request.params.slug;
      const url = urls.article(lang, slug);
      return servePage(services, request, reply, lang, url, async (pr) => {
        const siteId = pr.site.site.id;
        const article = await services.articles.bySlug(siteId, slug, pr.now);
        if (!article) throw notFound();
        if (article.lang !== lang) {
          return { redirect: urls.article(article.lang, slug) };
        }
        const [tags, documents, related, sameCategory, translation, comments] = await Promise.all([
          services.articles.tagsOf(siteId, article.id),
          documentsOf(services.database, siteId, article.id),
          services.articles.related(siteId, article.id, pr.now),
          newestInCategory(services, siteId, article.category_id, lang, pr.now).then((list) =>
            list.filter((a) => a.id !== article.id).slice(0, SAME_CATEGORY),
          ),
          services.articles.translation(siteId, article.translation_id, pr.now),
          approvedComments(services.database, siteId, article.id),
        ]);
        const other = lang === 'vi' ? 'en' : 'vi';
        const alternates = {
          [lang]: url,
          [other]: translation ? urls.article(other, translation.slug) : urls.home(other),
        } as Record<'vi' | 'en', string>;
        const absoluteUrl = `${pr.site.origin}${url}`;
        const head = articleHead({
          site: pr.site,
          lang,
          path: url,
          versions: translation ? alternates : undefined,
          article,
          category: pr.site.categoriesById.get(article.category_id),
        });
        const html = await renderPage(pr, {
          title: `${article.title} – ${siteName(pr.site, lang)}`,
          description: article.lead.slice(0, 300),
          head,
          alternates,
          activeCategoryId: article.category_id,
          main: (
            <ArticleView
              lang={lang}
              article={article}
              category={pr.site.categoriesById.get(article.category_id)}
              absoluteUrl={absoluteUrl}
              tags={tags}
              documents={documents}
              related={related}
              sameCategory={sameCategory}
              comments={comments}
            />
          ),
        });
        return {
          html,
          tags: [cacheTags.article(siteId, article.id), cacheTags.category(siteId, article.category_id)],
          ttlMs: 10 * 60_000,
          articleId: article.id,
        };
      });
    });
  }
}
