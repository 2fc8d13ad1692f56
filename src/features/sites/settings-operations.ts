/**
 * Site settings as site admins change them: the names, the default language, the agency
 * information of the footer (agency, address, phone, email, licence, person responsible), a
 * contact line and the emblem (a photo of the site's own library, with alt text). The admin page
 * and `PATCH /api/v1/sites/{site}` both call `updateSiteSettings`.
 */
import { tags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import { invalid } from '../../platform/http/errors.js';
import { isLang, type Lang } from '../../platform/i18n/index.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { normaliseEmail } from '../accounts/users.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanField, type TextRule } from './admin-input.js';
import { parseSettings, type SiteSettings } from './settings.js';

/** Every setting as one flat record: the field names of the form and of the JSON API. */
export interface SettingsInput {
  nameVi: string;
  nameEn: string;
  defaultLang: Lang;
  agencyVi: string;
  agencyEn: string;
  addressVi: string;
  addressEn: string;
  phone: string;
  email: string;
  licenceVi: string;
  licenceEn: string;
  responsibleVi: string;
  responsibleEn: string;
  contactVi: string;
  contactEn: string;
  /** A media id of this site, or null for the default emblem. */
  emblemMediaId: number | null;
  emblemAltVi: string;
  emblemAltEn: string;
}

export interface SiteSettingsView extends SettingsInput {
  code: string;
  kind: string;
  hosts: string[];
}

export const SETTINGS_TEXT_FIELDS = [
  'nameVi',
  'nameEn',
  'agencyVi',
  'agencyEn',
  'addressVi',
  'addressEn',
  'phone',
  'email',
  'licenceVi',
  'licenceEn',
  'responsibleVi',
  'responsibleEn',
  'contactVi',
  'contactEn',
  'emblemAltVi',
  'emblemAltEn',
] as const satisfies readonly (keyof SettingsInput)[];

type TextField = (typeof SETTINGS_TEXT_FIELDS)[number];

const RULES: Record<Exclude<TextField, 'phone' | 'email'>, TextRule> = {
  nameVi: { label: 'siteadmin.f.nameVi', max: 200, required: true },
  nameEn: { label: 'siteadmin.f.nameEn', max: 200 },
  agencyVi: { label: 'siteadmin.f.agency', max: 200 },
  agencyEn: { label: 'siteadmin.f.agency', max: 200 },
  addressVi: { label: 'siteadmin.f.address', max: 300 },
  addressEn: { label: 'siteadmin.f.address', max: 300 },
  licenceVi: { label: 'siteadmin.f.licence', max: 300 },
  licenceEn: { label: 'siteadmin.f.licence', max: 300 },
  responsibleVi: { label: 'siteadmin.f.responsible', max: 200 },
  responsibleEn: { label: 'siteadmin.f.responsible', max: 200 },
  contactVi: { label: 'siteadmin.f.contact', max: 500, multiline: true },
  contactEn: { label: 'siteadmin.f.contact', max: 500, multiline: true },
  emblemAltVi: { label: 'siteadmin.f.emblemAlt', max: 200 },
  emblemAltEn: { label: 'siteadmin.f.emblemAlt', max: 200 },
};

const PHONE_RE = /^[0-9+().,/\s-]*$/;

function toInput(
  row: { name_vi: string; name_en: string; default_lang: Lang },
  s: SiteSettings,
): SettingsInput {
  return {
    nameVi: row.name_vi,
    nameEn: row.name_en,
    defaultLang: row.default_lang,
    agencyVi: s.agency.vi,
    agencyEn: s.agency.en,
    addressVi: s.address.vi,
    addressEn: s.address.en,
    phone: s.phone,
    email: s.email,
    licenceVi: s.licence.vi,
    licenceEn: s.licence.en,
    responsibleVi: s.responsible.vi,
    responsibleEn: s.responsible.en,
    contactVi: s.contact.vi,
    contactEn: s.contact.en,
    emblemMediaId: s.emblem?.mediaId ?? null,
    emblemAltVi: s.emblem?.alt.vi ?? '',
    emblemAltEn: s.emblem?.alt.en ?? '',
  };
}

async function load(ctx: OpContext, siteId: number): Promise<SiteSettingsView> {
  const db = ctx.services.database.db;
  const row = await db
    .selectFrom('sites')
    .select(['code', 'kind', 'name_vi', 'name_en', 'default_lang', 'settings'])
    .where('id', '=', siteId)
    .executeTakeFirstOrThrow();
  const hosts = await db
    .selectFrom('site_hosts')
    .select('host')
    .where('site_id', '=', siteId)
    .orderBy('host')
    .execute();
  return {
    code: row.code,
    kind: row.kind,
    hosts: hosts.map((h) => h.host),
    ...toInput(row, parseSettings(row.settings, { fallback: false })),
  };
}

