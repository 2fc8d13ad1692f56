/**
 * Site settings in the admin (`/admin/sites/<code>/settings`) and the API: `GET /api/v1/sites`
 * (the sites the caller works on), `GET /api/v1/sites/{site}` and `PATCH /api/v1/sites/{site}`.
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { roleOn } from '../access/actor.js';
import { type AdminContext, adminRoute, apiRoute, type OpContext } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, SelectField, TextArea, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import { idIn, textIn } from './admin-input.js';
import {
  doneUrl,
  NamePair,
  Notice,
  sectionTitle,
  sendSitePage,
  sitePath,
  submitForm,
  typed,
} from './admin-kit.js';
import {
  readSiteSettings,
  SETTINGS_TEXT_FIELDS,
  type SettingsInput,
  type SiteSettingsView,
  updateSiteSettings,
} from './settings-operations.js';

/** What a form or a JSON body says about the settings; absent fields are left out. */
export function settingsPatch(body: unknown): Partial<SettingsInput> {
  const patch: Partial<SettingsInput> = {};
  for (const field of SETTINGS_TEXT_FIELDS) {
    const value = textIn(body, field);
    if (value !== undefined) patch[field] = value;
  }
  const lang = textIn(body, 'defaultLang', 5);
  if (lang !== undefined) patch.defaultLang = lang as Lang;
  const emblem = idIn(body, 'emblemMediaId');
  if (emblem !== undefined) patch.emblemMediaId = emblem;
  return patch;
}

/** The emblem choices: the newest 100 photos of the library, and the current emblem if older. */
async function mediaOptions(ctx: AdminContext, current: number | null) {
  const media = () =>
    ctx.services.database.db
      .selectFrom('media')
      .select(['id', 'alt', 'original_name', 'width', 'height'])
      .where('site_id', '=', ctx.site.id)
      .where('variants', '!=', '[]');
  const rows = await media().orderBy('id', 'desc').limit(100).execute();
  if (current !== null && !rows.some((m) => m.id === current)) {
    const row = await media().where('id', '=', current).executeTakeFirst();
    if (row) rows.unshift(row);
  }
  return [
    { value: '', label: t(ctx.lang, 'siteadmin.settings.emblemDefault') },
    ...rows.map((m) => ({
      value: m.id,
      label: `#${m.id} – ${m.alt || m.original_name || ''} (${m.width}×${m.height})`,
    })),
  ];
}

