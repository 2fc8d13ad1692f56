/**
 * Which site a request is for, and that site's small, hot data (row, settings, categories, menu,
 * emblem) kept in memory. Sites are loaded lazily, when a request first names them, never all at
 * boot; a write to a site's settings, hosts, categories or menu purges its `chrome` tag, which
 * calls `invalidate(siteId)`.
 */
import type { Database } from '../../platform/db/database.js';
import type { Category, Site } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/i18n/index.js';
import { type ImageSources, imageSources } from '../media/figure.js';
import { loadMenu, type MenuEntry } from '../menus/menu.js';
import { parseSettings, type SiteSettings } from './settings.js';

/** The site's own emblem, ready for the header. */
export interface SiteEmblem {
  sources: ImageSources;
  alt: Record<Lang, string>;
}

export interface SiteContext {
  site: Site;
  settings: SiteSettings;
  /** Categories in menu order (position, then name). */
  categories: Category[];
  categoriesBySlug: Map<string, Category>;
  categoriesById: Map<number, Category>;
  /** The main menu set by the site's admins; empty: the header lists the in-menu categories. */
  menu: MenuEntry[];
  /** Undefined: the default emblem. */
  emblem: SiteEmblem | undefined;
  /** The site's public origin (its first host name), used in links that leave the site. */
  origin: string;
}

/** `http` for local development host names, `https` for everything else. */
export function originOf(host: string): string {
  const local = host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1';
  return `${local ? 'http' : 'https'}://${host}`;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const MAX_REMEMBERED_HOSTS = 10_000;

/** Lower-cases a Host header and strips the port; returns '' for anything that is not a host name. */
export function normaliseHost(header: string | undefined): string {
  if (!header) return '';
  let host = header.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    host = end > 0 ? host.slice(0, end + 1) : host;
  } else {
    const colon = host.indexOf(':');
    if (colon >= 0) host = host.slice(0, colon);
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length > 253 || !/^[a-z0-9.\-[\]:]*$/.test(host)) return '';
  return host;
}

/** A site's main host name: the first of its hosts in alphabetical order, if it has any. */
export async function primaryHost(database: Database, siteId: number): Promise<string | undefined> {
  const row = await database.db
    .selectFrom('site_hosts')
    .select('host')
    .where('site_id', '=', siteId)
    .orderBy('host')
    .limit(1)
    .executeTakeFirst();
  return row?.host;
}

export class NoSiteError extends Error {
  override name = 'NoSiteError';
}

export class SiteRegistry {
  /** host → site id, including unknown hosts mapped to the default site. */
  private readonly hosts = new Map<string, number>();
  private readonly contexts = new Map<number, Promise<SiteContext>>();
  private defaultSiteId: number | undefined;

  constructor(
    private readonly database: Database,
    /** Origin for sites without a host name of their own (LOA_PUBLIC_URL). */
    private readonly fallbackOrigin: string,
  ) {}

  /** The site id for a host if it is already known, without touching the database. */
  peek(host: string): number | undefined {
    return this.hosts.get(host);
  }

  async resolve(hostHeader: string | undefined): Promise<SiteContext> {
    const host = normaliseHost(hostHeader);
    const known = this.hosts.get(host);
    if (known !== undefined) return this.context(known);
    let siteId: number | undefined;
    if (host && !LOCAL_HOSTS.has(host)) {
      const row = await this.database.db
        .selectFrom('site_hosts')
        .select('site_id')
        .where('host', '=', host)
        .executeTakeFirst();
      siteId = row?.site_id;
    }
    siteId ??= await this.defaultSite();
    if (this.hosts.size >= MAX_REMEMBERED_HOSTS) this.hosts.clear();
    this.hosts.set(host, siteId);
    return this.context(siteId);
  }

  context(siteId: number): Promise<SiteContext> {
    let ctx = this.contexts.get(siteId);
    if (!ctx) {
      ctx = this.load(siteId);
      this.contexts.set(siteId, ctx);
      ctx.catch(() => this.contexts.delete(siteId));
    }
    return ctx;
  }

  /** Forgets a site's cached data (after its settings, hosts or categories change). */
  invalidate(siteId?: number): void {
    if (siteId === undefined) {
      this.contexts.clear();
    } else {
      this.contexts.delete(siteId);
    }
    this.hosts.clear();
    this.defaultSiteId = undefined;
  }

  private async defaultSite(): Promise<number> {
    if (this.defaultSiteId !== undefined) return this.defaultSiteId;
    const row = await this.database.db
      .selectFrom('sites')
      .select('id')
      .orderBy('is_default', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw new NoSiteError('no site exists yet: run `loa site add` or start with LOA_DEMO=1');
    this.defaultSiteId = row.id;
    return row.id;
  }

  private async load(siteId: number): Promise<SiteContext> {
    const db = this.database.db;
    const site = await db.selectFrom('sites').selectAll().where('id', '=', siteId).executeTakeFirstOrThrow();
    const categories = await db
      .selectFrom('categories')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    const host = await primaryHost(this.database, siteId);
    const settings = parseSettings(site.settings);
    const [menu, emblem] = await Promise.all([
      loadMenu(this.database, siteId),
      settings.emblem ? this.emblem(siteId, settings.emblem.mediaId, settings.emblem.alt) : undefined,
    ]);
    return {
      origin: host ? originOf(host) : this.fallbackOrigin,
      site,
      settings,
      menu,
      emblem,
      categories,
      categoriesBySlug: new Map(categories.map((c) => [c.slug, c])),
      categoriesById: new Map(categories.map((c) => [c.id, c])),
    };
  }

  private async emblem(
    siteId: number,
    mediaId: number,
    alt: Record<Lang, string>,
  ): Promise<SiteEmblem | undefined> {
    const media = await this.database.db
      .selectFrom('media')
      .select('variants')
      .where('site_id', '=', siteId)
      .where('id', '=', mediaId)
      .executeTakeFirst();
    const sources = media && imageSources(media);
    return sources ? { sources, alt } : undefined;
  }
}
