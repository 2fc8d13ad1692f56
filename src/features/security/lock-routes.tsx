/**
 * Login locks and staff accounts: the platform's waiting and locked logins (platform admins, with
 * an unlock button), and a site's staff accounts for its site admins (two-factor state, locks,
 * reset links for the staff they may manage).
 */
import type { FastifyInstance } from 'fastify';
import type { ComponentChildren } from 'preact';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { accountKey } from '../accounts/login-throttle.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml, siteName } from '../admin/context.js';
import { otherLangPath } from '../admin/urls.js';
import { listLocks, unlock } from './locks.js';
import { createResetLink } from './passwords.js';
import { securityUrls, sitePattern } from './urls.js';
import { ActionButton, ResetShown, resetUrl, Time, YesNo } from './views.js';

async function locksPage(ctx: AdminContext) {
  const { lang, session } = ctx;
  const locks = await listLocks(ctx);
  const base = securityUrls.platformLocks(lang);
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title: t(lang, 'security.locks.title'),
      otherLang: otherLangPath(lang, base),
      session,
      actor: ctx.actor,
      children: (
        <>
          <p>{t(lang, 'security.locks.intro')}</p>
          {locks.length === 0 ? (
            <p>{t(lang, 'security.locks.none')}</p>
          ) : (
            <table class="security-table">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'security.locks.who')}</th>
                  <th scope="col">{t(lang, 'security.locks.failures')}</th>
                  <th scope="col">{t(lang, 'security.locks.until')}</th>
                  <th scope="col">{t(lang, 'security.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {locks.map((l, i) => (
                  <tr key={l.key}>
                    <td id={`lock-${i}`}>
                      {l.email
                        ? `${l.displayName ? `${l.displayName} – ` : ''}${l.email}`
                        : t(lang, 'security.locks.source', {
                            hash: l.key.slice('source:'.length, 'source:'.length + 10),
                          })}
                    </td>
                    <td>{l.failures}</td>
                    <td>
                      <Time at={l.lockedUntil} />
                    </td>
                    <td>
                      <ActionButton
                        action={base}
                        csrf={session.csrf}
                        fields={{ key: l.key }}
                        label={t(lang, 'security.locks.unlock')}
                        describedBy={`lock-${i}`}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ),
    }),
  );
}

async function siteSecurityPage(ctx: AdminContext, shown?: ComponentChildren, status = 200) {
  const { lang, session, site } = ctx;
  const locks = await listLocks(ctx, site);
  const locked = new Map(locks.map((l) => [l.key, l]));
  const staff = await ctx.services.database.db
    .selectFrom('site_roles')
    .innerJoin('users', 'users.id', 'site_roles.user_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.totp_enabled',
      'users.disabled',
      'site_roles.role',
    ])
    .where('site_roles.site_id', '=', site.id)
    .orderBy('users.email')
    .execute();
  const base = securityUrls.siteSecurity(lang, site.code);
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title: t(lang, 'security.site.title'),
      otherLang: otherLangPath(lang, base),
      session,
      actor: ctx.actor,
      site,
      section: 'security',
      children: (
        <>
          <p>{t(lang, 'security.site.intro', { site: siteName(site, lang) })}</p>
          {shown}
          {staff.length === 0 ? (
            <p>{t(lang, 'admin.empty')}</p>
          ) : (
            <table class="security-table">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'security.users.account')}</th>
                  <th scope="col">{t(lang, 'security.site.role')}</th>
                  <th scope="col">{t(lang, 'security.users.twoFactor')}</th>
                  <th scope="col">{t(lang, 'security.users.state')}</th>
                  <th scope="col">{t(lang, 'security.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((s) => {
                  const lock = locked.get(accountKey(s.email));
                  return (
                    <tr key={s.id}>
                      <td id={`staff-${s.id}`}>
                        <strong>{s.display_name}</strong>
                        <br />
                        {s.email}
                      </td>
                      <td>{t(lang, `admin.role.${s.role}`)}</td>
                      <td>
                        <YesNo lang={lang} value={s.totp_enabled === 1} />
                      </td>
                      <td>
                        {s.disabled === 1 ? (
                          t(lang, 'security.users.disabled')
                        ) : lock ? (
                          <>
                            {t(lang, 'security.users.lockedUntil')} <Time at={lock.lockedUntil} />
                          </>
                        ) : (
                          t(lang, 'security.users.active')
                        )}
                      </td>
                      <td class="security-actions">
                        <ActionButton
                          action={`${base}/reset`}
                          csrf={session.csrf}
                          fields={{ user: String(s.id) }}
                          label={t(lang, 'security.reset.make')}
                          describedBy={`staff-${s.id}`}
                        />
                        {lock && (
                          <ActionButton
                            action={`${base}/unlock`}
                            csrf={session.csrf}
                            fields={{ key: lock.key }}
                            label={t(lang, 'security.locks.unlock')}
                            describedBy={`staff-${s.id}`}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <p class="field-hint">{t(lang, 'security.site.resetRule')}</p>
        </>
      ),
    }),
    status,
  );
}

export function lockRoutes(app: FastifyInstance, services: Services): void {
  adminRoute(app, services, 'GET', securityUrls.platformLocks, (ctx) => locksPage(ctx));

  adminRoute(app, services, 'POST', securityUrls.platformLocks, async (ctx) => {
    await unlock(ctx, field(ctx.request.body, 'key', 300));
    return ctx.reply.redirect(securityUrls.platformLocks(ctx.lang), 303);
  });

  const staffOptions = { permission: 'site.staff' } as const;
  adminRoute(
    app,
    services,
    'GET',
    (lang) => sitePattern(lang, '/security'),
    (ctx) => siteSecurityPage(ctx),
    staffOptions,
  );

  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePattern(lang, '/security/reset'),
    async (ctx) => {
      const link = await createResetLink(ctx, Number(field(ctx.request.body, 'user', 20)), ctx.site.id);
      const shown = (
        <ResetShown lang={ctx.lang} link={link} url={resetUrl(ctx.request, ctx.lang, link.token)} />
      );
      return siteSecurityPage(ctx, shown, 201);
    },
    staffOptions,
  );

  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePattern(lang, '/security/unlock'),
    async (ctx) => {
      await unlock(ctx, field(ctx.request.body, 'key', 300), ctx.site);
      return ctx.reply.redirect(securityUrls.siteSecurity(ctx.lang, ctx.site.code), 303);
    },
    staffOptions,
  );
}
