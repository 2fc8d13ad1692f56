/**
 * The main menu in the admin (`/admin/sites/<code>/menus`: items with their sub-items, move,
 * hide/show, edit and delete, and a form to add one; `/menus/<id>` to edit) and the API
 * (`/api/v1/sites/{site}/menus`: GET, POST; `/{id}`: PATCH, DELETE; `/{id}/move`: POST).
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { Checkbox, Csrf, FormError, SelectField, TextField } from '../admin/forms.js';
import { boolIn, idIn, textIn } from '../sites/admin-input.js';
import { NamePair } from '../sites/admin-kit.js';
import { orderedListRoutes, type RowFieldsProps } from '../sites/ordered-admin.js';
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

const label = (i: MenuItem, lang: Lang) => (lang === 'en' ? i.labelEn : i.labelVi);

function MenuFields({ ctx, values, errors, rows, self }: RowFieldsProps<MenuItem>) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  const parents = rows.filter((i) => i.parentId === null && i.id !== self?.id);
  return (
    <>
      <FormError message={errors.form} />
      <Csrf token={ctx.session.csrf} />
      <NamePair
        lang={ctx.lang}
        name="label"
        labels={['siteadmin.f.labelViLabel', 'siteadmin.f.labelEnLabel']}
        max={100}
        values={values}
        errors={errors}
      />
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

function MenuCells({ lang, row }: { lang: Lang; row: MenuItem }) {
  return (
    <>
      <th scope="row" class={row.parentId === null ? undefined : 'depth-1'}>
        {row.parentId !== null && <span aria-hidden="true">— </span>}
        {label(row, lang)}
      </th>
      <td class="url">{row.url}</td>
    </>
  );
}

export function menuRoutes(app: FastifyInstance, services: Services): void {
  orderedListRoutes(app, services, {
    section: 'menus',
    anchor: 'menu',
    permission: 'site.menus',
    ops: {
      list: listMenuItems,
      get: getMenuItem,
      add: addMenuItem,
      edit: editMenuItem,
      move: moveMenuItem,
      remove: deleteMenuItem,
      hide: (ctx, site, id, hidden) => editMenuItem(ctx, site, id, { hidden }),
    },
    patchOf,
    blank: { labelVi: '', labelEn: '', url: '', parentId: null, hidden: false },
    saveForm: async (ctx, id, input) => {
      const current = await getMenuItem(ctx, ctx.site, id);
      // An item with sub-items has no parent field in its form: it stays where it is.
      if (current.children > 0) input.parentId = current.parentId;
      return editMenuItem(ctx, ctx.site, id, input);
    },
    nameOf: label,
    valuesOf: (item) => ({
      labelVi: item.labelVi,
      labelEn: item.labelEn,
      url: item.url,
      parentId: item.parentId === null ? '' : String(item.parentId),
      hidden: item.hidden ? '1' : '',
    }),
    Fields: MenuFields,
    Cells: MenuCells,
    words: {
      nav: 'admin.nav.menus',
      intro: (items) =>
        items.some((i) => !i.hidden) ? 'siteadmin.menu.introOwn' : 'siteadmin.menu.introCategories',
      columns: ['siteadmin.menu.label', 'siteadmin.menu.url'],
      add: 'siteadmin.menu.add',
      edit: 'siteadmin.menu.edit',
    },
  });
}
