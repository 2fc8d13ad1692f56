/**
 * The two-factor page of one's own account (`adminUrls.twoFactor`): while off, a QR code (an SVG
 * made on the server) and the secret for typing by hand, and a form for the first code, which turns
 * it on; while on, a form to turn it off with a code, unless the account's role requires it. Both
 * forms post to the page itself (the admin gate lets an unenrolled admin reach only this URL).
 */
import type { FastifyInstance } from 'fastify';
import type { LoaError } from '../../platform/http/errors.js';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml } from '../admin/context.js';
import { Csrf, errorsOf, type FieldErrors, FormError, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { groupSecret } from './totp.js';
import { confirmTwoFactor, disableTwoFactor, twoFactorState } from './two-factor.js';

async function page(ctx: AdminContext, errors: FieldErrors = {}, status = 200) {
  const { lang, session } = ctx;
  const state = await twoFactorState(ctx);
  const codeField = (
    <TextField
      name="code"
      label={t(lang, 'security.totp.code')}
      autocomplete="one-time-code"
      inputMode="numeric"
      maxLength={7}
      required
      errors={errors}
    />
  );
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title: t(lang, 'security.totp.title'),
      otherLang: otherLangPath(lang, adminUrls.twoFactor(lang)),
      session,
      actor: ctx.actor,
      children: (
        <>
          <FormError message={errors.form} />
          {state.enabled ? (
            <>
              <p class="notice">{t(lang, 'security.totp.isOn')}</p>
              {state.required ? (
                <p>{t(lang, 'security.totp.requiredByRole')}</p>
              ) : (
                <form
                  method="post"
                  action={adminUrls.twoFactor(lang)}
                  class="admin-form security-form"
                  noValidate
                >
                  <h2>{t(lang, 'security.totp.disableTitle')}</h2>
                  <Csrf token={session.csrf} />
                  <input type="hidden" name="intent" value="disable" />
                  {codeField}
                  <button type="submit" class="button-danger">
                    {t(lang, 'security.totp.disable')}
                  </button>
                </form>
              )}
            </>
          ) : (
            <>
              {state.required && (
                <p class="notice" role="status">
                  {t(lang, 'security.totp.mustEnrol')}
                </p>
              )}
              <ol class="security-steps">
                <li>{t(lang, 'security.totp.step1')}</li>
                <li>
                  {t(lang, 'security.totp.step2')}
                  <figure class="security-qr">
                    <div
                      role="img"
                      aria-label={t(lang, 'security.totp.qrLabel')}
                      // The SVG comes from the qrcode library (paths only), never from user input.
                      dangerouslySetInnerHTML={{ __html: state.enrolment!.svg }}
                    />
                    <figcaption>
                      {t(lang, 'security.totp.manual')}{' '}
                      <code class="security-totp-secret">{groupSecret(state.enrolment!.secret)}</code>
                    </figcaption>
                  </figure>
                </li>
                <li>{t(lang, 'security.totp.step3')}</li>
              </ol>
              <form
                method="post"
                action={adminUrls.twoFactor(lang)}
                class="admin-form security-form"
                noValidate
              >
                <Csrf token={session.csrf} />
                <input type="hidden" name="intent" value="enable" />
                {codeField}
                <button type="submit">{t(lang, 'security.totp.enable')}</button>
              </form>
            </>
          )}
          <p>
            <a href={adminUrls.home(lang)}>{t(lang, 'security.backHome')}</a>
          </p>
        </>
      ),
    }),
    status,
  );
}

export function twoFactorRoutes(app: FastifyInstance, services: Services): void {
  adminRoute(app, services, 'GET', adminUrls.twoFactor, (ctx) => page(ctx));

  adminRoute(app, services, 'POST', adminUrls.twoFactor, async (ctx) => {
    const intent = field(ctx.request.body, 'intent', 20);
    const code = field(ctx.request.body, 'code', 20);
    try {
      if (intent === 'disable') await disableTwoFactor(ctx, code);
      else await confirmTwoFactor(ctx, code);
    } catch (err) {
      const errors = errorsOf(err, ctx.lang);
      if (!errors) throw err;
      return page(ctx, errors, (err as LoaError).status);
    }
    // Turning it on opens the admin to roles that require it; turning it off stays here.
    return ctx.reply.redirect(
      intent === 'disable' ? adminUrls.twoFactor(ctx.lang) : adminUrls.home(ctx.lang),
      303,
    );
  });
}
