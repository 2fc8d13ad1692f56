/**
 * A site's staff in the admin (`/admin/sites/<code>/staff`: people and roles, change a role, remove
 * someone, add an existing account, create a new one whose one-time password is shown once) and
 * the API (`/api/v1/sites/{site}/staff`: GET, POST `{email, role, create?, displayName?}`;
 * `/{userId}`: PATCH `{role}`, DELETE).
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { ROLES } from '../access/roles.js';
import { type AdminContext, adminRoute, apiRoute } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, SelectField, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { boolIn, textIn } from '../sites/admin-input.js';
import {
  AdminTable,
  doneUrl,
  mainError,
  Notice,
  refusalOf,
  routeId,
  sectionTitle,
  sendSitePage,
  sitePath,
  submitForm,
  typed,
} from '../sites/admin-kit.js';
import {
  addStaff,
  changeStaffRole,
  createStaffAccount,
  listStaff,
  removeStaff,
  type StaffMember,
} from './operations.js';

const roleOptions = (lang: Lang) => ROLES.map((r) => ({ value: r, label: t(lang, `admin.role.${r}`) }));
const listUrl = (ctx: AdminContext) => adminUrls.staff(ctx.lang, ctx.site.code);
const memberUrl = (ctx: AdminContext, id: number, rest: string) => `${listUrl(ctx)}/${id}${rest}`;

function Status({ lang, m }: { lang: Lang; m: StaffMember }) {
  const notes = [
    m.disabled ? t(lang, 'siteadmin.staff.disabled') : '',
    m.mustChangePassword ? t(lang, 'siteadmin.staff.mustChange') : '',
    m.totpEnabled ? t(lang, 'siteadmin.staff.totpOn') : t(lang, 'siteadmin.staff.totpOff'),
    m.isPlatformAdmin ? t(lang, 'admin.role.platform') : '',
  ].filter(Boolean);
  return <>{notes.join(' · ')}</>;
}

function MemberRow({ ctx, m }: { ctx: AdminContext; m: StaffMember }) {
  const { lang } = ctx;
  const self = m.userId === ctx.actor.userId;
  const csrf = ctx.session.csrf;
  return (
    <tr id={`user-${m.userId}`}>
      <th scope="row">
        {m.displayName}
        <br />
        <span class="muted">{m.email}</span>
      </th>
      <td>
        {self ? (
          <>
            {t(lang, `admin.role.${m.role}`)} <span class="muted">({t(lang, 'siteadmin.staff.you')})</span>
          </>
        ) : (
          <form method="post" action={memberUrl(ctx, m.userId, '/role')} class="inline-form">
            <Csrf token={csrf} />
            <label class="visually-hidden" for={`role-${m.userId}`}>
              {t(lang, 'siteadmin.staff.roleOf', { name: m.displayName })}
            </label>
            <select id={`role-${m.userId}`} name="role">
              {roleOptions(lang).map((o) => (
                <option key={o.value} value={o.value} selected={o.value === m.role}>
                  {o.label}
                </option>
              ))}
            </select>
            <button type="submit">
              {t(lang, 'siteadmin.staff.changeRole')}
              <span class="visually-hidden">: {m.displayName}</span>
            </button>
          </form>
        )}
      </td>
      <td>
        <Status lang={lang} m={m} />
      </td>
      <td class="actions">
        {!self && (
          <form method="post" action={memberUrl(ctx, m.userId, '/remove')} class="inline-form">
            <Csrf token={csrf} />
            <button type="submit" class="danger">
              {t(lang, 'siteadmin.staff.remove')}
              <span class="visually-hidden">: {m.displayName}</span>
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}

interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The account's email and its role on the site, in the add form and the new-account form. */
function EmailAndRole({ lang, idPrefix, form }: { lang: Lang; idPrefix: 'add' | 'new'; form: FormState }) {
  return (
    <>
      <TextField
        name="email"
        id={`${idPrefix}-email`}
        type="email"
        autocomplete="off"
        label={t(lang, 'siteadmin.staff.email')}
        value={form.values.email}
        errors={form.errors}
        maxLength={254}
        required
      />
      <SelectField
        name="role"
        id={`${idPrefix}-role`}
        label={t(lang, 'siteadmin.staff.role')}
        value={form.values.role}
        errors={form.errors}
        options={roleOptions(lang)}
      />
    </>
  );
}

interface PageState {
  add?: FormState;
  create?: FormState;
  list?: string;
  created?: { member: StaffMember; oneTimePassword: string };
  status?: number;
}