function SettingsForm({
  ctx,
  values,
  errors,
  media,
}: {
  ctx: AdminContext;
  values: Record<string, string>;
  errors: FieldErrors;
  media: { value: string | number; label: string }[];
}) {
  const { lang } = ctx;
  const l = (key: Parameters<typeof t>[1]) => t(lang, key);
  const pair = (name: string, label: Parameters<typeof t>[1], max: number, area = false) => {
    const Field = area ? TextArea : TextField;
    return (
      <div class="field-pair">
        <Field
          name={`${name}Vi`}
          label={`${l(label)} (${l('siteadmin.lang.vi')})`}
          value={values[`${name}Vi`]}
          errors={errors}
          maxLength={max}
        />
        <Field
          name={`${name}En`}
          label={`${l(label)} (${l('siteadmin.lang.en')})`}
          value={values[`${name}En`]}
          errors={errors}
          maxLength={max}
        />
      </div>
    );
  };
  return (
    <form method="post" action={adminUrls.settings(lang, ctx.site.code)} class="admin-form wide" noValidate>
      <FormError message={errors.form} />
      <Csrf token={ctx.session.csrf} />
      <fieldset>
        <legend>{l('siteadmin.settings.identity')}</legend>
        <NamePair
          lang={lang}
          name="name"
          labels={['siteadmin.settings.nameVi', 'siteadmin.settings.nameEn']}
          max={200}
          values={values}
          errors={errors}
        />
        <SelectField
          name="defaultLang"
          label={l('siteadmin.settings.defaultLang')}
          value={values.defaultLang}
          errors={errors}
          options={[
            { value: 'vi', label: l('siteadmin.lang.vi') },
            { value: 'en', label: l('siteadmin.lang.en') },
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>{l('siteadmin.settings.emblem')}</legend>
        <SelectField
          name="emblemMediaId"
          label={l('siteadmin.settings.emblemMedia')}
          hint={l('siteadmin.settings.emblemHint')}
          value={values.emblemMediaId}
          errors={errors}
          options={media}
        />
        {pair('emblemAlt', 'siteadmin.settings.emblemAlt', 200)}
      </fieldset>
      <fieldset>
        <legend>{l('siteadmin.settings.footer')}</legend>
        {pair('agency', 'siteadmin.settings.agency', 200)}
        {pair('address', 'siteadmin.settings.address', 300)}
        <div class="field-pair">
          <TextField
            name="phone"
            type="text"
            inputMode="text"
            autocomplete="off"
            label={l('siteadmin.settings.phone')}
            value={values.phone}
            errors={errors}
            maxLength={40}
          />
          <TextField
            name="email"
            type="email"
            autocomplete="off"
            label={l('siteadmin.settings.email')}
            value={values.email}
            errors={errors}
            maxLength={254}
          />
        </div>
        {pair('contact', 'siteadmin.settings.contact', 500, true)}
        {pair('licence', 'siteadmin.settings.licence', 300)}
        {pair('responsible', 'siteadmin.settings.responsible', 200)}
      </fieldset>
      <button type="submit">{l('admin.form.save')}</button>
    </form>
  );
}

function valuesOf(view: SiteSettingsView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(view)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number') out[k] = String(v);
  }
  if (view.emblemMediaId === null) out.emblemMediaId = '';
  return out;
}

async function settingsPage(
  ctx: AdminContext,
  values: Record<string, string>,
  errors: FieldErrors = {},
  status = 200,
) {
  const current = /^\d+$/.test(values.emblemMediaId ?? '') ? Number(values.emblemMediaId) : null;
  return sendSitePage(ctx, {
    title: sectionTitle(ctx, 'admin.nav.settings'),
    section: 'settings',
    status,
    children: (
      <>
        <Notice ctx={ctx} />
        <SettingsForm ctx={ctx} values={values} errors={errors} media={await mediaOptions(ctx, current)} />
      </>
    ),
  });
}

/** The sites an actor works on, with their role (platform admins: every site). */
async function sitesOfActor(ctx: OpContext) {
  const db = ctx.services.database.db;
  const rows = await db
    .selectFrom('sites')
    .select(['id', 'code', 'name_vi', 'name_en', 'kind', 'default_lang'])
    .orderBy('id')
    .execute();
  const hosts = await db.selectFrom('site_hosts').select(['host', 'site_id']).orderBy('host').execute();
  return rows.flatMap((s) => {
    const role = roleOn(ctx.actor, s.id);
    if (!role) return [];
    return [
      {
        code: s.code,
        nameVi: s.name_vi,
        nameEn: s.name_en,
        kind: s.kind,
        defaultLang: s.default_lang,
        role,
        hosts: hosts.filter((h) => h.site_id === s.id).map((h) => h.host),
      },
    ];
  });
}

export function settingsRoutes(app: FastifyInstance, services: Services): void {
  const path = (lang: Lang) => sitePath(lang, '/settings');
  adminRoute(
    app,
    services,
    'GET',
    path,
    async (ctx) => settingsPage(ctx, valuesOf(await readSiteSettings(ctx, ctx.site))),
    { permission: 'site.settings' },
  );
  adminRoute(
    app,
    services,
    'POST',
    path,
    (ctx) =>
      submitForm(
        ctx,
        async () => {
          const patch = settingsPatch(ctx.request.body);
          // An empty select sends '', which idIn reads as "no emblem".
          patch.emblemMediaId ??= null;
          await updateSiteSettings(ctx, ctx.site, patch);
          return doneUrl(adminUrls.settings(ctx.lang, ctx.site.code), 'saved');
        },
        (errors, status) => settingsPage(ctx, typed(ctx.request.body), errors, status),
      ),
    { permission: 'site.settings' },
  );

  apiRoute(app, services, 'GET', '/api/v1/sites', async (ctx) => ({ items: await sitesOfActor(ctx) }));
  apiRoute(app, services, 'GET', '/api/v1/sites/:site', (ctx) => readSiteSettings(ctx, ctx.site));
  apiRoute(
    app,
    services,
    'PATCH',
    '/api/v1/sites/:site',
    (ctx) => updateSiteSettings(ctx, ctx.site, settingsPatch(ctx.request.body)),
    { permission: 'site.settings' },
  );
}
