/**
 * The admin of a list a site keeps in its own order (categories, the main menu, `Liên kết website`):
 * `/admin/sites/<code>/<section>` lists the rows (edit, move up/down, hide/show where rows can be
 * hidden, delete) with a form to add one below, `/<section>/<id>` edits one; every POST answers 303
 * back to the list, or re-renders the form (or the list, for the row buttons) with the refusal.
 * The API is `/api/v1/sites/{site}/<section>`: GET, POST; `/{id}`: GET, PATCH, DELETE;
 * `/{id}/move`: POST. A feature states only what differs: its operations, fields, cells and words.
 */
import type { FastifyInstance } from 'fastify';
import type { FunctionComponent } from 'preact';
import { notFound } from '../../platform/http/errors.js';
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import type { Permission } from '../access/roles.js';
import { type AdminContext, type AdminSite, adminRoute, apiRoute, type OpContext } from '../admin/context.js';
import { type FieldErrors, FormError } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { boolIn, type Direction, directionIn } from './admin-input.js';
import {
  AdminTable,
  BackTo,
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
} from './admin-kit.js';

/** A row of an ordered list: siblings share a `parentId` (a flat list has none). */
export interface OrderedRow {
  id: number;
  parentId?: number | null;
  /** Set on lists whose rows can be hidden. */
  hidden?: boolean;
}

export interface RowFieldsProps<Row> {
  ctx: AdminContext;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Every row of the list (e.g. for a parent choice). */
  rows: Row[];
  /** The row being edited; absent in the add form. */
  self?: Row;
}

export interface OrderedAdmin<Row extends OrderedRow, Input extends object> {
  /** The admin section and the last part of its URLs. */
  section: 'categories' | 'menus' | 'links';
  /** The rows' HTML ids and the anchors redirects go back to: `<anchor>-<id>`. */
  anchor: string;
  /** What every change asks (reading the list asks only to enter the site). */
  permission: Permission;
  ops: {
    list(ctx: OpContext, site: AdminSite): Promise<Row[]>;
    get(ctx: OpContext, site: AdminSite, id: number): Promise<Row>;
    add(ctx: OpContext, site: AdminSite, input: Input): Promise<Row>;
    edit(ctx: OpContext, site: AdminSite, id: number, patch: Partial<Input>): Promise<Row>;
    move(ctx: OpContext, site: AdminSite, id: number, direction: Direction): Promise<void>;
    remove(ctx: OpContext, site: AdminSite, id: number): Promise<void>;
    /** Hides or shows a row; lists without it have no hide/show button and no state column. */
    hide?(ctx: OpContext, site: AdminSite, id: number, hidden: boolean): Promise<unknown>;
  };
  /** What a form or a JSON body says; absent fields are left out (PATCH changes only those). */
  patchOf(body: unknown): Partial<Input>;
  /** The input with nothing sent: a form sends every field, an unticked checkbox is absent. */
  blank: Input;
  /** A JSON POST's input with nothing sent, where it differs from the form's. */
  apiBlank?: Input;
  /** Saves the edit form, where that is more than `ops.edit` with what the form sent. */
  saveForm?(ctx: AdminContext, id: number, input: Input): Promise<unknown>;
  nameOf(row: Row, lang: Lang): string;
  /** The form's values for a stored row. */
  valuesOf(row: Row): Record<string, string>;
  /** The add form's values on a fresh list page. */
  newValues?: Record<string, string>;
  Fields: FunctionComponent<RowFieldsProps<Row>>;
  /** A row's cells before the state and the actions: a `<th scope="row">` with its name, then `<td>`s. */
  Cells: FunctionComponent<{ lang: Lang; row: Row }>;
  words: {
    /** The section's name in the navigation, the page title and the table caption. */
    nav: MessageKey;
    /** A paragraph above the table. */
    intro?(rows: Row[]): MessageKey;
    /** The heads of the `Cells` columns. */
    columns: MessageKey[];
    add: MessageKey;
    edit: MessageKey;
  };
}

