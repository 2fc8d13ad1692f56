/**
 * The comments section of the article page: `Bình luận (n)`, the approved comments and the form.
 * The page is cached and the same for every reader, so the section holds nothing per reader: the
 * code image comes from its own uncached URL, and approving a comment purges the article's tag so
 * the next render shows it. The article route loads the approved comments with the rest of the page.
 */
import { type Lang, t } from '../../platform/i18n/index.js';
import { clientScript } from '../../web/assets.js';
import { CAPTCHA_IMAGE_URL } from '../captcha/routes.js';
import { CommentForm, CommentList } from './comment-views.js';
import type { ArticleComments } from './queries.js';
import { COMMENTS_ANCHOR } from './urls.js';

/** The island's URL; without the bundle the form still works as a plain form. */
function islandScript(): string | undefined {
  try {
    return clientScript('comment-form');
  } catch {
    return undefined;
  }
}

export function CommentsSection({
  lang,
  articleId,
  comments,
}: {
  lang: Lang;
  articleId: number;
  comments?: ArticleComments;
}) {
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
