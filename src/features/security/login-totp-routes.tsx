/**
 * The second step of a login (`adminUrls.loginTotp`): an account with two-factor on gives the code
 * from its app. Codes are throttled like passwords and never accepted twice; success replaces the
 * password-only session with a new one. Ungated: the admin gate sends pending sessions here.
 */
import type { FastifyInstance } from 'fastify';
import { readCookie } from '../../platform/http/cookies.js';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { audit } from '../access/audit.js';
import { clearFailures, throttleWait } from '../accounts/login-throttle.js';
import { createSession, destroySession, SESSION_COOKIE } from '../accounts/sessions.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { countLoginFailure, loginKeys, sessionCookie } from './login-attempts.js';
import { acceptTotpCode } from './totp.js';
import { waitText } from './views.js';

export function loginTotpRoutes(app: FastifyInstance, services: Services): void {
  const database = services.database;

  const totpPage = (ctx: AdminContext, errors: FieldErrors = {}, status = 200) =>
    sendAdminHtml(
      ctx.reply,
      renderAdminPage({
        lang: ctx.lang,
        title: t(ctx.lang, 'security.loginTotp.title'),
        otherLang: otherLangPath(ctx.lang, adminUrls.loginTotp(ctx.lang)),
        session: ctx.session,
        children: (
          <form
            method="post"
            action={adminUrls.loginTotp(ctx.lang)}
            class="admin-form security-form"
            noValidate
          >
            <p>{t(ctx.lang, 'security.loginTotp.intro')}</p>
            <FormError message={errors.form} />
            <Csrf token={ctx.session.csrf} />
            <TextField
              name="code"
              label={t(ctx.lang, 'security.totp.code')}
              autocomplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              required
              errors={errors}
            />
            <button type="submit">{t(ctx.lang, 'security.loginTotp.submit')}</button>
          </form>
        ),
      }),
      status,
    );

  adminRoute(
    app,
    services,
    'GET',
    adminUrls.loginTotp,
    async (ctx) =>
      ctx.session.pendingTotp ? totpPage(ctx) : ctx.reply.redirect(adminUrls.home(ctx.lang), 303),
    { ungated: true },
  );

  adminRoute(
    app,
    services,
    'POST',
    adminUrls.loginTotp,
    async (ctx) => {
      const { lang, session, actor, request, reply } = ctx;
      if (!session.pendingTotp) return reply.redirect(adminUrls.home(lang), 303);
      const keys = loginKeys(session.email, actor.source);
      const wait = await throttleWait(database, [keys.account, keys.source]);
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        return totpPage(
          ctx,
          { form: t(lang, 'security.login.throttled', { wait: waitText(lang, wait) }) },
          429,
        );
      }
      const user = await database.db
        .selectFrom('users')
        .select(['totp_secret', 'must_change_password'])
        .where('id', '=', session.userId)
        .executeTakeFirstOrThrow();
      const code = field(request.body, 'code', 20);
      if (!user.totp_secret || !(await acceptTotpCode(database, session.userId, user.totp_secret, code))) {
        await countLoginFailure(database, keys, actor, { step: 'totp' });
        return totpPage(ctx, { code: t(lang, 'security.totp.codeWrong') }, 401);
      }
      await clearFailures(database, [keys.account]);
      // The fully logged-in session gets a new id: the password-only one ends here.
      await destroySession(database, readCookie(request.headers.cookie, SESSION_COOKIE));
      const token = await createSession(database, session.userId);
      await audit(database, actor, {
        action: 'user.login',
        target: `user:${session.userId}`,
        details: { twoFactor: true },
      });
      reply.header('set-cookie', sessionCookie(request, token));
      return reply.redirect(user.must_change_password ? adminUrls.password(lang) : adminUrls.home(lang), 303);
    },
    { ungated: true },
  );
}
