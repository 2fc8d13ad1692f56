/**
 * PostgreSQL's search vectors built in Node (pg-index.ts): positions, weights, segments apart,
 * PostgreSQL's limits, folding exactly as the query side folds (foldLongText, query.ts's words);
 * then against a real PostgreSQL: the binary vectors read back as built, the migration's
 * backfill, a created article found at once, phrases never spanning two fields, a raw SQL write
 * found after the sweep, and the rebuild (`loa search reindex`) on both dialects.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { fold, foldLongText } from '../../platform/vietnamese/index.js';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { createArticle } from '../articles/operations.js';
import { createCategory } from '../categories/operations.js';
import { createSite } from '../sites/operations.js';
import { indexPending } from './pg-index.js';
import {
  type IndexedText,
  LEXEME_BYTES_MAX,
  POSITION_MAX,
  POSITIONS_PER_LEXEME,
  searchVectors,
} from './pg-vectors.js';
import { rebuildSearchIndex } from './reindex.js';
import { startSearchSweep } from './sweep.js';
import { bodyWords } from './text-words.js';
import { vectorText } from './tsvector-binary.js';

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

function row(fields: Partial<IndexedText>): IndexedText {
  return { title: '', lead: '', body_html: '', search_tags: '', byline: '', ...fields };
}

/** lexeme → positions as PostgreSQL prints them, from vectorText. */
function entries(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/'([^']*)'(?::([0-9A-D,]+))?/g)) out.set(m[1]!, m[2] ? m[2].split(',') : []);
  return out;
}

/** The lexemes in the order they are written in the binary form. */
function writtenOrder(vector: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let off = 4;
  for (let i = 0; i < vector.readInt32BE(0); i++) {
    const end = vector.indexOf(0, off);
    out.push(vector.subarray(off, end));
    off = end + 3 + 2 * vector.readUInt16BE(end + 1);
  }
  return out;
}

const SAMPLE = row({
  title: 'Đại hội Đảng bộ',
  search_tags: 'Tag Một, Hai',
  lead: 'Sáng nay đại hội',
  byline: 'Bài: Lò Văn Quýnh',
  body_html: '<p class="x">Nội dung &amp; đại hội</p>',
});

