/**
 * Polls for readers on every dialect: which poll a page shows (placement, language, hidden, closed),
 * one vote per reader (cookie, or the same address with cookies cleared), exact counts under 200
 * parallel votes and under parallel stuffing, the no-JavaScript frame and form, and refusals of
 * bad input, closed, hidden and other sites' polls and cross-site posts that change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { apiAs, createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';
import { articlesOf, getAs, hostOf, newReader, postAs, type Reader } from './reader-helpers.js';

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`polls for readers on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherSiteId: number;
    let otherHost: string;
    let admin: TestStaff;
    let otherAdmin: TestStaff;
    let article: { id: number; slug: string; category_id: number };
    let categorySlug: string;
    let otherCategory: { id: number; slug: string };

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 6, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      otherSiteId = await siteIdOf(node.services, 'tan-loc-dong');
      otherHost = await hostOf(node, otherSiteId);
      admin = await createStaff(node.services, 'site_admin', siteId);
      otherAdmin = await createStaff(node.services, 'site_admin', otherSiteId);
      article = (await articlesOf(node, siteId, 1))[0]!;
      const db = node.services.database.db;
      categorySlug = (
        await db
          .selectFrom('categories')
          .select('slug')
          .where('id', '=', article.category_id)
          .executeTakeFirstOrThrow()
      ).slug;
      otherCategory = await db
        .selectFrom('categories')
        .select(['id', 'slug'])
        .where('site_id', '=', siteId)
        .where('id', '!=', article.category_id)
        .limit(1)
        .executeTakeFirstOrThrow();
    });
    after(async () => {
      await node?.close();
    });

    async function makePoll(body: Record<string, unknown>, staff = admin, code = 'hoa-lam') {
      const res = await apiAs(node.app, staff, 'POST', `/api/v1/sites/${code}/polls`, {
        question: 'Đánh giá của bạn về Cổng thông tin điện tử?',
        options: ['Rất tốt', 'Tốt', 'Bình thường'],
        ...body,
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().poll as { id: number; options: { id: number; label: string }[] };
    }

    const vote = (reader: Reader, pollId: number, options: unknown, o = {}) =>
      postAs(node, reader, `/api/v1/polls/${pollId}/votes`, { options }, o);

    async function counts(pollId: number) {
      const db = node.services.database.db;
      const poll = await db
        .selectFrom('polls')
        .select('total_voters')
        .where('id', '=', pollId)
        .executeTakeFirstOrThrow();
      const options = await db
        .selectFrom('poll_options')
        .select(['id', 'votes'])
        .where('poll_id', '=', pollId)
        .orderBy('position')
        .execute();
      const rows = await db
        .selectFrom('poll_votes')
        .select('poll_id')
        .where('poll_id', '=', pollId)
        .execute();
      return { total: poll.total_voters, rows: rows.length, votes: options.map((o) => o.votes) };
    }

    const pageFor = async (page: string, lang = 'vi') =>
      (await getAs(node, newReader(), `/api/v1/polls?page=${encodeURIComponent(page)}&lang=${lang}`)).json()
        .poll as {
        id: number;
        state: string;
      } | null;

    test('each page shows the poll placed there: home, articles, chosen categories; hidden and closed ones rightly', async () => {
      const now = Date.now();
      const home = await makePoll({
        question: 'Trang chủ?',
        placement: { home: true },
        opensAt: now - 5 * HOUR,
      });
      const articlesPoll = await makePoll({
        question: 'Bài viết?',
        placement: { articles: true },
        opensAt: now - 4 * HOUR,
      });
      const inCategory = await makePoll({
        question: 'Chuyên mục?',
        placement: { categories: [article.category_id] },
        opensAt: now - 3 * HOUR,
      });
      await makePoll({
        question: 'Ẩn?',
        placement: { home: true, articles: true },
        hidden: true,
        opensAt: now - HOUR,
      });
      await makePoll({ question: 'Sắp mở?', placement: { home: true, articles: true }, opensAt: now + HOUR });
      await makePoll({ question: 'English?', lang: 'en', placement: { home: true }, opensAt: now - HOUR });

      assert.equal((await pageFor('/'))?.id, home.id, 'home');
      assert.equal(
        (await pageFor('/tim-kiem'))?.id,
        home.id,
        'pages outside categories follow the home placement',
      );
      assert.equal(
        (await pageFor(`/bai-viet/${article.slug}`))?.id,
        inCategory.id,
        'newest of articles + category',
      );
      assert.equal((await pageFor(`/chuyen-muc/${categorySlug}`))?.id, inCategory.id, 'the category page');
      assert.equal(
        await pageFor(`/chuyen-muc/${otherCategory.slug}`),
        null,
        'no poll placed on that category',
      );
      const english = await pageFor('/en', 'en');
      assert.ok(english && english.id !== home.id, 'English pages show English polls');

      // Closing the category poll: the article page now shows the open articles poll; the category
      // page keeps showing the closed one's results.
      const closed = await apiAs(
        node.app,
        admin,
        'POST',
        `/api/v1/sites/hoa-lam/polls/${inCategory.id}/close`,
      );
      assert.equal(closed.statusCode, 200);
      assert.equal((await pageFor(`/bai-viet/${article.slug}`))?.id, articlesPoll.id);
      const categoryPage = await pageFor(`/chuyen-muc/${categorySlug}`);
      assert.deepEqual([categoryPage?.id, categoryPage?.state], [inCategory.id, 'closed']);
      for (const id of [home.id, articlesPoll.id, inCategory.id]) {
        await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${id}`, { hidden: true });
      }
    });

    test('one vote per reader: the same cookie, or the same address with cookies cleared, counts once', async () => {
      const poll = await makePoll({ placement: { home: true } });
      const [a, b] = poll.options;
      const reader = newReader();
      const first = await vote(reader, poll.id, [a!.id]);
      assert.equal(first.statusCode, 201, first.body);
      const results = first.json().poll;
      assert.equal(results.totalText, '1 người đã bình chọn');
      assert.equal(results.options[0].percentText, '100,0%');
      assert.ok(reader.cookie);

      const again = await vote(reader, poll.id, [b!.id]);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'LOA_ALREADY_VOTED');
      const cleared = await vote({ ip: reader.ip }, poll.id, [b!.id]);
      assert.equal(cleared.statusCode, 409, 'same address, no cookie: the same reader');
      const moved = await vote({ ip: '198.51.100.77', cookie: reader.cookie }, poll.id, [b!.id]);
      assert.equal(moved.statusCode, 409, 'same cookie, another address: the same reader');
      assert.deepEqual(await counts(poll.id), { total: 1, rows: 1, votes: [1, 0, 0] });

      const second = await vote(newReader(), poll.id, [b!.id]);
      assert.equal(second.statusCode, 201);
      const after = second.json().poll;
      assert.equal(after.totalText, '2 người đã bình chọn');
      assert.deepEqual(
        after.options.map((o: { percentText: string; votesText: string }) => [o.percentText, o.votesText]),
        [
          ['50,0%', '1 phiếu'],
          ['50,0%', '1 phiếu'],
          ['0,0%', '0 phiếu'],
        ],
      );
      const pub = await getAs(node, newReader(), `/api/v1/polls/${poll.id}`);
      assert.equal(pub.json().poll.totalVoters, 2);
      await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${poll.id}`, { hidden: true });
    });

    test('200 parallel votes from distinct readers are counted exactly', async () => {
      const poll = await makePoll({ placement: { articles: true } });
      const ids = poll.options.map((o) => o.id);
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) => vote(newReader(), poll.id, [ids[i % 3]!])),
      );
      assert.deepEqual(
        responses.filter((r) => r.statusCode !== 201).map((r) => r.body),
        [],
        'every vote accepted',
      );
      assert.deepEqual(await counts(poll.id), { total: 200, rows: 200, votes: [67, 67, 66] });
      const pub = (await getAs(node, newReader(), `/api/v1/polls/${poll.id}`)).json().poll;
      assert.equal(pub.totalText, '200 người đã bình chọn');
    });

    test('parallel stuffing by one reader counts exactly once', async () => {
      const poll = await makePoll({ placement: { articles: true } });
      const option = [poll.options[0]!.id];
      const reader = newReader();
      const sameCookie = await Promise.all(
        Array.from({ length: 50 }, () =>
          vote({ ip: reader.ip, cookie: 'loa_vid=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, poll.id, option),
        ),
      );
      assert.equal(sameCookie.filter((r) => r.statusCode === 201).length, 1, 'one counted');
      assert.equal(sameCookie.filter((r) => r.statusCode === 409).length, 49, 'the rest refused');
      const address = newReader().ip;
      const noCookies = await Promise.all(
        Array.from({ length: 50 }, () => vote({ ip: address }, poll.id, option)),
      );
      assert.equal(noCookies.filter((r) => r.statusCode === 201).length, 1, 'one counted from one address');
      assert.deepEqual(await counts(poll.id), { total: 2, rows: 2, votes: [2, 0, 0] });
    });

    test('multiple choice counts each chosen option once and the voter once', async () => {
      const poll = await makePoll({
        multiple: true,
        options: ['A', 'B', 'C', 'D'],
        placement: { articles: true },
      });
      const [a, b, c] = poll.options.map((o) => o.id);
      const res = await vote(newReader(), poll.id, [a, c, c]);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal((await vote(newReader(), poll.id, [b])).statusCode, 201);
      assert.deepEqual(await counts(poll.id), { total: 2, rows: 2, votes: [1, 1, 1, 0] });
      const pub = (await getAs(node, newReader(), `/api/v1/polls/${poll.id}`)).json().poll;
      assert.equal(pub.options[0].percentText, '50,0%', 'shares of the voters');
    });

    test('bad input, closed, hidden, not-yet-open and other sites’ polls are refused and change nothing', async () => {
      const poll = await makePoll({ placement: { articles: true } });
      const other = await makePoll({ placement: { articles: true } });
      const foreign = await makePoll({ placement: { home: true } }, otherAdmin, 'tan-loc-dong');
      const own = poll.options[0]!.id;
      const cases: [unknown, number][] = [
        [[], 422],
        [['abc'], 422],
        ['abc', 422],
        [[999_999], 422],
        [[other.options[0]!.id], 422],
        [[foreign.options[0]!.id], 422],
        [[own, poll.options[1]!.id], 422],
        [Array.from({ length: 11 }, () => own), 422],
        [[-1], 422],
        [[{ id: own }], 422],
      ];
      for (const [options, status] of cases) {
        const res = await vote(newReader(), poll.id, options);
        assert.equal(res.statusCode, status, `options ${JSON.stringify(options)}: ${res.body}`);
        assert.equal(res.json().error.field, 'options');
      }
      const big = await postAs(node, newReader(), `/api/v1/polls/${poll.id}/votes`, {
        options: [own],
        pad: 'x'.repeat(10_240),
      });
      assert.equal(big.statusCode, 413, '10 KB body');
      const broken = await postAs(node, newReader(), `/api/v1/polls/${poll.id}/votes`, '{"options": [');
      assert.equal(broken.statusCode, 400);
      assert.equal((await vote(newReader(), 999_999, [own])).statusCode, 404, 'unknown poll');
      assert.equal(
        (await vote(newReader(), foreign.id, [foreign.options[0]!.id])).statusCode,
        404,
        'another site’s poll',
      );
      assert.equal(
        (await vote(newReader(), poll.id, [own], { host: otherHost })).statusCode,
        404,
        'this poll through the other site’s host',
      );
      assert.equal((await getAs(node, newReader(), `/api/v1/polls/${foreign.id}`)).statusCode, 404);
      const crossSite = await vote(newReader(), poll.id, [own], { origin: 'https://evil.example' });
      assert.equal(crossSite.statusCode, 403);
      assert.deepEqual(await counts(poll.id), { total: 0, rows: 0, votes: [0, 0, 0] }, 'nothing counted');

      const hidden = await makePoll({ placement: { articles: true }, hidden: true });
      assert.equal((await vote(newReader(), hidden.id, [hidden.options[0]!.id])).statusCode, 404, 'hidden');
      assert.equal((await getAs(node, newReader(), `/api/v1/polls/${hidden.id}`)).statusCode, 404);
      const later = await makePoll({ placement: { articles: true }, opensAt: Date.now() + HOUR });
      assert.equal(
        (await vote(newReader(), later.id, [later.options[0]!.id])).statusCode,
        404,
        'not open yet',
      );
      const ended = await makePoll({
        placement: { articles: true },
        opensAt: Date.now() - 2 * HOUR,
        closesAt: Date.now() - HOUR,
      });
      const closedVote = await vote(newReader(), ended.id, [ended.options[0]!.id]);
      assert.equal(closedVote.statusCode, 409);
      assert.equal(closedVote.json().error.code, 'LOA_POLL_CLOSED');
      for (const p of [hidden, later, ended]) assert.equal((await counts(p.id)).total, 0);
      for (const p of [poll, other, hidden, later, ended]) {
        await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${p.id}`, { hidden: true });
      }
    });

    test('without JavaScript: the sidebar frame shows the page’s poll, its form votes and shows the results', async () => {
      const poll = await makePoll({
        question: 'Bạn đọc báo giấy hay báo mạng?',
        placement: { articles: true },
      });
      const page = await getAs(node, newReader(), `/bai-viet/${article.slug}`);
      assert.ok(page.body.includes('data-widget="poll"'));
      assert.ok(
        page.body.includes('<iframe class="poll-frame" src="/binh-chon/khung"'),
        'noscript frame in the sidebar',
      );
      assert.ok(!page.body.includes(poll.options[0]!.label), 'the cached page holds no poll of its own');

      const reader = newReader();
      const referer = `http://localhost/bai-viet/${article.slug}`;
      const frame = await getAs(node, reader, '/binh-chon/khung', { referer });
      assert.equal(frame.statusCode, 200);
      assert.equal(frame.headers['cache-control'], 'no-store');
      assert.ok(frame.body.includes('<legend class="poll-question">Bạn đọc báo giấy hay báo mạng?</legend>'));
      assert.ok(frame.body.includes(`action="/api/v1/polls/${poll.id}/votes"`));
      const home = await getAs(node, reader, '/binh-chon/khung', { referer: 'http://localhost/' });
      assert.ok(!home.body.includes('Bạn đọc báo giấy'), 'the home page does not show an articles poll');

      const none = await postAs(
        node,
        reader,
        `/api/v1/polls/${poll.id}/votes`,
        { lang: 'vi' },
        { form: true, referer },
      );
      assert.equal(none.statusCode, 303);
      assert.equal(none.headers.location, `/binh-chon/khung?poll=${poll.id}&note=choose`);
      const asked = await getAs(node, reader, none.headers.location as string);
      assert.ok(asked.body.includes('Hãy chọn một phương án.'), 'the choice is asked for');

      const posted = await postAs(
        node,
        reader,
        `/api/v1/polls/${poll.id}/votes`,
        { option: String(poll.options[1]!.id), lang: 'vi' },
        { form: true, referer },
      );
      assert.equal(posted.statusCode, 303, posted.body);
      assert.equal(posted.headers.location, `/binh-chon/khung?poll=${poll.id}&note=thanks`);
      const shown = await getAs(node, reader, posted.headers.location as string);
      assert.ok(shown.body.includes('Cảm ơn bạn đã bình chọn.'));
      assert.ok(shown.body.includes('1 người đã bình chọn'));
      assert.ok(shown.body.includes('<meter min="0" max="100" value="100"'), 'a bar per option');
      assert.ok(!shown.body.includes('<form'), 'no second vote');

      const twice = await postAs(
        node,
        reader,
        `/api/v1/polls/${poll.id}/votes`,
        { option: String(poll.options[0]!.id) },
        { form: true },
      );
      assert.equal(twice.headers.location, `/binh-chon/khung?poll=${poll.id}&note=already`);
      assert.deepEqual((await counts(poll.id)).votes, [0, 1, 0]);
      await apiAs(node.app, admin, 'POST', `/api/v1/sites/hoa-lam/polls/${poll.id}/close`);
      const closed = await getAs(node, newReader(), `/binh-chon/khung?poll=${poll.id}`);
      assert.ok(closed.body.includes('Cuộc bình chọn đã kết thúc.'), 'a closed poll shows results only');
      assert.ok(!closed.body.includes('<form'));
    });
  });
}
