/**
 * The media library's admin views: the grid with search, filter and paging, the upload form (a
 * plain multipart form, enhanced by the media-upload island with drag and drop and progress), the
 * edit page of one image and the delete confirmation with where the image is used.
 */
import type { Media } from '../../platform/db/schema.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime, formatDecimal, formatNumber } from '../../platform/vietnamese/index.js';
import { urls } from '../../web/urls.js';
import { Csrf, FieldError, type FieldErrors, FormError, TextArea, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { parseVariants } from './figure.js';
import {
  ALT_MAX,
  CAPTION_MAX,
  CREDIT_MAX,
  type MediaFilter,
  type MediaPage,
  mediaItem,
  thumbnailUrl,
} from './operations.js';
import { MAX_PIXELS, MAX_UPLOAD_BYTES } from './store.js';
import type { MediaUsage } from './usage.js';

export const mediaUrls = {
  list: adminUrls.media,
  item: (lang: Lang, code: string, id: number) => `${adminUrls.media(lang, code)}/${id}`,
  remove: (lang: Lang, code: string, id: number) => `${adminUrls.media(lang, code)}/${id}/delete`,
  original: (lang: Lang, code: string, id: number) => `${adminUrls.media(lang, code)}/${id}/original`,
  api: (code: string) => `/api/v1/sites/${encodeURIComponent(code)}/media`,
  /** An article's page in the admin (articles section). */
  article: (lang: Lang, code: string, id: number) => `${adminUrls.articles(lang, code)}/${id}`,
};

export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    if (Number.isInteger(mb)) return `${mb} MB`;
    return `${lang === 'vi' ? formatDecimal(mb, 1) : mb.toFixed(1)} MB`;
  }
  const kb = Math.max(1, Math.round(bytes / 1024));
  return `${lang === 'vi' ? formatNumber(kb) : kb.toLocaleString('en')} KB`;
}

export interface TextValues {
  alt: string;
  caption: string;
  credit: string;
}

export interface ListQuery {
  q: string;
  filter: MediaFilter;
  page: number;
}

function listHref(lang: Lang, code: string, query: ListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.filter !== 'all') params.set('filter', query.filter);
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return `${mediaUrls.list(lang, code)}${qs ? `?${qs}` : ''}`;
}

export function UploadForm({
  lang,
  code,
  csrf,
  values,
  errors,
}: {
  lang: Lang;
  code: string;
  csrf: string;
  values: TextValues;
  errors?: FieldErrors;
}) {
  const fileError = errors?.file;
  const msg = (key: Parameters<typeof t>[1]) => t(lang, key);
  return (
    <section class="media-upload" aria-labelledby="media-upload-title">
      <h2 id="media-upload-title">{t(lang, 'media.upload.title')}</h2>
      <form
        method="post"
        action={mediaUrls.list(lang, code)}
        encType="multipart/form-data"
        class="admin-form media-upload-form"
        data-api={`${mediaUrls.api(code)}?lang=${lang}`}
        data-edit={`${mediaUrls.list(lang, code)}/`}
        data-msg-progress={msg('media.upload.progress')}
        data-msg-processing={msg('media.upload.processing')}
        data-msg-done-many={msg('media.upload.doneMany')}
        data-msg-failed={msg('media.upload.failedOne')}
      >
        <Csrf token={csrf} />
        <FormError message={errors?.form} />
        <div class={fileError ? 'field has-error' : 'field'}>
          <label for="file">{t(lang, 'media.upload.file')}</label>
          <p class="field-hint" id="file-hint">
            {t(lang, 'media.upload.fileHint', {
              maxBytes: formatBytes(MAX_UPLOAD_BYTES, lang),
              maxPixels: MAX_PIXELS / 1_000_000,
            })}
          </p>
          <div class="media-drop" data-drop-text={t(lang, 'media.upload.drop')}>
            <input
              id="file"
              name="file"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              required
              aria-invalid={fileError ? 'true' : undefined}
              aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'}
            />
          </div>
          <FieldError id="file-error" message={fileError} />
        </div>
        <TextField
          name="alt"
          label={t(lang, 'media.field.alt')}
          hint={t(lang, 'media.field.altHint')}
          value={values.alt}
          maxLength={ALT_MAX}
          errors={errors}
        />
        <TextField
          name="caption"
          label={t(lang, 'media.field.caption')}
          value={values.caption}
          maxLength={CAPTION_MAX}
          errors={errors}
        />
        <TextField
          name="credit"
          label={t(lang, 'media.field.credit')}
          hint={t(lang, 'media.field.creditHint')}
          value={values.credit}
          maxLength={CREDIT_MAX}
          errors={errors}
        />
        <progress class="media-progress" max={100} value={0} hidden />
        <p class="media-upload-status" role="status" aria-live="polite" />
        <button type="submit">{t(lang, 'media.upload.submit')}</button>
      </form>
    </section>
  );
}

