/**
 * The moderation screens: the queue (filter by status, article and words; approve, reject or mark
 * spam one by one with the row's buttons or many at once with the checkboxes and the action list)
 * and the page to reply as the site. Plain forms: everything works without script.
 */
import type { CommentStatus } from '../../platform/db/schema.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import type { AdminSite } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, SelectField, TextArea, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { formatCount, TEXT_MAX } from './input.js';
import { MODERATION_ACTIONS, type ModerationAction } from './moderation.js';
import { COMMENT_STATUSES, type QueueFilter, type QueueItem } from './queries.js';

const ACTION_RESULT: Record<ModerationAction, CommentStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
};

/** The queue URL for a filter (defaults left out). */
export function queueUrl(
  lang: Lang,
  site: AdminSite,
  filter: Partial<QueueFilter>,
  extra: Record<string, string> = {},
) {
  const params = new URLSearchParams();
  if (filter.status && filter.status !== 'pending') params.set('status', filter.status);
  if (filter.articleId !== undefined) params.set('article', String(filter.articleId));
  if (filter.q) params.set('q', filter.q);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `${adminUrls.comments(lang, site.code)}${query ? `?${query}` : ''}`;
}

export const replyUrl = (lang: Lang, site: AdminSite, id: number) =>
  `${adminUrls.comments(lang, site.code)}/${id}/reply`;

function Text({ text }: { text: string }) {
  return <p class="admin-comment-text">{text}</p>;
}

export interface QueueViewProps {
  lang: Lang;
  site: AdminSite;
  csrf: string;
  filter: QueueFilter;
  items: QueueItem[];
  hasNext: boolean;
  /** Title of the article the queue is narrowed to. */
  articleTitle?: string;
  notice?: string;
  errors?: FieldErrors;
  checked?: readonly number[];
}

