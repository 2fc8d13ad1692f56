/**
 * Related articles (`Tin liên quan`), computed when an article is published rather than per view.
 *
 * An editor's own picks (`articles.related_manual`) come first, in their order. The rest are
 * ranked: 5 points for each shared document reference, 3 for each shared tag, up to 3 for similar
 * titles (Jaccard of the folded title words without stop words), 1 for the same category; newest
 * first among equals. Candidates are the newest few hundred articles sharing a document or a tag
 * and the newest articles of the same category, so the cost does not grow with the archive.
 */
import type { Database } from '../../platform/db/database.js';
import { fold, nfc } from '../../platform/vietnamese/index.js';

export const RELATED_LIMIT = 5;
/** How many of the newest articles of each shared document or tag are considered. */
const CANDIDATES_PER_KEY = 300;
/** At most this many of the article's documents and of its tags are looked up. */
const KEYS_LOOKED_UP = 20;
/** The newest articles of the same category, considered for their titles alone. */
const SAME_CATEGORY_CANDIDATES = 50;
/** How many of the best-ranked candidates (and the same category's newest) have their titles compared. */
const SIMILARITY_POOL = 60;
/** Below this title similarity, a candidate with no shared document or tag is not related. */
const MIN_SIMILARITY = 0.2;
/** How many articles citing the same documents are ranked again when an article is published. */
export const NEIGHBOURS_RECOMPUTED = 20;

export const WEIGHTS = { document: 5, tag: 3, title: 3, category: 1 } as const;

/**
 * Words that say nothing about the subject of a title. Compared before folding: folded, `đang`
 * (is doing) would also remove `Đảng` (the Party).
 */
const STOP_WORDS = new Set(
  (
    'và với của các những cho trong tại về là được có đã sẽ đang năm một từ theo để trên đến này ' +
    'khi như thì mà hay hoặc cũng lại ra vào do bị bởi sau trước nhiều mới tiếp ngày tháng ' +
    'the a an and of in on for to at by with from is are be this that'
  ).split(' '),
);

const WORD_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * Titles seen lately and their words: ranking one article after another compares the same newest
 * titles of a category again and again.
 */
const WORDS_CACHE = new Map<string, ReadonlySet<string>>();
const WORDS_CACHE_SIZE = 5000;

/** The distinct folded words of a title, without stop words and bare numbers. */
export function titleWords(title: string): ReadonlySet<string> {
  const cached = WORDS_CACHE.get(title);
  if (cached) return cached;
  const lower = nfc(title).toLowerCase();
  // Folding removes marks only, so the words of both forms line up one for one.
  const words = lower.split(WORD_SEPARATORS);
  const folded = fold(lower).split(WORD_SEPARATORS);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length > 0 && !STOP_WORDS.has(w) && !/^\d+$/.test(w)) out.add(folded[i]!);
  }
  if (WORDS_CACHE.size >= WORDS_CACHE_SIZE) WORDS_CACHE.delete(WORDS_CACHE.keys().next().value!);
  WORDS_CACHE.set(title, out);
  return out;
}

/** Jaccard similarity of two word sets: shared words over all words, 0 … 1. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The editor's picks as stored: a JSON array of positive integer ids; anything else is ignored. */
export function parseManual(value: string | null): number[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return [...new Set(parsed.filter((id): id is number => Number.isSafeInteger(id) && id > 0))];
  } catch {
    return [];
  }
}

interface Candidate {
  id: number;
  /** Shares a document or a tag (otherwise only a similar title can make it related). */
  keyed: boolean;
  score: number;
  at: number;
  title: string | undefined;
}

/** Best score first, then newest. */
function byRank(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.at - a.at || b.id - a.id;
}

/** The newest articles (any status) citing a document, other than one: read from the index alone. */
function newestCiting(database: Database, siteId: number, docKey: string, exceptId: number, limit: number) {
  return database.db
    .selectFrom('article_documents')
    .select('article_id')
    .where('site_id', '=', siteId)
    .where('doc_key', '=', docKey)
    .where('article_id', '<>', exceptId)
    .orderBy('article_id', 'desc')
    .limit(limit)
    .execute();
}

