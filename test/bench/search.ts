/**
 * `npm run bench:search`: full-text search at scale. Generates BENCH_SEARCH_ARTICLES (default
 * 100,000; 1,000,000 is the target size of a large province: BENCH_SEARCH_ARTICLES=1000000, and
 * patience) Vietnamese articles with the demo generator (seeded, so every run indexes the same
 * text; bodies of BENCH_SEARCH_WORDS words, default 200-800) on one site, oldest first as a portal
 * writes them, inserted in bulk (multi-row INSERTs in transactions, not createArticle). Then on
 * SQLite (a temporary data dir) and PostgreSQL (its own schema at BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, dropped at the end; skipped with a message when unreachable) it reports:
 *   - index build: articles/s of building the full-text index from the rows, as `loa search
 *     reindex` does (SQLite FTS5 'rebuild'; PostgreSQL every article's vectors computed in Node
 *     and written, the GIN indexes dropped before and built after, two at once), and of the bulk
 *     insert with every search index kept up to date (PostgreSQL: the inserted rows then indexed
 *     as the background sweep does, GIN indexes in place);
 *   - index size;
 *   - p50/p95 latency of 50 fixed queries through the functions the routes call: searches with and
 *     without diacritics, phrases, document numbers and nothing found (searchArticles, as the
 *     search page and API), and words being typed (suggestTitles, as the search box).
 * Targets at 100,000: p95 ≤ 30 ms on SQLite, ≤ 50 ms on PostgreSQL, indexing ≥ 5,000 articles/s.
 * BENCH_SEARCH_DIALECT=sqlite|postgres runs one; BENCH_SEARCH_KEEP=1 keeps the file and schema.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createCategory } from '../../src/features/categories/operations.js';
import { DEMO_PROVINCE } from '../../src/features/demo/places.js';
import { Rng } from '../../src/features/demo/random.js';
import { generateArticle } from '../../src/features/demo/text/index.js';
import { indexPending } from '../../src/features/search/pg-index.js';
import { parseQuery } from '../../src/features/search/query.js';
import { rebuildSearchIndex } from '../../src/features/search/reindex.js';
import { searchArticles, suggestTitles } from '../../src/features/search/search.js';
import { createSite } from '../../src/features/sites/operations.js';
import { type Database, openPostgres, openSqlite } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { escapeHtml } from '../../src/platform/html/escape.js';
import { extractDocumentNumbers } from '../../src/platform/vietnamese/index.js';

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000);
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
/** Words per article body, `min-max`: a district portal's news items are mostly a few hundred words. */
const [MIN_WORDS, MAX_WORDS] = (process.env.BENCH_SEARCH_WORDS ?? '200-800').split('-').map(Number) as [
  number,
  number,
];
const BATCH = 400;
const ROUNDS = 3;
const HOUR = 3_600_000;

/**
 * 50 queries: with and without diacritics, phrases, document numbers, nothing found (searches,
 * through searchArticles like the search page and API); and words being typed, the last one a
 * prefix (through suggestTitles like the search box's suggestions).
 */
const QUERIES = [
  'đại hội đảng bộ',
  'chuyển đổi số',
  'nông thôn mới',
  'du lịch cộng đồng',
  'cải cách hành chính',
  'an toàn giao thông',
  'bảo hiểm y tế',
  'lễ hội truyền thống',
  'hội đồng nhân dân tỉnh',
  'tiếp xúc cử tri',
  'giải phóng mặt bằng',
  'phòng chống tội phạm',
  'di tích lịch sử',
  'nghĩa vụ quân sự',
  'đảng',
  'dai hoi dang bo',
  'chuyen doi so',
  'nong thon moi',
  'du lich cong dong',
  'cai cach hanh chinh',
  'an toan giao thong',
  'bao hiem y te',
  'hoa lam',
  'ubnd tinh',
  'tiem chung',
  'homestay',
  'vietgap',
  'ocop',
  '"nông thôn mới nâng cao"',
  '"chuyen doi so"',
  '"đại hội đại biểu"',
  '"an toan thuc pham"',
  '"tổ công nghệ số cộng đồng"',
  '"phong chay chua chay"',
  'đại hội đại biểu đảng bộ tỉnh hòa lâm lần thứ xviii nhiệm kỳ 2025',
  '33-CT/TU',
  '41-CT/TW',
  '48-NQ/TW',
  'Chỉ thị số 29-CT/TW',
  '42/2022/NĐ-CP',
  '42/2022/nd-cp',
  'xyzzy khong co',
  'tàu vũ trụ',
  'homestay xã thượng vân',
] as const;
const TYPING = [
  'chuyển đổi s',
  'nong thon m',
  'du li',
  'ubnd tỉnh hòa l',
  'tiêm chủ',
  'giải phóng mặt b',
] as const;

interface Fixture {
  siteId: number;
  categories: number[];
}