async function staffPage(ctx: AdminContext, state: PageState = {}) {
  const { lang } = ctx;
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const members = await listStaff(ctx, ctx.site);
  const add = state.add ?? { values: { role: 'contributor' }, errors: {} };
  const create = state.create ?? { values: { role: 'contributor' }, errors: {} };
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, 'admin.nav.staff'),
    section: 'staff',
    status: state.status,
    children: (
      <>
        <Notice ctx={ctx} />
        {state.created && (
          <div class="notice one-time" role="status">
            <p>{t(lang, 'siteadmin.staff.created', { email: state.created.member.email })}</p>
            <p>
              {l('siteadmin.staff.oneTimePassword')}:{' '}
              <code class="secret">{state.created.oneTimePassword}</code>
            </p>
            <p>{l('siteadmin.staff.oneTimeHint')}</p>
          </div>
        )}
        <FormError message={state.list} />
        <AdminTable
          caption={l('admin.nav.staff')}
          columns={[
            l('siteadmin.staff.person'),
            l('siteadmin.staff.role'),
            l('siteadmin.state'),
            l('siteadmin.actions'),
          ]}
        >
          {members.map((m) => (
            <MemberRow key={m.userId} ctx={ctx} m={m} />
          ))}
        </AdminTable>
        <p class="muted">{l('siteadmin.staff.rules')}</p>
        <h2 id="add">{l('siteadmin.staff.addTitle')}</h2>
        <form method="post" action={listUrl(ctx)} class="admin-form wide" noValidate>
          <FormError message={add.errors.form} />
          <Csrf token={ctx.session.csrf} />
          <EmailAndRole lang={lang} idPrefix="add" form={add} />
          <button type="submit">{l('siteadmin.staff.addButton')}</button>
        </form>
        <h2 id="create">{l('siteadmin.staff.createTitle')}</h2>
        <form method="post" action={`${listUrl(ctx)}/new`} class="admin-form wide" noValidate>
          <FormError message={create.errors.form} />
          <Csrf token={ctx.session.csrf} />
          <TextField
            name="displayName"
            id="new-name"
            label={l('siteadmin.staff.displayName')}
            value={create.values.displayName}
            errors={create.errors}
            maxLength={120}
            required
          />
          <EmailAndRole lang={lang} idPrefix="new" form={create} />
          <button type="submit">{l('siteadmin.staff.createButton')}</button>
        </form>
      </>
    ),
  });
}

export function staffRoutes(app: FastifyInstance, services: Services): void {
  const options = { permission: 'site.staff' } as const;
  const list = (lang: Lang) => sitePath(lang, '/staff');

  adminRoute(app, services, 'GET', list, (ctx) => staffPage(ctx), options);
  adminRoute(
    app,
    services,
    'POST',
    list,
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          const body = ctx.request.body;
          const added = await addStaff(ctx, ctx.site, {
            email: textIn(body, 'email') ?? '',
            role: textIn(body, 'role') ?? '',
          });
          return doneUrl(listUrl(ctx), 'added', `user-${added.userId}`);
        },
        (errors, status) => staffPage(ctx, { add: { values: typed(ctx.request.body), errors }, status }),
      ),
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePath(lang, '/staff/new'),
    async (ctx) => {
      const body = ctx.request.body;
      try {
        const created = await createStaffAccount(ctx, ctx.site, {
          email: textIn(body, 'email') ?? '',
          displayName: textIn(body, 'displayName') ?? '',
          role: textIn(body, 'role') ?? '',
        });
        // Not a redirect: the one-time password is shown on this response and never again.
        return staffPage(ctx, { created, status: 201 });
      } catch (err) {
        const refusal = refusalOf(ctx, err);
        if (!refusal) throw err;
        return staffPage(ctx, {
          create: { values: typed(body), errors: refusal.errors },
          status: refusal.status,
        });
      }
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePath(lang, '/staff/:userId/role'),
    (ctx) => {
      const userId = routeId(ctx, 'userId');
      return submitForm(
        ctx,
        async () => {
          await changeStaffRole(ctx, ctx.site, userId, textIn(ctx.request.body, 'role') ?? '');
          return doneUrl(listUrl(ctx), 'saved', `user-${userId}`);
        },
        (errors, status) => staffPage(ctx, { list: mainError(errors), status }),
      );
    },
    options,
  );
  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePath(lang, '/staff/:userId/remove'),
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          await removeStaff(ctx, ctx.site, routeId(ctx, 'userId'));
          return doneUrl(listUrl(ctx), 'deleted');
        },
        (errors, status) => staffPage(ctx, { list: mainError(errors), status }),
      ),
    options,
  );

  const api = '/api/v1/sites/:site/staff';
  apiRoute(app, services, 'GET', api, async (ctx) => ({ items: await listStaff(ctx, ctx.site) }), options);
  apiRoute(
    app,
    services,
    'POST',
    api,
    async (ctx) => {
      const body = ctx.request.body;
      const input = { email: textIn(body, 'email') ?? '', role: textIn(body, 'role') ?? '' };
      ctx.reply.code(201);
      if (boolIn(body, 'create')) {
        const { member, oneTimePassword } = await createStaffAccount(ctx, ctx.site, {
          ...input,
          displayName: textIn(body, 'displayName') ?? '',
        });
        return { ...member, oneTimePassword };
      }
      return addStaff(ctx, ctx.site, input);
    },
    options,
  );
  apiRoute(
    app,
    services,
    'PATCH',
    `${api}/:userId`,
    (ctx) => changeStaffRole(ctx, ctx.site, routeId(ctx, 'userId'), textIn(ctx.request.body, 'role') ?? ''),
    options,
  );
  apiRoute(
    app,
    services,
    'DELETE',
    `${api}/:userId`,
    async (ctx) => {
      await removeStaff(ctx, ctx.site, routeId(ctx, 'userId'));
      return ctx.reply.code(204).send();
    },
    options,
  );
}
