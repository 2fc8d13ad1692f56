/**
 * The public site end to end in-process (app.inject), on every database dialect: pages, hosts,
 * languages, pagination, 404s, caching headers, invalidation, media, health and view counting.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createArticle, publishDueArticles } from '../../src/features/articles/operations.js';
import { DEMO_COMMUNES, DEMO_PROVINCE } from '../../src/features/demo/places.js';
import { PageCache } from '../../src/platform/cache/page-cache.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';

const BROWSER_UA = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36';
const DATE_LINE_VI = /Hôm nay, (Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật) ngày \d{2}\/\d{2}\/\d{4}/;

function hrefs(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!);
}

for (const dialect of DIALECTS) {
  describe(`public site on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    const get = (url: string, headers: Record<string, string> = {}) =>
      node.app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, ...headers } });

    before(async () => {
      node = await createTestNode({ dialect });
    });
    after(async () => {
      await node?.close();
    });

    test('home in Vietnamese: site name, date line, menu, language switch, links widget', async () => {
      const res = await get('/');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
      const html = res.body;
      assert.match(html, /<html lang="vi">/);
      assert.ok(html.includes(DEMO_PROVINCE.nameVi));
      assert.match(html, DATE_LINE_VI);
      assert.ok(html.includes('Liên kết website'));
      assert.ok(html.includes('href="/en"'), 'switch to English');
      for (const c of DEMO_PROVINCE.categories)
        assert.ok(html.includes(`href="/chuyen-muc/${c.slug}"`), c.slug);
      assert.ok(html.includes(DEMO_PROVINCE.agencyVi), 'footer agency');
      assert.ok(html.includes(DEMO_PROVINCE.licenceVi), 'footer licence');
      assert.match(html, /<main id="main"/);
    });

    test('home in English has lang="en", an English date line and English menu', async () => {
      const res = await get('/en');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="en">/);
      assert.match(res.body, /Today, (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{2}\/\d{2}\/\d{4}/);
      assert.ok(res.body.includes('Related websites'));
      assert.ok(res.body.includes(DEMO_PROVINCE.agencyEn));
      assert.ok(res.body.includes('href="/en/category/tin-tuc"'));
    });

    test('the Host header picks the site; unknown hosts get the default site', async () => {
      const commune = DEMO_COMMUNES[0]!;
      const res = await get('/', { host: `${commune.hosts[0]}:3000` });
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(commune.nameVi));
      assert.ok(!res.body.includes(`>${DEMO_PROVINCE.nameVi}<`));
      const unknown = await get('/', { host: 'khong-ton-tai.example.org' });
      assert.ok(unknown.body.includes(DEMO_PROVINCE.nameVi));
    });

    test('category pages go newest first with keyset pagination and no overlap', async () => {
      const seen: string[] = [];
      let url: string | undefined = '/chuyen-muc/tin-tuc';
      let pages = 0;
      let lastDate = Number.POSITIVE_INFINITY;
      while (url && pages < 20) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        const slugs = hrefs(
          res.body.split('<aside')[0]!.split('class="cards"')[1] ?? '',
          /<h2><a href="\/bai-viet\/([^"]+)"/g,
        );
        const dates = [...res.body.matchAll(/<time datetime="([^"]+)"/g)].map((m) => Date.parse(m[1]!));
        for (const d of dates) {
          assert.ok(d <= lastDate, 'newest first across pages');
          lastDate = d;
        }
        seen.push(...slugs);
        const next = /href="(\/chuyen-muc\/tin-tuc\?before=[\d.]+)" rel="next"/.exec(res.body);
        url = next?.[1];
        pages++;
      }
      assert.ok(seen.length > 0);
      assert.equal(new Set(seen).size, seen.length, 'no article twice');
      const count = await node.services.database.db
        .selectFrom('articles')
        .innerJoin('categories', 'categories.id', 'articles.category_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('categories.slug', '=', 'tin-tuc')
        .where('articles.site_id', '=', 1)
        .where('articles.lang', '=', 'vi')
        .where('articles.status', '=', 'published')
        .executeTakeFirstOrThrow();
      assert.equal(seen.length, Number(count.n));
    });

    test('a malformed cursor is a 400 in the site look, not an error page', async () => {
      for (const bad of ['abc', '1.2.3', "1'; drop table articles;--", '9'.repeat(40)]) {
        const res = await get(`/chuyen-muc/tin-tuc?before=${encodeURIComponent(bad)}`);
        assert.equal(res.statusCode, 400, bad);
        assert.ok(res.body.includes('Tham số phân trang không hợp lệ.'));
        assert.ok(res.body.includes(DEMO_PROVINCE.nameVi));
      }
    });

    test('article page: title, date, lead, figures with captions, byline, views, tools, lists', async () => {
      const article = await node.services.database.db
        .selectFrom('articles')
        .selectAll()
        .where('site_id', '=', 1)
        .where('lang', '=', 'vi')
        .where('body_html', 'like', '%<figure%')
        .orderBy('id')
        .limit(1)
        .executeTakeFirstOrThrow();
      const res = await get(`/bai-viet/${article.slug}`);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      assert.ok(
        html.includes(`<h1 id="article-title">${article.title.replace(/&/g, '&amp;')}</h1>`) ||
          html.includes('<h1 id="article-title">'),
      );
      assert.match(html, /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      assert.match(
        html,
        /<figure class="photo" data-media-id="\d+"><picture><source type="image\/webp" srcset="\/media\/[a-f0-9]{24}-320\.webp 320w/,
      );
      assert.match(html, /<img src="\/media\/[a-f0-9]{24}-\d+\.jpg" alt="[^"]+"/);
      assert.match(html, /<figcaption>[^<]+<span class="credit">[^<]+<\/span><\/figcaption>/);
      assert.ok(html.includes(`<p class="byline">${article.byline}</p>`));
      assert.ok(html.includes('Lượt xem'));
      assert.ok(html.includes('facebook.com/sharer'));
      assert.ok(html.includes('Zalo'));
      assert.ok(html.includes('In bài viết'));
      assert.ok(html.includes('Tin cùng chuyên mục'));
      assert.match(html, /<link rel="canonical" href="http:\/\/hoalam\.localhost\/bai-viet\//);
    });

    test('drafts and future-scheduled articles are 404 to the public', async () => {
      const category = await node.services.database.db
        .selectFrom('categories')
        .select('id')
        .where('site_id', '=', 1)
        .where('slug', '=', 'tin-tuc')
        .executeTakeFirstOrThrow();
      const draft = await createArticle(node.services.database, 1, {
        categoryId: category.id,
        title: 'Bản nháp chưa duyệt về kế hoạch năm sau',
        blocks: [{ type: 'paragraph', text: 'Nội dung nháp.' }],
        status: 'draft',
      });
      const scheduled = await createArticle(node.services.database, 1, {
        categoryId: category.id,
        title: 'Bài hẹn giờ đăng vào tuần sau',
        blocks: [{ type: 'paragraph', text: 'Nội dung hẹn giờ.' }],
        status: 'scheduled',
        publishedAt: Date.now() + 7 * 86_400_000,
      });
      for (const slug of [draft.slug, scheduled.slug]) {
        const res = await get(`/bai-viet/${slug}`);
        assert.equal(res.statusCode, 404, slug);
        assert.ok(res.body.includes('Không tìm thấy trang'));
      }
      const list = await get('/chuyen-muc/tin-tuc');
      assert.ok(!list.body.includes(draft.slug) && !list.body.includes(scheduled.slug));
    });

    test('scheduled articles go live when due, exactly once', async () => {
      const category = await node.services.database.db
        .selectFrom('categories')
        .select('id')
        .where('site_id', '=', 1)
        .where('slug', '=', 'kinh-te')
        .executeTakeFirstOrThrow();
      const due = await createArticle(node.services.database, 1, {
        categoryId: category.id,
        title: 'Bài hẹn giờ vừa đến giờ đăng',
        blocks: [{ type: 'paragraph', text: 'Đến giờ.' }],
        status: 'scheduled',
        publishedAt: Date.now() - 1000,
      });
      assert.equal((await get(`/bai-viet/${due.slug}`)).statusCode, 404);
      const [first, second] = await Promise.all([
        publishDueArticles(node.services.database),
        publishDueArticles(node.services.database),
      ]);
      const tags = [...first, ...second];
      assert.equal(tags.filter((t) => t.startsWith('article:')).length, 1, 'published by one tick only');
      node.services.invalidate(tags);
      assert.equal((await get(`/bai-viet/${due.slug}`)).statusCode, 200);
    });

    test('unknown paths are real 404s in the visitor language', async () => {
      const vi = await get('/khong-co-trang-nay');
      assert.equal(vi.statusCode, 404);
      assert.match(vi.body, /<html lang="vi">/);
      assert.ok(vi.body.includes('Không tìm thấy trang'));
      assert.equal(vi.headers['cache-control'], 'no-store');
      const en = await get('/en/no-such-page');
      assert.equal(en.statusCode, 404);
      assert.match(en.body, /<html lang="en">/);
      assert.ok(en.body.includes('Page not found'));
      assert.equal((await get('/chuyen-muc/khong-co')).statusCode, 404);
    });

    test('pages are cached with ETag, 304, tags and pre-compressed variants', async () => {
      const first = await get('/chuyen-muc/kinh-te');
      assert.equal(first.headers['x-loa-cache'], 'MISS');
      assert.match(first.headers['surrogate-key'] as string, /chrome:1 category:1:\d+/);
      assert.match(first.headers['cache-control'] as string, /public/);
      const etag = first.headers.etag as string;
      const second = await get('/chuyen-muc/kinh-te');
      assert.equal(second.headers['x-loa-cache'], 'HIT');
      assert.equal(second.body, first.body);
      const notModified = await get('/chuyen-muc/kinh-te', { 'if-none-match': etag });
      assert.equal(notModified.statusCode, 304);
      assert.equal(notModified.body, '');
      // Compression runs in the background; wait for it (a loaded machine can take a while).
      const key = PageCache.key(1, '/chuyen-muc/kinh-te');
      for (let i = 0; i < 200 && !node.services.cache.get(key)?.br; i++) await sleep(10);
      const br = await get('/chuyen-muc/kinh-te', { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(br.headers.vary, 'Accept-Encoding');
      const gz = await get('/chuyen-muc/kinh-te', { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      const revalidated = await get('/chuyen-muc/kinh-te', { 'if-none-match': br.headers.etag as string });
      assert.equal(revalidated.statusCode, 304);
    });

    test('stray query strings do not create new cache entries', async () => {
      await get('/chuyen-muc/chinh-tri');
      const before = node.services.cache.size;
      for (let i = 0; i < 20; i++) assert.equal((await get(`/chuyen-muc/chinh-tri?x=${i}`)).statusCode, 200);
      assert.equal(node.services.cache.size, before);
    });

    test('publishing purges the home and the category but not other categories', async () => {
      await get('/');
      await get('/chuyen-muc/quoc-phong-an-ninh');
      await get('/chuyen-muc/van-hoa-xa-hoi');
      const category = await node.services.database.db
        .selectFrom('categories')
        .select('id')
        .where('site_id', '=', 1)
        .where('slug', '=', 'quoc-phong-an-ninh')
        .executeTakeFirstOrThrow();
      const created = await createArticle(node.services.database, 1, {
        categoryId: category.id,
        title: 'Diễn tập khu vực phòng thủ tỉnh năm nay thành công tốt đẹp',
        lead: 'Tin mới nhất trong chuyên mục.',
        blocks: [{ type: 'paragraph', text: 'Nội dung.' }],
        status: 'published',
      });
      node.services.invalidate(created.invalidates);
      const home = await get('/');
      assert.equal(home.headers['x-loa-cache'], 'MISS');
      assert.ok(home.body.includes(created.slug));
      const cat = await get('/chuyen-muc/quoc-phong-an-ninh');
      assert.equal(cat.headers['x-loa-cache'], 'MISS');
      assert.ok(cat.body.includes(created.slug));
      const other = await get('/chuyen-muc/van-hoa-xa-hoi');
      assert.equal(other.headers['x-loa-cache'], 'HIT');
    });

    test('every response carries the security headers', async () => {
      for (const url of ['/', '/khong-co', '/healthz', '/chuyen-muc/tin-tuc']) {
        const res = await get(url);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
        assert.match(res.headers['content-security-policy'] as string, /default-src 'self'/, url);
      }
    });

    test('health and readiness', async () => {
      assert.deepEqual((await get('/healthz')).json(), { status: 'ok' });
      const ready = await get('/readyz');
      assert.equal(ready.statusCode, 200);
      assert.equal(ready.json().database, dialect);
    });

    test('media are served with their type and nosniff; other names are 404', async () => {
      const media = await node.services.database.db
        .selectFrom('media')
        .select('variants')
        .limit(1)
        .executeTakeFirstOrThrow();
      const file = JSON.parse(media.variants)[0].file as string;
      const res = await get(`/media/${file}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/webp');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.match(res.headers['cache-control'] as string, /immutable/);
      for (const bad of ['../loa.sqlite', '..%2Floa.sqlite', 'abc.svg', `${file}.html`]) {
        assert.equal((await get(`/media/${bad}`)).statusCode, 404, bad);
      }
    });

    test('views are counted in memory, flushed in a batch, bots not counted, cache hits included', async () => {
      const a = await node.services.database.db
        .selectFrom('articles')
        .select(['id', 'slug', 'view_count'])
        .where('site_id', '=', 1)
        .where('lang', '=', 'vi')
        .where('status', '=', 'published')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      await node.services.views.flush();
      for (let i = 0; i < 3; i++) assert.equal((await get(`/bai-viet/${a.slug}`)).statusCode, 200);
      await get(`/bai-viet/${a.slug}`, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
      const unchanged = await node.services.database.db
        .selectFrom('articles')
        .select('view_count')
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow();
      assert.equal(unchanged.view_count, a.view_count, 'no write per view');
      await node.services.views.flush();
      const after = await node.services.database.db
        .selectFrom('articles')
        .select('view_count')
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow();
      assert.equal(after.view_count, a.view_count + 3);
    });

    test('an article under the other language path redirects to its own', async () => {
      const en = await node.services.database.db
        .selectFrom('articles')
        .select('slug')
        .where('site_id', '=', 1)
        .where('lang', '=', 'en')
        .where('status', '=', 'published')
        .limit(1)
        .executeTakeFirstOrThrow();
      const res = await get(`/bai-viet/${en.slug}`);
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, `/en/article/${en.slug}`);
      const page = await get(`/en/article/${en.slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="en">/);
    });
  });
}

describe('server errors', () => {
  let node: TestNode;
  before(async () => {
    node = await createTestNode({ articlesPerSite: 2, imagesPerSite: 1 });
  });
  after(async () => {
    await node?.close();
  });
  test('an unexpected failure is a 500 page in the site look that reveals nothing', async () => {
    const slug = (
      await node.services.database.db
        .selectFrom('articles')
        .select('slug')
        .where('lang', '=', 'vi')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).slug;
    const original = node.services.articles.bySlug;
    node.services.articles.bySlug = async () => {
      throw new Error('SQLITE_CORRUPT: secret internal detail');
    };
    try {
      const res = await node.app.inject({ url: `/bai-viet/${slug}` });
      assert.equal(res.statusCode, 500);
      assert.match(res.body, /<html lang="vi">/);
      assert.ok(res.body.includes('Hệ thống đang gặp sự cố'));
      assert.ok(res.body.includes(DEMO_PROVINCE.nameVi), 'in the site look');
      assert.ok(!res.body.includes('SQLITE_CORRUPT'));
      assert.equal(res.headers['cache-control'], 'no-store');
      const en = await node.app.inject({ url: `/en/article/${slug}` });
      assert.equal(en.statusCode, 500);
      assert.ok(en.body.includes('Something went wrong'));
    } finally {
      node.services.articles.bySlug = original;
    }
    assert.equal(
      (await node.app.inject({ url: `/bai-viet/${slug}` })).statusCode,
      200,
      'nothing cached from the failure',
    );
  });
});

describe('page cache off', () => {
  let node: TestNode;
  before(async () => {
    node = await createTestNode({ pageCache: false, articlesPerSite: 4, imagesPerSite: 1 });
  });
  after(async () => {
    await node?.close();
  });
  test('every request is rendered (BYPASS) and nothing is stored', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await node.app.inject({ url: '/' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['x-loa-cache'], 'BYPASS');
      assert.match(res.headers['server-timing'] as string, /render;dur=/);
    }
    assert.equal(node.services.cache.size, 0);
  });
});
