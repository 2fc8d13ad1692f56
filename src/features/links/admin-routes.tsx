/**
 * `Liên kết website` in the admin (`/admin/sites/<code>/links`: the list with move, hide/show, edit
 * and delete, and a form to add one; `/links/<id>` to edit) and the API
 * (`/api/v1/sites/{site}/links`: GET, POST; `/{id}`: PATCH, DELETE; `/{id}/move`: POST).
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { Checkbox, Csrf, FormError, TextField } from '../admin/forms.js';
import { boolIn, textIn } from '../sites/admin-input.js';
import { NamePair } from '../sites/admin-kit.js';
import { orderedListRoutes, type RowFieldsProps } from '../sites/ordered-admin.js';
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

const title = (l: LinkItem, lang: Lang) => (lang === 'en' ? l.titleEn : l.titleVi);

function LinkFields({ ctx, values, errors }: RowFieldsProps<LinkItem>) {
  const l = (key: Parameters<typeof t>[1]) => t(ctx.lang, key);
  return (
    <>
      <FormError message={errors.form} />
      <Csrf token={ctx.session.csrf} />
      <NamePair
        lang={ctx.lang}
        name="title"
        labels={['siteadmin.f.titleViLabel', 'siteadmin.f.titleEnLabel']}
        max={200}
        values={values}
        errors={errors}
      />
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

function LinkCells({ lang, row }: { lang: Lang; row: LinkItem }) {
  return (
    <>
      <th scope="row">{title(row, lang)}</th>
      <td class="url">{row.url}</td>
    </>
  );
}

export function linkAdminRoutes(app: FastifyInstance, services: Services): void {
  orderedListRoutes(app, services, {
    section: 'links',
    anchor: 'link',
    permission: 'site.links',
    ops: {
      list: listLinks,
      get: getLink,
      add: addLink,
      edit: editLink,
      move: moveLink,
      remove: deleteLink,
      hide: (ctx, site, id, hidden) => editLink(ctx, site, id, { hidden }),
    },
    patchOf,
    blank: { titleVi: '', titleEn: '', url: '', hidden: false },
    nameOf: title,
    valuesOf: (link) => ({
      titleVi: link.titleVi,
      titleEn: link.titleEn,
      url: link.url,
      hidden: link.hidden ? '1' : '',
    }),
    Fields: LinkFields,
    Cells: LinkCells,
    words: {
      nav: 'admin.nav.links',
      intro: () => 'siteadmin.link.intro',
      columns: ['siteadmin.f.titleLabel', 'siteadmin.link.url'],
      add: 'siteadmin.link.add',
      edit: 'siteadmin.link.edit',
    },
  });
}
