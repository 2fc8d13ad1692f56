/**
 * Platform administration of sites in the admin (`/admin/platform/sites`: every site, a form to add
 * one; `/admin/platform/sites/<code>`: its host names) and the API (`POST /api/v1/sites`,
 * `PUT /api/v1/sites/{site}/hosts`). Platform admins only; everyone else gets 403.
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { type AdminContext, adminRoute, apiRoute } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, SelectField, TextArea, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { textIn } from '../sites/admin-input.js';
import {
  AdminTable,
  BackTo,
  doneUrl,
  NamePair,
  Notice,
  sendSitePage,
  submitForm,
  typed,
} from '../sites/admin-kit.js';
import { SITE_KINDS } from '../sites/operations.js';
import {
  addSite,
  getPlatformSite,
  listPlatformSites,
  type PlatformSite,
  setSiteHosts,
} from './operations.js';

const kindOptions = (lang: Lang) =>
  SITE_KINDS.map((k) => ({ value: k, label: `${t(lang, `siteadmin.kind.${k}`)} (${k})` }));

const name = (s: PlatformSite, lang: Lang) => (lang === 'en' ? s.nameEn : s.nameVi);

/** A site's page of host names. */
const hostsUrl = (lang: Lang, code: string) => `${adminUrls.platformSites(lang)}/${encodeURIComponent(code)}`;

/** Host names, one a line. */
function HostsField({
  lang,
  value,
  errors,
  rows,
}: {
  lang: Lang;
  value: string | undefined;
  errors: FieldErrors;
  rows: number;
}) {
  return (
    <TextArea
      name="hosts"
      label={t(lang, 'siteadmin.platform.hosts')}
      hint={t(lang, 'siteadmin.platform.hostsHint')}
      value={value}
      errors={errors}
      rows={rows}
      maxLength={5000}
    />
  );
}

/** A JSON body's host names: a list, or one string with a name a line. */
function hostsIn(body: unknown): string[] | string {
  const hosts = (body as Record<string, unknown> | undefined)?.hosts;
  return Array.isArray(hosts) ? (hosts as string[]) : (textIn(body, 'hosts') ?? '');
}

async function sitesPage(
  ctx: AdminContext,
  values: Record<string, string> = { kind: 'commune' },
  errors: FieldErrors = {},
  status = 200,
) {
  const { lang } = ctx;
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const sites = await listPlatformSites(ctx);
  return sendSitePage(ctx, {
    title: l('siteadmin.platform.title'),
    status,
    children: (
      <>
        <Notice ctx={ctx} />
        <AdminTable
          caption={l('siteadmin.platform.title')}
          columns={[
            l('siteadmin.platform.site'),
            l('siteadmin.platform.kind'),
            l('siteadmin.platform.hosts'),
            l('siteadmin.platform.staff'),
            l('siteadmin.actions'),
          ]}
        >
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
                <a href={hostsUrl(lang, s.code)}>
                  {l('siteadmin.platform.editHosts')}
                  <span class="visually-hidden">: {name(s, lang)}</span>
                </a>
              </td>
            </tr>
          ))}
        </AdminTable>
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
          <NamePair
            lang={lang}
            name="name"
            labels={['siteadmin.settings.nameVi', 'siteadmin.settings.nameEn']}
            max={200}
            values={values}
            errors={errors}
            enHint={false}
          />
          <SelectField
            name="kind"
            label={l('siteadmin.platform.kind')}
            value={values.kind}
            errors={errors}
            options={kindOptions(lang)}
          />
          <HostsField lang={lang} value={values.hosts} errors={errors} rows={3} />
          <button type="submit">{l('siteadmin.platform.addButton')}</button>
        </form>
      </>
    ),
  });
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
  return sendSitePage(ctx, {
    title: `${l('siteadmin.platform.hosts')}: ${name(site, lang)}`,
    status,
    children: (
      <>
        <BackTo lang={lang} href={adminUrls.platformSites(lang)} section={l('siteadmin.platform.title')} />
        <Notice ctx={ctx} />
        <form method="post" action={hostsUrl(lang, site.code)} class="admin-form wide" noValidate>
          <FormError message={errors.form} />
          <Csrf token={ctx.session.csrf} />
          <HostsField lang={lang} value={values?.hosts ?? site.hosts.join('\n')} errors={errors} rows={5} />
          <button type="submit">{l('admin.form.save')}</button>
        </form>
      </>
    ),
  });
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
        return doneUrl(hostsUrl(ctx.lang, site.code), 'saved');
      },
      (errors, status) => hostsPage(ctx, codeOf(ctx), typed(ctx.request.body), errors, status),
    ),
  );

  apiRoute(app, services, 'POST', '/api/v1/sites', async (ctx) => {
    const body = ctx.request.body;
    const hosts = hostsIn(body);
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
    (ctx) => setSiteHosts(ctx, ctx.site.code, hostsIn(ctx.request.body)),
    { permission: 'site.settings' },
  );
}