export function QueueView(p: QueueViewProps) {
  const { lang, site, filter } = p;
  const errors = p.errors ?? {};
  const statusOptions = COMMENT_STATUSES.map((s) => ({ value: s, label: t(lang, `comments.status.${s}`) }));
  const checked = new Set(p.checked ?? []);
  return (
    <>
      {p.notice && (
        <p class="notice" role="status">
          {p.notice}
        </p>
      )}
      <form method="get" action={adminUrls.comments(lang, site.code)} class="comment-filter">
        <SelectField
          name="status"
          label={t(lang, 'comments.admin.status')}
          value={filter.status}
          options={statusOptions}
        />
        <TextField
          name="q"
          type="search"
          label={t(lang, 'comments.admin.search')}
          value={filter.q}
          maxLength={200}
        />
        {filter.articleId !== undefined && <input type="hidden" name="article" value={filter.articleId} />}
        <button type="submit">{t(lang, 'comments.admin.filter')}</button>
      </form>
      {filter.articleId !== undefined && (
        <p>
          {t(lang, 'comments.admin.articleFilter', { title: p.articleTitle ?? `#${filter.articleId}` })}{' '}
          <a href={queueUrl(lang, site, { ...filter, articleId: undefined, page: 1 })}>
            {t(lang, 'comments.admin.allArticles')}
          </a>
        </p>
      )}
      <FormError message={errors.form ?? errors.ids ?? errors.action} />
      {p.items.length === 0 ? (
        <p>{t(lang, 'comments.admin.empty')}</p>
      ) : (
        <form method="post" action={adminUrls.comments(lang, site.code)} class="comment-moderation">
          <Csrf token={p.csrf} />
          <input type="hidden" name="status" value={filter.status} />
          {filter.articleId !== undefined && <input type="hidden" name="article" value={filter.articleId} />}
          {filter.q && <input type="hidden" name="q" value={filter.q} />}
          <input type="hidden" name="page" value={filter.page} />
          <table class="comment-queue">
            <caption class="visually-hidden">{t(lang, 'comments.admin.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span class="visually-hidden">{t(lang, 'comments.admin.selectColumn')}</span>
                </th>
                <th scope="col">{t(lang, 'comments.admin.author')}</th>
                <th scope="col">{t(lang, 'comments.admin.content')}</th>
                <th scope="col">{t(lang, 'comments.admin.article')}</th>
                <th scope="col">{t(lang, 'comments.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((c) => (
                <tr key={c.id} id={`comment-${c.id}`}>
                  <td>
                    <input
                      type="checkbox"
                      name="ids"
                      value={c.id}
                      id={`select-${c.id}`}
                      checked={checked.has(c.id)}
                      aria-label={t(lang, 'comments.admin.select', { name: c.name })}
                    />
                  </td>
                  <td>
                    {c.isSiteReply ? (
                      <strong>{t(lang, 'comments.admin.siteReply')}</strong>
                    ) : (
                      <>
                        <strong>{c.name}</strong>
                        <br />
                        <span class="admin-comment-email">{c.email}</span>
                      </>
                    )}
                    <br />
                    <time datetime={isoDateTimeVn(new Date(c.createdAt))}>
                      {formatDateTime(new Date(c.createdAt))}
                    </time>
                  </td>
                  <td>
                    <Text text={c.text} />
                  </td>
                  <td>
                    {c.articleTitle}
                    {filter.articleId === undefined && (
                      <>
                        <br />
                        <a href={queueUrl(lang, site, { status: filter.status, articleId: c.articleId })}>
                          {t(lang, 'comments.admin.onlyThisArticle')}
                        </a>
                      </>
                    )}
                  </td>
                  <td class="comment-row-actions">
                    {MODERATION_ACTIONS.filter((a) => ACTION_RESULT[a] !== c.status).map((a) => (
                      <button
                        key={a}
                        type="submit"
                        name="single"
                        value={`${a}:${c.id}`}
                        aria-label={`${t(lang, `comments.action.${a}`)} – ${c.isSiteReply ? t(lang, 'comments.admin.siteReply') : c.name}`}
                      >
                        {t(lang, `comments.action.${a}`)}
                      </button>
                    ))}
                    {!c.isSiteReply &&
                      c.parentId === null &&
                      (c.status === 'pending' || c.status === 'approved') && (
                        <a href={replyUrl(lang, site, c.id)}>{t(lang, 'comments.admin.reply')}</a>
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="comment-bulk">
            <SelectField
              id="bulk-action"
              name="action"
              label={t(lang, 'comments.admin.bulkAction')}
              errors={errors}
              options={[
                { value: '', label: t(lang, 'comments.admin.chooseAction') },
                ...MODERATION_ACTIONS.map((a) => ({ value: a, label: t(lang, `comments.action.${a}`) })),
              ]}
            />
            <button type="submit" name="bulk" value="1">
              {t(lang, 'comments.admin.apply')}
            </button>
          </div>
        </form>
      )}
      {(filter.page > 1 || p.hasNext) && (
        <nav aria-label={t(lang, 'comments.admin.pages')} class="pager">
          {filter.page > 1 && (
            <a href={queueUrl(lang, site, { ...filter, page: filter.page - 1 })} rel="prev">
              {t(lang, 'comments.admin.previous')}
            </a>
          )}{' '}
          {p.hasNext && (
            <a href={queueUrl(lang, site, { ...filter, page: filter.page + 1 })} rel="next">
              {t(lang, 'comments.admin.next')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

export interface ReplyViewProps {
  lang: Lang;
  site: AdminSite;
  csrf: string;
  comment: { id: number; author_name: string; body: string; status: CommentStatus; created_at: number };
  text?: string;
  errors?: FieldErrors;
}

export function ReplyView({ lang, site, csrf, comment, text, errors }: ReplyViewProps) {
  return (
    <>
      <blockquote class="admin-comment-quote">
        <p>
          <strong>{comment.author_name}</strong> – {formatDateTime(new Date(comment.created_at))} –{' '}
          {t(lang, `comments.status.${comment.status}`)}
        </p>
        <Text text={comment.body} />
      </blockquote>
      <form method="post" action={replyUrl(lang, site, comment.id)} class="admin-form comment-reply-form">
        <Csrf token={csrf} />
        <FormError message={errors?.form} />
        <TextArea
          name="text"
          label={t(lang, 'comments.admin.replyText')}
          hint={`${t(lang, 'comments.admin.replyHint')} ${t(lang, 'comments.maxChars', { max: formatCount(lang, TEXT_MAX) })}`}
          value={text}
          errors={errors}
          rows={6}
          maxLength={TEXT_MAX}
          required
        />
        <button type="submit">{t(lang, 'comments.admin.replySend')}</button>
      </form>
      <p>
        <a href={queueUrl(lang, site, { status: comment.status })}>{t(lang, 'comments.admin.cancel')}</a>
      </p>
    </>
  );
}