/** The site's settings as stored (English left empty stays empty). Anyone working on the site may read them. */
export async function readSiteSettings(ctx: OpContext, site: AdminSite): Promise<SiteSettingsView> {
  authorize(ctx.actor, site.id, 'site.enter');
  return load(ctx, site.id);
}

function checkText(field: TextField, value: string): string {
  if (field === 'phone') {
    const phone = cleanField(value, field, { label: 'siteadmin.f.phone', max: 40 });
    if (!PHONE_RE.test(phone)) throw invalid('phone', 'siteadmin.settings.phoneInvalid');
    return phone;
  }
  if (field === 'email') {
    const email = cleanField(value, field, { label: 'field.email', max: 254 });
    return email ? normaliseEmail(email) : '';
  }
  return cleanField(value, field, RULES[field]);
}

/**
 * Changes the fields present in `patch` (the others stay as stored), after checking each one.
 * Nothing is written when any field is refused.
 */
export async function updateSiteSettings(
  ctx: OpContext,
  site: AdminSite,
  patch: Partial<SettingsInput>,
): Promise<SiteSettingsView> {
  authorize(ctx.actor, site.id, 'site.settings');
  const current = await load(ctx, site.id);
  const next: SettingsInput = { ...current };
  const changed: string[] = [];
  for (const field of SETTINGS_TEXT_FIELDS) {
    const value = patch[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw invalid(field, 'siteadmin.input.text');
    next[field] = checkText(field, value);
  }
  if (patch.defaultLang !== undefined) {
    if (!isLang(patch.defaultLang)) throw invalid('defaultLang', 'validation.langInvalid');
    next.defaultLang = patch.defaultLang;
  }
  if (patch.emblemMediaId !== undefined) next.emblemMediaId = patch.emblemMediaId;
  if (next.emblemMediaId !== null) {
    const media = await ctx.services.database.db
      .selectFrom('media')
      .select(['id', 'variants'])
      .where('site_id', '=', site.id)
      .where('id', '=', next.emblemMediaId)
      .executeTakeFirst();
    if (!media || media.variants === '[]') throw invalid('emblemMediaId', 'siteadmin.settings.emblemUnknown');
    if (!next.emblemAltVi)
      throw invalid('emblemAltVi', 'validation.required', { field: '@siteadmin.f.emblemAlt' });
  }
  for (const key of Object.keys(next) as (keyof SettingsInput)[]) {
    if (next[key] !== current[key]) changed.push(key);
  }
  if (changed.length === 0) return current;

  const settings: SiteSettings = {
    agency: { vi: next.agencyVi, en: next.agencyEn },
    address: { vi: next.addressVi, en: next.addressEn },
    phone: next.phone,
    email: next.email,
    licence: { vi: next.licenceVi, en: next.licenceEn },
    responsible: { vi: next.responsibleVi, en: next.responsibleEn },
    contact: { vi: next.contactVi, en: next.contactEn },
    emblem:
      next.emblemMediaId === null
        ? null
        : { mediaId: next.emblemMediaId, alt: { vi: next.emblemAltVi, en: next.emblemAltEn } },
  };
  const { database } = ctx.services;
  await database.db.transaction().execute(async (trx) => {
    // Keys this version does not know (written by a newer one) are kept.
    const row = await trx
      .selectFrom('sites')
      .select('settings')
      .where('id', '=', site.id)
      .executeTakeFirstOrThrow();
    let stored: Record<string, unknown> = {};
    try {
      const parsed = JSON.parse(row.settings);
      if (parsed && typeof parsed === 'object') stored = parsed;
    } catch {
      // A broken value is replaced.
    }
    await trx
      .updateTable('sites')
      .set({
        name_vi: next.nameVi,
        name_en: next.nameEn || next.nameVi,
        default_lang: next.defaultLang,
        settings: JSON.stringify({ ...stored, ...settings }),
        updated_at: Date.now(),
      })
      .where('id', '=', site.id)
      .execute();
  });
  await audit(database, ctx.actor, {
    action: 'site.settings',
    siteId: site.id,
    target: `site:${site.id}`,
    details: { fields: changed },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
  return load(ctx, site.id);
}

/** Whether a photo is the site's emblem (for "media in use" checks before deleting it). */
export async function isSiteEmblem(database: Database, siteId: number, mediaId: number): Promise<boolean> {
  const row = await database.db
    .selectFrom('sites')
    .select('settings')
    .where('id', '=', siteId)
    .executeTakeFirst();
  return row ? parseSettings(row.settings).emblem?.mediaId === mediaId : false;
}
