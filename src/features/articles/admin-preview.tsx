/**
 * The preview of an article in the admin: the public article page (the site's layout and the same
 * ArticleView) rendered for any status, drafts included, for whoever may read the article. Never
 * cached, never indexed, with a banner saying it is a preview.
 */
import { escapeHtml } from '../../platform/html/escape.js';
import { assets } from '../../web/assets.js';
import { renderPage, siteName } from '../../web/page.js';
import { urls } from '../../web/urls.js';
import type { AdminContext } from '../admin/context.js';
import { sendAdminHtml } from '../admin/context.js';
import { articleUrls, sayer } from './admin-views.js';
import { readableArticle } from './article-access.js';
import { ArticleView } from './article-view.js';
import { documentsOf } from './document-refs.js';
import { newestInCategory } from './newest.js';
import { statusKey } from './workflow.js';

const SAME_CATEGORY = 6;

export async function sendPreview(ctx: AdminContext, articleId: number) {
  const { services } = ctx;
  const site = ctx.site;
  const article = await readableArticle(services.database, ctx.actor, site, articleId);
  const now = Date.now();
  const [media, siteContext, tags, documents, related, sameCategory] = await Promise.all([
    article.featured_media_id === null
      ? undefined
      : services.database.db
          .selectFrom('media')
          .select(['variants', 'alt', 'caption', 'credit'])
          .where('site_id', '=', site.id)
          .where('id', '=', article.featured_media_id)
          .executeTakeFirst(),
    services.sites.context(site.id),
    services.articles.tagsOf(site.id, article.id),
    documentsOf(services.database, site.id, article.id),
    services.articles.related(site.id, article.id, now),
    newestInCategory(services, site.id, article.category_id, article.lang, now).then((list) =>
      list.filter((a) => a.id !== article.id).slice(0, SAME_CATEGORY),
    ),
  ]);
  const lang = article.lang;
  const say = sayer(ctx.lang);
  const category = siteContext.categoriesById.get(article.category_id);
  const path = urls.article(lang, article.slug);
  const html = await renderPage(
    { services, site: siteContext, lang, now },
    {
      title: `${say('editorial.page.previewTitle', { title: article.title })} – ${siteName(siteContext, lang)}`,
      description: article.lead.slice(0, 300),
      head:
        '<meta name="robots" content="noindex, nofollow">' +
        `<link rel="stylesheet" href="${escapeHtml(assets.adminCss.url)}">`,
      alternates: { vi: urls.home('vi'), en: urls.home('en'), [lang]: path } as Record<'vi' | 'en', string>,
      activeCategoryId: article.category_id,
      main: (
        <>
          <div class="preview-banner" role="note" lang={ctx.lang}>
            <p>{say('editorial.page.previewBanner', { status: say(statusKey(article.status)) })}</p>
            <p>
              <a href={articleUrls.edit(ctx.lang, site.code, article.id)}>
                {say('editorial.page.backToEdit')}
              </a>
            </p>
          </div>
          <ArticleView
            lang={lang}
            article={{
              id: article.id,
              title: article.title,
              lead: article.lead,
              body_html: article.body_html,
              byline: article.byline,
              source: article.source,
              published_at: article.published_at ?? now,
              view_count: article.view_count,
              image_variants: media?.variants ?? null,
              image_alt: media?.alt ?? null,
              image_caption: media?.caption ?? null,
              image_credit: media?.credit ?? null,
            }}
            category={category}
            absoluteUrl={`${siteContext.origin}${path}`}
            tags={tags}
            documents={documents}
            related={related}
            sameCategory={sameCategory}
          />
        </>
      ),
    },
  );
  return sendAdminHtml(ctx.reply, html);
}
