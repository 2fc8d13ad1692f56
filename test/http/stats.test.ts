/**
 * Visitor statistics over HTTP on every dialect: page views over a real socket (cache misses and
 * fast-path hits alike) reach the live figures of `GET /api/v1/stats` and the database, bots do
 * not; the sidebar shows the figures and the most-read lists in Vietnamese format; the admin
 * statistics page with its rules; two nodes on one Redis and one database count exactly.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { buildApp } from '../../src/app.js';
import { vnDay } from '../../src/features/stats/days.js';
import { createServices } from '../../src/services.js';
import { DIALECTS, REDIS_URL, skipUnlessPostgres, skipUnlessRedis } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { adminGet, createStaff, siteIdOf } from '../../src/testing/staff.js';

const BROWSER = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

interface StatsBody {
  site: { visits: number; online: number };
  article?: { id: number; views: number } | null;
}

const redisSkip = await skipUnlessRedis();

for (const dialect of DIALECTS) {
  describe(`visitor statistics over HTTP on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let base: string;
    let siteId: number;
    let article: { id: number; slug: string; title: string };

    const db = () => node.services.database.db;
    const stats = async (query = '', host = 'hoalam.localhost') => {
      const res = await node.app.inject({ url: `/api/v1/stats${query}`, headers: { host } });
      return { res, body: res.json() as StatsBody };
    };
    const siteVisits = async (id: number) =>
      Number(
        (await db().selectFrom('site_counters').select('visits').where('site_id', '=', id).executeTakeFirst())
          ?.visits ?? 0,
      );

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 4, imagesPerSite: 1 });
      await node.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
      siteId = await siteIdOf(node.services, 'hoa-lam');
      article = await db()
        .selectFrom('articles')
        .select(['id', 'slug', 'title'])
        .where('site_id', '=', siteId)
        .where('lang', '=', 'vi')
        .where('status', '=', 'published')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
    });
    after(async () => {
      await node?.close();
    });

    test('page views over a socket, cache hits included, reach the live figures and the database', async () => {
      await node.services.views.flush();
      const before = (await stats(`?article=${article.id}`)).body;
      const visit = async (path: string, ua = BROWSER) => {
        const res = await fetch(`${base}${path}`, {
          headers: { 'user-agent': ua, host: 'hoalam.localhost' },
        });
        await res.arrayBuffer();
        return res.headers.get('x-loa-cache');
      };
      const states = [];
      for (let i = 0; i < 4; i++) states.push(await visit('/'));
      for (let i = 0; i < 6; i++) states.push(await visit(`/bai-viet/${article.slug}`));
      assert.ok(states.filter((s) => s === 'HIT').length >= 6, `most views are fast-path hits: ${states}`);
      await visit('/', GOOGLEBOT);
      await visit(`/bai-viet/${article.slug}`, GOOGLEBOT);
      await visit('/rss.xml');
      const dbBefore = await siteVisits(siteId);
      await node.services.views.push();
      const { res, body } = await stats(`?article=${article.id}`);
      assert.equal(res.statusCode, 200, 'the endpoint answers');
      assert.match(res.headers['content-type'] as string, /application\/json/);
      const maxAge = Number(/max-age=(\d+)/.exec(res.headers['cache-control'] as string)?.[1]);
      assert.ok(maxAge <= 5, `cached at most 5 s: ${res.headers['cache-control']}`);
      assert.equal(body.site.visits, before.site.visits + 10, 'ten page views, bots and feeds left out');
      assert.equal(body.article?.views, (before.article?.views ?? 0) + 6, 'six views of the article');
      assert.equal(body.site.online, 1, 'one visitor (this address) online');
      assert.equal(await siteVisits(siteId), dbBefore, 'nothing written per view');
      await node.services.views.flush();
      assert.equal(await siteVisits(siteId), before.site.visits + 10, 'written at the flush');
      const today = await db()
        .selectFrom('visits_daily')
        .select(['visits', 'visitors'])
        .where('site_id', '=', siteId)
        .where('day', '=', vnDay(Date.now()))
        .executeTakeFirstOrThrow();
      assert.ok(today.visits >= 10 && today.visitors >= 1, 'daily row of today');
    });

    test('the JSON endpoint refuses a bad article id and answers null for another site’s article', async () => {
      for (const bad of ['abc', '0', '-3', '1.5', '99999999999', '3000000000']) {
        const { res, body } = await stats(`?article=${encodeURIComponent(bad)}`);
        assert.equal(res.statusCode, 422, `refused: ${bad}`);
        assert.equal((body as unknown as { error: { code: string } }).error.code, 'LOA_INVALID', bad);
      }
      const other = await db()
        .selectFrom('articles')
        .select('id')
        .where('site_id', '<>', siteId)
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow();
      const { body } = await stats(`?article=${other.id}`);
      assert.equal(body.article, null, 'not an article of this site');
    });

    test('the sidebar shows the figures in Vietnamese format and the most-read lists, with the island', async () => {
      const tanLoc = await siteIdOf(node.services, 'tan-loc-dong');
      await db().insertInto('site_counters').values({ site_id: tanLoc, visits: 305_912 }).execute();
      const res = await node.app.inject({
        url: '/',
        headers: { host: 'tanlocdong.localhost', 'user-agent': GOOGLEBOT },
      });
      const widget = res.body.slice(res.body.indexOf('data-widget="stats"'));
      assert.ok(widget.includes('<dt>Thống kê</dt><dd data-stats-visits>305.912</dd>'), 'Thống kê: 305.912');
      assert.ok(/<dt>Online<\/dt><dd data-stats-online>\d+<\/dd>/.test(widget), 'Online: n');
      const island = /<script src="(\/assets\/stats\.[0-9a-f]+\.js)" defer/.exec(widget)?.[1];
      assert.ok(island, 'the stats island');
      const script = await node.app.inject({ url: island });
      assert.equal(script.statusCode, 200, 'the island is served');
      assert.ok(script.body.includes('/api/v1/stats'), 'and asks the endpoint');
      assert.equal(
        (await stats('', 'tanlocdong.localhost')).body.site.visits,
        305_912,
        'the endpoint agrees',
      );
      // The article read above leads both lists of hoa-lam once the fragment is rendered again.
      node.services.invalidate([`chrome:${siteId}`]);
      const home = (
        await node.app.inject({ url: '/', headers: { host: 'hoalam.localhost', 'user-agent': GOOGLEBOT } })
      ).body;
      for (const heading of ['Đọc nhiều hôm nay', 'Đọc nhiều trong tuần']) {
        const at = home.indexOf(`>${heading}</h2>`);
        assert.ok(at > 0, `${heading} shown`);
        const list = home.slice(at, home.indexOf('</ol>', at));
        assert.ok(list.includes(`href="/bai-viet/${article.slug}"`), `${heading} lists the article read`);
      }
      const page = await node.app.inject({
        url: `/bai-viet/${article.slug}`,
        headers: { host: 'hoalam.localhost', 'user-agent': GOOGLEBOT },
      });
      const views = new RegExp(`Lượt xem: <span data-views="${article.id}">[\\d.]+</span>`);
      assert.ok(views.test(page.body), 'Lượt xem');
    });

    test('the admin statistics page: figures, 30 days, the week’s most read; rules of access', async () => {
      const contributor = await createStaff(node.services, 'contributor', siteId);
      const res = await adminGet(node.app, contributor, '/admin/sites/hoa-lam/stats');
      assert.equal(res.statusCode, 200, 'a contributor of the site may look');
      assert.equal(res.headers['cache-control'], 'no-store');
      const html = res.body;
      assert.ok(html.includes('<h1>Thống kê truy cập</h1>'), 'title');
      assert.ok(html.includes('<caption>Lượt truy cập và số người truy cập mỗi ngày'), 'table caption');
      assert.equal(html.match(/<tr data-day="\d{8}">/g)?.length, 30, 'thirty days');
      const todayRow = new RegExp(
        `<tr data-day="${vnDay(Date.now())}"><th scope="row"><time[^>]*>[^<]+</time></th><td class="num">([\\d.]+)</td>`,
      );
      const visitsToday = Number(todayRow.exec(html)?.[1]?.replaceAll('.', ''));
      assert.ok(visitsToday >= 10, `today's visits in the table: ${visitsToday}`);
      assert.ok(
        /<svg class="stats-bar"[^>]*aria-hidden="true"/.test(html),
        'bars hidden from screen readers',
      );
      assert.ok(!/ style="/.test(html), 'no inline style (CSP)');
      assert.ok(html.includes(`<tr data-article="${article.id}">`), 'the article read is in the week list');
      assert.ok(html.includes(`href="/bai-viet/${article.slug}"`), 'linked to its page');
      const en = await adminGet(node.app, contributor, '/en/admin/sites/hoa-lam/stats');
      assert.ok(en.body.includes('<h1>Visitor statistics</h1>'), 'English');
      const outsider = await createStaff(
        node.services,
        'site_admin',
        await siteIdOf(node.services, 'ben-sen'),
      );
      assert.equal(
        (await adminGet(node.app, outsider, '/admin/sites/hoa-lam/stats')).statusCode,
        404,
        'other site',
      );
      const anonymous = await node.app.inject({ url: '/admin/sites/hoa-lam/stats' });
      assert.equal(anonymous.statusCode, 303, 'anonymous visitors go to the login page');
      assert.equal(anonymous.headers.location, '/admin/login');
    });

    test('closing the services writes what was gathered (shutdown)', async () => {
      const services = await createServices(node.config, node.services.database, pino({ level: 'silent' }));
      const app = await buildApp(services);
      await node.services.views.flush();
      const before = await siteVisits(siteId);
      for (let i = 0; i < 3; i++) {
        await app.inject({ url: '/', headers: { host: 'hoalam.localhost', 'user-agent': BROWSER } });
      }
      assert.equal(await siteVisits(siteId), before, 'not written yet');
      await app.close();
      await services.close();
      assert.equal(await siteVisits(siteId), before + 3, 'written by services.close');
    });

    describe('two nodes on one Redis and one database', { skip: redisSkip }, () => {
      test('visits on both nodes give exact totals on both and in the database', async () => {
        // Two more nodes on the suite's database, both with REDIS_URL; what is stored so far is the base.
        const config = { ...node.config, redisUrl: REDIS_URL };
        const servicesA = await createServices(config, node.services.database, pino({ level: 'silent' }));
        const servicesB = await createServices(config, node.services.database, pino({ level: 'silent' }));
        const a = await buildApp(servicesA);
        const b = await buildApp(servicesB);
        try {
          await node.services.views.flush();
          const id = siteId;
          const today = vnDay(Date.now());
          const base = {
            visits: await siteVisits(id),
            views: Number(
              (
                await db()
                  .selectFrom('articles')
                  .select('view_count')
                  .where('id', '=', article.id)
                  .executeTakeFirstOrThrow()
              ).view_count,
            ),
            day: (await db()
              .selectFrom('visits_daily')
              .select(['visits', 'visitors'])
              .where('site_id', '=', id)
              .where('day', '=', today)
              .executeTakeFirst()) ?? { visits: 0, visitors: 0 },
          };
          const view = (app: typeof b, ip: string) =>
            app.inject({
              url: `/bai-viet/${article.slug}`,
              headers: { host: 'hoalam.localhost', 'user-agent': BROWSER },
              remoteAddress: ip,
            });
          // Five addresses; 198.51.100.2 reads on both nodes.
          await Promise.all([
            ...Array.from({ length: 25 }, (_, i) => view(a, `198.51.100.${i % 3}`)),
            ...Array.from({ length: 17 }, (_, i) => view(b, `198.51.100.${(i % 3) + 2}`)),
          ]);
          await Promise.all([servicesA.views.flush(), servicesB.views.flush()]);
          const answers = await Promise.all(
            [a, b].map(async (app) =>
              (
                await app.inject({
                  url: `/api/v1/stats?article=${article.id}`,
                  headers: { host: 'hoalam.localhost' },
                })
              ).json(),
            ),
          );
          assert.deepEqual(answers[0], answers[1], 'both nodes give the same figures');
          assert.equal(answers[0].site.visits, base.visits + 42, 'every visit of both nodes');
          assert.equal(answers[0].site.online, 5, 'five addresses, one of them on both nodes');
          assert.equal(answers[0].article.views, base.views + 42, 'article views');
          assert.equal(await siteVisits(id), base.visits + 42, 'the database total');
          const day = await db()
            .selectFrom('visits_daily')
            .select(['visits', 'visitors'])
            .where('site_id', '=', id)
            .where('day', '=', today)
            .executeTakeFirstOrThrow();
          assert.deepEqual(
            { visits: Number(day.visits), visitors: Number(day.visitors) },
            { visits: Number(base.day.visits) + 42, visitors: Number(base.day.visitors) + 5 },
            'the daily row',
          );
        } finally {
          await Promise.all([a.close(), b.close()]);
          await Promise.all([servicesA.close(), servicesB.close()]);
        }
      });
    });
  });
}