/** Registers the admin pages and the API of an ordered list. */
export function orderedListRoutes<Row extends OrderedRow, Input extends object>(
  app: FastifyInstance,
  services: Services,
  spec: OrderedAdmin<Row, Input>,
): void {
  const { section, anchor, ops, words, Fields, Cells } = spec;
  const options = { permission: spec.permission } as const;
  const listUrl = (ctx: AdminContext) => adminUrls[section](ctx.lang, ctx.site.code);
  const itemUrl = (ctx: AdminContext, id: number, rest = '') => `${listUrl(ctx)}/${id}${rest}`;
  const formInput = (body: unknown): Input => ({ ...spec.blank, ...spec.patchOf(body) });

  async function listPage(
    ctx: AdminContext,
    values: Record<string, string> = spec.newValues ?? {},
    errors: FieldErrors = {},
    status = 200,
  ) {
    const { lang } = ctx;
    const rows = await ops.list(ctx, ctx.site);
    const l = (key: MessageKey) => t(lang, key);
    const csrf = ctx.session.csrf;
    const hideable = ops.hide !== undefined;
    const columns = [
      ...words.columns,
      ...(hideable ? ['siteadmin.state' as const] : []),
      'siteadmin.actions' as const,
    ];
    return sendSitePage(ctx, {
      title: sectionTitle(ctx, words.nav),
      section,
      status,
      children: (
        <>
          <Notice ctx={ctx} />
          <FormError message={errors.list} />
          {words.intro && <p>{l(words.intro(rows))}</p>}
          {rows.length === 0 ? (
            <p>{l('admin.empty')}</p>
          ) : (
            <AdminTable caption={l(words.nav)} columns={columns.map(l)}>
              {rows.map((row) => {
                const siblings = rows.filter((o) => o.parentId === row.parentId);
                const name = spec.nameOf(row, lang);
                return (
                  <tr key={row.id} id={`${anchor}-${row.id}`} class={row.hidden ? 'is-hidden' : undefined}>
                    <Cells lang={lang} row={row} />
                    {hideable && <td>{row.hidden ? l('siteadmin.hidden') : l('siteadmin.shown')}</td>}
                    <td class="actions">
                      <a href={itemUrl(ctx, row.id)}>
                        {l('siteadmin.edit')}
                        <span class="visually-hidden">: {name}</span>
                      </a>
                      <MoveButtons
                        lang={lang}
                        action={itemUrl(ctx, row.id, '/move')}
                        csrf={csrf}
                        name={name}
                        first={siblings[0]?.id === row.id}
                        last={siblings.at(-1)?.id === row.id}
                      />
                      {hideable && (
                        <FlagButton
                          action={itemUrl(ctx, row.id, '/visibility')}
                          csrf={csrf}
                          field="hidden"
                          value={row.hidden ? '0' : '1'}
                          label={row.hidden ? l('siteadmin.show') : l('siteadmin.hide')}
                          name={name}
                        />
                      )}
                      <DeleteButton
                        lang={lang}
                        action={itemUrl(ctx, row.id, '/delete')}
                        csrf={csrf}
                        name={name}
                      />
                    </td>
                  </tr>
                );
              })}
            </AdminTable>
          )}
          <h2 id="add">{l(words.add)}</h2>
          <form method="post" action={listUrl(ctx)} class="admin-form wide" noValidate>
            <Fields ctx={ctx} values={values} errors={errors} rows={rows} />
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
    const { lang } = ctx;
    const rows = await ops.list(ctx, ctx.site);
    const self = rows.find((row) => row.id === id);
    if (!self) throw notFound();
    return sendSitePage(ctx, {
      title: `${t(lang, words.edit)}: ${spec.nameOf(self, lang)}`,
      section,
      status,
      children: (
        <>
          <BackTo lang={lang} href={listUrl(ctx)} section={t(lang, words.nav)} />
          <form method="post" action={itemUrl(ctx, id)} class="admin-form wide" noValidate>
            <Fields
              ctx={ctx}
              values={values ?? spec.valuesOf(self)}
              errors={errors}
              rows={rows}
              self={self}
            />
            <button type="submit">{t(lang, 'admin.form.save')}</button>
          </form>
        </>
      ),
    });
  }

  const list = (lang: Lang) => sitePath(lang, `/${section}`);
  const item = (lang: Lang, rest = '') => sitePath(lang, `/${section}/:id${rest}`);
  /** A row's button: runs `run` and goes back to the list, or shows the refusal above the list. */
  const rowButton = (
    rest: string,
    done: 'moved' | 'saved' | 'deleted',
    run: (ctx: AdminContext, id: number) => Promise<unknown>,
  ) =>
    adminRoute(
      app,
      services,
      'POST',
      (lang) => item(lang, rest),
      (ctx) => {
        const id = routeId(ctx);
        return submitForm(
          ctx,
          async () => {
            await run(ctx, id);
            return doneUrl(listUrl(ctx), done, done === 'deleted' ? undefined : `${anchor}-${id}`);
          },
          (errors, status) => listPage(ctx, undefined, { list: mainError(errors) }, status),
        );
      },
      options,
    );

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
          const added = await ops.add(ctx, ctx.site, formInput(ctx.request.body));
          return doneUrl(listUrl(ctx), 'added', `${anchor}-${added.id}`);
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
          const input = formInput(ctx.request.body);
          await (spec.saveForm ? spec.saveForm(ctx, id, input) : ops.edit(ctx, ctx.site, id, input));
          return doneUrl(listUrl(ctx), 'saved', `${anchor}-${id}`);
        },
        (errors, status) => editPage(ctx, id, typed(ctx.request.body), errors, status),
      );
    },
    options,
  );
  rowButton('/move', 'moved', (ctx, id) => ops.move(ctx, ctx.site, id, directionIn(ctx.request.body)));
  const { hide } = ops;
  if (hide) {
    rowButton('/visibility', 'saved', (ctx, id) =>
      hide(ctx, ctx.site, id, boolIn(ctx.request.body, 'hidden') ?? false),
    );
  }
  rowButton('/delete', 'deleted', (ctx, id) => ops.remove(ctx, ctx.site, id));

  const api = `/api/v1/sites/:site/${section}`;
  apiRoute(app, services, 'GET', api, async (ctx) => ({ items: await ops.list(ctx, ctx.site) }));
  apiRoute(
    app,
    services,
    'POST',
    api,
    async (ctx) => {
      const added = await ops.add(ctx, ctx.site, {
        ...(spec.apiBlank ?? spec.blank),
        ...spec.patchOf(ctx.request.body),
      });
      ctx.reply.code(201);
      return added;
    },
    options,
  );
  apiRoute(app, services, 'GET', `${api}/:id`, (ctx) => ops.get(ctx, ctx.site, routeId(ctx)));
  apiRoute(
    app,
    services,
    'PATCH',
    `${api}/:id`,
    (ctx) => ops.edit(ctx, ctx.site, routeId(ctx), spec.patchOf(ctx.request.body)),
    options,
  );
  apiRoute(
    app,
    services,
    'DELETE',
    `${api}/:id`,
    async (ctx) => {
      await ops.remove(ctx, ctx.site, routeId(ctx));
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
      await ops.move(ctx, ctx.site, id, directionIn(ctx.request.body));
      return ops.get(ctx, ctx.site, id);
    },
    options,
  );
}
