/**
 * API tokens of a site (`adminUrls.tokens`): every staff member makes tokens for themselves (the
 * token is shown once, on the page answering the form), lists and revokes their own; site admins
 * see and revoke all of the site's.
 */
import type { FastifyInstance } from 'fastify';
import type { LoaError } from '../../platform/http/errors.js';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { can } from '../access/actor.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, field, sendAdminHtml, siteName } from '../admin/context.js';
import { Csrf, errorsOf, type FieldErrors, FormError, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { createApiToken, listApiTokens, type NewApiToken, revokeApiToken, TOKEN_NAME_MAX } from './tokens.js';
import { securityUrls, sitePattern } from './urls.js';
import { ActionButton, OneTimeSecret, Time } from './views.js';

async function page(
  ctx: AdminContext,
  options: { created?: NewApiToken; errors?: FieldErrors; name?: string; status?: number } = {},
) {
  const { lang, site, session } = ctx;
  const tokens = await listApiTokens(ctx, site);
  const all = can(ctx.actor, site.id, 'site.tokens');
  const errors = options.errors ?? {};
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang,
      title: t(lang, 'security.tokens.title'),
      otherLang: otherLangPath(lang, adminUrls.tokens(lang, site.code)),
      session,
      actor: ctx.actor,
      site,
      section: 'tokens',
      children: (
        <>
          <p>{t(lang, 'security.tokens.intro', { site: siteName(site, lang) })}</p>
          {options.created && (
            <OneTimeSecret
              lang={lang}
              id="new-token"
              label={t(lang, 'security.tokens.created', { name: options.created.name })}
              value={options.created.token}
            />
          )}
          <h2>{t(lang, all ? 'security.tokens.allOfSite' : 'security.tokens.mine')}</h2>
          {tokens.length === 0 ? (
            <p>{t(lang, 'security.tokens.none')}</p>
          ) : (
            <table class="security-table">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'security.tokens.name')}</th>
                  {all && <th scope="col">{t(lang, 'security.tokens.owner')}</th>}
                  <th scope="col">{t(lang, 'security.tokens.createdAt')}</th>
                  <th scope="col">{t(lang, 'security.tokens.lastUsed')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t(lang, 'security.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td id={`token-${token.id}`}>{token.name}</td>
                    {all && <td>{token.userEmail}</td>}
                    <td>
                      <Time at={token.createdAt} />
                    </td>
                    <td>
                      <Time at={token.lastUsedAt} />
                    </td>
                    <td>
                      <ActionButton
                        action={securityUrls.revokeToken(lang, site.code, token.id)}
                        csrf={session.csrf}
                        label={t(lang, 'security.tokens.revoke')}
                        describedBy={`token-${token.id}`}
                        danger
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form
            method="post"
            action={adminUrls.tokens(lang, site.code)}
            class="admin-form security-form"
            noValidate
          >
            <h2>{t(lang, 'security.tokens.new')}</h2>
            <FormError message={errors.form} />
            <Csrf token={session.csrf} />
            <TextField
              name="name"
              label={t(lang, 'security.tokens.name')}
              hint={t(lang, 'security.tokens.nameHint')}
              maxLength={TOKEN_NAME_MAX}
              required
              value={options.name}
              errors={errors}
            />
            <button type="submit">{t(lang, 'security.tokens.create')}</button>
          </form>
        </>
      ),
    }),
    options.status ?? 200,
  );
}

export function tokenRoutes(app: FastifyInstance, services: Services): void {
  const tokens = (lang: Parameters<typeof sitePattern>[0]) => sitePattern(lang, '/tokens');

  adminRoute(app, services, 'GET', tokens, (ctx) => page(ctx));

  adminRoute(app, services, 'POST', tokens, async (ctx) => {
    const name = field(ctx.request.body, 'name', 1000);
    try {
      const created = await createApiToken(ctx, ctx.site, { name });
      // Shown once, on this answer (never stored, so there is nothing to redirect to).
      return await page(ctx, { created, status: 201 });
    } catch (err) {
      const errors = errorsOf(err, ctx.lang);
      if (!errors) throw err;
      return page(ctx, { errors, name, status: (err as LoaError).status });
    }
  });

  adminRoute(
    app,
    services,
    'POST',
    (lang) => sitePattern(lang, '/tokens/:id/revoke'),
    async (ctx) => {
      await revokeApiToken(ctx, ctx.site, Number((ctx.request.params as { id: string }).id));
      return ctx.reply.redirect(adminUrls.tokens(ctx.lang, ctx.site.code), 303);
    },
  );
}
