/**
 * Platform administration of sites in the admin (`/admin/platform/sites`: every site, a form to add
 * one; `/admin/platform/sites/<code>`: its host names) and the API (`POST /api/v1/sites`,
 * `PUT /api/v1/sites/{site}/hosts`). Platform admins only; everyone else gets 403.
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, apiRoute, sendAdminHtml } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, SelectField, TextArea, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { textIn } from '../sites/admin-input.js';
import { doneUrl, Notice, submitForm, typed } from '../sites/admin-kit.js';
import { SITE_KINDS } from '../sites/operations.js';
import {
  addSite,
  getPlatformSite,
  listPlatformSites,
  type PlatformSite,
  setSiteHosts,
} from './operations.js';

function sendPlatformPage(
  ctx: AdminContext,
  title: string,
  children: preact.ComponentChildren,
  status = 200,
) {
  return sendAdminHtml(
    ctx.reply,
    renderAdminPage({
      lang: ctx.lang,
      title,
      otherLang: otherLangPath(ctx.lang, ctx.request.url),
      session: ctx.session,
      children: <div class="siteadmin">{children}</div>,
    }),
    status,
  );
}

const kindOptions = (lang: Lang) =>
  SITE_KINDS.map((k) => ({ value: k, label: `${t(lang, `siteadmin.kind.${k}`)} (${k})` }));

const name = (s: PlatformSite, lang: Lang) => (lang === 'en' ? s.nameEn : s.nameVi);

async function sitesPage(
  ctx: AdminContext,
  values: Record<string, string> = { kind: 'commune' },
  errors: FieldErrors = {},
  status = 200,
) {
  const { lang } = ctx;
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const sites = await listPlatformSites(ctx);
  return sendPlatformPage(
    ctx,
    l('siteadmin.platform.title'),
    <>
      <Notice ctx={ctx} />
      <table class="admin-table">
        <caption class="visually-hidden">{l('siteadmin.platform.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{l('siteadmin.platform.site')}</th>
            <th scope="col">{l('siteadmin.platform.kind')}</th>
            <th scope="col">{l('siteadmin.platform.hosts')}</th>
            <th scope="col">{l('siteadmin.platform.staff')}</th>
            <th scope="col">{l('siteadmin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.id} id={`site-${s.code}`}>
              <th scope="row">
                <a href={adminUrls.site(lang, s.code)}>{name(s, lang)}</a>
                <br />
                <code>{s.code}</code>
                {s.isDefault && <span class="muted"> · {l('siteadmin.platform.default')}</span>}
              </th>
              <td>
                {t(
                  lang,
                  `siteadmin.kind.${(SITE_KINDS as readonly string[]).includes(s.kind) ? (s.kind as (typeof SITE_KINDS)[number]) : 'other'}`,
                )}
              </td>
              <td class="url">
                {s.hosts.length ? (
                  s.hosts.join(', ')
                ) : (
                  <span class="muted">{l('siteadmin.platform.noHosts')}</span>
                )}
              </td>
              <td>{s.staff}</td>
              <td class="actions">
                <a href={`${adminUrls.platformSites(lang)}/${encodeURIComponent(s.code)}`}>
                  {l('siteadmin.platform.editHosts')}
                  <span class="visually-hidden">: {name(s, lang)}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="add">{l('siteadmin.platform.add')}</h2>
      <form method="post" action={adminUrls.platformSites(lang)} class="admin-form wide" noValidate>
        <FormError message={errors.form} />
        <Csrf token={ctx.session.csrf} />
        <TextField
          name="code"
          label={l('siteadmin.platform.code')}
          hint={l('siteadmin.platform.codeHint')}
          value={values.code}
          errors={errors}
          maxLength={64}
          required
        />
        <div class="field-pair">
          <TextField
            name="nameVi"
            label={l('siteadmin.settings.nameVi')}
            value={values.nameVi}
            errors={errors}
            maxLength={200}
            required
          />
          <TextField
            name="nameEn"
            label={l('siteadmin.settings.nameEn')}
            value={values.nameEn}
            errors={errors}
            maxLength={200}
          />
        </div>
        <SelectField
          name="kind"
          label={l('siteadmin.platform.kind')}
          value={values.kind}
          errors={errors}
          options={kindOptions(lang)}
        />
        <TextArea
          name="hosts"
          label={l('siteadmin.platform.hosts')}
          hint={l('siteadmin.platform.hostsHint')}
          value={values.hosts}
          errors={errors}
          rows={3}
          maxLength={5000}
        />
        <button type="submit">{l('siteadmin.platform.addButton')}</button>
      </form>
    </>,
    status,
  );
}

async function hostsPage(
  ctx: AdminContext,
  code: string,
  values?: Record<string, string>,
  errors: FieldErrors = {},
  status = 200,
) {
  const { lang } = ctx;
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const site = await getPlatformSite(ctx, code);
  const url = `${adminUrls.platformSites(lang)}/${encodeURIComponent(site.code)}`;
  return sendPlatformPage(
    ctx,
    `${l('siteadmin.platform.hosts')}: ${name(site, lang)}`,
    <>
      <p>
        <a href={adminUrls.platformSites(lang)}>
          {t(lang, 'siteadmin.backTo', { section: l('siteadmin.platform.title') })}
        </a>
      </p>
      <Notice ctx={ctx} />
      <form method="post" action={url} class="admin-form wide" noValidate>
        <FormError message={errors.form} />
        <Csrf token={ctx.session.csrf} />
        <TextArea
          name="hosts"
          label={l('siteadmin.platform.hosts')}
          hint={l('siteadmin.platform.hostsHint')}
          value={values?.hosts ?? site.hosts.join('\n')}
          errors={errors}
          rows={5}
          maxLength={5000}
        />
        <button type="submit">{l('admin.form.save')}</button>
      </form>
    </>,
    status,
  );
}

const codeOf = (ctx: AdminContext) => String((ctx.request.params as { code?: string }).code ?? '');

export function platformRoutes(app: FastifyInstance, services: Services): void {
  const list = (lang: Lang) => adminUrls.platformSites(lang);
  const one = (lang: Lang) => `${adminUrls.platformSites(lang)}/:code`;

  adminRoute(app, services, 'GET', list, (ctx) => sitesPage(ctx));
  adminRoute(app, services, 'POST', list, (ctx) =>
    submitForm(
      ctx,
      async () => {
        const body = ctx.request.body;
        const site = await addSite(ctx, {
          code: textIn(body, 'code', 100) ?? '',
          nameVi: textIn(body, 'nameVi') ?? '',
          nameEn: textIn(body, 'nameEn') ?? '',
          kind: textIn(body, 'kind', 40) ?? '',
          hosts: textIn(body, 'hosts') ?? '',
        });
        return doneUrl(adminUrls.platformSites(ctx.lang), 'added', `site-${site.code}`);
      },
      (errors, status) => sitesPage(ctx, typed(ctx.request.body), errors, status),
    ),
  );
  adminRoute(app, services, 'GET', one, (ctx) => hostsPage(ctx, codeOf(ctx)));
  adminRoute(app, services, 'POST', one, (ctx) =>
    submitForm(
      ctx,
      async () => {
        const site = await setSiteHosts(ctx, codeOf(ctx), textIn(ctx.request.body, 'hosts') ?? '');
        return doneUrl(`${adminUrls.platformSites(ctx.lang)}/${encodeURIComponent(site.code)}`, 'saved');
      },
      (errors, status) => hostsPage(ctx, codeOf(ctx), typed(ctx.request.body), errors, status),
    ),
  );

  apiRoute(app, services, 'POST', '/api/v1/sites', async (ctx) => {
    const body = ctx.request.body as Record<string, unknown> | undefined;
    const hosts = Array.isArray(body?.hosts) ? (body.hosts as string[]) : (textIn(body, 'hosts') ?? '');
    const site = await addSite(ctx, {
      code: textIn(body, 'code', 100) ?? '',
      nameVi: textIn(body, 'nameVi') ?? '',
      nameEn: textIn(body, 'nameEn') ?? '',
      kind: textIn(body, 'kind', 40) ?? 'commune',
      hosts,
    });
    ctx.reply.code(201);
    return site;
  });
  apiRoute(
    app,
    services,
    'PUT',
    '/api/v1/sites/:site/hosts',
    async (ctx) => {
      const body = ctx.request.body as Record<string, unknown> | undefined;
      const hosts = Array.isArray(body?.hosts) ? (body.hosts as string[]) : (textIn(body, 'hosts') ?? '');
      return setSiteHosts(ctx, ctx.site.code, hosts);
    },
    { permission: 'site.settings' },
  );
}