async function setUp(database: Database): Promise<Fixture> {
  await migrateToLatest(database);
  const siteId = await createSite(database, {
    code: DEMO_PROVINCE.code,
    nameVi: DEMO_PROVINCE.nameVi,
    nameEn: DEMO_PROVINCE.nameEn,
    kind: DEMO_PROVINCE.kind,
    hosts: [],
    isDefault: true,
  });
  const categories: number[] = [];
  for (const [position, c] of DEMO_PROVINCE.categories.entries()) {
    categories.push(
      await createCategory(database, siteId, { nameVi: c.nameVi, nameEn: c.nameEn, slug: c.slug, position }),
    );
  }
  return { siteId, categories };
}

interface Generated {
  row: Record<string, unknown>;
  docs: { key: string; number: string }[];
}

/**
 * The same articles on every run and both dialects, oldest first as a portal writes them (about
 * one every 50 minutes, the newest an hour ago).
 */
function* articles(fx: Fixture, count: number): Generator<Generated> {
  const rng = new Rng(20250701);
  const now = Date.now();
  let publishedAt = now - HOUR - count * 50 * 60_000;
  for (let i = 0; i < count; i++) {
    const ci = i % DEMO_PROVINCE.categories.length;
    const a = generateArticle(rng, DEMO_PROVINCE, DEMO_PROVINCE.categories[ci]!, {
      minWords: MIN_WORDS,
      maxWords: MAX_WORDS,
      lang: 'vi',
    });
    publishedAt += rng.int(10, 90) * 60_000;
    const headings = new Map(a.subheadings.map((h) => [h.beforeParagraph, h.text]));
    const body = a.paragraphs
      .map(
        (p, k) =>
          `${headings.has(k) ? `<h2>${escapeHtml(headings.get(k)!)}</h2>\n` : ''}<p>${escapeHtml(p)}</p>`,
      )
      .join('\n');
    const text = `${a.title}\n${a.lead}\n${a.paragraphs.join('\n')}`;
    yield {
      row: {
        site_id: fx.siteId,
        category_id: fx.categories[ci],
        lang: 'vi',
        slug: `bai-${i + 1}`,
        title: a.title,
        lead: a.lead,
        body_html: body,
        word_count: 0,
        byline: a.byline,
        source: a.source,
        status: 'published',
        published_at: publishedAt,
        view_count: 0,
        created_at: now,
        updated_at: now,
        search_tags: a.tags.join(', '),
      },
      docs: extractDocumentNumbers(text).map((d) => ({ key: d.key, number: d.number })),
    };
  }
}

async function insertAll(
  database: Database,
  fx: Fixture,
): Promise<{ seconds: number; generateSeconds: number }> {
  let generateMs = 0;
  let writeMs = 0;
  const source = articles(fx, ARTICLES);
  let done = 0;
  while (done < ARTICLES) {
    const t0 = performance.now();
    const batch: Generated[] = [];
    for (let k = 0; k < 25 * BATCH && done + batch.length < ARTICLES; k++) batch.push(source.next().value!);
    const t1 = performance.now();
    await database.db.transaction().execute(async (trx) => {
      for (let s = 0; s < batch.length; s += BATCH) {
        const slice = batch.slice(s, s + BATCH);
        const ids = await trx
          .insertInto('articles')
          // search_tags is the search feature's column (migration 002), not in the shared schema type.
          .values(slice.map((g) => g.row) as never)
          .returning('id')
          .execute();
        const refs = slice.flatMap((g, j) =>
          g.docs.map((d) => ({
            site_id: fx.siteId,
            article_id: ids[j]!.id,
            doc_key: d.key,
            doc_number: d.number,
          })),
        );
        for (let r = 0; r < refs.length; r += 1000) {
          await trx
            .insertInto('article_documents')
            .values(refs.slice(r, r + 1000))
            .execute();
        }
      }
    });
    // PostgreSQL indexes in the application: the rows just written, as the background sweep would.
    await indexPending(database);
    writeMs += performance.now() - t1;
    generateMs += t1 - t0;
    done += batch.length;
    process.stdout.write(`\r  inserted ${done.toLocaleString('en')} / ${ARTICLES.toLocaleString('en')}`);
  }
  process.stdout.write('\n');
  return { seconds: writeMs / 1000, generateSeconds: generateMs / 1000 };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latency(database: Database, fx: Fixture): Promise<{ p50: number; p95: number; max: number }> {
  const now = Date.now();
  const run = async (text: string, typing: boolean) => {
    const parsed = parseQuery(text);
    if (!parsed.ok) throw new Error(`bench query rejected: ${text}`);
    const input = { siteId: fx.siteId, lang: 'vi' as const, now, query: parsed.query };
    const t0 = performance.now();
    const found = typing
      ? (await suggestTitles(database, input)).length
      : (await searchArticles(database, { ...input, sort: 'relevance', page: 1 })).total;
    return { ms: performance.now() - t0, found };
  };
  const all = [...QUERIES.map((q) => [q, false] as const), ...TYPING.map((q) => [q, true] as const)];
  // One warm-up pass (caches, JIT), then ROUNDS measured passes.
  for (const [q, typing] of all) await run(q, typing);
  const times: number[] = [];
  const slow: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [q, typing] of all) {
      const { ms, found } = await run(q, typing);
      times.push(ms);
      if (round === 0 && ms > 30) slow.push(`${q} (${ms.toFixed(1)} ms, ${found} found)`);
    }
  }
  if (slow.length) console.log(`  slower than 30 ms: ${slow.join('; ')}`);
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! };
}

