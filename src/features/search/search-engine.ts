/**
 * What each dialect's search provides (sqlite-search.ts, postgres-search.ts): the ids of the
 * articles matching a parsed query within one tier of relevance, newest first; a capped count;
 * and titles similar to a query with typos. The SQL filters site, language and "published by
 * now" itself, so nothing else can leak in.
 *
 * Relevance is a short list of tiers, each newest first, so it costs no more than a newest-first
 * search (no engine scores every match of a common word): the words as typed, diacritics and all,
 * in a title or tag; then in a title, tag or lead; then the folded words in a title or tag; then
 * anywhere (lead, body, byline too). A query typed without diacritics skips the first two.
 */
import type { Lang } from '../../platform/i18n/index.js';
import type { ParsedQuery } from './query.js';

export type SearchSort = 'relevance' | 'newest';

export interface EngineQuery {
  siteId: number;
  lang: Lang;
  now: number;
  query: ParsedQuery;
  categoryId?: number;
  /** Published at or after (epoch ms). */
  from?: number;
  /** Published before (epoch ms). */
  to?: number;
  /**
   * Suggestions as the user types: the last word matches as a prefix. A search (false) matches
   * whole words.
   */
  suggest?: boolean;
}

export interface Tier {
  /** Where the words must be: titles and tags; titles, tags and lead; anywhere. */
  reach: 'titles' | 'lead' | 'all';
  /** The words typed with diacritics must match with those diacritics. */
  exact: boolean;
}

export const TIER_ALL: Tier = { reach: 'all', exact: false };

/** The tiers of a relevance search, best first. */
export function relevanceTiers(query: ParsedQuery): Tier[] {
  const accented = query.clauses.some((c) => c.accented);
  return [
    ...(accented
      ? [
          { reach: 'titles', exact: true },
          { reach: 'lead', exact: true },
        ]
      : []),
    { reach: 'titles', exact: false },
    TIER_ALL,
  ] as Tier[];
}

export interface SearchEngine {
  /**
   * Ids of the articles matching within the tier, newest first: by publication time when
   * `exactOrder`, otherwise an engine may order articles of the same day by id.
   */
  matches(q: EngineQuery, tier: Tier, limit: number, offset: number, exactOrder?: boolean): Promise<number[]>;
  /** How many articles match anywhere, counting no further than `cap`. */
  count(q: EngineQuery, cap: number): Promise<number>;
  /** Articles whose title is close to the query despite typos, best first; [] if unsupported. */
  similar(q: EngineQuery, limit: number): Promise<number[]>;
}
