/**
 * Polls (`Bình chọn`) as readers meet them: a site's polls with their options and counts, which poll
 * a page shows (its placement: the home page, every article, chosen categories), and the results
 * as the API and the views give them. Open polls take votes; closed ones show results only; hidden
 * ones and those not open yet are not public at all.
 */
import { tags } from '../../platform/cache/tags.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/index.js';
import { t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { formatCount, formatOneDecimal } from '../ratings/ratings.js';
import { ShortCache } from '../ratings/reader-request.js';
import type { SiteContext } from '../sites/site-registry.js';

export interface Placement {
  home: boolean;
  articles: boolean;
  categories: number[];
}

export interface PollOption {
  id: number;
  label: string;
  position: number;
  votes: number;
}

export interface Poll {
  id: number;
  siteId: number;
  lang: Lang;
  question: string;
  multiple: boolean;
  opensAt: number;
  closesAt: number | null;
  placement: Placement;
  hidden: boolean;
  totalVoters: number;
  createdAt: number;
  options: PollOption[];
}

export type PollState = 'scheduled' | 'open' | 'closed';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

/** The cache tag of a site's polls: admin changes purge it on every node. */
export const pollTag = (siteId: number) => tags.widget(siteId, 'poll');

export function pollState(poll: Pick<Poll, 'opensAt' | 'closesAt'>, now = Date.now()): PollState {
  if (poll.opensAt > now) return 'scheduled';
  if (poll.closesAt !== null && poll.closesAt <= now) return 'closed';
  return 'open';
}

/** The stored placement JSON, read leniently (anything unexpected shows the poll nowhere). */
export function parsePlacement(json: string): Placement {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const categories = Array.isArray(o.categories)
    ? o.categories.filter((c): c is number => Number.isSafeInteger(c) && (c as number) > 0)
    : [];
  return { home: o.home === true, articles: o.articles === true, categories };
}

export function placementJson(p: Placement): string {
  return JSON.stringify({ home: p.home, articles: p.articles, categories: p.categories });
}

/**
 * A site's polls with their options: the given ids, or (with `publicLang`) the public ones of a
 * language — not hidden and already open, newest first.
 */
export async function loadPolls(
  database: Database,
  siteId: number,
  filter: { ids?: readonly number[]; publicLang?: Lang; now?: number; limit?: number } = {},
): Promise<Poll[]> {
  let query = database.db
    .selectFrom('polls')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc');
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  }
  if (filter.publicLang) {
    query = query
      .where('lang', '=', filter.publicLang)
      .where('hidden', '=', 0)
      .where('opens_at', '<=', filter.now ?? Date.now());
  }
  if (filter.limit) query = query.limit(filter.limit);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const options = await database.db
    .selectFrom('poll_options')
    .select(['id', 'poll_id', 'label', 'position', 'votes'])
    .where('site_id', '=', siteId)
    .where(
      'poll_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    lang: r.lang,
    question: r.question,
    multiple: r.multiple === 1,
    opensAt: Number(r.opens_at),
    closesAt: r.closes_at === null ? null : Number(r.closes_at),
    placement: parsePlacement(r.placement),
    hidden: r.hidden === 1,
    totalVoters: r.total_voters,
    createdAt: Number(r.created_at),
    options: options
      .filter((o) => o.poll_id === r.id)
      .map((o) => ({ id: o.id, label: o.label, position: o.position, votes: o.votes })),
  }));
}

const PUBLIC_TTL_MS = 2000;
const PUBLIC_LIMIT = 50;

/** The public polls of a site and language, kept a couple of seconds (votes refresh them locally). */
export function publicPolls(services: Services, siteId: number, lang: Lang): Promise<Poll[]> {
  return services.fragments.get(`polls:${siteId}:${lang}`, PUBLIC_TTL_MS, [pollTag(siteId)], () =>
    loadPolls(services.database, siteId, { publicLang: lang, limit: PUBLIC_LIMIT }),
  );
}

