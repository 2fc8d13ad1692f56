/**
 * The audit log viewers: one site's (`adminUrls.audit`, permission `audit.read`) and the whole
 * platform's (platform admins). Read-only by construction: only GET routes exist. Filters are a
 * GET form, so a filtered view is a link one can share; paging keeps the filters.
 */
import type { FastifyInstance } from 'fastify';
import type { LoaError } from '../../platform/http/errors.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { authorizePlatform } from '../access/actor.js';
import { renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, adminRoute, sendAdminHtml } from '../admin/context.js';
import { errorsOf, type FieldErrors, FormError, SelectField, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { type AuditFilters, type AuditItem, type AuditPage, auditFilters, readAudit } from './audit-log.js';
import { securityUrls, sitePattern } from './urls.js';
import { Time } from './views.js';

function linkWith(base: string, filters: AuditFilters, cursor: { before?: number; after?: number }): string {
  const params = new URLSearchParams();
  for (const name of ['action', 'user', 'from', 'to', 'q', 'site'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (cursor.before !== undefined) params.set('before', String(cursor.before));
  if (cursor.after !== undefined) params.set('after', String(cursor.after));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

function Details({ item }: { item: AuditItem }) {
  const entries = Object.entries(item.details);
  if (!entries.length) return null;
  return (
    <dl class="security-details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function AuditView(props: {
  lang: Lang;
  base: string;
  filters: AuditFilters;
  page?: AuditPage;
  errors: FieldErrors;
  sites?: { code: string; name: string }[];
}) {
  const { lang, base, filters, page, errors, sites } = props;
  return (
    <>
      <form method="get" action={base} class="admin-form security-form security-filters" noValidate>
        <FormError message={errors.form} />
        <TextField
          name="action"
          label={t(lang, 'security.audit.action')}
          value={filters.action}
          errors={errors}
        />
        <TextField name="user" label={t(lang, 'security.audit.user')} value={filters.user} errors={errors} />
        <TextField
          name="from"
          type="date"
          label={t(lang, 'security.audit.from')}
          value={filters.from}
          errors={errors}
        />
        <TextField
          name="to"
          type="date"
          label={t(lang, 'security.audit.to')}
          value={filters.to}
          errors={errors}
        />
        <TextField
          name="q"
          type="search"
          label={t(lang, 'security.audit.text')}
          value={filters.q}
          errors={errors}
        />
        {sites && (
          <SelectField
            name="site"
            label={t(lang, 'security.audit.site')}
            value={filters.site ?? ''}
            options={[
              { value: '', label: t(lang, 'security.audit.allSites') },
              ...sites.map((s) => ({ value: s.code, label: s.name })),
            ]}
            errors={errors}
          />
        )}
        <button type="submit">{t(lang, 'admin.form.filter')}</button>
        <p class="field-hint security-filters-hint">{t(lang, 'security.audit.actionHint')}</p>
      </form>
      {page &&
        (page.items.length === 0 ? (
          <p>{t(lang, 'security.audit.none')}</p>
        ) : (
          <table class="security-table security-audit">
            <caption class="visually-hidden">{t(lang, 'security.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'security.audit.at')}</th>
                <th scope="col">{t(lang, 'security.audit.user')}</th>
                <th scope="col">{t(lang, 'security.audit.action')}</th>
                <th scope="col">{t(lang, 'security.audit.target')}</th>
                {sites && <th scope="col">{t(lang, 'security.audit.site')}</th>}
                <th scope="col">{t(lang, 'security.audit.details')}</th>
                <th scope="col">{t(lang, 'security.audit.source')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Time at={item.at} />
                  </td>
                  <td>{item.userEmail ?? '–'}</td>
                  <td>
                    <code>{item.action}</code>
                  </td>
                  <td>{item.target}</td>
                  {sites && <td>{item.siteCode ?? '–'}</td>}
                  <td>
                    <Details item={item} />
                  </td>
                  <td>
                    <code title={item.source}>{item.source.slice(0, 10) || '–'}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {page && (page.newer !== undefined || page.older !== undefined) && (
        <nav class="pager" aria-label={t(lang, 'security.audit.paging')}>
          {page.newer !== undefined && (
            <a href={linkWith(base, filters, { after: page.newer })} rel="prev">
              {t(lang, 'admin.pager.prev')}
            </a>
          )}{' '}
          {page.older !== undefined && (
            <a href={linkWith(base, filters, { before: page.older })} rel="next">
              {t(lang, 'admin.pager.next')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

async function load(ctx: AdminContext, platform: boolean) {
  const filters = auditFilters(ctx.request.query);
  try {
    return { filters, page: await readAudit(ctx, platform ? undefined : ctx.site, filters), errors: {} };
  } catch (err) {
    const errors = errorsOf(err, ctx.lang);
    if (!errors || (err as LoaError).status !== 422) throw err;
    return { filters, page: undefined, errors, status: 422 };
  }
}

export function auditRoutes(app: FastifyInstance, services: Services): void {
  adminRoute(
    app,
    services,
    'GET',
    (lang) => sitePattern(lang, '/audit'),
    async (ctx) => {
      const { lang, site } = ctx;
      const { filters, page, errors, status } = await load(ctx, false);
      const base = adminUrls.audit(lang, site.code);
      return sendAdminHtml(
        ctx.reply,
        renderAdminPage({
          lang,
          title: t(lang, 'security.audit.title'),
          otherLang: otherLangPath(lang, base),
          session: ctx.session,
          actor: ctx.actor,
          site,
          section: 'audit',
          children: <AuditView lang={lang} base={base} filters={filters} page={page} errors={errors} />,
        }),
        status ?? 200,
      );
    },
    { permission: 'audit.read' },
  );

  adminRoute(app, services, 'GET', securityUrls.platformAudit, async (ctx) => {
    const { lang } = ctx;
    authorizePlatform(ctx.actor);
    const { filters, page, errors, status } = await load(ctx, true);
    const rows = await services.database.db
      .selectFrom('sites')
      .select(['code', 'name_vi', 'name_en'])
      .orderBy('code')
      .execute();
    const sites = rows.map((r) => ({ code: r.code, name: lang === 'en' ? r.name_en : r.name_vi }));
    const base = securityUrls.platformAudit(lang);
    return sendAdminHtml(
      ctx.reply,
      renderAdminPage({
        lang,
        title: t(lang, 'security.audit.platformTitle'),
        otherLang: otherLangPath(lang, base),
        session: ctx.session,
        actor: ctx.actor,
        children: (
          <AuditView lang={lang} base={base} filters={filters} page={page} errors={errors} sites={sites} />
        ),
      }),
      status ?? 200,
    );
  });
}
