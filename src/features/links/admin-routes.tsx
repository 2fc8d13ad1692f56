/**
 * `Liên kết website` in the admin (`/admin/sites/<code>/links`: the list with move, hide/show, edit
 * and delete, and a form to add one; `/links/<id>` to edit) and the API
 * (`/api/v1/sites/{site}/links`: GET, POST; `/{id}`: PATCH, DELETE; `/{id}/move`: POST).
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { type AdminContext, adminRoute, apiRoute } from '../admin/context.js';
import { Checkbox, Csrf, type FieldErrors, FormError, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { boolIn, directionIn, textIn } from '../sites/admin-input.js';
import {
  DeleteButton,
  doneUrl,
  FlagButton,
  MoveButtons,
  mainError,
  Notice,
  routeId,
  sectionTitle,
  sendSitePage,
  sitePath,
  submitForm,
  typed,
} from '../sites/admin-kit.js';
import {
  addLink,
  deleteLink,
  editLink,
  getLink,
  type LinkInput,
  type LinkItem,
  listLinks,
  moveLink,
} from './operations.js';

function patchOf(body: unknown): Partial<LinkInput> {
  const patch: Partial<LinkInput> = {};
  for (const key of ['titleVi', 'titleEn', 'url'] as const) {
    const value = textIn(body, key);
    if (value !== undefined) patch[key] = value;
  }
  const hidden = boolIn(body, 'hidden');
  if (hidden !== undefined) patch.hidden = hidden;
  return patch;
}

function formInput(body: unknown): LinkInput {
  return {
    titleVi: textIn(body, 'titleVi') ?? '',
    titleEn: textIn(body, 'titleEn') ?? '',
    url: textIn(body, 'url') ?? '',
    hidden: boolIn(body, 'hidden') ?? false,
  };
}

const title = (l: LinkItem, lang: Lang) => (lang === 'en' ? l.titleEn : l.titleVi);
const listUrl = (ctx: AdminContext) => adminUrls.links(ctx.lang, ctx.site.code);
const itemUrl = (ctx: AdminContext, id: number, rest = '') => `${listUrl(ctx)}/${id}${rest}`;

function LinkFields({
  ctx,
  values,
  errors,
}: {
  ctx: AdminContext;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  return (
    <>
      <FormError message={errors.form} />
      <Csrf token={ctx.session.csrf} />
      <div class="field-pair">
        <TextField
          name="titleVi"
          label={l('siteadmin.f.titleViLabel')}
          value={values.titleVi}
          errors={errors}
          maxLength={200}
          required
        />
        <TextField
          name="titleEn"
          label={l('siteadmin.f.titleEnLabel')}
          value={values.titleEn}
          errors={errors}
          maxLength={200}
          hint={l('siteadmin.hint.enFallback')}
        />
      </div>
      <TextField
        name="url"
        type="url"
        label={l('siteadmin.link.url')}
        hint={l('siteadmin.link.urlHint')}
        value={values.url}
        errors={errors}
        maxLength={500}
        required
      />
      <Checkbox name="hidden" label={l('siteadmin.hiddenLabel')} checked={values.hidden === '1'} />
    </>
  );
}

async function listPage(
  ctx: AdminContext,
  values: Record<string, string> = {},
  errors: FieldErrors = {},
  status = 200,
) {
  const { lang } = ctx;
  const links = await listLinks(ctx, ctx.site);
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const csrf = ctx.session.csrf;
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, 'admin.nav.links'),
    section: 'links',
    status,
    children: (
      <>
        <Notice ctx={ctx} />
        <FormError message={errors.list} />
        <p>{l('siteadmin.link.intro')}</p>
        {links.length === 0 ? (
          <p>{l('admin.empty')}</p>
        ) : (
          <table class="admin-table">
            <caption class="visually-hidden">{l('admin.nav.links')}</caption>
            <thead>
              <tr>
                <th scope="col">{l('siteadmin.f.titleLabel')}</th>
                <th scope="col">{l('siteadmin.link.url')}</th>
                <th scope="col">{l('siteadmin.state')}</th>
                <th scope="col">{l('siteadmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link, i) => (
                <tr key={link.id} id={`link-${link.id}`} class={link.hidden ? 'is-hidden' : undefined}>
                  <th scope="row">{title(link, lang)}</th>
                  <td class="url">{link.url}</td>
                  <td>{link.hidden ? l('siteadmin.hidden') : l('siteadmin.shown')}</td>
                  <td class="actions">
                    <a href={itemUrl(ctx, link.id)}>
                      {l('siteadmin.edit')}
                      <span class="visually-hidden">: {title(link, lang)}</span>
                    </a>
                    <MoveButtons
                      lang={lang}
                      action={itemUrl(ctx, link.id, '/move')}
                      csrf={csrf}
                      name={title(link, lang)}
                      first={i === 0}
                      last={i === links.length - 1}
                    />
                    <FlagButton
                      action={itemUrl(ctx, link.id, '/visibility')}
                      csrf={csrf}
                      field="hidden"
                      value={link.hidden ? '0' : '1'}
                      label={link.hidden ? l('siteadmin.show') : l('siteadmin.hide')}
                      name={title(link, lang)}
                    />
                    <DeleteButton
                      lang={lang}
                      action={itemUrl(ctx, link.id, '/delete')}
                      csrf={csrf}
                      name={title(link, lang)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2 id="add">{l('siteadmin.link.add')}</h2>
        <form method="post" action={listUrl(ctx)} class="admin-form wide" noValidate>
          <LinkFields ctx={ctx} values={values} errors={errors} />
          <button type="submit">{l('siteadmin.add')}</button>
        </form>
      </>
    ),
  });
}

async function editPage(
  ctx: AdminContext,
  id: number,
  values?: Record<string, string>,
  errors: FieldErrors = {},
  status = 200,
) {
  const link = await getLink(ctx, ctx.site, id);
  const shown = values ?? {
    titleVi: link.titleVi,
    titleEn: link.titleEn,
    url: link.url,
    hidden: link.hidden ? '1' : '',
  };
  return sendSitePage(ctx, {
    title: `${t(ctx.lang, 'siteadmin.link.edit')}: ${title(link, ctx.lang)}`,
    section: 'links',
    status,
    children: (
      <>
        <p>
          <a href={listUrl(ctx)}>
            {t(ctx.lang, 'siteadmin.backTo', { section: t(ctx.lang, 'admin.nav.links') })}
          </a>
        </p>
        <form method="post" action={itemUrl(ctx, id)} class="admin-form wide" noValidate>
          <LinkFields ctx={ctx} values={shown} errors={errors} />
          <button type="submit">{t(ctx.lang, 'admin.form.save')}</button>
        </form>
      </>
    ),
  });
}

export function linkAdminRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'site.links' } as const;
  const list = (lang: Lang) => sitePath(lang, '/links');
  const item = (lang: Lang, rest = '') => sitePath(lang, `/links/:id${rest}`);
  const back = (ctx: AdminContext, errors: FieldErrors, status: number) =>
    listPage(ctx, {}, { list: mainError(errors) }, status);

  adminRoute(app, services, 'GET', list, (ctx) => listPage(ctx), options);
  adminRoute(
    app,
    services,
    'POST',
    list,
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          const added = await addLink(ctx, ctx.site, formInput(ctx.request.body));
          return doneUrl(listUrl(ctx), 'added', `link-${added.id}`);
        },
        (errors, status) => listPage(ctx, typed(ctx.request.body), errors, status),
      ),
    options,
  );
  adminRoute(
    app,
    services,
    'GET',
    (lang) => item(lang),
    (ctx) => editPage(ctx, routeId(ctx)),
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang),
    (ctx) => {
      const id = routeId(ctx);
      return submitForm(
        ctx,
        async () => {
          await editLink(ctx, ctx.site, id, formInput(ctx.request.body));
          return doneUrl(listUrl(ctx), 'saved', `link-${id}`);
        },
        (errors, status) => editPage(ctx, id, typed(ctx.request.body), errors, status),
      );
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang, '/move'),
    (ctx) => {
      const id = routeId(ctx);
      return submitForm(
        ctx,
        async () => {
          await moveLink(ctx, ctx.site, id, directionIn(ctx.request.body));
          return doneUrl(listUrl(ctx), 'moved', `link-${id}`);
        },
        (errors, status) => back(ctx, errors, status),
      );
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang, '/visibility'),
    (ctx) => {
      const id = routeId(ctx);
      return submitForm(
        ctx,
        async () => {
          await editLink(ctx, ctx.site, id, { hidden: boolIn(ctx.request.body, 'hidden') ?? false });
          return doneUrl(listUrl(ctx), 'saved', `link-${id}`);
        },
        (errors, status) => back(ctx, errors, status),
      );
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => item(lang, '/delete'),
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          await deleteLink(ctx, ctx.site, routeId(ctx));
          return doneUrl(listUrl(ctx), 'deleted');
        },
        (errors, status) => back(ctx, errors, status),
      ),
    options,
  );

  const api = '/api/v1/sites/:site/links';
  apiRoute(app, services, 'GET', api, async (ctx) => ({ items: await listLinks(ctx, ctx.site) }));
  apiRoute(
    app,
    services,
    'POST',
    api,
    async (ctx) => {
      const p = patchOf(ctx.request.body);
      const added = await addLink(ctx, ctx.site, {
        titleVi: p.titleVi ?? '',
        titleEn: p.titleEn ?? '',
        url: p.url ?? '',
        hidden: p.hidden ?? false,
      });
      ctx.reply.code(201);
      return added;
    },
    options,
  );
  apiRoute(app, services, 'GET', `${api}/:id`, (ctx) => getLink(ctx, ctx.site, routeId(ctx)));
  apiRoute(
    app,
    services,
    'PATCH',
    `${api}/:id`,
    (ctx) => editLink(ctx, ctx.site, routeId(ctx), patchOf(ctx.request.body)),
    options,
  );
  apiRoute(
    app,
    services,
    'DELETE',
    `${api}/:id`,
    async (ctx) => {
      await deleteLink(ctx, ctx.site, routeId(ctx));
      return ctx.reply.code(204).send();
    },
    options,
  );
  apiRoute(
    app,
    services,
    'POST',
    `${api}/:id/move`,
    async (ctx) => {
      const id = routeId(ctx);
      await moveLink(ctx, ctx.site, id, directionIn(ctx.request.body));
      return getLink(ctx, ctx.site, id);
    },
    options,
  );
}
