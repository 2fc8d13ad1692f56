/**
 * The statistics counter on every dialect, with an injected clock: exact counts, bots and non-pages
 * left out, the online window, days cut at midnight in Vietnam, nothing written before a flush,
 * everything written on stop, totals carried over a restart, and two nodes sharing Redis.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { DIALECTS, REDIS_URL, skipUnlessPostgres, skipUnlessRedis } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { siteIdOf } from '../../testing/staff.js';
import { isBot, StatsCounter } from './counter.js';
import { vnDay } from './days.js';
import { ONLINE_WINDOW_MS } from './store.js';

const BROWSER = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36';
const HTML = 'text/html; charset=utf-8';
/** 10:00 in Vietnam on Saturday 16/01/2021. */
const T0 = Date.UTC(2021, 0, 16, 3);

interface FakeRequest {
  ua?: string | null;
  cookie?: string;
  ip?: string;
  method?: string;
}

function request({
  ua = BROWSER,
  cookie,
  ip = '203.0.113.9',
  method = 'GET',
}: FakeRequest = {}): IncomingMessage {
  const headers: Record<string, string> = {};
  if (ua !== null) headers['user-agent'] = ua;
  if (cookie) headers.cookie = `loa_vid=${cookie}`;
  return { method, headers, socket: { remoteAddress: ip } } as unknown as IncomingMessage;
}

const cookieOf = (n: number) => `visitor-cookie-${String(n).padStart(8, '0')}`;

const redisSkip = await skipUnlessRedis();

