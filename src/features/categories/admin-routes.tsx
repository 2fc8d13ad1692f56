/**
 * Categories in the admin (`/admin/sites/<code>/categories`: the tree with move, edit and delete,
 * and a form to add one; `/categories/<id>` to edit) and the API
 * (`/api/v1/sites/{site}/categories`: GET, POST; `/{id}`: PATCH, DELETE; `/{id}/move`: POST).
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { type AdminContext, adminRoute, apiRoute } from '../admin/context.js';
import { Checkbox, Csrf, type FieldErrors, FormError, SelectField, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { boolIn, directionIn, idIn, textIn } from '../sites/admin-input.js';
import {
  DeleteButton,
  doneUrl,
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
  addCategory,
  type CategoryInput,
  type CategoryItem,
  deleteCategory,
  editCategory,
  getCategory,
  listCategories,
  moveCategory,
} from './operations.js';

/** What a JSON body says; absent fields are left out (PATCH changes only those). */
function patchOf(body: unknown): Partial<CategoryInput> {
  const patch: Partial<CategoryInput> = {};
  const nameVi = textIn(body, 'nameVi');
  if (nameVi !== undefined) patch.nameVi = nameVi;
  const nameEn = textIn(body, 'nameEn');
  if (nameEn !== undefined) patch.nameEn = nameEn;
  const slug = textIn(body, 'slug');
  if (slug !== undefined) patch.slug = slug;
  const parentId = idIn(body, 'parentId');
  if (parentId !== undefined) patch.parentId = parentId;
  const inMenu = boolIn(body, 'inMenu');
  if (inMenu !== undefined) patch.inMenu = inMenu;
  return patch;
}

/** A form sends every field; an unticked checkbox is absent. */
function formInput(body: unknown): CategoryInput {
  return {
    nameVi: textIn(body, 'nameVi') ?? '',
    nameEn: textIn(body, 'nameEn') ?? '',
    slug: textIn(body, 'slug') ?? '',
    parentId: idIn(body, 'parentId') ?? null,
    inMenu: boolIn(body, 'inMenu') ?? false,
  };
}

const name = (c: Pick<CategoryItem, 'nameVi' | 'nameEn'>, lang: Lang) =>
  lang === 'en' ? c.nameEn : c.nameVi;

function parentOptions(lang: Lang, all: CategoryItem[], self?: CategoryItem) {
  // A category cannot move under itself or its own descendants.
  const excluded = new Set<number>();
  if (self) {
    excluded.add(self.id);
    for (const c of all) if (c.parentId !== null && excluded.has(c.parentId)) excluded.add(c.id);
  }
  return [
    { value: '', label: t(lang, 'siteadmin.category.noParent') },
    ...all
      .filter((c) => !excluded.has(c.id))
      .map((c) => ({ value: c.id, label: `${'— '.repeat(c.depth)}${name(c, lang)}` })),
  ];
}

function CategoryFields({
  ctx,
  values,
  errors,
  all,
  self,
}: {
  ctx: AdminContext;
  values: Record<string, string>;
  errors: FieldErrors;
  all: CategoryItem[];
  self?: CategoryItem;
}) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  return (
    <>
      <FormError message={errors.form ?? errors.category} />
      <Csrf token={ctx.session.csrf} />
      <div class="field-pair">
        <TextField
          name="nameVi"
          label={l('siteadmin.f.nameViLabel')}
          value={values.nameVi}
          errors={errors}
          maxLength={120}
          required
        />
        <TextField
          name="nameEn"
          label={l('siteadmin.f.nameEnLabel')}
          value={values.nameEn}
          errors={errors}
          maxLength={120}
          hint={l('siteadmin.hint.enFallback')}
        />
      </div>
      <TextField
        name="slug"
        label={l('siteadmin.category.slug')}
        hint={l('siteadmin.category.slugHint')}
        value={values.slug}
        errors={errors}
        maxLength={120}
      />
      <SelectField
        name="parentId"
        label={l('siteadmin.category.parent')}
        value={values.parentId}
        errors={errors}
        options={parentOptions(ctx.lang, all, self)}
      />
      <Checkbox name="inMenu" label={l('siteadmin.category.inMenu')} checked={values.inMenu === '1'} />
    </>
  );
}

const listUrl = (ctx: AdminContext) => adminUrls.categories(ctx.lang, ctx.site.code);
const itemUrl = (ctx: AdminContext, id: number, rest = '') => `${listUrl(ctx)}/${id}${rest}`;

