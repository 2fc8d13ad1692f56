/**
 * Platform user management (platform admins): find accounts, create one with a one-time password
 * (shown once, on the page answering the form), disable and enable, make a reset link, turn off a
 * lost two-factor.
 */
import type { FastifyInstance } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { LoaError } from '../../platform/http/errors.js';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { authorizePlatform } from '../access/actor.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml } from '../admin/context.js';
import { Checkbox, Csrf, errorsOf, type FieldErrors, FormError, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { createAccount, listAccounts, resetTwoFactor, setAccountDisabled } from './accounts-admin.js';
import { createResetLink } from './passwords.js';
import { securityUrls } from './urls.js';
import { ActionButton, OneTimeSecret, ResetShown, resetUrl, YesNo } from './views.js';

const idParam = (ctx: AdminContext) => Number((ctx.request.params as { id: string }).id);

async function usersPage(
  ctx: AdminContext,
  extra: {
    shown?: ComponentChildren;
    errors?: FieldErrors;
    values?: Record<string, string>;
    status?: number;
  } = {},
) {
  const { lang, session } = ctx;
  const query = ctx.request.query as { q?: unknown; page?: unknown };
  const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const pageNo = typeof query.page === 'string' && /^\d{1,4}$/.test(query.page) ? Number(query.page) : 1;
  const { rows, more } = await listAccounts(ctx, { q, page: pageNo });
  const errors = extra.errors ?? {};
  const base = adminUrls.platformUsers(lang);
  const pageLink = (n: number) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title: t(lang, 'security.users.title'),
      otherLang: otherLangPath(lang, base),
      session,
      actor: ctx.actor,
      children: (
        <>
          {extra.shown}
          <form method="get" action={base} class="admin-form security-form security-filters">
            <TextField name="q" type="search" label={t(lang, 'security.users.search')} value={q} />
            <button type="submit">{t(lang, 'admin.form.search')}</button>
          </form>
          {rows.length === 0 ? (
            <p>{t(lang, 'security.users.none')}</p>
          ) : (
            <table class="security-table">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'security.users.account')}</th>
                  <th scope="col">{t(lang, 'security.users.sites')}</th>
                  <th scope="col">{t(lang, 'security.users.twoFactor')}</th>
                  <th scope="col">{t(lang, 'security.users.state')}</th>
                  <th scope="col">{t(lang, 'security.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id}>
                    <td id={`user-${u.id}`}>
                      <strong>{u.displayName}</strong>
                      <br />
                      {u.email}
                      {u.isPlatformAdmin && (
                        <>
                          <br />
                          <span class="security-badge">{t(lang, 'admin.role.platform')}</span>
                        </>
                      )}
                    </td>
                    <td>{u.sites}</td>
                    <td>
                      <YesNo lang={lang} value={u.totpEnabled} />
                    </td>
                    <td>
                      {u.disabled
                        ? t(lang, 'security.users.disabled')
                        : u.locked
                          ? t(lang, 'security.users.locked')
                          : u.mustChangePassword
                            ? t(lang, 'security.users.mustChange')
                            : t(lang, 'security.users.active')}
                    </td>
                    <td class="security-actions">
                      <ActionButton
                        action={securityUrls.platformUser(lang, u.id, 'reset')}
                        csrf={session.csrf}
                        label={t(lang, 'security.reset.make')}
                        describedBy={`user-${u.id}`}
                      />
                      {u.id !== ctx.actor.userId && (
                        <ActionButton
                          action={securityUrls.platformUser(lang, u.id, u.disabled ? 'enable' : 'disable')}
                          csrf={session.csrf}
                          label={t(lang, u.disabled ? 'security.users.enable' : 'security.users.disable')}
                          describedBy={`user-${u.id}`}
                          danger={!u.disabled}
                        />
                      )}
                      {u.totpEnabled && u.id !== ctx.actor.userId && (
                        <ActionButton
                          action={securityUrls.platformUser(lang, u.id, 'two-factor-off')}
                          csrf={session.csrf}
                          label={t(lang, 'security.users.totpOff')}
                          describedBy={`user-${u.id}`}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {(pageNo > 1 || more) && (
            <nav class="pager" aria-label={t(lang, 'security.audit.paging')}>
              {pageNo > 1 && (
                <a href={pageLink(pageNo - 1)} rel="prev">
                  {t(lang, 'admin.pager.prev')}
                </a>
              )}{' '}
              {more && (
                <a href={pageLink(pageNo + 1)} rel="next">
                  {t(lang, 'admin.pager.next')}
                </a>
              )}
            </nav>
          )}
          <form method="post" action={base} class="admin-form security-form" noValidate>
            <h2>{t(lang, 'security.users.new')}</h2>
            <FormError message={errors.form} />
            <Csrf token={session.csrf} />
            <TextField
              name="email"
              type="email"
              label={t(lang, 'admin.login.email')}
              required
              value={extra.values?.email}
              errors={errors}
            />
            <TextField
              name="displayName"
              label={t(lang, 'security.users.displayName')}
              maxLength={200}
              value={extra.values?.displayName}
              errors={errors}
            />
            <Checkbox
              name="platformAdmin"
              label={t(lang, 'security.users.makePlatformAdmin')}
              checked={extra.values?.platformAdmin === '1'}
            />
            <p class="field-hint">{t(lang, 'security.users.newHint')}</p>
            <button type="submit">{t(lang, 'security.users.create')}</button>
          </form>
        </>
      ),
    }),
    extra.status ?? 200,
  );
}

export function userRoutes(app: FastifyInstance, services: Services): void {
  adminRoute(app, services, 'GET', adminUrls.platformUsers, async (ctx) => {
    authorizePlatform(ctx.actor);
    return usersPage(ctx);
  });

  adminRoute(app, services, 'POST', adminUrls.platformUsers, async (ctx) => {
    authorizePlatform(ctx.actor);
    const values = {
      email: field(ctx.request.body, 'email', 300),
      displayName: field(ctx.request.body, 'displayName', 200),
      platformAdmin: field(ctx.request.body, 'platformAdmin', 5) === '1' ? '1' : '',
    };
    try {
      const created = await createAccount(ctx, {
        email: values.email,
        displayName: values.displayName,
        platformAdmin: values.platformAdmin === '1',
      });
      const shown = (
        <OneTimeSecret
          lang={ctx.lang}
          id="one-time-password"
          label={t(ctx.lang, 'security.users.created', { email: created.email })}
          value={created.oneTimePassword}
        />
      );
      return await usersPage(ctx, { shown, status: 201 });
    } catch (err) {
      const errors = errorsOf(err, ctx.lang);
      if (!errors) throw err;
      return usersPage(ctx, { errors, values, status: (err as LoaError).status });
    }
  });

  adminRoute(
    app,
    services,
    'POST',
    (lang) => securityUrls.platformUser(lang, ':id', 'reset'),
    async (ctx) => {
      authorizePlatform(ctx.actor);
      const link = await createResetLink(ctx, idParam(ctx));
      const shown = (
        <ResetShown lang={ctx.lang} link={link} url={resetUrl(ctx.request, ctx.lang, link.token)} />
      );
      return usersPage(ctx, { shown, status: 201 });
    },
  );

  for (const [action, run] of [
    ['disable', (ctx: AdminContext) => setAccountDisabled(ctx, idParam(ctx), true)],
    ['enable', (ctx: AdminContext) => setAccountDisabled(ctx, idParam(ctx), false)],
    ['two-factor-off', (ctx: AdminContext) => resetTwoFactor(ctx, idParam(ctx))],
  ] as const) {
    adminRoute(
      app,
      services,
      'POST',
      (lang) => securityUrls.platformUser(lang, ':id', action),
      async (ctx) => {
        await run(ctx);
        return ctx.reply.redirect(adminUrls.platformUsers(ctx.lang), 303);
      },
    );
  }
}