/** Counts, per article id, how many of the given keys (documents or tags) it shares. */
async function sharedCounts<K extends string | number>(
  keys: readonly K[],
  lookup: (key: K) => Promise<{ article_id: number }[]>,
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const key of keys.slice(0, KEYS_LOOKED_UP)) {
    for (const { article_id } of await lookup(key)) counts.set(article_id, (counts.get(article_id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Ranks the related articles of one article and stores them (manual picks first, then the
 * computed ones, no duplicates, RELATED_LIMIT in all). Returns the ids in order.
 */
export async function recomputeRelated(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<number[]> {
  const db = database.db;
  const article = await db
    .selectFrom('articles')
    .select(['category_id', 'lang', 'title', 'related_manual'])
    .where('site_id', '=', siteId)
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article) return [];

  // Manual picks: only public articles of the same site, in the editor's order.
  const wanted = parseManual(article.related_manual).filter((id) => id !== articleId);
  const manual: number[] = [];
  if (wanted.length) {
    const rows = await db
      .selectFrom('articles')
      .select('id')
      .where('site_id', '=', siteId)
      .where('id', 'in', wanted)
      .where('status', '=', 'published')
      .execute();
    const ok = new Set(rows.map((r) => r.id));
    manual.push(...wanted.filter((id) => ok.has(id)).slice(0, RELATED_LIMIT));
  }

  const [docRows, tagRows] = await Promise.all([
    db
      .selectFrom('article_documents')
      .select('doc_key')
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .execute(),
    db
      .selectFrom('article_tags')
      .select('tag_id')
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .execute(),
  ]);
  const sharedDocs = await sharedCounts(
    docRows.map((r) => r.doc_key),
    (key) => newestCiting(database, siteId, key, articleId, CANDIDATES_PER_KEY),
  );
  const sharedTags = await sharedCounts(
    tagRows.map((r) => r.tag_id),
    (tagId) =>
      db
        .selectFrom('article_tags')
        .select('article_id')
        .where('site_id', '=', siteId)
        .where('tag_id', '=', tagId)
        .where('article_id', '<>', articleId)
        .orderBy('article_id', 'desc')
        .limit(CANDIDATES_PER_KEY)
        .execute(),
  );
  const ids = [...new Set([...sharedDocs.keys(), ...sharedTags.keys()])];
  const [byKey, sameCategory] = await Promise.all([
    ids.length
      ? db
          .selectFrom('articles')
          .select(['id', 'category_id', 'published_at'])
          .where('site_id', '=', siteId)
          .where('id', 'in', ids)
          .where('status', '=', 'published')
          .where('lang', '=', article.lang)
          .execute()
      : [],
    db
      .selectFrom('articles')
      .select(['id', 'category_id', 'published_at', 'title'])
      .where('site_id', '=', siteId)
      .where('category_id', '=', article.category_id)
      .where('lang', '=', article.lang)
      .where('status', '=', 'published')
      .where('id', '<>', articleId)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(SAME_CATEGORY_CANDIDATES)
      .execute(),
  ]);

  const candidates = new Map<number, Candidate>();
  const add = (c: { id: number; category_id: number; published_at: number | null }, title?: string) => {
    if (c.id === articleId || manual.includes(c.id)) return;
    const known = candidates.get(c.id);
    if (known) {
      known.title ??= title;
      return;
    }
    const docs = sharedDocs.get(c.id) ?? 0;
    const tags = sharedTags.get(c.id) ?? 0;
    candidates.set(c.id, {
      id: c.id,
      keyed: docs + tags > 0,
      score:
        docs * WEIGHTS.document +
        tags * WEIGHTS.tag +
        (c.category_id === article.category_id ? WEIGHTS.category : 0),
      at: c.published_at ?? 0,
      title,
    });
  };
  for (const c of byKey) add(c);
  for (const c of sameCategory) add(c, c.title);

  // Titles are compared for the newest of the category and the best few by documents, tags and
  // category (further down, the most a title can add rarely changes the top five).
  const pool = [...candidates.values()].sort(byRank).slice(0, SIMILARITY_POOL);
  const untitled = pool.filter((c) => c.title === undefined).map((c) => c.id);
  if (untitled.length) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'title'])
      .where('site_id', '=', siteId)
      .where('id', 'in', untitled)
      .execute();
    for (const r of rows) candidates.get(r.id)!.title = r.title;
  }
  const words = titleWords(article.title);
  const computed: Candidate[] = [];
  for (const c of candidates.values()) {
    const similarity = c.title === undefined ? 0 : jaccard(words, titleWords(c.title));
    // Sharing the category alone is what `Tin cùng chuyên mục` is for: something more is needed.
    if (!c.keyed && similarity < MIN_SIMILARITY) continue;
    computed.push({ ...c, score: c.score + similarity * WEIGHTS.title });
  }
  computed.sort(byRank);
  const related = [...manual, ...computed.map((c) => c.id)].slice(0, RELATED_LIMIT);

  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('article_related')
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .execute();
    if (related.length) {
      await trx
        .insertInto('article_related')
        .values(
          related.map((related_id, rank) => ({ site_id: siteId, article_id: articleId, related_id, rank })),
        )
        .execute();
    }
  });
  return related;
}

/**
 * After an article is published, ranks again the newest public articles in its language citing the
 * same documents, so the new article appears in their lists when it ranks high enough. Returns the ids of those whose
 * list changed (their pages are to be purged).
 */
export async function recomputeNeighbours(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<number[]> {
  const db = database.db;
  const [article, docs] = await Promise.all([
    db
      .selectFrom('articles')
      .select('lang')
      .where('site_id', '=', siteId)
      .where('id', '=', articleId)
      .executeTakeFirst(),
    db
      .selectFrom('article_documents')
      .select('doc_key')
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .execute(),
  ]);
  if (!article || docs.length === 0) return [];
  // The newest citing articles of each document (index only), then the public ones among them.
  const citing = new Set<number>();
  for (const { doc_key } of docs.slice(0, KEYS_LOOKED_UP)) {
    const rows = await newestCiting(database, siteId, doc_key, articleId, NEIGHBOURS_RECOMPUTED * 2);
    for (const r of rows) citing.add(r.article_id);
  }
  if (citing.size === 0) return [];
  const neighbours = await db
    .selectFrom('articles')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', 'in', [...citing])
    .where('status', '=', 'published')
    .where('lang', '=', article.lang)
    .orderBy('id', 'desc')
    .limit(NEIGHBOURS_RECOMPUTED)
    .execute();
  const changed: number[] = [];
  for (const { id } of neighbours) {
    const before = await db
      .selectFrom('article_related')
      .select('related_id')
      .where('site_id', '=', siteId)
      .where('article_id', '=', id)
      .orderBy('rank')
      .execute();
    const after = await recomputeRelated(database, siteId, id);
    if (before.map((r) => r.related_id).join() !== after.join()) changed.push(id);
  }
  return changed;
}
