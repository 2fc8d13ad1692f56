/**
 * The main menu in the admin (`/admin/sites/<code>/menus`: items with their sub-items, move,
 * hide/show, edit and delete, and a form to add one; `/menus/<id>` to edit) and the API
 * (`/api/v1/sites/{site}/menus`: GET, POST; `/{id}`: PATCH, DELETE; `/{id}/move`: POST).
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { type AdminContext, adminRoute, apiRoute } from '../admin/context.js';
import { Checkbox, Csrf, type FieldErrors, FormError, SelectField, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { boolIn, directionIn, idIn, textIn } from '../sites/admin-input.js';
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
  addMenuItem,
  deleteMenuItem,
  editMenuItem,
  getMenuItem,
  listMenuItems,
  type MenuItem,
  type MenuItemInput,
  moveMenuItem,
} from './operations.js';

function patchOf(body: unknown): Partial<MenuItemInput> {
  const patch: Partial<MenuItemInput> = {};
  for (const key of ['labelVi', 'labelEn', 'url'] as const) {
    const value = textIn(body, key);
    if (value !== undefined) patch[key] = value;
  }
  const parentId = idIn(body, 'parentId');
  if (parentId !== undefined) patch.parentId = parentId;
  const hidden = boolIn(body, 'hidden');
  if (hidden !== undefined) patch.hidden = hidden;
  return patch;
}

function formInput(body: unknown): MenuItemInput {
  return {
    labelVi: textIn(body, 'labelVi') ?? '',
    labelEn: textIn(body, 'labelEn') ?? '',
    url: textIn(body, 'url') ?? '',
    parentId: idIn(body, 'parentId') ?? null,
    hidden: boolIn(body, 'hidden') ?? false,
  };
}

const label = (i: MenuItem, lang: Lang) => (lang === 'en' ? i.labelEn : i.labelVi);
const listUrl = (ctx: AdminContext) => adminUrls.menus(ctx.lang, ctx.site.code);
const itemUrl = (ctx: AdminContext, id: number, rest = '') => `${listUrl(ctx)}/${id}${rest}`;

function MenuFields({
  ctx,
  values,
  errors,
  items,
  self,
}: {
  ctx: AdminContext;
  values: Record<string, string>;
  errors: FieldErrors;
  items: MenuItem[];
  self?: MenuItem;
}) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  const parents = items.filter((i) => i.parentId === null && i.id !== self?.id);
  return (
    <>
      <FormError message={errors.form} />
      <Csrf token={ctx.session.csrf} />
      <div class="field-pair">
        <TextField
          name="labelVi"
          label={l('siteadmin.f.labelViLabel')}
          value={values.labelVi}
          errors={errors}
          maxLength={100}
          required
        />
        <TextField
          name="labelEn"
          label={l('siteadmin.f.labelEnLabel')}
          value={values.labelEn}
          errors={errors}
          maxLength={100}
          hint={l('siteadmin.hint.enFallback')}
        />
      </div>
      <TextField
        name="url"
        label={l('siteadmin.menu.url')}
        hint={l('siteadmin.menu.urlHint')}
        value={values.url}
        errors={errors}
        maxLength={500}
        required
      />
      {!(self && self.children > 0) && (
        <SelectField
          name="parentId"
          label={l('siteadmin.menu.parent')}
          value={values.parentId}
          errors={errors}
          options={[
            { value: '', label: l('siteadmin.menu.noParent') },
            ...parents.map((p) => ({ value: p.id, label: label(p, ctx.lang) })),
          ]}
        />
      )}
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
  const items = await listMenuItems(ctx, ctx.site);
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const csrf = ctx.session.csrf;
  const siblings = (i: MenuItem) => items.filter((o) => o.parentId === i.parentId);
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, 'admin.nav.menus'),
    section: 'menus',
    status,
    children: (
      <>
        <Notice ctx={ctx} />
        <FormError message={errors.list} />
        <p>
          {l(items.some((i) => !i.hidden) ? 'siteadmin.menu.introOwn' : 'siteadmin.menu.introCategories')}
        </p>
        {items.length === 0 ? (
          <p>{l('admin.empty')}</p>
        ) : (
          <table class="admin-table">
            <caption class="visually-hidden">{l('admin.nav.menus')}</caption>
            <thead>
              <tr>
                <th scope="col">{l('siteadmin.menu.label')}</th>
                <th scope="col">{l('siteadmin.menu.url')}</th>
                <th scope="col">{l('siteadmin.state')}</th>
                <th scope="col">{l('siteadmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const group = siblings(item);
                return (
                  <tr key={item.id} id={`menu-${item.id}`} class={item.hidden ? 'is-hidden' : undefined}>
                    <th scope="row" class={item.parentId === null ? undefined : 'depth-1'}>
                      {item.parentId !== null && <span aria-hidden="true">— </span>}
                      {label(item, lang)}
                    </th>
                    <td class="url">{item.url}</td>
                    <td>{item.hidden ? l('siteadmin.hidden') : l('siteadmin.shown')}</td>
                    <td class="actions">
                      <a href={itemUrl(ctx, item.id)}>
                        {l('siteadmin.edit')}
                        <span class="visually-hidden">: {label(item, lang)}</span>
                      </a>
                      <MoveButtons
                        lang={lang}
                        action={itemUrl(ctx, item.id, '/move')}
                        csrf={csrf}
                        name={label(item, lang)}
                        first={group[0]?.id === item.id}
                        last={group.at(-1)?.id === item.id}
                      />
                      <FlagButton
                        action={itemUrl(ctx, item.id, '/visibility')}
                        csrf={csrf}
                        field="hidden"
                        value={item.hidden ? '0' : '1'}
                        label={item.hidden ? l('siteadmin.show') : l('siteadmin.hide')}
                        name={label(item, lang)}
                      />
                      <DeleteButton
                        lang={lang}
                        action={itemUrl(ctx, item.id, '/delete')}
                        csrf={csrf}
                        name={label(item, lang)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <h2 id="add">{l('siteadmin.menu.add')}</h2>
        <form method="post" action={listUrl(ctx)} class="admin-form wide" noValidate>
          <MenuFields ctx={ctx} values={values} errors={errors} items={items} />
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
  const items = await listMenuItems(ctx, ctx.site);
  const self = await getMenuItem(ctx, ctx.site, id);
  const shown = values ?? {
    labelVi: self.labelVi,
    labelEn: self.labelEn,
    url: self.url,
    parentId: self.parentId === null ? '' : String(self.parentId),
    hidden: self.hidden ? '1' : '',
  };
  return sendSitePage(ctx, {
    title: `${t(ctx.lang, 'siteadmin.menu.edit')}: ${label(self, ctx.lang)}`,
    section: 'menus',
    status,
    children: (
      <>
        <p>
          <a href={listUrl(ctx)}>
            {t(ctx.lang, 'siteadmin.backTo', { section: t(ctx.lang, 'admin.nav.menus') })}
          </a>
        </p>
        <form method="post" action={itemUrl(ctx, id)} class="admin-form wide" noValidate>
          <MenuFields ctx={ctx} values={shown} errors={errors} items={items} self={self} />
          <button type="submit">{t(ctx.lang, 'admin.form.save')}</button>
        </form>
      </>
    ),
  });
}

export function menuRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'site.menus' } as const;
  const list = (lang: Lang) => sitePath(lang, '/menus');
  const item = (lang: Lang, rest = '') => sitePath(lang, `/menus/:id${rest}`);
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
          const added = await addMenuItem(ctx, ctx.site, formInput(ctx.request.body));
          return doneUrl(listUrl(ctx), 'added', `menu-${added.id}`);
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
          const input = formInput(ctx.request.body);
          const current = await getMenuItem(ctx, ctx.site, id);
          // An item with sub-items has no parent field in its form: it stays where it is.
          if (current.children > 0) input.parentId = current.parentId;
          await editMenuItem(ctx, ctx.site, id, input);
          return doneUrl(listUrl(ctx), 'saved', `menu-${id}`);
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
          await moveMenuItem(ctx, ctx.site, id, directionIn(ctx.request.body));
          return doneUrl(listUrl(ctx), 'moved', `menu-${id}`);
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
          await editMenuItem(ctx, ctx.site, id, { hidden: boolIn(ctx.request.body, 'hidden') ?? false });
          return doneUrl(listUrl(ctx), 'saved', `menu-${id}`);
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
          await deleteMenuItem(ctx, ctx.site, routeId(ctx));
          return doneUrl(listUrl(ctx), 'deleted');
        },
        (errors, status) => back(ctx, errors, status),
      ),
    options,
  );

  const api = '/api/v1/sites/:site/menus';
  apiRoute(app, services, 'GET', api, async (ctx) => ({ items: await listMenuItems(ctx, ctx.site) }));
  apiRoute(
    app,
    services,
    'POST',
    api,
    async (ctx) => {
      const p = patchOf(ctx.request.body);
      const added = await addMenuItem(ctx, ctx.site, {
        labelVi: p.labelVi ?? '',
        labelEn: p.labelEn ?? '',
        url: p.url ?? '',
        parentId: p.parentId ?? null,
        hidden: p.hidden ?? false,
      });
      ctx.reply.code(201);
      return added;
    },
    options,
  );
  apiRoute(app, services, 'GET', `${api}/:id`, (ctx) => getMenuItem(ctx, ctx.site, routeId(ctx)));
  apiRoute(
    app,
    services,
    'PATCH',
    `${api}/:id`,
    (ctx) => editMenuItem(ctx, ctx.site, routeId(ctx), patchOf(ctx.request.body)),
    options,
  );
  apiRoute(
    app,
    services,
    'DELETE',
    `${api}/:id`,
    async (ctx) => {
      await deleteMenuItem(ctx, ctx.site, routeId(ctx));
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
      await moveMenuItem(ctx, ctx.site, id, directionIn(ctx.request.body));
      return getMenuItem(ctx, ctx.site, id);
    },
    options,
  );
}