for (const dialect of DIALECTS) {
  describe(`visitor statistics counter on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherSiteId: number;
    let articleId: number;
    let baseViews: number;
    let now = T0;
    const counters: StatsCounter[] = [];
    const counter = async (options: Partial<ConstructorParameters<typeof StatsCounter>[0]> = {}) => {
      const c = new StatsCounter({
        database: node.services.database,
        clock: () => now,
        figuresTtlMs: 0,
        onError: (err) => {
          throw err;
        },
        ...options,
      });
      counters.push(c);
      await c.ready();
      return c;
    };
    const db = () => node.services.database.db;
    const siteVisits = async (id: number) =>
      Number(
        (await db().selectFrom('site_counters').select('visits').where('site_id', '=', id).executeTakeFirst())
          ?.visits ?? 0,
      );
    const viewCount = async () =>
      Number(
        (
          await db()
            .selectFrom('articles')
            .select('view_count')
            .where('site_id', '=', siteId)
            .where('id', '=', articleId)
            .executeTakeFirstOrThrow()
        ).view_count,
      );
    const dayRow = (id: number, day: number) =>
      db()
        .selectFrom('visits_daily')
        .select(['visits', 'visitors'])
        .where('site_id', '=', id)
        .where('day', '=', day)
        .executeTakeFirst();
    const articleDay = async (day: number) =>
      Number(
        (
          await db()
            .selectFrom('article_views_daily')
            .select('views')
            .where('site_id', '=', siteId)
            .where('day', '=', day)
            .where('article_id', '=', articleId)
            .executeTakeFirst()
        )?.views ?? 0,
      );
    const reset = async () => {
      await db().deleteFrom('site_counters').execute();
      await db().deleteFrom('visits_daily').execute();
      await db().deleteFrom('article_views_daily').execute();
      await db().updateTable('articles').set({ view_count: 0 }).execute();
      baseViews = 0;
      now = T0;
    };

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 3, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      otherSiteId = await siteIdOf(node.services, 'ben-sen');
      const article = await db()
        .selectFrom('articles')
        .select(['id', 'view_count'])
        .where('site_id', '=', siteId)
        .where('status', '=', 'published')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      articleId = article.id;
      // Public at the injected clock's time.
      await db()
        .updateTable('articles')
        .set({ published_at: T0 - 86_400_000 })
        .where('id', '=', articleId)
        .execute();
    });
    after(async () => {
      for (const c of counters) await c.stop();
      await node?.close();
    });

    test('N visits give exact totals, views, daily rows and online, written only at flush', async () => {
      await reset();
      const c = await counter();
      const page = { contentType: HTML };
      const article = { contentType: HTML, articleId };
      // 5 visitors: three with a cookie, two known by their address only; 37 pages, 12 of the article.
      const visitors = [
        { cookie: cookieOf(1) },
        { cookie: cookieOf(2) },
        { cookie: cookieOf(3), ip: '198.51.100.1' },
        { ip: '198.51.100.7' },
        { ip: '2001:db8::1' },
      ];
      for (let i = 0; i < 37; i++) {
        c.recordVisit(siteId, i < 12 ? article : page, request(visitors[i % visitors.length]));
        now += 1000;
      }
      c.recordVisit(otherSiteId, page, request());
      assert.equal(await siteVisits(siteId), 0, 'nothing is written per page view');
      await c.push();
      assert.equal(await siteVisits(siteId), 0, 'a push fills the store, not the database');
      const live = await c.figures(siteId, articleId);
      assert.deepEqual(live, { visits: 37, online: 5, views: baseViews + 12 }, 'live figures');
      await c.flush();
      assert.equal(await siteVisits(siteId), 37, 'site total');
      assert.equal(await siteVisits(otherSiteId), 1, 'the other site counted apart');
      assert.equal(await viewCount(), baseViews + 12, 'article views');
      assert.deepEqual(await dayRow(siteId, 20210116), { visits: 37, visitors: 5 }, 'daily row');
      assert.equal(await articleDay(20210116), 12, 'daily article views');
      // The same visitors come back: visits grow, distinct visitors of the day do not.
      for (const v of visitors) c.recordVisit(siteId, page, request(v));
      await c.flush();
      assert.deepEqual(await dayRow(siteId, 20210116), { visits: 42, visitors: 5 }, 'returning visitors');
    });

    test('known bots, missing user agents, HEAD requests and non-HTML pages are not counted', async () => {
      await reset();
      const c = await counter();
      for (const ua of [
        'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
        'Mozilla/5.0 (compatible; bingbot/2.0)',
        'facebookexternalhit/1.1',
        'curl/8.5.0',
        'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0',
        null,
      ]) {
        c.recordVisit(siteId, { contentType: HTML, articleId }, request({ ua }));
      }
      c.recordVisit(siteId, { contentType: HTML }, request({ method: 'HEAD' }));
      c.recordVisit(siteId, { contentType: 'application/rss+xml; charset=utf-8' }, request());
      c.recordVisit(siteId, { contentType: HTML }, request());
      await c.flush();
      assert.equal(await siteVisits(siteId), 1, 'only the browser page view');
      assert.equal(await viewCount(), 0, 'no article view');
      assert.equal(isBot(BROWSER), false, 'a phone browser is a person');
    });

    test('online counts distinct visitors of the last five minutes (clock injected)', async () => {
      await reset();
      const c = await counter();
      const page = { contentType: HTML };
      c.recordVisit(siteId, page, request({ cookie: cookieOf(1) }));
      c.recordVisit(siteId, page, request({ cookie: cookieOf(1) }));
      now += 2 * 60_000;
      c.recordVisit(siteId, page, request({ cookie: cookieOf(2) }));
      c.recordVisit(siteId, page, request({ ip: '198.51.100.20' }));
      await c.push();
      assert.equal((await c.figures(siteId)).online, 3, 'three distinct visitors');
      now = T0 + ONLINE_WINDOW_MS + 1;
      assert.equal((await c.figures(siteId)).online, 2, 'the first visitor has left the window');
      c.recordVisit(siteId, page, request({ cookie: cookieOf(1) }));
      await c.push();
      assert.equal((await c.figures(siteId)).online, 3, 'and is back');
      now += ONLINE_WINDOW_MS + 1;
      assert.equal((await c.figures(siteId)).online, 0, 'everyone has left');
      assert.equal((await c.figures(siteId)).visits, 5, 'visits stay');
    });

    test('days are cut at midnight in Vietnam (UTC+7), not UTC', async () => {
      await reset();
      const c = await counter();
      const page = { contentType: HTML, articleId };
      now = Date.UTC(2021, 0, 16, 16, 59, 59); // 23:59:59 on 16/01 in Vietnam
      c.recordVisit(siteId, page, request({ cookie: cookieOf(1) }));
      now = Date.UTC(2021, 0, 16, 17, 0, 0); // 00:00 on 17/01 in Vietnam, still the 16th in UTC
      c.recordVisit(siteId, page, request({ cookie: cookieOf(1) }));
      c.recordVisit(siteId, page, request({ cookie: cookieOf(2) }));
      now = Date.UTC(2021, 0, 17, 16, 59, 59); // 23:59:59 on 17/01 in Vietnam
      c.recordVisit(siteId, page, request({ cookie: cookieOf(3) }));
      await c.flush();
      assert.equal(vnDay(Date.UTC(2021, 0, 16, 17)), 20210117, 'the day helper');
      assert.deepEqual(await dayRow(siteId, 20210116), { visits: 1, visitors: 1 }, 'the 16th');
      assert.deepEqual(await dayRow(siteId, 20210117), { visits: 3, visitors: 3 }, 'the 17th');
      assert.equal(await articleDay(20210116), 1, 'views of the 16th');
      assert.equal(await articleDay(20210117), 3, 'views of the 17th');
      assert.equal(await siteVisits(siteId), 4, 'the total spans both days');
    });

    test('stop flushes what was gathered; a restarted node continues from the database', async () => {
      await reset();
      const first = await counter();
      for (let i = 0; i < 5; i++) first.recordVisit(siteId, { contentType: HTML, articleId }, request());
      await first.stop();
      assert.equal(await siteVisits(siteId), 5, 'written on stop');
      assert.equal(await viewCount(), 5, 'views written on stop');
      const second = await counter();
      assert.equal((await second.figures(siteId)).visits, 5, 'read back before any visit');
      for (let i = 0; i < 3; i++) second.recordVisit(siteId, { contentType: HTML, articleId }, request());
      assert.equal((await second.figures(siteId, articleId)).views, 8, 'unpushed views count in the figures');
      await second.stop();
      assert.equal(await siteVisits(siteId), 8, 'the total goes on');
      assert.equal(await viewCount(), 8, 'and so do the views');
    });

    test('the timers push and flush by themselves (a crash loses only the last interval)', async () => {
      await reset();
      const c = await counter({ clock: Date.now, pushMs: 20, flushMs: 50 });
      c.start();
      for (let i = 0; i < 7; i++) c.recordVisit(siteId, { contentType: HTML }, request());
      for (let i = 0; i < 50 && (await siteVisits(siteId)) < 7; i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.equal(await siteVisits(siteId), 7, 'flushed without stop');
      await c.stop();
    });

    test('figures of an article that is not public are null', async () => {
      const c = await counter();
      const draft = await db()
        .selectFrom('articles')
        .select('id')
        .where('site_id', '=', otherSiteId)
        .executeTakeFirstOrThrow();
      assert.equal((await c.figures(siteId, draft.id)).views, null, "another site's article");
      assert.equal((await c.figures(siteId, 2_000_000_000)).views, null, 'no such article');
    });

    describe('two nodes sharing Redis and the database', { skip: redisSkip }, () => {
      const connections: Redis[] = [];
      after(() => {
        for (const r of connections) r.disconnect();
      });

      test('totals, views, daily rows and online are exact across nodes', async () => {
        await reset();
        const [ra, rb] = [new Redis(REDIS_URL), new Redis(REDIS_URL)];
        connections.push(ra, rb);
        const a = await counter({ redis: ra });
        const b = await counter({ redis: rb });
        const page = { contentType: HTML, articleId };
        // Visitor 1 reads on both nodes (a load balancer without affinity); 2 on A, 3 on B.
        for (let i = 0; i < 30; i++)
          a.recordVisit(siteId, page, request({ cookie: cookieOf(i % 2 ? 1 : 2) }));
        for (let i = 0; i < 45; i++)
          b.recordVisit(siteId, page, request({ cookie: cookieOf(i % 2 ? 1 : 3) }));
        await Promise.all([a.push(), b.push()]);
        for (let i = 0; i < 10; i++) a.recordVisit(siteId, page, request({ cookie: cookieOf(4) }));
        await Promise.all([a.flush(), b.flush()]);
        // B flushes after A's last push: its write must not lower what A wrote.
        await b.flush();
        const fa = await a.figures(siteId, articleId);
        const fb = await b.figures(siteId, articleId);
        assert.deepEqual(fa, { visits: 85, online: 4, views: 85 }, 'node A sees every node');
        assert.deepEqual(fb, fa, 'node B sees the same');
        assert.equal(await siteVisits(siteId), 85, 'database total');
        assert.equal(await viewCount(), 85, 'database views');
        assert.deepEqual(await dayRow(siteId, 20210116), { visits: 85, visitors: 4 }, 'daily row');
        assert.equal(await articleDay(20210116), 85, 'daily views');
        await a.stop();
        await b.stop();
      });
    });
  });
}
