/**
 * The search operation both the page and the JSON API call: parsed query and filters in, one page
 * of published articles of the site out, highlighted, with a capped count. Paging is bounded
 * (PAGES_MAX pages of PAGE_SIZE), so no query walks deep into an OFFSET. A query naming a document
 * number puts the articles citing it first; a query with typos that finds nothing falls back to
 * titles that look alike (PostgreSQL).
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { documentKey } from '../../platform/vietnamese/index.js';
import { articlesCiting } from '../articles/document-refs.js';
import { type ArticleSummary, summaries } from '../articles/queries.js';
import { bodyText, highlight, snippet, type Terms } from './highlight.js';
import { postgresEngine } from './postgres-search.js';
import { PREFIX_MIN, queryTerms } from './query.js';
import {
  type EngineQuery,
  relevanceTiers,
  type SearchEngine,
  type SearchSort,
  TIER_ALL,
  type Tier,
} from './search-engine.js';
import { sqliteEngine } from './sqlite-search.js';

export type { SearchSort } from './search-engine.js';

export const PAGE_SIZE = 20;
/** Deepest page served: relevance past a few hundred results is noise, and OFFSET stays small. */
export const PAGES_MAX = 20;
export const COUNT_CAP = PAGE_SIZE * PAGES_MAX;
export const SUGGEST_MAX = 8;

export interface SearchInput extends Omit<EngineQuery, 'suggest'> {
  sort: SearchSort;
  /** 1 … PAGES_MAX */
  page: number;
}

export interface SearchHit extends ArticleSummary {
  /** Escaped HTML with the matching words in <mark>. */
  titleHtml: string;
  leadHtml: string;
  /** A highlighted passage of the body when the lead does not show a match; may be empty. */
  snippetHtml: string;
  /** The article cites the document number searched for. */
  cites: boolean;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Matching articles, counted up to COUNT_CAP. */
  total: number;
  /** More than COUNT_CAP match. */
  totalCapped: boolean;
  page: number;
  /** Pages that can be asked for (at most PAGES_MAX). */
  pages: number;
  /** Nothing matched exactly: these are titles that look like the query (typos). */
  approximate: boolean;
  /** The document number key the query names, if any. */
  documentKey: string | null;
}

const engines = new WeakMap<Database, SearchEngine>();

function engineOf(database: Database): SearchEngine {
  let engine = engines.get(database);
  if (!engine) {
    engine = database.dialect === 'postgres' ? postgresEngine(database) : sqliteEngine(database);
    engines.set(database, engine);
  }
  return engine;
}

/**
 * The hook to the document references (features/articles/document-refs.ts): ids of the public
 * articles of the site citing the document the query names, newest first; [] when it names none.
 */
export async function citingArticles(
  database: Database,
  siteId: number,
  docKey: string | null,
  limit: number,
  now: number,
): Promise<number[]> {
  if (!docKey) return [];
  return (await articlesCiting(database, siteId, docKey, limit, now)).map((a) => a.id);
}

interface Row {
  id: number;
  slug: string;
  title: string;
  lead: string;
  body_html: string;
  category_id: number;
  published_at: number;
  thumb_variants: string | null;
  thumb_alt: string | null;
}

