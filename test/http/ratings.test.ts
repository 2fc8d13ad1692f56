/**
 * Article ratings on every dialect: one rating per reader (visitor cookie, or the same address with
 * cookies cleared), replacing on change, exact under parallel requests; the no-JavaScript form and
 * its frame; the JSON API; bad input, other sites' articles and cross-site posts change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { siteIdOf } from '../../src/testing/staff.js';
import { articlesOf, getAs, hostOf, newReader, postAs, type Reader } from './reader-helpers.js';

for (const dialect of DIALECTS) {
  describe(`article ratings on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherHost: string;
    let articles: { id: number; slug: string }[];
    let otherArticle: { id: number; slug: string };

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 8, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      articles = await articlesOf(node, siteId, 8);
      const otherSite = await siteIdOf(node.services, 'tan-loc-dong');
      otherHost = await hostOf(node, otherSite);
      otherArticle = (await articlesOf(node, otherSite, 1))[0]!;
    });
    after(async () => {
      await node?.close();
    });

    const rate = (reader: Reader, articleId: number, stars: unknown, o = {}) =>
      postAs(node, reader, `/api/v1/articles/${articleId}/rating`, { stars }, o);

    async function stored(articleId: number) {
      const rows = await node.services.database.db
        .selectFrom('ratings')
        .select(['stars'])
        .where('site_id', '=', siteId)
        .where('article_id', '=', articleId)
        .execute();
      return { count: rows.length, sum: rows.reduce((s, r) => s + r.stars, 0) };
    }

    test('a first rating counts, rating again replaces it, and the summary says so in Vietnamese', async () => {
      const id = articles[0]!.id;
      const reader = newReader();
      const first = await rate(reader, id, 4);
      assert.equal(first.statusCode, 201, first.body);
      assert.ok(reader.cookie, 'a visitor cookie is issued');
      assert.match(String(first.headers['set-cookie']), /HttpOnly/);
      assert.match(String(first.headers['set-cookie']), /SameSite=Lax/);
      assert.deepEqual(
        { ...(first.json() as object), countText: undefined },
        { stars: 4, replaced: false, count: 1, average: 4, countText: undefined, averageText: '4,0' },
      );
      // Same cookie, another address (a phone moving between networks): the same reader.
      reader.ip = '198.51.100.9';
      const again = await rate(reader, id, 2);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().replaced, true, 'the earlier rating is replaced');
      assert.equal(again.json().count, 1, 'still one rating');
      assert.equal(again.json().averageText, '2,0');
      assert.deepEqual(await stored(id), { count: 1, sum: 2 }, 'one row, the new stars');

      for (const stars of [5, 4]) await rate(newReader(), id, stars);
      const summary = await getAs(node, newReader(), `/api/v1/articles/${id}/rating`);
      assert.equal(summary.statusCode, 200);
      assert.equal(
        summary.headers['cache-control'],
        'public, max-age=0, s-maxage=2',
        'the same for everyone',
      );
      assert.equal(summary.headers['set-cookie'], undefined, 'no cookie on a shared answer');
      assert.equal(summary.json().count, 3);
      assert.equal(summary.json().averageText, '3,7', 'average of 2, 5, 4 with one decimal and a comma');
      assert.equal(summary.json().average, 3.7);
      const en = await getAs(node, newReader(), `/api/v1/articles/${id}/rating?lang=en`);
      assert.equal(en.json().averageText, '3.7');
    });

    test('cleared cookies from the same address are the same reader', async () => {
      const id = articles[1]!.id;
      const reader = newReader();
      assert.equal((await rate(reader, id, 5)).statusCode, 201);
      const cleared: Reader = { ip: reader.ip };
      const res = await rate(cleared, id, 1);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().replaced, true);
      assert.notEqual(cleared.cookie, reader.cookie, 'a new cookie was issued…');
      assert.deepEqual(await stored(id), { count: 1, sum: 1 }, '…but the rating was replaced, not added');
    });

    test('200 parallel ratings from distinct readers are all counted, exactly', async () => {
      const id = articles[2]!.id;
      const readers = Array.from({ length: 200 }, () => newReader());
      const results = await Promise.all(readers.map((r, i) => rate(r, id, (i % 5) + 1)));
      assert.deepEqual(
        results.filter((r) => r.statusCode !== 201).map((r) => r.body),
        [],
        'every rating is accepted',
      );
      assert.deepEqual(await stored(id), { count: 200, sum: 600 }, '200 rows, stars 1..5 forty times each');
      const summary = await getAs(node, newReader(), `/api/v1/articles/${id}/rating`);
      assert.equal(summary.json().count, 200);
      assert.equal(summary.json().averageText, '3,0');
    });

    test('parallel stuffing by one reader counts once (same cookie, or one address without cookies)', async () => {
      const id = articles[3]!.id;
      const reader = newReader();
      await rate(reader, id, 3);
      const sameCookie = await Promise.all(
        Array.from({ length: 50 }, (_, i) => rate({ ...reader }, id, (i % 5) + 1)),
      );
      assert.ok(
        sameCookie.every((r) => r.statusCode === 200),
        'each is a replacement',
      );
      assert.equal((await stored(id)).count, 1, 'one reader, one rating');
      const address = newReader().ip;
      const cleared = await Promise.all(Array.from({ length: 50 }, () => rate({ ip: address }, id, 5)));
      assert.ok(
        cleared.every((r) => r.statusCode === 200 || r.statusCode === 201),
        cleared.map((r) => r.statusCode).join(','),
      );
      assert.equal(cleared.filter((r) => r.statusCode === 201).length, 1, 'only the first adds a rating');
      const rows = await stored(id);
      assert.equal(rows.count, 2, 'the cookie-less reader counts once');
      const summary = (await getAs(node, newReader(), `/api/v1/articles/${id}/rating`)).json();
      assert.equal(summary.count, rows.count, 'the kept count matches the rows');
      assert.equal(
        summary.average,
        Math.round((rows.sum / rows.count) * 10) / 10,
        'the kept sum matches the rows',
      );
    });

    test('without JavaScript: the form posts, comes back to the article, and the frame shows the result', async () => {
      const article = articles[4]!;
      const page = await getAs(node, newReader(), `/bai-viet/${article.slug}`);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(`action="/api/v1/articles/${article.id}/rating"`), 'a plain form');
      for (const n of [1, 2, 3, 4, 5]) {
        assert.ok(page.body.includes(`<label for="rating-star-${n}">`), `star ${n} has a label`);
        assert.match(
          page.body,
          new RegExp(`id="rating-star-${n}"[^>]*required|required[^>]*id="rating-star-${n}"`),
        );
      }
      assert.ok(
        page.body.includes(`<iframe class="rating-frame" src="/danh-gia/${article.id}"`),
        'noscript frame',
      );
      assert.ok(
        page.body.includes('<legend class="visually-hidden">Chấm điểm bài viết, từ 1 đến 5 sao</legend>'),
      );

      const reader = newReader();
      const empty = await getAs(node, reader, `/danh-gia/${article.id}`);
      assert.equal(empty.statusCode, 200);
      assert.equal(empty.headers['cache-control'], 'no-store');
      assert.ok(empty.body.includes('Chưa có lượt đánh giá nào.'));

      const posted = await postAs(
        node,
        reader,
        `/api/v1/articles/${article.id}/rating`,
        { stars: '3' },
        { form: true },
      );
      assert.equal(posted.statusCode, 303, posted.body);
      assert.equal(posted.headers.location, `/bai-viet/${article.slug}#danh-gia`);
      const frame = await getAs(node, reader, `/danh-gia/${article.id}`);
      assert.ok(frame.body.includes('1 lượt đánh giá, trung bình 3,0/5'), frame.body);
      assert.ok(frame.body.includes('Bạn đã chấm 3 sao.'));
      const stranger = await getAs(node, newReader(), `/danh-gia/${article.id}`);
      assert.ok(!stranger.body.includes('Bạn đã chấm'), 'the own rating is shown only to its reader');
      const en = await getAs(node, reader, `/en/rating/${article.id}`);
      assert.ok(en.body.includes('1 rating, average 3.0/5'));
    });

    test('malformed and oversized input is refused and stores nothing', async () => {
      const id = articles[5]!.id;
      for (const stars of [0, 6, 'abc', 4.5, -1, '', null, [4], { n: 4 }, '4; drop table ratings']) {
        const res = await rate(newReader(), id, stars);
        assert.equal(res.statusCode, 422, `stars ${JSON.stringify(stars)}`);
        assert.equal(res.json().error.field, 'stars');
        assert.equal(res.json().error.message, 'Hãy chọn từ 1 đến 5 sao.');
      }
      const form = await postAs(node, newReader(), `/api/v1/articles/${id}/rating`, 'stars=9', {
        form: true,
      });
      assert.equal(form.statusCode, 422);
      const big = await postAs(node, newReader(), `/api/v1/articles/${id}/rating`, {
        stars: 4,
        pad: 'x'.repeat(10_240),
      });
      assert.equal(big.statusCode, 413, '10 KB body');
      const broken = await postAs(node, newReader(), `/api/v1/articles/${id}/rating`, '{"stars": 4');
      assert.equal(broken.statusCode, 400, 'malformed JSON');
      assert.deepEqual(await stored(id), { count: 0, sum: 0 }, 'nothing stored');
    });

    test('unknown, unpublished and other sites’ articles are 404 and nothing is stored', async () => {
      for (const url of [
        '/api/v1/articles/999999/rating',
        '/api/v1/articles/abc/rating',
        '/api/v1/articles/0/rating',
      ]) {
        assert.equal((await postAs(node, newReader(), url, { stars: 4 })).statusCode, 404, url);
        assert.equal((await getAs(node, newReader(), url)).statusCode, 404, url);
      }
      // Another site's article, asked on this site's host, and this site's article on the other host.
      const cross = await rate(newReader(), otherArticle.id, 4);
      assert.equal(cross.statusCode, 404);
      const crossHost = await rate(newReader(), articles[6]!.id, 4, { host: otherHost });
      assert.equal(crossHost.statusCode, 404);
      const ownOnOwn = await rate(newReader(), otherArticle.id, 4, { host: otherHost });
      assert.equal(ownOnOwn.statusCode, 201, 'the other site rates its own article');

      await node.services.database.db
        .updateTable('articles')
        .set({ status: 'draft' })
        .where('id', '=', articles[7]!.id)
        .execute();
      assert.equal((await rate(newReader(), articles[7]!.id, 4)).statusCode, 404, 'a draft cannot be rated');
      assert.deepEqual(await stored(articles[6]!.id), { count: 0, sum: 0 });
      assert.deepEqual(await stored(articles[7]!.id), { count: 0, sum: 0 });
    });

    test('a post from another site (Origin or Referer) is refused and changes nothing', async () => {
      const id = articles[6]!.id;
      for (const o of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { origin: null, referer: 'https://evil.example/trang' },
        { origin: `http://${otherHost}` },
      ]) {
        const res = await rate(newReader(), id, 5, o);
        assert.equal(res.statusCode, 403, JSON.stringify(o));
        assert.equal(res.json().error.code, 'LOA_CROSS_SITE');
        assert.equal(res.headers['set-cookie'], undefined, 'no cookie for a refused write');
      }
      const form = await postAs(
        node,
        newReader(),
        `/api/v1/articles/${id}/rating`,
        { stars: 5 },
        {
          form: true,
          origin: 'https://evil.example',
        },
      );
      assert.equal(form.statusCode, 403);
      assert.deepEqual(await stored(id), { count: 0, sum: 0 });
    });
  });
}
