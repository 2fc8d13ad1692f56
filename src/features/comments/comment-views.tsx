/**
 * What readers see: the approved comments (plain text, line breaks kept, nothing clickable, the
 * site's replies marked as such) and the comment form with its verification code. The same form is
 * rendered in the cached article page (the code image loads from its own uncached URL) and on the
 * per-request form page (the code inline, the typed values and the errors back in place).
 */
import { Fragment } from 'preact';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { type FieldErrors, FormError, TextArea, TextField } from '../admin/forms.js';
import { CAPTCHA_SIZE } from '../captcha/captcha.js';
import { CAPTCHA_API_URL } from '../captcha/routes.js';
import { formatCount, NAME_MAX, TEXT_MAX } from './input.js';
import type { ArticleComments } from './queries.js';
import { COMMENTS_ANCHOR, commentUrls } from './urls.js';

/** Text exactly as written, each line break a <br>; Preact escapes every character of it. */
function PlainText({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <p class="comment-text">
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </p>
  );
}

function When({ at }: { at: number }) {
  const d = new Date(at);
  return <time datetime={isoDateTimeVn(d)}>{formatDateTime(d)}</time>;
}

export function CommentList({ lang, comments }: { lang: Lang; comments: ArticleComments }) {
  if (comments.items.length === 0) return <p class="comments-none">{t(lang, 'comments.none')}</p>;
  return (
    <ol class="comment-list">
      {comments.items.map((c) => (
        <li key={c.id} class="comment" id={`${COMMENTS_ANCHOR}-${c.id}`}>
          <p class="comment-meta">
            <span class="comment-author">{c.name}</span> <When at={c.createdAt} />
          </p>
          <PlainText text={c.text} />
          {c.replies.length > 0 && (
            <ul class="comment-replies">
              {c.replies.map((r) => (
                <li key={r.id} class="comment comment-site">
                  <p class="comment-meta">
                    <span class="comment-badge">{t(lang, 'comments.siteReply')}</span>{' '}
                    <When at={r.createdAt} />
                  </p>
                  <PlainText text={r.text} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export interface FormValues {
  name: string;
  email: string;
  text: string;
}

/** The code shown in the form: an image (by URL, or inline on the form page) or a question. */
export type CodeView =
  | { kind: 'image'; src: string; token?: string }
  | { kind: 'text'; question: string; token: string };

export interface CommentFormProps {
  lang: Lang;
  articleId: number;
  code: CodeView;
  values?: FormValues;
  errors?: FieldErrors;
  /** 2 on the form page (under its h1), 3 inside the article's comments section. */
  headingLevel: 2 | 3;
}

function CodeField({
  lang,
  articleId,
  code,
  error,
}: {
  lang: Lang;
  articleId: number;
  code: CodeView;
  error?: string;
}) {
  const formPage = commentUrls.formPage(lang, articleId);
  const hintId = 'comment-code-hint';
  const describedBy = [hintId, error ? 'comment-code-error' : ''].filter(Boolean).join(' ');
  const isText = code.kind === 'text';
  return (
    <div class={error ? 'field has-error comment-code' : 'field comment-code'}>
      <label for="comment-code" id="comment-code-label">
        {isText ? `${t(lang, 'comments.questionLabel')}: ${code.question}` : t(lang, 'comments.code')}
      </label>
      <p class="field-hint" id={hintId}>
        {t(lang, isText ? 'comments.questionHint' : 'comments.codeHint')}
      </p>
      <div class="comment-code-row">
        {code.kind === 'image' && (
          <img
            class="comment-code-image"
            src={code.src}
            alt={t(lang, 'comments.codeImageAlt', { size: CAPTCHA_SIZE })}
            width={170}
            height={60}
            loading="lazy"
            decoding="async"
          />
        )}
        <input
          id="comment-code"
          name="code"
          type="text"
          required
          maxLength={20}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          inputMode={isText ? 'numeric' : 'text'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <p class="comment-code-tools">
        <a href={isText ? `${formPage}?mode=text` : formPage} data-code-refresh="" rel="nofollow">
          {t(lang, 'comments.codeRefresh')}
        </a>
        {isText ? (
          <a href={formPage} data-code-mode="image" rel="nofollow">
            {t(lang, 'comments.codeImageMode')}
          </a>
        ) : (
          <a href={`${formPage}?mode=text`} data-code-mode="text" rel="nofollow">
            {t(lang, 'comments.codeTextMode')}
          </a>
        )}
      </p>
      {error && (
        <p class="field-error" id="comment-code-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function CommentForm({ lang, articleId, code, values, errors, headingLevel }: CommentFormProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const fieldErrors = errors ?? {};
  return (
    <form
      class="comment-form"
      id="comment-form"
      method="post"
      action={commentUrls.formPage(lang, articleId)}
      aria-labelledby="comment-form-title"
      data-comment-form=""
      data-api={`${commentUrls.api(articleId)}?lang=${lang}`}
      data-captcha-api={`${CAPTCHA_API_URL}?lang=${lang}`}
      data-msg-sending={t(lang, 'comments.sending')}
      data-msg-network={t(lang, 'comments.networkError')}
      data-msg-loading={t(lang, 'comments.codeLoading')}
      data-msg-load-failed={t(lang, 'comments.codeLoadFailed')}
      data-msg-question={t(lang, 'comments.questionLabel')}
      data-msg-code={t(lang, 'comments.code')}
      data-msg-code-hint={t(lang, 'comments.codeHint')}
      data-msg-question-hint={t(lang, 'comments.questionHint')}
      data-msg-text-mode={t(lang, 'comments.codeTextMode')}
      data-msg-image-mode={t(lang, 'comments.codeImageMode')}
    >
      <Heading id="comment-form-title">{t(lang, 'comments.formTitle')}</Heading>
      <FormError message={fieldErrors.form} />
      <TextField
        id="comment-name"
        name="name"
        label={t(lang, 'comments.name')}
        hint={t(lang, 'comments.maxChars', { max: formatCount(lang, NAME_MAX) })}
        value={values?.name}
        errors={fieldErrors}
        maxLength={NAME_MAX}
        autocomplete="name"
        required
      />
      <TextField
        id="comment-email"
        name="email"
        type="email"
        label={t(lang, 'comments.email')}
        hint={t(lang, 'comments.emailHint')}
        value={values?.email}
        errors={fieldErrors}
        maxLength={254}
        autocomplete="email"
        required
      />
      <TextArea
        id="comment-text"
        name="text"
        label={t(lang, 'comments.text')}
        hint={t(lang, 'comments.textHint', { max: formatCount(lang, TEXT_MAX) })}
        value={values?.text}
        errors={fieldErrors}
        rows={5}
        maxLength={TEXT_MAX}
        required
      />
      <CodeField lang={lang} articleId={articleId} code={code} error={fieldErrors.code} />
      {code.token && <input type="hidden" name="captcha_id" value={code.token} />}
      <div class="comment-hp">
        <label for="comment-website">{t(lang, 'comments.honeypot')}</label>
        <input id="comment-website" name="website" type="text" tabindex={-1} autocomplete="off" />
      </div>
      <p class="comment-status" role="status" aria-live="polite" />
      <button type="submit">{t(lang, 'comments.submit')}</button>
    </form>
  );
}
