/**
 * Where an image is used on its site: articles that show it as their featured image or carry it in
 * their body (a figure with `data-media-id="ID"`, or one of its variant files for bodies written
 * before figures carried the id), and the site's emblem setting. Deleting an image in use is
 * refused with this list; editing its alt text refreshes the pages listed here.
 */
import { sql } from 'kysely';
import { tags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import type { ArticleStatus, Lang } from '../../platform/db/schema.js';
import { parseSettings } from '../sites/settings.js';

export interface MediaUsageArticle {
  id: number;
  title: string;
  slug: string;
  lang: Lang;
  status: ArticleStatus;
  categoryId: number;
  /** Shown as the article's featured image. */
  featured: boolean;
  /** Shown inside the article's body. */
  inBody: boolean;
}

export interface MediaUsage {
  articles: MediaUsageArticle[];
  /** The site's emblem is this image. */
  emblem: boolean;
  /** Places in all (articles + emblem). */
  count: number;
}

/** At most this many articles are listed; a library image in more places is rare and the count says so. */
const MAX_LISTED = 200;

export async function mediaUsage(database: Database, siteId: number, mediaId: number): Promise<MediaUsage> {
  const db = database.db;
  const media = await db
    .selectFrom('media')
    .select('stored_name')
    .where('site_id', '=', siteId)
    .where('id', '=', mediaId)
    .executeTakeFirst();
  const site = await db.selectFrom('sites').select('settings').where('id', '=', siteId).executeTakeFirst();
  const emblem = !!media && parseSettings(site?.settings ?? '{}').emblem?.mediaId === mediaId;
  if (!media) return { articles: [], emblem: false, count: 0 };

  // Both patterns are digits and hex only: nothing in them is a LIKE wildcard.
  const byId = `%data-media-id="${mediaId}"%`;
  const byFile = `%/media/${media.stored_name}-%`;
  const inBody = sql<number>`case when ${sql.ref('body_html')} like ${byId} or ${sql.ref('body_html')} like ${byFile} then 1 else 0 end`;
  const rows = await db
    .selectFrom('articles')
    .select([
      'id',
      'title',
      'slug',
      'lang',
      'status',
      'category_id',
      'featured_media_id',
      inBody.as('in_body'),
    ])
    .where('site_id', '=', siteId)
    .where((eb) =>
      eb.or([
        eb('featured_media_id', '=', mediaId),
        eb('body_html', 'like', byId),
        eb('body_html', 'like', byFile),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(MAX_LISTED)
    .execute();
  const articles = rows.map((r) => ({
    id: r.id,
    title: r.title,
    slug: r.slug,
    lang: r.lang,
    status: r.status,
    categoryId: r.category_id,
    featured: r.featured_media_id === mediaId,
    inBody: Number(r.in_body) === 1,
  }));
  return { articles, emblem, count: articles.length + (emblem ? 1 : 0) };
}

/** The cache tags of the public pages that show the image (for a change of its alt text or caption). */
export function usageTags(siteId: number, usage: MediaUsage): string[] {
  if (usage.count === 0) return [];
  const out = new Set<string>();
  for (const a of usage.articles) {
    out.add(tags.article(siteId, a.id));
    out.add(tags.category(siteId, a.categoryId));
  }
  if (usage.articles.length > 0) {
    out.add(tags.home(siteId));
    out.add(tags.listing(siteId));
  }
  if (usage.emblem) out.add(tags.chrome(siteId));
  return [...out];
}