export function SearchForm({ lang, code, query }: { lang: Lang; code: string; query: ListQuery }) {
  const options: { value: MediaFilter; label: Parameters<typeof t>[1] }[] = [
    { value: 'all', label: 'media.filter.all' },
    { value: 'usable', label: 'media.filter.usable' },
    { value: 'noAlt', label: 'media.filter.noAlt' },
  ];
  return (
    <form method="get" action={mediaUrls.list(lang, code)} class="media-search">
      <div class="field">
        <label for="media-q">{t(lang, 'media.search.label')}</label>
        <input id="media-q" name="q" type="search" value={query.q} maxLength={200} />
      </div>
      <div class="field">
        <label for="media-filter">{t(lang, 'media.filter.label')}</label>
        <select id="media-filter" name="filter">
          {options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === query.filter}>
              {t(lang, o.label)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t(lang, 'admin.form.search')}</button>
    </form>
  );
}

function MediaCard({ lang, code, row }: { lang: Lang; code: string; row: Media }) {
  const thumb = thumbnailUrl(row);
  const edit = mediaUrls.item(lang, code, row.id);
  return (
    <li class={row.alt ? 'media-card' : 'media-card media-card-noalt'}>
      <a href={edit} class="media-thumb" aria-label={t(lang, 'media.editLink', { id: row.id })}>
        {thumb && (
          <img
            src={thumb}
            alt={row.alt}
            width={320}
            height={Math.round((320 * row.height) / row.width)}
            loading="lazy"
            decoding="async"
          />
        )}
      </a>
      <div class="media-card-text">
        {row.alt ? (
          <p class="media-alt">{row.alt}</p>
        ) : (
          <p class="media-needs-alt">
            <strong>{t(lang, 'media.needsAlt')}</strong>
          </p>
        )}
        {row.caption && <p class="media-caption">{row.caption}</p>}
        {row.credit && <p class="media-credit">{row.credit}</p>}
        <p class="media-meta">
          {row.width} × {row.height} · {formatBytes(row.bytes, lang)}
        </p>
        <a href={edit}>{t(lang, 'media.editLink', { id: row.id })}</a>
      </div>
    </li>
  );
}