/** The rows of `ids` that pass the filters (site, language, public now, category, dates), in order. */
async function load(
  database: Database,
  q: EngineQuery,
  ids: readonly number[],
  body: boolean,
): Promise<Row[]> {
  if (ids.length === 0) return [];
  let query = summaries(database.db.selectFrom('articles'))
    .select(body ? 'articles.body_html' : sql<string>`''`.as('body_html'))
    .where('articles.site_id', '=', q.siteId)
    .where('articles.id', 'in', ids)
    .where('articles.lang', '=', q.lang)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', q.now);
  if (q.categoryId !== undefined) query = query.where('articles.category_id', '=', q.categoryId);
  if (q.from !== undefined) query = query.where('articles.published_at', '>=', q.from);
  if (q.to !== undefined) query = query.where('articles.published_at', '<', q.to);
  const rows = (await query.execute()) as Row[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function hitOf(row: Row, terms: Terms, cites: boolean): SearchHit {
  const leadHtml = highlight(row.lead, terms);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    category_id: row.category_id,
    published_at: row.published_at,
    thumb_variants: row.thumb_variants,
    thumb_alt: row.thumb_alt,
    titleHtml: highlight(row.title, terms),
    leadHtml,
    snippetHtml: leadHtml.includes('<mark>') ? '' : snippet(bodyText(row.body_html), terms),
    cites,
  };
}

/**
 * The ids of one page: newest first, or tier by tier (search-engine.ts), each tier newest first
 * and without the ids of the tiers before it. Stops early once `nothing()` says the query
 * matches nothing at all (the count knows it first).
 */
async function pageIds(
  engine: SearchEngine,
  q: EngineQuery,
  tiers: readonly Tier[],
  page: number,
  size: number,
  nothing: () => boolean = () => false,
): Promise<number[]> {
  const want = page * size;
  const ids = new Set<number>();
  for (const tier of tiers) {
    if (ids.size >= want || nothing()) break;
    // Asking each tier for `want` ids is enough: at most ids.size of them were seen already.
    for (const id of await engine.matches(q, tier, want, 0)) ids.add(id);
  }
  return [...ids].slice((page - 1) * size, want);
}

export async function searchArticles(database: Database, input: SearchInput): Promise<SearchOutcome> {
  const engine = engineOf(database);
  const page = Math.min(Math.max(1, Math.trunc(input.page)), PAGES_MAX);
  let q: EngineQuery = { ...input };
  const docKey = documentKey(input.query.text);
  // Titles that look like the query (typos), wanted only when nothing matches: started as soon
  // as a count says so, while the other queries run.
  let lookAlike: Promise<number[]> | undefined;
  /**
   * The ids of the page and the capped count of every match, asked at once. A count of nothing
   * stops the tiers early, and a first page that is not full holds every match: its count is
   * not waited for.
   */
  const find = async (eq: EngineQuery): Promise<[number[], number]> => {
    let nothing = false;
    const counting = engine.count(eq, COUNT_CAP + 1);
    counting.then(
      (n) => {
        nothing = n === 0;
        if (nothing && page === 1 && !lookAlike) {
          lookAlike = engine.similar(eq, PAGE_SIZE);
          lookAlike.catch(() => {}); // awaited below if wanted
        }
      },
      () => {}, // awaited below if wanted
    );
    const ids =
      input.sort === 'newest'
        ? await engine.matches(eq, TIER_ALL, PAGE_SIZE, (page - 1) * PAGE_SIZE, true)
        : await pageIds(engine, eq, relevanceTiers(input.query), page, PAGE_SIZE, () => nothing);
    return [ids, page === 1 && ids.length < PAGE_SIZE ? ids.length : await counting];
  };
  const [found, citing] = await Promise.all([
    find(q),
    page === 1 ? citingArticles(database, input.siteId, docKey, PAGE_SIZE, input.now) : Promise.resolve([]),
  ]);
  let [ids, counted] = found;
  // Whole words found nothing and the last word may be unfinished (`dai hoi dang b`): match it as
  // the beginning of a word, as the suggestions do, before falling back to look-alike titles.
  const prefixed = input.query.clauses.some((c) => c.prefix);
  if (counted === 0 && prefixed) {
    q = { ...q, suggest: true };
    [ids, counted] = await find(q);
  }
  let total = counted;
  let approximate = false;
  let shownIds = ids;
  const citingRows = await load(database, q, citing, true);
  const citingIds = new Set(citingRows.map((r) => r.id));
  if (citingRows.length > 0) {
    shownIds = ids.filter((id) => !citingIds.has(id));
    total = Math.max(total, citingRows.length);
  } else if (total === 0 && page === 1) {
    shownIds = await (lookAlike ?? engine.similar(q, PAGE_SIZE));
    approximate = shownIds.length > 0;
    total = shownIds.length;
  }
  const terms = queryTerms(input.query, !!q.suggest);
  const rows = [...citingRows, ...(await load(database, q, shownIds, true))];
  const capped = total > COUNT_CAP;
  const shown = Math.min(total, COUNT_CAP);
  return {
    hits: rows.map((r) => hitOf(r, terms, citingIds.has(r.id))),
    total: shown,
    totalCapped: capped,
    page,
    pages: approximate ? 1 : Math.min(PAGES_MAX, Math.max(1, Math.ceil(shown / PAGE_SIZE))),
    approximate,
    documentKey: docKey,
  };
}

export interface Suggestion {
  id: number;
  slug: string;
  title: string;
}

/**
 * Up to SUGGEST_MAX titles for the words typed so far, the last one a prefix: titles and tags
 * only, those with the diacritics as typed first, then newest first.
 */
export async function suggestTitles(
  database: Database,
  input: Pick<SearchInput, 'siteId' | 'lang' | 'now' | 'query'>,
): Promise<Suggestion[]> {
  // A last letter on its own is no prefix yet (see PREFIX_MIN): suggest for the words before it.
  const clauses = input.query.clauses;
  const last = clauses[clauses.length - 1]!;
  const query =
    clauses.length > 1 && last.folded.length === 1 && last.folded[0]!.length < PREFIX_MIN
      ? {
          ...input.query,
          clauses: clauses.slice(0, -1).map((c, i, all) => ({ ...c, prefix: i === all.length - 1 })),
        }
      : input.query;
  const q: EngineQuery = { ...input, query, suggest: true };
  const tiers = relevanceTiers(query).filter((t) => t.reach === 'titles');
  const rows = await load(database, q, await pageIds(engineOf(database), q, tiers, 1, SUGGEST_MAX), false);
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title }));
}
