/**
 * Platform administration of sites (platform admins only): the list of every site, adding a site
 * with its host names (the same `createSite` that `loa site add` uses), and changing a site's host
 * names. A host name belongs to one site at most; every change purges the site's `chrome` tag,
 * which also makes every node forget which site a host name led to.
 */
import { tags } from '../../platform/cache/tags.js';
import { conflict, invalid, LoaError, notFound } from '../../platform/http/errors.js';
import { authorizePlatform } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { OpContext } from '../admin/context.js';
import { createSite, SITE_KINDS, validateHost } from '../sites/operations.js';

export const MAX_HOSTS = 20;

export interface PlatformSite {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  isDefault: boolean;
  hosts: string[];
  staff: number;
}

export async function listPlatformSites(ctx: OpContext): Promise<PlatformSite[]> {
  authorizePlatform(ctx.actor);
  const db = ctx.services.database.db;
  const [sites, hosts, staff] = await Promise.all([
    db
      .selectFrom('sites')
      .select(['id', 'code', 'name_vi', 'name_en', 'kind', 'is_default'])
      .orderBy('id')
      .execute(),
    db.selectFrom('site_hosts').select(['host', 'site_id']).orderBy('host').execute(),
    db
      .selectFrom('site_roles')
      .select(['site_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('site_id')
      .execute(),
  ]);
  const staffOf = new Map(staff.map((s) => [s.site_id, Number(s.n)]));
  return sites.map((s) => ({
    id: s.id,
    code: s.code,
    nameVi: s.name_vi,
    nameEn: s.name_en,
    kind: s.kind,
    isDefault: s.is_default === 1,
    hosts: hosts.filter((h) => h.site_id === s.id).map((h) => h.host),
    staff: staffOf.get(s.id) ?? 0,
  }));
}

export async function getPlatformSite(ctx: OpContext, code: string): Promise<PlatformSite> {
  const found = (await listPlatformSites(ctx)).find((s) => s.code === code);
  if (!found) throw notFound();
  return found;
}

/** Host names from a list or from text (one per line, or separated by commas or spaces), checked. */
export function parseHosts(input: string | readonly string[]): string[] {
  const list = typeof input === 'string' ? input.split(/[\s,;]+/) : [...input];
  const hosts: string[] = [];
  for (const raw of list) {
    if (typeof raw !== 'string') throw invalid('hosts', 'validation.hostInvalid', { host: String(raw) });
    if (!raw.trim()) continue;
    try {
      const host = validateHost(raw);
      if (!hosts.includes(host)) hosts.push(host);
    } catch (err) {
      if (err instanceof LoaError)
        throw invalid('hosts', 'validation.hostInvalid', { host: raw.trim().slice(0, 80) });
      throw err;
    }
  }
  if (hosts.length > MAX_HOSTS) throw invalid('hosts', 'siteadmin.platform.tooManyHosts', { max: MAX_HOSTS });
  return hosts;
}

async function hostsFree(ctx: OpContext, hosts: readonly string[], siteId?: number): Promise<void> {
  if (hosts.length === 0) return;
  let query = ctx.services.database.db
    .selectFrom('site_hosts')
    .select('host')
    .where('host', 'in', [...hosts]);
  if (siteId !== undefined) query = query.where('site_id', '!=', siteId);
  const owned = await query.executeTakeFirst();
  if (owned) throw conflict('hosts', 'validation.hostTaken', { host: owned.host });
}

export interface NewSiteForm {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  hosts: string | readonly string[];
}

export async function addSite(ctx: OpContext, input: NewSiteForm): Promise<PlatformSite> {
  authorizePlatform(ctx.actor);
  if (!(SITE_KINDS as readonly string[]).includes(input.kind))
    throw invalid('kind', 'validation.kindInvalid', { kinds: SITE_KINDS.join(', ') });
  const hosts = parseHosts(input.hosts);
  await hostsFree(ctx, hosts);
  let id: number;
  try {
    id = await createSite(ctx.services.database, {
      code: input.code,
      nameVi: input.nameVi,
      nameEn: input.nameEn,
      kind: input.kind,
      hosts,
    });
  } catch (err) {
    // createSite names its host field `host`; the form and the API call it `hosts`.
    if (err instanceof LoaError && err.field === 'host')
      throw new LoaError(err.code, err.status, err.messageKey, err.params, 'hosts');
    throw err;
  }
  const site = (await listPlatformSites(ctx)).find((s) => s.id === id)!;
  await audit(ctx.services.database, ctx.actor, {
    action: 'site.create',
    siteId: id,
    target: `site:${id}`,
    details: { code: site.code, nameVi: site.nameVi, kind: site.kind, hosts },
  });
  // The new host names may have led to the default site until now: every node forgets them.
  ctx.services.invalidate([tags.chrome(id)]);
  return site;
}

/** Replaces a site's host names with `hosts` (an empty list leaves it reachable only as the default). */
export async function setSiteHosts(
  ctx: OpContext,
  code: string,
  input: string | readonly string[],
): Promise<PlatformSite> {
  authorizePlatform(ctx.actor);
  const site = await getPlatformSite(ctx, code);
  const hosts = parseHosts(input);
  await hostsFree(ctx, hosts, site.id);
  const db = ctx.services.database.db;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('site_hosts').where('site_id', '=', site.id).execute();
    if (hosts.length > 0)
      await trx
        .insertInto('site_hosts')
        .values(hosts.map((host) => ({ host, site_id: site.id })))
        .execute();
  });
  await audit(ctx.services.database, ctx.actor, {
    action: 'site.hosts',
    siteId: site.id,
    target: `site:${site.id}`,
    details: { from: site.hosts, to: hosts },
  });
  ctx.services.invalidate([tags.chrome(site.id)]);
  return getPlatformSite(ctx, code);
}