function report(
  name: string,
  insert: { seconds: number },
  rebuildSeconds: number,
  sizeBytes: number,
  lat: { p50: number; p95: number; max: number },
  targetP95: number,
): boolean {
  const rate = ARTICLES / insert.seconds;
  const buildRate = ARTICLES / rebuildSeconds;
  const ok = buildRate >= 5000 && lat.p95 <= targetP95;
  console.log(
    `${name}: ${ARTICLES.toLocaleString('en')} articles\n` +
      `  index build        ${rebuildSeconds.toFixed(1)} s = ${Math.round(buildRate).toLocaleString('en')} articles/s (target ≥ 5,000)\n` +
      `  insert with index  ${insert.seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString('en')} articles/s (rows written too)\n` +
      `  index size         ${(sizeBytes / 1048576).toFixed(0)} MiB\n` +
      `  latency (${QUERIES.length + TYPING.length} queries × ${ROUNDS}) p50 ${lat.p50.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms ` +
      `(target ≤ ${targetP95}), max ${lat.max.toFixed(1)} ms  ${ok ? 'OK' : 'MISSED'}`,
  );
  return ok;
}

async function benchSqlite(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'loa-bench-search-'));
  const file = join(dir, 'loa.sqlite');
  const database = openSqlite(file);
  try {
    console.log('SQLite: generating and inserting…');
    const fx = await setUp(database);
    const insert = await insertAll(database, fx);
    console.log(`  (generating the text took ${insert.generateSeconds.toFixed(1)} s, not counted)`);
    const t0 = performance.now();
    await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(database.db);
    const rebuildSeconds = (performance.now() - t0) / 1000;
    await sql`insert into articles_fts(articles_fts) values ('optimize')`.execute(database.db);
    const { rows } = await sql<{ bytes: number }>`select sum(pgsize) as bytes from dbstat
      where name like 'articles_fts%'`.execute(database.db);
    const lat = await latency(database, fx);
    console.log(`  database file ${(statSync(file).size / 1048576).toFixed(0)} MiB`);
    return report('SQLite', insert, rebuildSeconds, Number(rows[0]?.bytes ?? 0), lat, 30);
  } finally {
    await database.close();
    if (process.env.BENCH_SEARCH_KEEP) console.log(`  kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<boolean> {
  const probe = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await probe.connect();
  } catch (err) {
    console.log(`PostgreSQL: skipped, ${PG_URL} is not reachable (${(err as Error).message})`);
    return true;
  } finally {
    await probe.end().catch(() => {});
  }
  const schema = `bench_search_${randomBytes(4).toString('hex')}`;
  const database = await openPostgres(PG_URL, schema);
  try {
    console.log(`PostgreSQL (schema ${schema}): generating and inserting…`);
    const fx = await setUp(database);
    const insert = await insertAll(database, fx);
    console.log(`  (generating the text took ${insert.generateSeconds.toFixed(1)} s, not counted)`);
    await sql`vacuum analyze articles`.execute(database.db);
    // What `loa search reindex` does: every vector computed again, the GIN indexes built again.
    const rebuild = await rebuildSearchIndex(database);
    if (rebuild.articles !== ARTICLES) throw new Error(`reindexed ${rebuild.articles} of ${ARTICLES}`);
    const rebuildSeconds = rebuild.seconds;
    await sql`vacuum analyze articles`.execute(database.db);
    const { rows } = await sql<{ bytes: number }>`select
        pg_relation_size('articles_search') + pg_relation_size('articles_search_head')
        + (select sum(pg_column_size(search_vector) + pg_column_size(search_head)) from articles) as bytes`.execute(
      database.db,
    );
    const lat = await latency(database, fx);
    return report('PostgreSQL', insert, rebuildSeconds, Number(rows[0]?.bytes ?? 0), lat, 50);
  } finally {
    await database.close();
    if (process.env.BENCH_SEARCH_KEEP) console.log(`  kept schema ${schema}`);
    else {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  }
}

const only = process.env.BENCH_SEARCH_DIALECT;
let ok = true;
if (!only || only === 'sqlite') ok = (await benchSqlite()) && ok;
if (!only || only === 'postgres') ok = (await benchPostgres()) && ok;
process.exitCode = ok ? 0 : 1;
