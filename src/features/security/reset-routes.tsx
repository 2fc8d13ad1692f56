/**
 * The page a password-reset link opens (`/admin/reset/<token>`, no session needed): a new password
 * twice. The link works once and for 24 hours; using it ends every session of the account and
 * sends the user to the login page. The page never sends its address (with the token) as a referrer.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LoaError } from '../../platform/http/errors.js';
import { LANGS, type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { sourceHash } from '../access/secrets.js';
import { issueLoginCsrf, loginCsrfValid } from '../accounts/login-csrf.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { field, sendAdminHtml } from '../admin/context.js';
import { Csrf, errorsOf, type FieldErrors, FormError } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { findReset, useResetLink } from './passwords.js';
import { NewPasswordFields } from './views.js';

export const RESET_DONE_QUERY = 'reset=done';

function send(reply: FastifyReply, html: string, status: number) {
  return sendAdminHtml(reply.header('referrer-policy', 'no-referrer'), html, status);
}

function invalidPage(lang: Lang, token: string): string {
  return renderAdminPage({
    lang,
    title: t(lang, 'security.reset.title'),
    otherLang: otherLangPath(lang, adminUrls.reset(lang, token)),
    children: (
      <>
        <p class="form-error" role="alert">
          {t(lang, 'security.reset.invalid')}
        </p>
        <p>
          <a href={adminUrls.login(lang)}>{t(lang, 'admin.login.title')}</a>
        </p>
      </>
    ),
  });
}

function formPage(lang: Lang, token: string, email: string, csrf: string, errors: FieldErrors = {}): string {
  return renderAdminPage({
    lang,
    title: t(lang, 'security.reset.title'),
    otherLang: otherLangPath(lang, adminUrls.reset(lang, token)),
    children: (
      <form method="post" action={adminUrls.reset(lang, token)} class="admin-form security-form" noValidate>
        <p>{t(lang, 'security.reset.intro', { email })}</p>
        <FormError message={errors.form} />
        <Csrf token={csrf} />
        <input type="text" name="username" value={email} autocomplete="username" hidden readOnly />
        <NewPasswordFields lang={lang} errors={errors} />
        <button type="submit">{t(lang, 'security.reset.submit')}</button>
      </form>
    ),
  });
}

const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;

export function resetRoutes(app: FastifyInstance, services: Services): void {
  const database = services.database;
  for (const lang of LANGS) {
    const url = adminUrls.reset(lang, ':token');

    app.get(url, async (request, reply) => {
      const token = tokenOf(request);
      const reset = await findReset(database, token);
      if (!reset) return send(reply, invalidPage(lang, token), 404);
      return send(reply, formPage(lang, token, reset.email, issueLoginCsrf(request, reply)), 200);
    });

    app.post(url, async (request, reply) => {
      const token = tokenOf(request);
      const reset = await findReset(database, token);
      if (!reset) return send(reply, invalidPage(lang, token), 404);
      const submitted = field(request.body, '_csrf', 200);
      if (!loginCsrfValid(request, submitted)) {
        const csrf = issueLoginCsrf(request, reply);
        return send(reply, formPage(lang, token, reset.email, csrf, { form: t(lang, 'admin.csrf') }), 403);
      }
      try {
        const done = await useResetLink(
          database,
          token,
          { next: field(request.body, 'next', 1000), confirm: field(request.body, 'confirm', 1000) },
          await sourceHash(database, request.ip),
        );
        if (!done) return send(reply, invalidPage(lang, token), 404);
      } catch (err) {
        const errors = errorsOf(err, lang);
        if (!errors) throw err;
        return send(reply, formPage(lang, token, reset.email, submitted, errors), (err as LoaError).status);
      }
      return reply.redirect(`${adminUrls.login(lang)}?${RESET_DONE_QUERY}`, 303);
    });
  }
}
