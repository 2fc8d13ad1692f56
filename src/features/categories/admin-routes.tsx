/**
 * Categories in the admin (`/admin/sites/<code>/categories`: the tree with move, edit and delete,
 * and a form to add one; `/categories/<id>` to edit) and the API
 * (`/api/v1/sites/{site}/categories`: GET, POST; `/{id}`: PATCH, DELETE; `/{id}/move`: POST).
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { Checkbox, Csrf, FormError, SelectField, TextField } from '../admin/forms.js';
import { boolIn, idIn, textIn } from '../sites/admin-input.js';
import { NamePair } from '../sites/admin-kit.js';
import { orderedListRoutes, type RowFieldsProps } from '../sites/ordered-admin.js';
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
const BLANK: CategoryInput = { nameVi: '', nameEn: '', slug: '', parentId: null, inMenu: false };

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

function CategoryFields({ ctx, values, errors, rows, self }: RowFieldsProps<CategoryItem>) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  return (
    <>
      {/* A refusal of a row's button shows above the list and again in the add form. */}
      <FormError message={errors.form ?? errors.list} />
      <Csrf token={ctx.session.csrf} />
      <NamePair
        lang={ctx.lang}
        name="name"
        labels={['siteadmin.f.nameViLabel', 'siteadmin.f.nameEnLabel']}
        max={120}
        values={values}
        errors={errors}
      />
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
        options={parentOptions(ctx.lang, rows, self)}
      />
      <Checkbox name="inMenu" label={l('siteadmin.category.inMenu')} checked={values.inMenu === '1'} />
    </>
  );
}

function CategoryCells({ lang, row: c }: { lang: Lang; row: CategoryItem }) {
  return (
    <>
      <th scope="row" class={`depth-${Math.min(c.depth, 4)}`}>
        {c.depth > 0 && <span aria-hidden="true">{'— '.repeat(c.depth)}</span>}
        {name(c, lang)}
      </th>
      <td>
        <code>{c.slug}</code>
      </td>
      <td>{c.inMenu ? t(lang, 'siteadmin.yes') : t(lang, 'siteadmin.no')}</td>
      <td>{c.articles}</td>
    </>
  );
}

export function categoryAdminRoutes(app: FastifyInstance, services: Services): void {
  orderedListRoutes(app, services, {
    section: 'categories',
    anchor: 'category',
    permission: 'site.categories',
    ops: {
      list: listCategories,
      get: getCategory,
      add: addCategory,
      edit: editCategory,
      move: moveCategory,
      remove: deleteCategory,
    },
    patchOf,
    blank: BLANK,
    apiBlank: { ...BLANK, inMenu: true },
    nameOf: name,
    valuesOf: (c) => ({
      nameVi: c.nameVi,
      nameEn: c.nameEn,
      slug: c.slug,
      parentId: c.parentId === null ? '' : String(c.parentId),
      inMenu: c.inMenu ? '1' : '',
    }),
    newValues: { inMenu: '1' },
    Fields: CategoryFields,
    Cells: CategoryCells,
    words: {
      nav: 'admin.nav.categories',
      columns: [
        'siteadmin.f.nameLabel',
        'siteadmin.category.slug',
        'siteadmin.category.inMenuShort',
        'siteadmin.category.articles',
      ],
      add: 'siteadmin.category.add',
      edit: 'siteadmin.category.edit',
    },
  });
}