describe('search vectors built in Node (no database)', () => {
  test('the head: folded title and tags (A), lead (B), then the words as written, a position apart', () => {
    assert.equal(
      vectorText(searchVectors(SAMPLE).head),
      "'bo':4A 'bộ':18A 'dai':1A,12B 'dang':3A 'hai':8A,22A 'hoi':2A,13B 'hội':16A,27B 'mot':7A " +
        "'một':21A 'nay':11B,25B 'sang':10B 'sáng':24B 'tag':6A,20A 'đại':15A,26B 'đảng':17A",
      'positions, weights and a free position after each segment',
    );
  });

  test('the whole vector: folded title, tags, lead, byline (C) and body (D), tags and entities out', () => {
    assert.equal(
      vectorText(searchVectors(SAMPLE).vector),
      "'bai':15C 'bo':4A 'dai':1A,12B,22 'dang':3A 'dung':21 'hai':8A 'hoi':2A,13B,23 'lo':16C " +
        "'mot':7A 'nay':11B 'noi':20 'quynh':18C 'sang':10B 'tag':6A 'van':17C",
      'no word of the markup (p, class, x, amp) and no exact words',
    );
  });

  test('folding: Đảng → dang, decomposed (NFD) text too; the exact words are NFC lower case', () => {
    const v = searchVectors(row({ title: 'ĐẢNG Đa\u0323i' }));
    const head = entries(vectorText(v.head));
    assert.deepEqual(head.get('dang'), ['1A'], 'Đảng folded');
    assert.deepEqual(head.get('dai'), ['2A'], 'a decomposed mark folds away inside the word');
    assert.deepEqual(head.get('đảng'), ['4A'], 'exact, lower case');
    assert.deepEqual(head.get('đại'), ['5A'], 'exact, recomposed');
    assert.ok(!entries(vectorText(v.vector)).has('đảng'), 'the whole vector holds folded words only');
  });

  test('words are cut and folded exactly as foldLongText and the query parser do', () => {
    const texts = [
      'Hà Nội 2025 – “trực tuyến”; số 35-CT/TW, 42/2022/NĐ-CP, e-mail: a.b@c.vn',
      'ΟΔΟΣ Σοφοκλέους, İstanbul, Straße, ﬁnal ǅemal, 한국어 문장, ８０km',
      'Emoji 🎉 giữa chữ🎉chữ, 𝒜𝒷𝒸 và \u{10FFFD}riêng',
      'Tiếng Việt tổ hợp: Nguye\u0302\u0303n Thi\u0323 A\u0301nh Tuye\u0302\u0301t',
      'ＡＢＣ ａｂｃ ŉ ǰ ẞ ꭓ',
      `dài${'x'.repeat(50)} ${'ạ'.repeat(5)}`,
    ];
    for (const text of texts) {
      const expected = [...new Set(foldLongText(text).match(WORD) ?? [])].sort();
      const got = [...entries(vectorText(searchVectors(row({ body_html: text })).vector)).keys()].sort();
      assert.deepEqual(got, expected, text);
      // And each word as the query side folds it (query.ts: NFC, cut, lower case, fold).
      for (const w of text.normalize('NFC').match(WORD) ?? []) {
        const q = fold(w.toLowerCase());
        if (!/[\u0300-\u036f]/.test(text)) assert.ok(got.includes(q), `${text}: query word ${q}`);
      }
    }
  });

  test('limits: 256 positions a lexeme, nothing past position 16383, overlong words skipped', () => {
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(i % 2 === 0 ? 'lap' : `tu${i}`);
    const v = searchVectors(row({ title: 'Tiêu đề', body_html: `<p>${words.join(' ')}</p>` }));
    const all = entries(vectorText(v.vector));
    assert.equal(all.get('lap')!.length, POSITIONS_PER_LEXEME, 'the first 256 positions of a frequent word');
    assert.equal(all.get('lap')![0], '4', 'the body starts after the title and a free position');
    let max = 0;
    for (const positions of all.values())
      for (const p of positions) max = Math.max(max, Number.parseInt(p, 10));
    assert.equal(max, POSITION_MAX, 'later words share the last position');
    assert.deepEqual(all.get('tu19999'), [String(POSITION_MAX)], 'a word past the last position is kept');
    assert.equal(all.size, 2 + 1 + 10_000, 'every distinct word');

    const longest = 'a'.repeat(LEXEME_BYTES_MAX);
    const chinese = '中'.repeat(LEXEME_BYTES_MAX / 3 + 1); // 3 bytes each, folds to itself: 2,049 bytes
    const long = entries(
      vectorText(searchVectors(row({ body_html: `mot ${longest}b ${longest} ${chinese} hai` })).vector),
    );
    assert.ok(long.has(longest), 'a 2,046-byte word is indexed');
    assert.ok(!long.has(`${longest}b`), 'a 2,047-byte word is skipped');
    assert.ok(![...long.keys()].some((w) => w.startsWith('中')), 'a 2,049-byte word is skipped');
    assert.equal(long.size, 3, 'mot, the longest word, hai');
    assert.deepEqual(long.get('hai'), ['5'], 'skipped words keep their positions (no false phrase)');
    const head = entries(vectorText(searchVectors(row({ title: `Tiêu đề ${'Ạ'.repeat(600)}` })).head));
    assert.deepEqual(head.get('ạ'.repeat(600)), ['7A'], 'a long word as written, whole (1,800 bytes)');
    assert.deepEqual(head.get('a'.repeat(600)), ['3A'], 'and folded');
  });

  test('lexemes are written in PostgreSQL order, however many words the vocabulary has met', () => {
    // Thousands of new words in each article: rankings of the vocabulary and new words merged in.
    for (let round = 0; round < 6; round++) {
      const body = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919 + round * 104_729) % 1_000_003}`);
      body.push('đại', 'dai', 'zz', 'a', 'ă', 'ą', '0', '9');
      const { vector } = searchVectors(row({ title: `Bài ${round}`, body_html: body.join(' ') }));
      const order = writtenOrder(vector);
      for (let i = 1; i < order.length; i++)
        assert.ok(
          Buffer.compare(order[i - 1]!, order[i]!) < 0,
          `round ${round}: ${order[i - 1]} < ${order[i]}`,
        );
    }
  });

  test('a body read as UTF-8 bytes (as the indexer reads it) gives the vector its text gives', () => {
    for (const html of [
      SAMPLE.body_html as string,
      '<p>Đại hội &amp; Đảng bộ&nbsp;xã</p><p>a<b>c</b>d &#7841;&#x1F; & x &; &#; 3 < 4 > 2 <unclosed',
      'Nguye\u0302\u0303n ΟΔΟΣ İstanbul ﬁnal ǅ 한국어 ８０km',
      'emoji 🎉 past U+FFFF: folded whole',
      `<p>${'Chữ '.repeat(5000)}</p>`,
      '',
    ]) {
      const text = vectorText(searchVectors(row({ title: 'T', body_html: html })).vector);
      const bytes = vectorText(searchVectors(row({ title: 'T', body_html: Buffer.from(html) })).vector);
      assert.equal(bytes, text, html.slice(0, 60));
    }
  });

  test('HTML is dropped as on SQLite (tags, entities), the text between kept', () => {
    assert.equal(bodyWords('<p>a&amp;b&#7841;c</p><br/>d'), ' a b c  d');
    const v = entries(vectorText(searchVectors(row({ body_html: '<a href="x">Xem</a> 3 &lt; 4' })).vector));
    assert.deepEqual([...v.keys()].sort(), ['3', '4', 'xem']);
  });
});

describe('search vectors in PostgreSQL', { skip: await skipUnlessPostgres() }, () => {
  let node: TestNode;
  let siteId: number;
  let categoryId: number;
  const db = () => node.services.database.db;
  /** Titles the full-text search finds (not the look-alike titles offered for typos). */
  const api = async (q: string) => {
    const res = await node.app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}` });
    assert.equal(res.statusCode, 200, q);
    const body = res.json() as { items: { title: string }[]; approximate: boolean };
    return body.approximate ? [] : body.items.map((i) => i.title);
  };
  const add = async (title: string, lead = '', text = 'Nội dung.') =>
    (
      await createArticle(node.services.database, siteId, {
        categoryId,
        title,
        lead,
        blocks: [{ type: 'paragraph', text }],
        status: 'published',
        publishedAt: Date.now() - 60_000,
      })
    ).id;

  before(async () => {
    node = await createTestNode({ dialect: 'postgres', seed: false });
    siteId = await createSite(node.services.database, {
      code: 'xa-thu',
      nameVi: 'Xã Thử',
      kind: 'commune',
      isDefault: true,
    });
    categoryId = await createCategory(node.services.database, siteId, { nameVi: 'Tin tức', slug: 'tin-tuc' });
  });
  after(async () => {
    await node?.close();
  });

  test('PostgreSQL reads the binary vectors exactly as built, limits included', async () => {
    const rows = [
      SAMPLE,
      row({ title: 'Emoji 🎉 và ΟΔΟΣ', body_html: 'ﬁnal 한국어 \u{10FFFD}x' }),
      row({ body_html: Array.from({ length: 20_000 }, (_, i) => `tu${i % 700}`).join(' ') }),
      row({ body_html: `${'a'.repeat(LEXEME_BYTES_MAX)} ${'ạ'.repeat(682)}` }),
      row({}),
    ];
    for (const r of rows) {
      const v = searchVectors(r);
      const { rows: out } = await sql<{ v: string; h: string }>`select ${v.vector}::tsvector::text as v,
        ${v.head}::tsvector::text as h`.execute(db());
      assert.equal(out[0]!.v, vectorText(v.vector), `vector of ${r.title || r.body_html.slice(0, 20)}`);
      assert.equal(out[0]!.h, vectorText(v.head), `head of ${r.title || r.body_html.slice(0, 20)}`);
    }
  });

  test('a freshly created article is found at once through the API', async () => {
    await add('Khánh thành cầu Ximbrola', 'Cầu mới nối hai thôn.');
    assert.deepEqual(await api('ximbrola'), ['Khánh thành cầu Ximbrola'], 'found without waiting');
    assert.deepEqual(await api('cầu ximbrola'), ['Khánh thành cầu Ximbrola'], 'the exact tier too');
  });

  test('a phrase never spans two fields', async () => {
    await add('Lễ hội Quorvath Brindel', 'Vendrax mở màn ngày hội.', 'Zalpheron kết thúc.');
    assert.deepEqual(await api('"quorvath brindel"'), ['Lễ hội Quorvath Brindel'], 'within the title');
    assert.deepEqual(await api('"brindel vendrax"'), [], 'title then lead: no phrase');
    assert.deepEqual(await api('"vendrax zalpheron"'), [], 'lead then body: no phrase');
    assert.deepEqual(await api('brindel vendrax'), ['Lễ hội Quorvath Brindel'], 'as words, found');
  });

  test('a raw SQL write empties the vectors; the sweep makes it searchable again', async () => {
    const id = await add('Tin cũ Plenthor');
    await sql`update articles set title = 'Tin mới Gravelux' where id = ${id}`.execute(db());
    const { rows } = await sql<{ pending: boolean }>`select search_vector is null as pending from articles
      where id = ${id}`.execute(db());
    assert.equal(rows[0]!.pending, true, 'the trigger emptied the vector');
    assert.deepEqual(await api('gravelux'), [], 'not found until indexed, and no error');
    const stop = startSearchSweep(node.services, 50);
    try {
      const deadline = Date.now() + 10_000;
      while ((await api('gravelux')).length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    } finally {
      stop();
    }
    assert.deepEqual(await api('gravelux'), ['Tin mới Gravelux'], 'found by the new title after the sweep');
    assert.deepEqual(await api('plenthor'), [], 'not by the old one');
    // View counts do not empty the vectors.
    await sql`update articles set view_count = view_count + 1 where id = ${id}`.execute(db());
    const { rows: again } = await sql<{ pending: boolean }>`select search_vector is null as pending
      from articles where id = ${id}`.execute(db());
    assert.equal(again[0]!.pending, false, 'still indexed');
  });

  test('the migration fills existing rows itself (inside its transaction) and builds the indexes', async () => {
    await add('Bài trước khi nâng cấp Crendavor');
    // Back to the state before migration 014: no trigger, no function, no pending index.
    await sql`drop trigger articles_search_stale on articles`.execute(db());
    await sql`drop function loa_search_stale()`.execute(db());
    await sql`drop index articles_search_pending`.execute(db());
    const { up } = await import('../../platform/db/migrations/014-search-vectors.js');
    await db()
      .transaction()
      .execute((trx) => up(trx as never, { dialect: 'postgres' }));
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles
      where search_vector is null or search_head is null`.execute(db());
    assert.equal(rows[0]!.n, 0, 'every row filled');
    const { rows: indexes } = await sql<{ name: string }>`select indexname as name from pg_indexes
      where schemaname = current_schema() and tablename = 'articles' and indexname like 'articles_search%'
      order by 1`.execute(db());
    assert.deepEqual(
      indexes.map((i) => i.name),
      ['articles_search', 'articles_search_head', 'articles_search_pending'],
      'the GIN indexes and the pending index',
    );
    assert.deepEqual(await api('crendavor'), ['Bài trước khi nâng cấp Crendavor']);
    assert.equal(await indexPending(node.services.database), 0, 'nothing left pending');
  });

  test('a rebuild recomputes every vector and rebuilds the indexes; searching gives the same', async () => {
    const before = await api('hội');
    const { rows: count } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(db());
    await sql`update articles set search_vector = '', search_head = ''`.execute(db());
    const result = await rebuildSearchIndex(node.services.database);
    assert.equal(result.articles, count[0]!.n, 'every article');
    assert.deepEqual(await api('hội'), before, 'the same results');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_indexes
      where schemaname = current_schema() and tablename = 'articles'
        and indexname in ('articles_search', 'articles_search_head')`.execute(db());
    assert.equal(rows[0]!.n, 2, 'both GIN indexes are back');
  });
});

for (const dialect of DIALECTS) {
  describe(`rebuilding the search index on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 4, imagesPerSite: 0 });
    });
    after(async () => {
      await node?.close();
    });

    test('rebuildSearchIndex reports the articles and searching still answers', async () => {
      const search = async () =>
        (await node.app.inject({ url: '/api/v1/search?q=x%C3%A3&sort=newest' })).json() as { total: number };
      const before = (await search()).total;
      const result = await rebuildSearchIndex(node.services.database);
      assert.ok(result.articles > 0, 'articles indexed');
      assert.ok(result.seconds >= 0, 'timed');
      assert.equal((await search()).total, before, 'the same count of results');
    });
  });
}