export function MediaGrid({
  lang,
  code,
  page,
  query,
}: {
  lang: Lang;
  code: string;
  page: MediaPage;
  query: ListQuery;
}) {
  const searching = query.q !== '' || query.filter !== 'all';
  if (page.items.length === 0) {
    return <p class="media-empty">{t(lang, searching ? 'media.noResults' : 'media.empty')}</p>;
  }
  return (
    <>
      <p class="media-count">
        {t(lang, 'media.count', { count: lang === 'vi' ? formatNumber(page.total) : page.total })}
        {page.pages > 1 && ` · ${t(lang, 'media.pageOf', { page: page.page, pages: page.pages })}`}
      </p>
      <ul class="media-grid">
        {page.items.map((row) => (
          <MediaCard key={row.id} lang={lang} code={code} row={row} />
        ))}
      </ul>
      {page.pages > 1 && (
        <nav class="pager" aria-label={t(lang, 'media.pageOf', { page: page.page, pages: page.pages })}>
          {page.page > 1 ? (
            <a href={listHref(lang, code, query, page.page - 1)} rel="prev">
              {t(lang, 'admin.pager.prev')}
            </a>
          ) : (
            <span />
          )}
          {page.page < page.pages && (
            <a href={listHref(lang, code, query, page.page + 1)} rel="next">
              {t(lang, 'admin.pager.next')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

export function UsageList({
  lang,
  code,
  usage,
  origin,
}: {
  lang: Lang;
  code: string;
  usage: MediaUsage;
  origin: string;
}) {
  if (usage.count === 0) return <p>{t(lang, 'media.usage.none')}</p>;
  return (
    <ul class="media-usage">
      {usage.emblem && (
        <li>
          <a href={adminUrls.settings(lang, code)}>{t(lang, 'media.usage.emblem')}</a>
        </li>
      )}
      {usage.articles.map((a) => (
        <li key={a.id}>
          <a href={mediaUrls.article(lang, code, a.id)}>{a.title}</a>{' '}
          <span class="media-usage-how">
            (
            {[a.featured ? t(lang, 'media.usage.featured') : '', a.inBody ? t(lang, 'media.usage.body') : '']
              .filter(Boolean)
              .join(', ')}
            )
          </span>
          {a.status === 'published' && (
            <>
              {' · '}
              <a href={`${origin}${urls.article(a.lang, a.slug)}`}>{t(lang, 'media.usage.view')}</a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function EditForm({
  lang,
  code,
  row,
  csrf,
  values,
  errors,
  canEdit,
}: {
  lang: Lang;
  code: string;
  row: Media;
  csrf: string;
  values: TextValues;
  errors?: FieldErrors;
  canEdit: boolean;
}) {
  if (!canEdit) {
    return (
      <dl class="media-texts">
        <dt>{t(lang, 'media.field.alt')}</dt>
        <dd>{row.alt || t(lang, 'media.noAltShort')}</dd>
        <dt>{t(lang, 'media.field.caption')}</dt>
        <dd>{row.caption}</dd>
        <dt>{t(lang, 'media.field.credit')}</dt>
        <dd>{row.credit}</dd>
      </dl>
    );
  }
  return (
    <form
      method="post"
      action={mediaUrls.item(lang, code, row.id)}
      class="admin-form media-edit-form"
      noValidate
    >
      <Csrf token={csrf} />
      {errors && <FormError message={errors.form ?? t(lang, 'admin.form.errorsAbove')} />}
      <TextField
        name="alt"
        label={t(lang, 'media.field.alt')}
        hint={t(lang, 'media.field.altHint')}
        value={values.alt}
        maxLength={ALT_MAX}
        required
        errors={errors}
      />
      <TextArea
        name="caption"
        label={t(lang, 'media.field.caption')}
        value={values.caption}
        maxLength={CAPTION_MAX}
        rows={3}
        errors={errors}
      />
      <TextField
        name="credit"
        label={t(lang, 'media.field.credit')}
        hint={t(lang, 'media.field.creditHint')}
        value={values.credit}
        maxLength={CREDIT_MAX}
        errors={errors}
      />
      <button type="submit">{t(lang, 'admin.form.save')}</button>
    </form>
  );
}

export function MediaPreview({ lang, code, row }: { lang: Lang; code: string; row: Media }) {
  const item = mediaItem(row);
  const main = item.variants.find((v) => v.url === item.url);
  return (
    <figure class="media-preview">
      {main && <img src={main.url} alt={row.alt} width={main.width} height={main.height} />}
      <figcaption>
        <p>
          {t(lang, 'media.info.size', {
            width: row.width,
            height: row.height,
            bytes: formatBytes(row.bytes, lang),
          })}
        </p>
        <p>{t(lang, 'media.info.type', { type: row.mime })}</p>
        {row.original_name && <p>{t(lang, 'media.info.name', { name: row.original_name })}</p>}
        <p>{t(lang, 'media.info.uploaded', { date: formatDateTime(new Date(row.created_at)) })}</p>
        <p>
          <a href={mediaUrls.original(lang, code, row.id)} download>
            {t(lang, 'media.info.original')}
          </a>
        </p>
        <details>
          <summary>{t(lang, 'media.info.variants')}</summary>
          <ul>
            {parseVariants(row.variants).map((v) => (
              <li key={v.file}>
                <a href={`/media/${v.file}`}>
                  {v.type.replace('image/', '').toUpperCase()} {v.width} × {v.height}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