/** One public poll of the site, or undefined (unknown, another site's, hidden, not open yet). */
export async function publicPoll(
  services: Services,
  siteId: number,
  pollId: number,
): Promise<Poll | undefined> {
  const [poll] = await loadPolls(services.database, siteId, { ids: [pollId] });
  if (!poll || poll.hidden || pollState(poll) === 'scheduled') return undefined;
  return poll;
}

/** Where a page stands for placement: the home page, a category page, an article, or elsewhere. */
export interface PageSpot {
  kind: 'home' | 'category' | 'article' | 'other';
  categoryId?: number;
}

const CATEGORY_PATH = /^\/(?:chuyen-muc|en\/category)\/([^/]+)$/;
const ARTICLE_PATH = /^\/(?:bai-viet|en\/article)\/([^/]+)$/;
const articleCategories = new WeakMap<Database, ShortCache<number | null>>();

async function categoryOfArticle(
  database: Database,
  siteId: number,
  slug: string,
): Promise<number | undefined> {
  let cache = articleCategories.get(database);
  if (!cache) {
    cache = new ShortCache(60_000);
    articleCategories.set(database, cache);
  }
  const key = `${siteId}:${slug}`;
  let found = cache.get(key);
  if (found === undefined) {
    const row = await database.db
      .selectFrom('articles')
      .select('category_id')
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .where('status', '=', 'published')
      .executeTakeFirst();
    found = row?.category_id ?? null;
    cache.set(key, found);
  }
  return found ?? undefined;
}

/** The spot of a public path of the site (`/`, `/chuyen-muc/x`, `/bai-viet/y`, …). */
export async function spotOfPath(database: Database, site: SiteContext, path: string): Promise<PageSpot> {
  const clean = path.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/en') return { kind: 'home' };
  let slug: string;
  const category = CATEGORY_PATH.exec(clean);
  const article = ARTICLE_PATH.exec(clean);
  try {
    slug = decodeURIComponent((category ?? article)?.[1] ?? '');
  } catch {
    return { kind: 'other' };
  }
  if (category) return { kind: 'category', categoryId: site.categoriesBySlug.get(slug)?.id };
  if (article) return { kind: 'article', categoryId: await categoryOfArticle(database, site.site.id, slug) };
  return { kind: 'other' };
}

function fits(poll: Poll, spot: PageSpot): boolean {
  const inCategory = spot.categoryId !== undefined && poll.placement.categories.includes(spot.categoryId);
  if (spot.kind === 'article') return poll.placement.articles || inCategory;
  if (spot.kind === 'category') return inCategory;
  return poll.placement.home;
}

/** The poll a page shows: the newest open one placed there, else the newest closed one (results). */
export function pollForSpot(polls: readonly Poll[], spot: PageSpot, now = Date.now()): Poll | undefined {
  const placed = polls.filter((p) => fits(p, spot));
  return (
    placed.find((p) => pollState(p, now) === 'open') ?? placed.find((p) => pollState(p, now) === 'closed')
  );
}

/** A poll's results as readers see them, with every figure also written out in the language. */
export function pollJson(poll: Poll, lang: Lang, now = Date.now()) {
  const total = poll.totalVoters;
  return {
    id: poll.id,
    question: poll.question,
    multiple: poll.multiple,
    state: pollState(poll, now),
    opensAt: new Date(poll.opensAt).toISOString(),
    closesAt: poll.closesAt === null ? null : new Date(poll.closesAt).toISOString(),
    totalVoters: total,
    totalText:
      total === 1 ? t(lang, 'poll.totalOne') : t(lang, 'poll.total', { count: formatCount(total, lang) }),
    options: poll.options.map((o) => {
      const percent = total ? (o.votes / total) * 100 : 0;
      return {
        id: o.id,
        label: o.label,
        votes: o.votes,
        votesText: t(lang, 'poll.votes', { votes: formatCount(o.votes, lang) }),
        percent: Math.round(percent * 10) / 10,
        percentText: `${formatOneDecimal(percent, lang)}%`,
      };
    }),
  };
}

export type PollJson = ReturnType<typeof pollJson>;
