/**
 * The comments section of the article page: `Bình luận (n)`, the approved comments and the form.
 * The page is cached and the same for every reader, so the section holds nothing per reader: the
 * code image comes from its own uncached URL, and approving a comment purges the article's tag so
 * the next render shows it.
 *
 * The article view renders synchronously from what the article route loaded, and comments are not
 * among that. So a preHandler hook on the two article routes loads the article's approved comments
 * first (only when the page is about to be rendered, not when it is served from the cache, so
 * shared links with `?fbclid=…` cost nothing more) into request-scoped storage, and the section
 * reads them from there. Should a purge land between the hook's cache check and the route's (a
 * window of microseconds), the page renders with the form only, under a plain `Bình luận`, until the
 * next purge or expiry. Once the article route loads the comments itself, the hook goes and the
 * section takes them as a prop.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { PageCache } from '../../platform/cache/page-cache.js';
import { LANGS, type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { clientScript } from '../../web/assets.js';
import { routes, urls } from '../../web/urls.js';
import { CAPTCHA_IMAGE_URL } from '../captcha/routes.js';
import { CommentForm, CommentList } from './comment-views.js';
import { type ArticleComments, approvedCommentsBySlug } from './queries.js';
import { COMMENTS_ANCHOR } from './urls.js';

interface Prefetched {
  comments?: ArticleComments;
}

const prefetched = new AsyncLocalStorage<Prefetched>();

const ARTICLE_ROUTES = new Map<string, Lang>(LANGS.map((lang) => [routes.article[lang], lang]));

export function prefetchArticleComments(app: FastifyInstance, services: Services): void {
  app.addHook('preHandler', async (request) => {
    const lang = ARTICLE_ROUTES.get(request.routeOptions.url ?? '');
    if (!lang) return;
    const slot: Prefetched = {};
    // Entered before the first await, so the route handler (and the render inside it) sees the slot.
    prefetched.enterWith(slot);
    const slug = (request.params as { slug?: string }).slug ?? '';
    const site = await services.sites.resolve(request.headers.host);
    const siteId = site.site.id;
    if (services.config.pageCache && services.cache.get(PageCache.key(siteId, urls.article(lang, slug))))
      return;
    slot.comments = await approvedCommentsBySlug(services.database, siteId, slug);
  });
}

/** The island's URL; without the bundle the form still works as a plain form. */
function islandScript(): string | undefined {
  try {
    return clientScript('comment-form');
  } catch {
    return undefined;
  }
}

export function CommentsSection({ lang, articleId }: { lang: Lang; articleId: number }) {
  const loaded = prefetched.getStore()?.comments;
  const comments = loaded?.articleId === articleId ? loaded : undefined;
  const script = islandScript();
  return (
    <section class="comments" id={COMMENTS_ANCHOR} aria-labelledby="comments-title">
      <h2 class="section-title" id="comments-title">
        {comments ? t(lang, 'comments.heading', { count: comments.count }) : t(lang, 'comments.title')}
      </h2>
      {comments && <CommentList lang={lang} comments={comments} />}
      <CommentForm
        lang={lang}
        articleId={articleId}
        code={{ kind: 'image', src: CAPTCHA_IMAGE_URL }}
        headingLevel={3}
      />
      {script && <script src={script} defer />}
    </section>
  );
}