async function listPage(
  ctx: AdminContext,
  values: Record<string, string> = { inMenu: '1' },
  errors: FieldErrors = {},
  status = 200,
) {
  const { lang } = ctx;
  const all = await listCategories(ctx, ctx.site);
  const siblingsOf = (c: CategoryItem) => all.filter((o) => o.parentId === c.parentId);
  const l = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t(lang, key, params);
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, 'admin.nav.categories'),
    section: 'categories',
    status,
    children: (
      <>
        <Notice ctx={ctx} />
        {errors.category && <FormError message={errors.category} />}
        {all.length === 0 ? (
          <p>{l('admin.empty')}</p>
        ) : (
          <table class="admin-table">
            <caption class="visually-hidden">{l('admin.nav.categories')}</caption>
            <thead>
              <tr>
                <th scope="col">{l('siteadmin.f.nameLabel')}</th>
                <th scope="col">{l('siteadmin.category.slug')}</th>
                <th scope="col">{l('siteadmin.category.inMenuShort')}</th>
                <th scope="col">{l('siteadmin.category.articles')}</th>
                <th scope="col">{l('siteadmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {all.map((c) => {
                const siblings = siblingsOf(c);
                return (
                  <tr key={c.id} id={`category-${c.id}`}>
                    <th scope="row" class={`depth-${Math.min(c.depth, 4)}`}>
                      {c.depth > 0 && <span aria-hidden="true">{'— '.repeat(c.depth)}</span>}
                      {name(c, lang)}
                    </th>
                    <td>
                      <code>{c.slug}</code>
                    </td>
                    <td>{c.inMenu ? l('siteadmin.yes') : l('siteadmin.no')}</td>
                    <td>{c.articles}</td>
                    <td class="actions">
                      <a href={itemUrl(ctx, c.id)}>
                        {l('siteadmin.edit')}
                        <span class="visually-hidden">: {name(c, lang)}</span>
                      </a>
                      <MoveButtons
                        lang={lang}
                        action={itemUrl(ctx, c.id, '/move')}
                        csrf={ctx.session.csrf}
                        name={name(c, lang)}
                        first={siblings[0]?.id === c.id}
                        last={siblings.at(-1)?.id === c.id}
                      />
                      <DeleteButton
                        lang={lang}
                        action={itemUrl(ctx, c.id, '/delete')}
                        csrf={ctx.session.csrf}
                        name={name(c, lang)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <h2 id="add">{l('siteadmin.category.add')}</h2>
        <form method="post" action={listUrl(ctx)} class="admin-form wide" noValidate>
          <CategoryFields ctx={ctx} values={values} errors={errors} all={all} />
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
  const all = await listCategories(ctx, ctx.site);
  const self = all.find((c) => c.id === id);
  if (!self) throw notFound();
  const shown = values ?? {
    nameVi: self.nameVi,
    nameEn: self.nameEn,
    slug: self.slug,
    parentId: self.parentId === null ? '' : String(self.parentId),
    inMenu: self.inMenu ? '1' : '',
  };
  return sendSitePage(ctx, {
    title: `${t(ctx.lang, 'siteadmin.category.edit')}: ${name(self, ctx.lang)}`,
    section: 'categories',
    status,
    children: (
      <>
        <p>
          <a href={listUrl(ctx)}>
            {t(ctx.lang, 'siteadmin.backTo', { section: t(ctx.lang, 'admin.nav.categories') })}
          </a>
        </p>
        <form method="post" action={itemUrl(ctx, id)} class="admin-form wide" noValidate>
          <CategoryFields ctx={ctx} values={shown} errors={errors} all={all} self={self} />
          <button type="submit">{t(ctx.lang, 'admin.form.save')}</button>
        </form>
      </>
    ),
  });
}

export function categoryAdminRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'site.categories' } as const;
  const list = (lang: Lang) => sitePath(lang, '/categories');
  const item = (lang: Lang) => sitePath(lang, '/categories/:id');

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
          const added = await addCategory(ctx, ctx.site, formInput(ctx.request.body));
          return doneUrl(listUrl(ctx), 'added', `category-${added.id}`);
        },
        (errors, status) => listPage(ctx, typed(ctx.request.body), errors, status),
      ),
    options,
  );
  adminRoute(app, services, 'GET', item, (ctx) => editPage(ctx, routeId(ctx)), options);
  adminRoute(
    app,
    services,
    'POST',
    item,
    (ctx) => {
      const id = routeId(ctx);
      return submitForm(
        ctx,
        async () => {
          await editCategory(ctx, ctx.site, id, formInput(ctx.request.body));
          return doneUrl(listUrl(ctx), 'saved', `category-${id}`);
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
    (lang) => sitePath(lang, '/categories/:id/move'),
    (ctx) => {
      const id = routeId(ctx);
      return submitForm(
        ctx,
        async () => {
          await moveCategory(ctx, ctx.site, id, directionIn(ctx.request.body));
          return doneUrl(listUrl(ctx), 'moved', `category-${id}`);
        },
        (errors, status) => listPage(ctx, undefined, { category: mainError(errors) }, status),
      );
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePath(lang, '/categories/:id/delete'),
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          await deleteCategory(ctx, ctx.site, routeId(ctx));
          return doneUrl(listUrl(ctx), 'deleted');
        },
        (errors, status) => listPage(ctx, undefined, { category: mainError(errors) }, status),
      ),
    options,
  );

  const api = '/api/v1/sites/:site/categories';
  apiRoute(app, services, 'GET', api, async (ctx) => ({ items: await listCategories(ctx, ctx.site) }));
  apiRoute(
    app,
    services,
    'POST',
    api,
    async (ctx) => {
      const p = patchOf(ctx.request.body);
      const added = await addCategory(ctx, ctx.site, {
        nameVi: p.nameVi ?? '',
        nameEn: p.nameEn ?? '',
        slug: p.slug ?? '',
        parentId: p.parentId ?? null,
        inMenu: p.inMenu ?? true,
      });
      ctx.reply.code(201);
      return added;
    },
    options,
  );
  apiRoute(app, services, 'GET', `${api}/:id`, (ctx) => getCategory(ctx, ctx.site, routeId(ctx)));
  apiRoute(
    app,
    services,
    'PATCH',
    `${api}/:id`,
    (ctx) => editCategory(ctx, ctx.site, routeId(ctx), patchOf(ctx.request.body)),
    options,
  );
  apiRoute(
    app,
    services,
    'DELETE',
    `${api}/:id`,
    async (ctx) => {
      await deleteCategory(ctx, ctx.site, routeId(ctx));
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
      await moveCategory(ctx, ctx.site, id, directionIn(ctx.request.body));
      return getCategory(ctx, ctx.site, id);
    },
    options,
  );
}
