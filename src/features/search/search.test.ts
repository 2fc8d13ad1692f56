/**
 * Full-text search on every dialect: diacritic folding (đ → d), exact-diacritic matches first,
 * phrases, prefixes as the user types, tags and bylines, highlighting that escapes everything
 * else, filters, bounded paging, document numbers, the index following inserts, updates and
 * deletes, per-site and published-only scoping, absurd input, the JSON API and suggestions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { sql } from 'kysely';
import { fold } from '../../platform/vietnamese/index.js';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { createArticle } from '../articles/operations.js';
import { DEMO_COMMUNES, DEMO_PROVINCE } from '../demo/places.js';
import { highlight, snippet } from './highlight.js';
import { parseDate } from './params.js';
import { indexPending } from './pg-index.js';
import { parseQuery, queryTerms } from './query.js';

const DAY = 86_400_000;
const XSS_TITLE = '<script>alert(1)</script> Đại hội thanh niên Cồn Khương';

describe('query parsing and highlighting (no database)', () => {
  test('words, quoted phrases, punctuation-joined words, and syntax characters as separators', () => {
    const r = parseQuery('Đại hội "nông thôn mới" 35-CT/TW NEAR( * ^ : ;-- AND');
    assert.ok(r.ok);
    const clauses = r.query.clauses.map((c) => c.folded.join(' '));
    assert.deepEqual(clauses, ['dai', 'hoi', 'nong thon moi', '35 ct tw', 'near', 'and']);
    assert.equal(r.query.clauses[0]!.accented, true);
    assert.equal(r.query.clauses[4]!.accented, false);
    assert.equal(r.query.clauses.at(-1)!.prefix, true, 'the last word may be being typed');
    const typed = parseQuery('nông thôn ');
    assert.ok(typed.ok);
    assert.equal(typed.query.clauses.at(-1)!.prefix, false, 'a trailing space ends the word');
  });

  test('empty, punctuation-only and overlong queries are told apart', () => {
    assert.deepEqual(parseQuery('   '), { ok: false, reason: 'empty', text: '' });
    assert.equal((parseQuery('"*^:;--()\'') as { reason: string }).reason, 'noWords');
    assert.equal((parseQuery('x'.repeat(10_240)) as { reason: string }).reason, 'tooLong');
  });

  test('highlighting marks the original text and escapes everything else', () => {
    const parsed = parseQuery('dai hoi');
    assert.ok(parsed.ok);
    const terms = queryTerms(parsed.query, false);
    assert.equal(
      highlight(XSS_TITLE, terms),
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>Đại</mark> <mark>hội</mark> thanh niên Cồn Khương',
    );
    // Decomposed (NFD) text keeps its marks inside the highlighted range.
    assert.equal(
      highlight('Đa\u0323i ho\u0302\u0323i', terms),
      '<mark>Đa\u0323i</mark> <mark>ho\u0302\u0323i</mark>',
    );
    assert.match(snippet(`${'Lời mở đầu. '.repeat(40)}Đại hội thành công.`, terms), /^… .*<mark>Đại<\/mark>/);
  });

  test('dates: dd/mm/yyyy or ISO, real calendar days, Vietnamese midnight', () => {
    assert.equal(parseDate('16/01/2021'), Date.UTC(2021, 0, 16) - 7 * 3_600_000);
    assert.equal(parseDate('2021-01-16'), parseDate('16/01/2021'));
    assert.equal(parseDate('29/02/2023'), null);
    assert.equal(parseDate('31/04/2024'), null);
    assert.equal(parseDate('tomorrow'), null);
  });
});

for (const dialect of DIALECTS) {
  describe(`search on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherSiteId: number;
    const ids: Record<string, number> = {};
    let categoryA: { id: number; slug: string };
    let categoryB: { id: number; slug: string };
    const otherHost = DEMO_COMMUNES[0]!.hosts[0]!;

    const get = (url: string, headers: Record<string, string> = {}) =>
      node.app.inject({ method: 'GET', url, headers });
    const json = async (url: string, headers: Record<string, string> = {}) => {
      const res = await get(url, headers);
      return { status: res.statusCode, headers: res.headers, body: res.json() };
    };
    const api = (q: string, extra = '') => json(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
    const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 6, imagesPerSite: 0 });
      const db = node.services.database.db;
      siteId = (
        await db
          .selectFrom('sites')
          .select('id')
          .where('code', '=', DEMO_PROVINCE.code)
          .executeTakeFirstOrThrow()
      ).id;
      otherSiteId = (
        await db
          .selectFrom('sites')
          .select('id')
          .where('code', '=', DEMO_COMMUNES[0]!.code)
          .executeTakeFirstOrThrow()
      ).id;
      const cats = await db
        .selectFrom('categories')
        .select(['id', 'slug'])
        .where('site_id', '=', siteId)
        .orderBy('position')
        .execute();
      [categoryA, categoryB] = [cats[0]!, cats[1]!];
      const now = Date.now();
      const add = async (
        key: string,
        title: string,
        more: Partial<Parameters<typeof createArticle>[2]> & { site?: number } = {},
      ) => {
        const { site, ...input } = more;
        const created = await createArticle(node.services.database, site ?? siteId, {
          categoryId: categoryA.id,
          title,
          lead: '',
          blocks: [{ type: 'paragraph', text: 'Nội dung bài viết.' }],
          status: 'published',
          publishedAt: now - DAY,
          ...input,
        });
        ids[key] = created.id;
      };
      await add('exact', 'Đại hội Đảng bộ xã Tân Phong lần thứ nhất', {
        lead: '- Sáng nay, Đảng bộ xã Tân Phong tổ chức đại hội.',
        publishedAt: now - 5 * DAY,
      });
      await add('folded', 'Người dân xã Tân Phong đang bổ sung hồ sơ', { publishedAt: now - 2 * DAY });
      await add('xss', XSS_TITLE, { lead: 'Cồn Khương đón tin vui.' });
      await add('phrase', 'Xây dựng nông thôn mới kiểu mẫu ở Cồn Khương');
      await add('scattered', 'Hỗ trợ bà con Cồn Khương', {
        blocks: [{ type: 'paragraph', text: 'Nông dân ở thôn này mới nhận hỗ trợ giống lúa.' }],
      });
      await add('tagged', 'Mùa quả chín ở vùng đồi', { tags: ['Quýt hồng Lai Vung'] });
      await add('byline', 'Lễ ra quân mùa khô', { byline: 'Bài, ảnh: Lò Văn Quýnh' });
      await add('dated', 'Chợ phiên Kiwiberry mùa xuân', {
        publishedAt: Date.UTC(2021, 2, 15, 3),
      });
      await add('category', 'Kiwiberry trong chuyên mục khác', { categoryId: categoryB.id });
      await add('citing', 'Triển khai kế hoạch mới của tỉnh', {
        blocks: [{ type: 'paragraph', text: 'Thực hiện Kế hoạch số 4321-KH/UBND của Ủy ban nhân dân tỉnh.' }],
        publishedAt: now - 10 * DAY,
      });
      await add('draft', 'Bản nháp Zygomorph', { status: 'draft', publishedAt: null });
      await add('scheduled', 'Bài hẹn giờ Zygomorph', { status: 'scheduled', publishedAt: now + DAY });
      const otherCategory = await db
        .selectFrom('categories')
        .select('id')
        .where('site_id', '=', otherSiteId)
        .executeTakeFirstOrThrow();
      await add('other', 'Tin của xã khác Zygomorph', { site: otherSiteId, categoryId: otherCategory.id });
      for (let i = 0; i < 25; i++) {
        await add(`page${i}`, `Bản tin Quokkavat số ${i + 1}`, { publishedAt: now - (30 + i) * 3_600_000 });
      }
    });
    after(async () => {
      await node?.close();
    });

    test('the folding function SQLite registers is fold() itself (đ → d)', {
      skip: dialect !== 'sqlite',
    }, async () => {
      for (const text of [
        'Đại hội ĐẢNG BỘ',
        'Nguyễn Thị Ánh Tuyết',
        'Hà Nội 2025 – “trực tuyến”',
        '한국어 ﬁ',
      ]) {
        const { rows } = await sql<{ f: string }>`select loa_fold(${text}) as f`.execute(
          node.services.database.db,
        );
        assert.equal(rows[0]!.f, fold(text), text);
      }
    });

    test('unaccent maps đ to d (PostgreSQL)', { skip: dialect !== 'postgres' }, async () => {
      const { rows } = await sql<{
        v: string;
      }>`select to_tsvector('loa_search', 'Đại hội Đảng bộ đường')::text as v`.execute(
        node.services.database.db,
      );
      assert.equal(rows[0]!.v, "'bo':4 'dai':1 'dang':3 'duong':5 'hoi':2");
    });

    test('diacritic-insensitive: "dai hoi dang bo tan phong" finds "Đại hội Đảng bộ xã Tân Phong"', async () => {
      for (const q of [
        'dai hoi dang bo tan phong',
        'ĐẠI HỘI ĐẢNG BỘ TÂN PHONG',
        'đai hoi đang bo tan phong',
      ]) {
        const { status, body } = await api(q);
        assert.equal(status, 200, q);
        assert.equal(body.items[0]?.title, 'Đại hội Đảng bộ xã Tân Phong lần thứ nhất', q);
      }
    });

    test('a query with diacritics ranks exact matches above folded ones; newest order ignores that', async () => {
      const mine = ['Đại hội Đảng bộ xã Tân Phong lần thứ nhất', 'Người dân xã Tân Phong đang bổ sung hồ sơ'];
      const relevance = titles((await api('đảng bộ tân phong')).body);
      assert.deepEqual(relevance.slice(0, 2), mine, 'the exact title first, though older');
      const newest = titles((await api('đảng bộ tân phong', '&sort=newest')).body).filter((x) =>
        mine.includes(x),
      );
      assert.deepEqual(newest, [mine[1], mine[0]]);
    });

    test('results page: an unfinished last word matches as a prefix when whole words find nothing', async () => {
      const title = 'Xây dựng nông thôn mới kiểu mẫu ở Cồn Khương';
      const partial = await api('nông thôn mới kiểu mẫ');
      assert.equal(partial.status, 200, 'answered');
      assert.ok(titles(partial.body).includes(title), 'the prefix “mẫ” finds “mẫu”');
      assert.equal(partial.body.approximate, false, 'a real match, not a look-alike title');
      const page = await node.app.inject({ url: `/tim-kiem?q=${encodeURIComponent('cồn khươ')}` });
      assert.equal(page.statusCode, 200, 'the results page answers');
      assert.match(page.body, /<mark>Khương<\/mark>/, 'the word the prefix matched is highlighted whole');
    });

    test('quoted phrases match words in order only', async () => {
      const loose = titles((await api('nông thôn mới cồn khương')).body);
      assert.ok(loose.includes('Xây dựng nông thôn mới kiểu mẫu ở Cồn Khương'));
      assert.ok(loose.includes('Hỗ trợ bà con Cồn Khương'));
      const phrase = titles((await api('"nong thon moi" cồn khương')).body);
      assert.deepEqual(phrase, ['Xây dựng nông thôn mới kiểu mẫu ở Cồn Khương']);
    });

    test('tags and bylines are searched', async () => {
      assert.deepEqual(titles((await api('quyt hong lai vung')).body), ['Mùa quả chín ở vùng đồi']);
      assert.deepEqual(titles((await api('Lò Văn Quýnh')).body), ['Lễ ra quân mùa khô']);
    });

    test('the results page highlights in the original text and escapes an XSS title', async () => {
      const res = await get(`/tim-kiem?q=${encodeURIComponent('đại hội cồn khương')}`);
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes('<script>alert(1)'), 'no live script');
      assert.ok(
        res.body.includes(
          '&lt;script&gt;alert(1)&lt;/script&gt; <mark>Đại</mark> <mark>hội</mark> thanh niên',
        ),
      );
      assert.match(res.body, /<mark>Cồn<\/mark> <mark>Khương<\/mark> đón tin vui\./);
      const { body } = await api('đại hội cồn khương');
      assert.ok(body.items[0].titleHtml.startsWith('&lt;script&gt;'));
    });

    test('the search page is never cached; its HTML keeps the query in the form', async () => {
      for (let i = 0; i < 2; i++) {
        const res = await get('/tim-kiem?q=kiwiberry');
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['cache-control'], 'no-store');
        assert.notEqual(res.headers['x-loa-cache'], 'HIT');
        assert.match(res.body, /id="search-q"[^>]*value="kiwiberry"/);
      }
      const en = await get('/en/search?q=kiwiberry');
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<html lang="en">/);
    });

    test('filters: category and date range (dd/mm/yyyy or ISO, "to" inclusive)', async () => {
      assert.equal((await api('kiwiberry')).body.total, 2);
      assert.deepEqual(titles((await api('kiwiberry', `&category=${categoryB.slug}`)).body), [
        'Kiwiberry trong chuyên mục khác',
      ]);
      const march = titles((await api('kiwiberry', '&from=01/03/2021&to=15/03/2021')).body);
      assert.deepEqual(march, ['Chợ phiên Kiwiberry mùa xuân']);
      assert.deepEqual(titles((await api('kiwiberry', '&from=2021-03-16&to=2021-12-31')).body), []);
      const page = await get('/tim-kiem?q=kiwiberry&from=01%2F03%2F2021&to=2021-03-31');
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes('Chợ phiên <mark>Kiwiberry</mark> mùa xuân'));
    });

    test('bad filters: 400 with the message next to the field, in the page language', async () => {
      const vi = await get('/tim-kiem?q=kiwiberry&from=31%2F02%2F2021');
      assert.equal(vi.statusCode, 400);
      assert.match(vi.body, /id="search-from"[^>]*aria-invalid="true"/);
      assert.match(vi.body, /<p class="field-error" id="search-from-error">Từ ngày: ngày không hợp lệ/);
      const en = await get('/en/search?q=kiwiberry&to=soon&category=nope&sort=best&page=99');
      assert.equal(en.statusCode, 400);
      assert.match(en.body, /id="search-to-error">To: not a valid date/);
      assert.match(en.body, /id="search-category-error">There is no such category on this site\./);
      assert.match(en.body, /id="search-sort-error">Unknown sort order/);
      assert.match(en.body, /id="search-page-error">The page must be a number from 1 to 20\./);
      const range = await get('/tim-kiem?q=kiwiberry&from=02%2F03%2F2021&to=01%2F03%2F2021');
      assert.equal(range.statusCode, 400);
      assert.match(range.body, /Ngày bắt đầu phải trước hoặc trùng ngày kết thúc\./);
    });

    test('paging: 20 a page, no overlap, bounded to 20 pages', async () => {
      const one = await api('quokkavat', '&sort=newest');
      assert.equal(one.body.total, 25);
      assert.equal(one.body.pages, 2);
      assert.equal(one.body.items.length, 20);
      assert.equal(one.body.items[0].title, 'Bản tin Quokkavat số 1');
      const two = await api('quokkavat', '&sort=newest&page=2');
      assert.equal(two.body.items.length, 5);
      const seen = new Set([...titles(one.body), ...titles(two.body)]);
      assert.equal(seen.size, 25);
      const relevance = new Set([
        ...titles((await api('quokkavat')).body),
        ...titles((await api('quokkavat', '&page=2')).body),
      ]);
      assert.deepEqual(relevance, seen);
      const deep = await api('quokkavat', '&page=21');
      assert.equal(deep.status, 400);
      assert.equal(deep.body.error.code, 'LOA_SEARCH_PAGE');
      const html = await get('/tim-kiem?q=quokkavat');
      assert.match(html.body, /<nav class="pager"[^>]*>.*href="\/tim-kiem\?q=quokkavat&amp;page=2"/s);
    });

    test('drafts, scheduled articles and other sites are never found', async () => {
      assert.deepEqual(titles((await api('zygomorph')).body), []);
      const other = await json('/api/v1/search?q=zygomorph', { host: otherHost });
      assert.deepEqual(titles(other.body), ['Tin của xã khác Zygomorph']);
      const suggest = await json('/api/v1/search/suggest?q=zygomo');
      assert.deepEqual(suggest.body.items, []);
    });

    test('the index follows updates and deletes; unpublishing removes, publishing adds', async () => {
      const db = node.services.database.db;
      await db
        .updateTable('articles')
        .set({ title: 'Lễ ra quân mùa mưa Wombatix' })
        .where('id', '=', ids.byline!)
        .execute();
      // Raw SQL: PostgreSQL's vectors wait for the background sweep (pg-index.ts), done here at once.
      await indexPending(node.services.database);
      assert.deepEqual(titles((await api('wombatix')).body), ['Lễ ra quân mùa mưa Wombatix']);
      assert.deepEqual(titles((await api('mùa khô')).body).includes('Lễ ra quân mùa khô'), false);
      await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', ids.byline!).execute();
      assert.deepEqual(titles((await api('wombatix')).body), []);
      await db.updateTable('articles').set({ status: 'published' }).where('id', '=', ids.byline!).execute();
      assert.deepEqual(titles((await api('wombatix')).body), ['Lễ ra quân mùa mưa Wombatix']);
      // View counts do not touch the index (and must not break it).
      await db.updateTable('articles').set({ view_count: 42 }).where('id', '=', ids.byline!).execute();
      await db.deleteFrom('articles').where('id', '=', ids.byline!).execute();
      assert.deepEqual(titles((await api('wombatix')).body), []);
    });

    test('a document number finds the articles citing it, first and marked', async () => {
      const { body } = await api('4321-kh/ubnd');
      assert.equal(body.items[0]?.title, 'Triển khai kế hoạch mới của tỉnh');
      assert.equal(body.items[0]?.cites, true);
      assert.equal(body.document, '4321-KH/UBND');
      const page = await get(`/tim-kiem?q=${encodeURIComponent('Kế hoạch số 4321-KH/UBND')}`);
      assert.match(page.body, /Có dẫn văn bản 4321-KH\/UBND/);
    });

    test('absurd queries get a clear answer, never an error page', async () => {
      const long = await get(`/tim-kiem?q=${'x'.repeat(10_240)}`);
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /Từ khóa quá dài; vui lòng nhập tối đa 200 ký tự\./);
      assert.match(long.body, /id="search-q"/, 'the search page, not an error page');
      for (const q of [
        '"',
        '*',
        'NEAR(',
        'AND',
        '-',
        ':',
        '^',
        "'",
        ';--',
        '" OR 1=1 --',
        "'; DROP TABLE articles;--",
        'title:hội',
        '{title}: x',
        'đại*',
        '"unclosed phrase',
        '(((',
        'NOT',
        '\\',
        '%_%',
      ]) {
        const res = await get(`/tim-kiem?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, q);
        assert.match(res.body, /<p role="status">[^<]+<\/p>/, q);
        const j = await api(q);
        assert.equal(j.status, 200, q);
        assert.equal(typeof j.body.message, 'string', q);
      }
      const punct = await get('/tim-kiem?q=%22*%5E%3A%3B--');
      assert.match(punct.body, /Từ khóa không có chữ hoặc số nào để tìm/);
      const empty = await api('');
      assert.equal(empty.body.notice, 'empty');
      assert.equal(empty.body.message, 'Nhập từ khóa để tìm bài viết.');
      const repeated = await json('/api/v1/search?q=a&q=b');
      assert.equal(repeated.status, 400);
      assert.equal(repeated.body.error.field, 'q');
      // Still searching afterwards: nothing was dropped.
      assert.ok((await api('kiwiberry')).body.total > 0);
    });

    test('JSON API: stable codes, messages in the caller language, no caching', async () => {
      const vi = await api('x'.repeat(300));
      assert.equal(vi.status, 400);
      assert.equal(vi.body.error.code, 'LOA_SEARCH_QUERY_TOO_LONG');
      assert.equal(vi.body.error.message, 'Từ khóa quá dài; vui lòng nhập tối đa 200 ký tự.');
      const en = await api('kiwiberry', '&lang=en&from=99/99/2021');
      assert.equal(en.body.error.code, 'LOA_SEARCH_DATE');
      assert.equal(en.body.error.field, 'from');
      assert.equal(en.body.error.message, 'From: not a valid date; type day/month/year, e.g. 16/01/2021.');
      const lang = await api('kiwiberry', '&lang=fr');
      assert.equal(lang.status, 400);
      assert.equal(lang.body.error.code, 'LOA_SEARCH_LANG');
      const ok = await api('kiwiberry');
      assert.equal(ok.headers['cache-control'], 'no-store');
      assert.match(ok.headers['content-type'] as string, /application\/json/);
      const item = ok.body.items.find((i: { title: string }) => i.title === 'Chợ phiên Kiwiberry mùa xuân');
      assert.match(item.url, /^\/bai-viet\//);
      assert.equal(item.category, categoryA.slug);
      assert.equal(item.publishedAt, '2021-03-15T10:00:00+07:00');
      const english = await api('kiwiberry', '&lang=en');
      assert.deepEqual(english.body.items, [], 'English articles only in English');
    });

    test('suggestions: up to 8 titles and URLs, the last word a prefix, as typed', async () => {
      const { status, body } = await json(`/api/v1/search/suggest?q=${encodeURIComponent('nông thôn mớ')}`);
      assert.equal(status, 200);
      assert.ok(
        body.items.some((i: { title: string }) => i.title === 'Xây dựng nông thôn mới kiểu mẫu ở Cồn Khương'),
      );
      assert.ok(body.items.every((i: { url: string }) => i.url.startsWith('/bai-viet/')));
      const letter = await json(`/api/v1/search/suggest?q=${encodeURIComponent('nông thôn m')}`);
      assert.ok(
        letter.body.items.some(
          (i: { title: string }) => i.title === 'Xây dựng nông thôn mới kiểu mẫu ở Cồn Khương',
        ),
        'one letter typed: suggestions for the words before it',
      );
      const many = await json('/api/v1/search/suggest?q=quokka');
      assert.equal(many.body.items.length, 8);
      const done = await json(`/api/v1/search/suggest?q=${encodeURIComponent('quokka ')}`);
      assert.deepEqual(done.body.items, [], 'a trailing space: the word is complete');
      const short = await json('/api/v1/search/suggest?q=%22');
      assert.deepEqual(short.body.items, []);
      assert.equal((await json('/api/v1/search/suggest?q=a&lang=xx')).status, 400);
    });

    test('queries with typos fall back to similar titles (pg_trgm)', {
      skip: dialect !== 'postgres',
    }, async () => {
      const { body } = await api('dai hoi dang bo tan phonh');
      assert.equal(body.approximate, true);
      assert.equal(body.items[0]?.title, 'Đại hội Đảng bộ xã Tân Phong lần thứ nhất');
    });

    test('search pages are valid HTML: results, field errors, paging, English', {
      skip: dialect !== 'sqlite',
    }, async () => {
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          'no-raw-characters': 'off',
          'attribute-empty-style': 'off',
          'long-title': 'off',
          'void-style': 'off',
        },
      });
      for (const url of [
        `/tim-kiem?q=${encodeURIComponent('đại hội cồn khương')}`,
        '/tim-kiem?q=quokkavat',
        '/en/search?q=kiwiberry&to=soon&category=nope&sort=x',
        `/tim-kiem?q=${'x'.repeat(300)}`,
        '/tim-kiem',
      ]) {
        const report = await validator.validateString((await get(url)).body);
        const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
        assert.deepEqual(messages, [], url);
      }
    });

    test('createArticle keeps the denormalised tag text the index reads', async () => {
      const { rows } = await sql<{
        t: string;
      }>`select search_tags as t from articles where id = ${ids.tagged}`.execute(node.services.database.db);
      assert.equal(rows[0]!.t, 'Quýt hồng Lai Vung');
    });
  });
}
