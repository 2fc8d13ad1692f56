/**
 * The admin's entry: log in (CSRF-protected form, throttled through the database for every node;
 * accounts with two-factor on continue at the code step, security/login-totp-routes), the home page
 * with the user's sites and account links, password change (required after a one-time password),
 * and log out (here or everywhere). Every response is private and never cached; every outcome is
 * audited.
 */
import type { FastifyInstance } from 'fastify';
import { readCookie } from '../../platform/http/cookies.js';
import type { LoaError } from '../../platform/http/errors.js';
import { LANGS, type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import type { Actor } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { sourceHash } from '../access/secrets.js';
import { clearLoginCsrf, issueLoginCsrf, loginCsrfValid } from '../accounts/login-csrf.js';
import { clearFailures, throttleWait } from '../accounts/login-throttle.js';
import {
  createSession,
  csrfMatches,
  destroySession,
  findSession,
  hashToken,
  newToken,
  SESSION_COOKIE,
} from '../accounts/sessions.js';
import { hashPassword, normaliseEmail, verifyPassword } from '../accounts/users.js';
import {
  anonymousSource,
  countLoginFailure,
  endSessionCookie,
  loginKeys,
  PENDING_TOTP_MS,
  sessionCookie,
} from '../security/login-attempts.js';
import { changePassword, logoutEverywhere } from '../security/passwords.js';
import { securityUrls } from '../security/urls.js';
import { ActionButton, NewPasswordFields, waitText } from '../security/views.js';
import { originOf, primaryHost } from '../sites/site-registry.js';
import { renderAdminPage } from './admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml } from './context.js';
import { Csrf, errorsOf, type FieldErrors, FormError, TextField } from './forms.js';
import { adminUrls, otherLangPath } from './urls.js';

export function adminRoutes(app: FastifyInstance, services: Services): void {
  const database = services.database;

  function loginPage(
    lang: Lang,
    csrf: string,
    values: { email?: string },
    errors: FieldErrors = {},
    resetDone = false,
  ): string {
    return renderAdminPage({
      lang,
      title: t(lang, 'admin.login.title'),
      otherLang: otherLangPath(lang, adminUrls.login(lang)),
      children: (
        <form method="post" action={adminUrls.login(lang)} class="admin-form security-form" noValidate>
          {resetDone && (
            <p class="notice" role="status">
              {t(lang, 'security.reset.done')}
            </p>
          )}
          <FormError message={errors.form} />
          <Csrf token={csrf} />
          <TextField
            name="email"
            type="email"
            label={t(lang, 'admin.login.email')}
            autocomplete="username"
            required
            value={values.email}
            errors={errors}
          />
          <TextField
            name="password"
            type="password"
            label={t(lang, 'admin.login.password')}
            autocomplete="current-password"
            required
            errors={errors}
          />
          <button type="submit">{t(lang, 'admin.login.submit')}</button>
        </form>
      ),
    });
  }

  for (const lang of LANGS) {
    app.get(adminUrls.login(lang), async (request, reply) => {
      const current = await findSession(database, readCookie(request.headers.cookie, SESSION_COOKIE));
      if (current) return reply.redirect(adminUrls.home(lang), 303);
      const done = (request.query as { reset?: string }).reset === 'done';
      return sendAdminHtml(reply, loginPage(lang, issueLoginCsrf(request, reply), {}, {}, done));
    });

    app.post(adminUrls.login(lang), async (request, reply) => {
      const email = field(request.body, 'email').trim();
      if (!loginCsrfValid(request, field(request.body, '_csrf', 200))) {
        const csrf = issueLoginCsrf(request, reply);
        return sendAdminHtml(reply, loginPage(lang, csrf, { email }, { form: t(lang, 'admin.csrf') }), 403);
      }
      // Valid, so the form's token is the browser's cookie token: the re-rendered form keeps it.
      const csrf = field(request.body, '_csrf', 200);
      let normalised: string;
      try {
        normalised = normaliseEmail(email);
      } catch {
        return sendAdminHtml(
          reply,
          loginPage(lang, csrf, { email }, { email: t(lang, 'validation.emailInvalid') }),
          422,
        );
      }
      const source = await sourceHash(database, request.ip);
      const keys = loginKeys(normalised, source);
      const wait = await throttleWait(database, [keys.account, keys.source]);
      if (wait > 0) {
        const message = t(lang, 'security.login.throttled', { wait: waitText(lang, wait) });
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        return sendAdminHtml(reply, loginPage(lang, csrf, { email }, { form: message }), 429);
      }
      const user = await database.db
        .selectFrom('users')
        .select(['id', 'password_hash', 'must_change_password', 'totp_enabled', 'disabled'])
        .where('email', '=', normalised)
        .executeTakeFirst();
      // Unknown accounts cost the same argon2 work as known ones, so timing does not tell them apart.
      const ok = await verifyPassword(
        user?.password_hash ?? (await DUMMY_HASH()),
        field(request.body, 'password'),
      );
      if (!user || !ok) {
        await countLoginFailure(
          database,
          keys,
          user ? { userId: user.id, source } : anonymousSource(source),
          {
            email: normalised,
            step: 'password',
          },
        );
        return sendAdminHtml(
          reply,
          loginPage(lang, csrf, { email }, { form: t(lang, 'admin.login.failed') }),
          401,
        );
      }
      const who = { userId: user.id, source };
      if (user.disabled === 1) {
        await audit(database, who, {
          action: 'user.login.failed',
          target: keys.account,
          details: { reason: 'disabled' },
        });
        return sendAdminHtml(
          reply,
          loginPage(lang, csrf, { email }, { form: t(lang, 'security.login.disabled') }),
          403,
        );
      }
      await clearFailures(database, [keys.account]);
      const pending = user.totp_enabled === 1;
      const token = await createSession(database, user.id, Date.now(), { pendingTotp: pending });
      if (pending) {
        await database.db
          .updateTable('sessions')
          .set({ expires_at: Date.now() + PENDING_TOTP_MS })
          .where('token_hash', '=', hashToken(token))
          .execute();
      } else {
        await audit(database, who, {
          action: 'user.login',
          target: `user:${user.id}`,
          details: { twoFactor: false },
        });
      }
      reply.header('set-cookie', [sessionCookie(request, token), clearLoginCsrf(request)]);
      const next = pending
        ? adminUrls.loginTotp(lang)
        : user.must_change_password
          ? adminUrls.password(lang)
          : adminUrls.home(lang);
      return reply.redirect(next, 303);
    });

    app.post(adminUrls.logout(lang), async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const current = await findSession(database, token);
      if (current && !csrfMatches(current.csrf, field(request.body, '_csrf', 200))) {
        return sendAdminHtml(
          reply,
          renderAdminPage({
            lang,
            title: t(lang, 'admin.title'),
            otherLang: otherLangPath(lang, adminUrls.home(lang)),
            session: current,
            children: <p role="alert">{t(lang, 'admin.csrf')}</p>,
          }),
          403,
        );
      }
      await destroySession(database, token);
      if (current) {
        const who = { userId: current.userId, source: await sourceHash(database, request.ip) };
        await audit(database, who, { action: 'user.logout', target: `user:${current.userId}` });
      }
      reply.header('set-cookie', endSessionCookie(request));
      return reply.redirect(adminUrls.login(lang), 303);
    });
  }

  adminRoute(app, services, 'GET', adminUrls.home, async (ctx) => {
    const { lang, session, actor } = ctx;
    const sites = await sitesOf(actor);
    const totpOn = session.totpEnabled;
    return sendAdminHtml(
      ctx.reply,
      renderAdminPage({
        lang,
        title: t(lang, 'admin.hello', { name: session.displayName }),
        otherLang: otherLangPath(lang, adminUrls.home(lang)),
        session,
        actor,
        children: (
          <>
            {actor.isPlatformAdmin && <p>{t(lang, 'admin.platformAdmin')}</p>}
            <h2>{t(lang, 'admin.sites')}</h2>
            {sites.length === 0 ? (
              <p>{t(lang, 'admin.noSites')}</p>
            ) : (
              <ul class="admin-sites">
                {sites.map((s) => {
                  const name = lang === 'en' ? s.name_en : s.name_vi;
                  return (
                    <li key={s.id}>
                      <a href={adminUrls.site(lang, s.code)}>
                        <strong>{name}</strong>
                      </a>{' '}
                      – {t(lang, `admin.role.${s.role}`)}{' '}
                      {s.host && (
                        <a href={`${originOf(s.host)}/`}>
                          {t(lang, 'admin.viewSite')}
                          <span class="visually-hidden"> {name}</span>
                        </a>
                      )}
                      {(s.role === 'site_admin' || s.role === 'platform') && (
                        <>
                          {' · '}
                          <a href={securityUrls.siteSecurity(lang, s.code)}>
                            {t(lang, 'security.site.title')}
                            <span class="visually-hidden"> {name}</span>
                          </a>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {actor.isPlatformAdmin && (
              <>
                <h2>{t(lang, 'security.home.platform')}</h2>
                <ul class="security-links">
                  <li>
                    <a href={adminUrls.platformSites(lang)}>{t(lang, 'admin.nav.platformSites')}</a>
                  </li>
                  <li>
                    <a href={adminUrls.platformUsers(lang)}>{t(lang, 'security.users.title')}</a>
                  </li>
                  <li>
                    <a href={securityUrls.platformLocks(lang)}>{t(lang, 'security.locks.title')}</a>
                  </li>
                  <li>
                    <a href={securityUrls.platformAudit(lang)}>{t(lang, 'security.audit.platformTitle')}</a>
                  </li>
                </ul>
              </>
            )}
            <h2>{t(lang, 'security.home.account')}</h2>
            <ul class="security-links">
              <li>
                <a href={adminUrls.password(lang)}>{t(lang, 'admin.password.title')}</a>
              </li>
              <li>
                <a href={adminUrls.twoFactor(lang)}>{t(lang, 'security.totp.title')}</a> –{' '}
                {t(lang, totpOn ? 'security.totp.statusOn' : 'security.totp.statusOff')}
              </li>
            </ul>
            <ActionButton
              action={securityUrls.logoutAll(lang)}
              csrf={session.csrf}
              label={t(lang, 'security.logoutAll.button')}
              describedBy="logout-all-hint"
            />
            <p class="field-hint" id="logout-all-hint">
              {t(lang, 'security.logoutAll.hint')}
            </p>
          </>
        ),
      }),
    );
  });

  adminRoute(app, services, 'POST', securityUrls.logoutAll, async (ctx) => {
    await logoutEverywhere(ctx);
    ctx.reply.header('set-cookie', endSessionCookie(ctx.request));
    return ctx.reply.redirect(adminUrls.login(ctx.lang), 303);
  });

  const passwordPage = (ctx: AdminContext, errors: FieldErrors = {}, status = 200) =>
    sendAdminHtml(
      ctx.reply,
      renderAdminPage({
        lang: ctx.lang,
        title: t(ctx.lang, 'admin.password.title'),
        otherLang: otherLangPath(ctx.lang, adminUrls.password(ctx.lang)),
        session: ctx.session,
        children: (
          <form
            method="post"
            action={adminUrls.password(ctx.lang)}
            class="admin-form security-form"
            noValidate
          >
            {ctx.session.mustChangePassword && <p class="notice">{t(ctx.lang, 'admin.mustChange')}</p>}
            <FormError message={errors.form} />
            <Csrf token={ctx.session.csrf} />
            <TextField
              name="current"
              type="password"
              label={t(ctx.lang, 'admin.password.current')}
              autocomplete="current-password"
              required
              errors={errors}
            />
            <NewPasswordFields lang={ctx.lang} errors={errors} />
            <button type="submit">{t(ctx.lang, 'admin.password.submit')}</button>
          </form>
        ),
      }),
      status,
    );

  adminRoute(app, services, 'GET', adminUrls.password, async (ctx) => passwordPage(ctx));

  adminRoute(app, services, 'POST', adminUrls.password, async (ctx) => {
    try {
      await changePassword(ctx, {
        current: field(ctx.request.body, 'current'),
        next: field(ctx.request.body, 'next', 1000),
        confirm: field(ctx.request.body, 'confirm', 1000),
      });
    } catch (err) {
      const errors = errorsOf(err, ctx.lang);
      if (!errors) throw err;
      return passwordPage(ctx, errors, (err as LoaError).status);
    }
    // Every session of the account ended; this browser gets a fresh one.
    const token = await createSession(database, ctx.session.userId);
    ctx.reply.header('set-cookie', sessionCookie(ctx.request, token));
    return ctx.reply.redirect(adminUrls.home(ctx.lang), 303);
  });

  async function sitesOf(actor: Actor) {
    const db = database.db;
    const rows = actor.isPlatformAdmin
      ? (
          await db.selectFrom('sites').select(['id', 'code', 'name_vi', 'name_en']).orderBy('id').execute()
        ).map((s) => ({ ...s, role: 'platform' as const }))
      : await db
          .selectFrom('site_roles')
          .innerJoin('sites', 'sites.id', 'site_roles.site_id')
          .select(['sites.id', 'sites.code', 'sites.name_vi', 'sites.name_en', 'site_roles.role'])
          .where('site_roles.user_id', '=', actor.userId)
          .orderBy('sites.id')
          .execute();
    return Promise.all(rows.map(async (r) => ({ ...r, host: await primaryHost(database, r.id) })));
  }
}

// A valid argon2id hash of a random secret, used to spend the same time on unknown accounts.
let dummyHash: Promise<string> | undefined;
const DUMMY_HASH = () => {
  dummyHash ??= hashPassword(newToken());
  return dummyHash;
};
