/**
 * The media library in the admin (/admin/sites/<site>/media, English under /en/admin): the grid
 * with search and paging, upload (multipart form without JavaScript; drag and drop and progress
 * with the media-upload island), one image's edit page, delete with confirmation (refused with
 * where the image is used) and the original file for staff. `mediaLibraryRoutes` also registers the
 * JSON API and the upload context.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ComponentChildren } from 'preact';
import { notFound } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { clientScript } from '../../web/assets.js';
import { can } from '../access/actor.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml } from '../admin/context.js';
import { errorsOf, type FieldErrors } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import {
  EditForm,
  type ListQuery,
  MediaGrid,
  MediaPreview,
  mediaUrls,
  SearchForm,
  type TextValues,
  UploadForm,
  UsageList,
} from './admin-views.js';
import { mediaApiRoutes, mediaApiUploadRoute } from './api-routes.js';
import {
  canEditMedia,
  deleteMedia,
  getMedia,
  listMedia,
  type MediaFilter,
  MediaInUseError,
  mediaUsage,
  originalFile,
  updateMedia,
  uploadMedia,
} from './operations.js';
import { mediaDir } from './store.js';
import { uploadContext, uploadOf } from './upload-plugin.js';
import type { MediaUsage } from './usage.js';

const base = (lang: Lang) => `${adminUrls.base(lang)}/sites/:site/media`;
const FILTERS: readonly MediaFilter[] = ['all', 'usable', 'noAlt'];

type Query = Record<string, string | undefined>;

function listQuery(query: unknown): ListQuery {
  const q = (query ?? {}) as Query;
  const filter = FILTERS.find((f) => f === q.filter) ?? 'all';
  const page = Number.parseInt(q.page ?? '1', 10);
  return { q: typeof q.q === 'string' ? q.q.slice(0, 200) : '', filter, page: page > 0 ? page : 1 };
}

function idParam(ctx: AdminContext): number {
  const raw = (ctx.request.params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

const textValues = (body: unknown): TextValues => ({
  alt: field(body, 'alt', 1000),
  caption: field(body, 'caption', 4000),
  credit: field(body, 'credit', 1000),
});

const EMPTY_VALUES: TextValues = { alt: '', caption: '', credit: '' };

function notice(ctx: AdminContext): string | undefined {
  const q = (ctx.request.query ?? {}) as Query;
  const keys: [string, MessageKey][] = [
    ['uploaded', 'media.uploaded'],
    ['saved', 'media.saved'],
    ['deleted', 'media.deleted'],
  ];
  const hit = keys.find(([name]) => q[name] === '1');
  return hit ? t(ctx.lang, hit[1]) : undefined;
}

function Notice({ text }: { text?: string }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}

function page(
  ctx: AdminContext,
  title: string,
  path: string,
  children: ComponentChildren,
  scripts?: string[],
) {
  return renderAdminPage({
    lang: ctx.lang,
    title,
    otherLang: otherLangPath(ctx.lang, path),
    session: ctx.session,
    actor: ctx.actor,
    site: ctx.site,
    section: 'media',
    scripts,
    children,
  });
}

async function listPage(
  ctx: AdminContext,
  query: ListQuery,
  values: TextValues,
  errors?: FieldErrors,
): Promise<string> {
  const result = await listMedia(ctx, ctx.site, { page: query.page, q: query.q, filter: query.filter });
  const { lang, site } = ctx;
  return page(
    ctx,
    t(lang, 'media.title'),
    mediaUrls.list(lang, site.code),
    <>
      <Notice text={errors ? undefined : notice(ctx)} />
      <UploadForm lang={lang} code={site.code} csrf={ctx.session.csrf} values={values} errors={errors} />
      <section class="media-library" aria-labelledby="media-library-title">
        <h2 id="media-library-title">{t(lang, 'media.title')}</h2>
        <SearchForm lang={lang} code={site.code} query={query} />
        <MediaGrid lang={lang} code={site.code} page={result} query={query} />
      </section>
    </>,
    [clientScript('media-upload')],
  );
}

async function editPage(
  ctx: AdminContext,
  id: number,
  values?: TextValues,
  errors?: FieldErrors,
): Promise<string> {
  const { lang, site, services } = ctx;
  const row = await getMedia(ctx, site, id);
  const usage = await mediaUsage(services.database, site.id, id);
  const origin = (await services.sites.context(site.id)).origin;
  return page(
    ctx,
    t(lang, 'media.edit.title', { id }),
    mediaUrls.item(lang, site.code, id),
    <>
      <p>
        <a href={mediaUrls.list(lang, site.code)}>{t(lang, 'media.back')}</a>
      </p>
      <Notice text={errors ? undefined : notice(ctx)} />
      {!row.alt && !errors && (
        <p class="media-needs-alt" role="note">
          <strong>{t(lang, 'media.needsAlt')}</strong>
        </p>
      )}
      <div class="media-edit">
        <MediaPreview lang={lang} code={site.code} row={row} />
        <div>
          <EditForm
            lang={lang}
            code={site.code}
            row={row}
            csrf={ctx.session.csrf}
            values={values ?? { alt: row.alt, caption: row.caption, credit: row.credit }}
            errors={errors}
            canEdit={canEditMedia(ctx, site, row)}
          />
          <section aria-labelledby="media-usage-title">
            <h2 id="media-usage-title">{t(lang, 'media.usage.title')}</h2>
            <UsageList lang={lang} code={site.code} usage={usage} origin={origin} />
          </section>
          {can(ctx.actor, site.id, 'media.delete') && (
            <p>
              <a href={mediaUrls.remove(lang, site.code, id)} class="media-delete-link">
                {t(lang, 'media.delete.link')}
              </a>
            </p>
          )}
        </div>
      </div>
    </>,
  );
}

async function deletePage(ctx: AdminContext, id: number, refused?: MediaUsage): Promise<string> {
  const { lang, site, services } = ctx;
  const row = await getMedia(ctx, site, id);
  const usage = refused ?? (await mediaUsage(services.database, site.id, id));
  const origin = (await services.sites.context(site.id)).origin;
  return page(
    ctx,
    t(lang, 'media.delete.title', { id }),
    mediaUrls.remove(lang, site.code, id),
    <>
      <MediaPreview lang={lang} code={site.code} row={row} />
      {usage.count > 0 ? (
        <>
          <p class="form-error" role="alert">
            {t(lang, 'media.error.inUse', { count: usage.count })}
          </p>
          <h2>{t(lang, 'media.usage.title')}</h2>
          <UsageList lang={lang} code={site.code} usage={usage} origin={origin} />
          <p>
            <a href={mediaUrls.item(lang, site.code, id)}>{t(lang, 'admin.form.cancel')}</a>
          </p>
        </>
      ) : (
        <form
          method="post"
          action={mediaUrls.remove(lang, site.code, id)}
          class="admin-form media-delete-form"
        >
          <input type="hidden" name="_csrf" value={ctx.session.csrf} />
          <p>{t(lang, 'media.delete.confirm')}</p>
          <div class="media-actions">
            <button type="submit" class="button-danger">
              {t(lang, 'media.delete.submit')}
            </button>
            <a href={mediaUrls.item(lang, site.code, id)}>{t(lang, 'admin.form.cancel')}</a>
          </div>
        </form>
      )}
    </>,
  );
}

/** The admin pages, the JSON API and the upload context of the media library. */
export function mediaLibraryRoutes(app: FastifyInstance, services: Services): void {
  const upload = { permission: 'media.upload' } as const;

  adminRoute(
    app,
    services,
    'GET',
    base,
    async (ctx) => sendAdminHtml(ctx.reply, await listPage(ctx, listQuery(ctx.request.query), EMPTY_VALUES)),
    upload,
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => `${base(lang)}/:id`,
    async (ctx) => sendAdminHtml(ctx.reply, await editPage(ctx, idParam(ctx))),
    upload,
  );

  adminRoute(
    app,
    services,
    'POST',
    (lang) => `${base(lang)}/:id`,
    async (ctx) => {
      const id = idParam(ctx);
      const values = textValues(ctx.request.body);
      try {
        await updateMedia(ctx, ctx.site, id, values);
      } catch (err) {
        const errors = errorsOf(err, ctx.lang);
        if (!errors || (err as { status?: number }).status !== 422) throw err;
        return sendAdminHtml(ctx.reply, await editPage(ctx, id, values, errors), 422);
      }
      return ctx.reply.redirect(`${mediaUrls.item(ctx.lang, ctx.site.code, id)}?saved=1`, 303);
    },
    upload,
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => `${base(lang)}/:id/delete`,
    async (ctx) => sendAdminHtml(ctx.reply, await deletePage(ctx, idParam(ctx))),
    { permission: 'media.delete' },
  );

  adminRoute(
    app,
    services,
    'POST',
    (lang) => `${base(lang)}/:id/delete`,
    async (ctx) => {
      const id = idParam(ctx);
      try {
        await deleteMedia(ctx, ctx.site, id);
      } catch (err) {
        if (!(err instanceof MediaInUseError)) throw err;
        return sendAdminHtml(ctx.reply, await deletePage(ctx, id, err.usage), 409);
      }
      return ctx.reply.redirect(`${mediaUrls.list(ctx.lang, ctx.site.code)}?deleted=1`, 303);
    },
    { permission: 'media.delete' },
  );

  adminRoute(
    app,
    services,
    'GET',
    (lang) => `${base(lang)}/:id/original`,
    async (ctx) => {
      const row = await getMedia(ctx, ctx.site, idParam(ctx));
      const file = originalFile(row);
      if (!file) throw notFound();
      const path = join(mediaDir(services.config.dataDir), file);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) throw notFound();
      const name = row.original_name || file;
      const ascii = name.replace(/[^\w.-]+/g, '_');
      return ctx.reply
        .type(row.mime)
        .header('content-length', info.size)
        .header('cache-control', NO_STORE)
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(createReadStream(path));
    },
    upload,
  );

  mediaApiRoutes(app, services);

  uploadContext(app, (child) => {
    adminRoute(
      child,
      services,
      'POST',
      base,
      async (ctx) => {
        const values = textValues(ctx.request.body);
        const sent = uploadOf(ctx.request);
        try {
          if (sent.error) throw sent.error;
          const row = await uploadMedia(ctx, ctx.site, {
            bytes: sent.file?.bytes ?? Buffer.alloc(0),
            filename: sent.file?.filename,
            truncated: sent.file?.truncated,
            ...values,
          });
          return ctx.reply.redirect(`${mediaUrls.item(ctx.lang, ctx.site.code, row.id)}?uploaded=1`, 303);
        } catch (err) {
          const errors = errorsOf(err, ctx.lang);
          if (!errors || (err as { status?: number }).status === 403) throw err;
          const status = (err as { status: number }).status;
          return sendAdminHtml(ctx.reply, await listPage(ctx, listQuery({}), values, errors), status);
        }
      },
      upload,
    );
    mediaApiUploadRoute(child, services);
  });
}
