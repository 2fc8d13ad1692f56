/**
 * Site operations: create a site with its hosts, add a host, change settings. The CLI, the demo
 * seeder and (later) the admin all call these; each validates its input and names what it changes.
 */
import type { Database } from '../../platform/db/database.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';
import type { SiteSettings } from './settings.js';

export const SITE_KINDS = ['province', 'commune', 'ward', 'district', 'party', 'archive', 'other'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export interface NewSiteInput {
  code: string;
  nameVi: string;
  nameEn?: string;
  kind: string;
  hosts?: string[];
  isDefault?: boolean;
  defaultLang?: 'vi' | 'en';
  settings?: Partial<SiteSettings>;
}

const HOST_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function validateHost(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!HOST_RE.test(h)) throw invalid('host', 'validation.hostInvalid', { host });
  return h;
}

export async function createSite(database: Database, input: NewSiteInput): Promise<number> {
  const code = input.code.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(code)) throw invalid('code', 'validation.codeInvalid');
  const nameVi = cleanText(input.nameVi);
  if (!nameVi) throw invalid('nameVi', 'validation.required', { field: '@field.name' });
  if (nameVi.length > 200) throw invalid('nameVi', 'validation.tooLong', { field: '@field.name', max: 200 });
  const nameEn = cleanText(input.nameEn ?? '') || nameVi;
  if (!(SITE_KINDS as readonly string[]).includes(input.kind)) {
    throw invalid('kind', 'validation.kindInvalid', { kinds: SITE_KINDS.join(', ') });
  }
  const hosts = [...new Set((input.hosts ?? []).map(validateHost))];
  const now = Date.now();

  return database.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirst();
    if (taken) throw conflict('code', 'validation.codeTaken', { code });
    if (hosts.length > 0) {
      const owned = await trx
        .selectFrom('site_hosts')
        .select('host')
        .where('host', 'in', hosts)
        .executeTakeFirst();
      if (owned) throw conflict('host', 'validation.hostTaken', { host: owned.host });
    }
    const anySite = await trx.selectFrom('sites').select('id').limit(1).executeTakeFirst();
    const isDefault = input.isDefault || !anySite;
    if (isDefault) await trx.updateTable('sites').set({ is_default: 0 }).execute();
    const row = await trx
      .insertInto('sites')
      .values({
        code,
        name_vi: nameVi,
        name_en: nameEn,
        kind: input.kind,
        default_lang: input.defaultLang ?? 'vi',
        is_default: isDefault ? 1 : 0,
        settings: JSON.stringify(input.settings ?? {}),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (hosts.length > 0) {
      await trx
        .insertInto('site_hosts')
        .values(hosts.map((host) => ({ host, site_id: row.id })))
        .execute();
    }
    return row.id;
  });
}

export async function siteIdByCode(database: Database, code: string): Promise<number> {
  const row = await database.db.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw invalid('site', 'validation.siteUnknown', { code });
  return row.id;
}

export async function listSites(database: Database) {
  const sites = await database.db.selectFrom('sites').selectAll().orderBy('id').execute();
  const hosts = await database.db.selectFrom('site_hosts').selectAll().orderBy('host').execute();
  return sites.map((s) => ({ ...s, hosts: hosts.filter((h) => h.site_id === s.id).map((h) => h.host) }));
}
