/**
 * The site's main menu as the public header shows it: visible items in order, each top item with
 * its visible children (one level). Internal paths written in Vietnamese (`/chuyen-muc/tin-tuc`)
 * lead English readers to the English page (`/en/category/tin-tuc`).
 */
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/index.js';

export interface MenuEntry {
  id: number;
  label: Record<Lang, string>;
  url: string;
  children: MenuEntry[];
}

/** The visible menu of a site, top items with their visible children (hidden parents hide them). */
export async function loadMenu(database: Database, siteId: number): Promise<MenuEntry[]> {
  const rows = await database.db
    .selectFrom('menu_items')
    .select(['id', 'parent_id', 'label_vi', 'label_en', 'url'])
    .where('site_id', '=', siteId)
    .where('hidden', '=', 0)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const top: MenuEntry[] = [];
  const byId = new Map<number, MenuEntry>();
  for (const r of rows) {
    if (r.parent_id !== null) continue;
    const entry = {
      id: r.id,
      label: { vi: r.label_vi, en: r.label_en || r.label_vi },
      url: r.url,
      children: [],
    };
    byId.set(r.id, entry);
    top.push(entry);
  }
  for (const r of rows) {
    if (r.parent_id === null) continue;
    byId.get(r.parent_id)?.children.push({
      id: r.id,
      label: { vi: r.label_vi, en: r.label_en || r.label_vi },
      url: r.url,
      children: [],
    });
  }
  return top;
}

const EN_PATHS: [RegExp, string][] = [
  [/^\/chuyen-muc\//, '/en/category/'],
  [/^\/bai-viet\//, '/en/article/'],
  [/^\/tim-kiem(?=$|[?#])/, '/en/search'],
  [/^\/so-do-cong(?=$|[?#])/, '/en/sitemap'],
];

/** The menu URL for a reader of `lang`: Vietnamese public paths become their English twins. */
export function localiseMenuUrl(url: string, lang: Lang): string {
  if (lang === 'vi' || !url.startsWith('/') || url.startsWith('/en/') || url === '/en') return url;
  if (url === '/' || url.startsWith('/?') || url.startsWith('/#')) return `/en${url.slice(1)}`;
  for (const [re, to] of EN_PATHS) if (re.test(url)) return url.replace(re, to);
  return url;
}
