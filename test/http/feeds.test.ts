/**
 * Feeds and discovery end to end (app.inject), on every database dialect: RSS 2.0 for the site and
 * each category in both languages, the sitemap index, its article chunks and the news sitemap,
 * robots.txt, the head markup of articles, categories and the home page (canonical, hreflang,
 * OpenGraph, Twitter, JSON-LD), and purging by publication.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { createArticle, type NewArticleInput } from '../../src/features/articles/operations.js';
import { DEMO_COMMUNES, DEMO_PROVINCE } from '../../src/features/demo/places.js';
import { sitemapLimits } from '../../src/features/feeds/sitemaps.js';
import { parseVariants } from '../../src/features/media/figure.js';
import { isoDateTimeVn } from '../../src/platform/vietnamese/index.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { child, childrenNamed, parseXml, textOf, type XmlElement } from './xml-check.js';

const ORIGIN = `http://${DEMO_PROVINCE.hosts[0]}`;
const CODE = DEMO_PROVINCE.code;
const DAY = 86_400_000;
const RFC822_VN =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;
const W3C_VN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-raw-characters': 'off',
    'attribute-empty-style': 'off',
    'long-title': 'off',
    'void-style': 'off',
  },
});

function unescapeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function head(html: string): string {
  return html.split('</head>')[0]!;
}

/** The content of every `<meta property|name="…">` in the head, by name. */
function metas(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of head(html).matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) {
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), unescapeHtml(m[2]!)]);
  }
  return out;
}

function meta(html: string, name: string): string | undefined {
  return metas(html).get(name)?.[0];
}

function canonicalOf(html: string): string | undefined {
  const m = /<link rel="canonical" href="([^"]+)">/.exec(head(html));
  return m ? unescapeHtml(m[1]!) : undefined;
}

function hreflangs(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of head(html).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)) {
    out[m[1]!] = unescapeHtml(m[2]!);
  }
  return out;
}

function feedHrefs(html: string): string[] {
  return [
    ...head(html).matchAll(
      /<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)">/g,
    ),
  ].map((m) => unescapeHtml(m[1]!));
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...head(html).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    assert.ok(!m[1]!.includes('<'), 'no raw < inside JSON-LD');
    return JSON.parse(m[1]!) as Record<string, unknown>;
  });
}

function items(rss: XmlElement): XmlElement[] {
  return childrenNamed(child(rss, 'channel'), 'item');
}

function locs(urlset: XmlElement, wrapper = 'url'): string[] {
  return childrenNamed(urlset, wrapper).map((u) => textOf(u, 'loc'));
}

async function validHtml(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

test('the XML checker the feed tests rely on refuses malformed documents', () => {
  assert.equal(parseXml('<?xml version="1.0"?>\n<a x="1"><b>t &amp; u</b><c/></a>\n').children.length, 2);
  for (const bad of [
    '<a><b></a></b>',
    '<a>&</a>',
    '<a>&nbsp;</a>',
    '<a x=1></a>',
    '<a x="1" x="2"></a>',
    '<a></a><b></b>',
    '<a>',
    'text<a></a>',
    '<a>\u0001</a>',
    '<a><b></b>',
  ]) {
    assert.throws(() => parseXml(bad), /not well-formed/, bad);
  }
});

for (const dialect of DIALECTS) {
  describe(`feeds and discovery on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    const get = (url: string, headers: Record<string, string> = {}) =>
      node.app.inject({ method: 'GET', url, headers });
    const db = () => node.services.database.db;

    const categoryId = async (siteId: number, slug: string) =>
      (
        await db()
          .selectFrom('categories')
          .select('id')
          .where('site_id', '=', siteId)
          .where('slug', '=', slug)
          .executeTakeFirstOrThrow()
      ).id;

    /** Creates an article (published, in `tin-tuc` of site 1, unless told otherwise). */
    const add = async (
      input: Omit<NewArticleInput, 'categoryId' | 'blocks'>,
      { siteId = 1, category = 'tin-tuc' } = {},
    ) =>
      createArticle(node.services.database, siteId, {
        categoryId: await categoryId(siteId, category),
        blocks: [{ type: 'paragraph', text: 'Nội dung.' }],
        status: 'published',
        ...input,
      });

    /** Public articles of site 1 as the feeds should see them, newest first. */
    const published = (lang?: 'vi' | 'en') => {
      let q = db()
        .selectFrom('articles')
        .leftJoin('media', (j) =>
          j
            .onRef('media.site_id', '=', 'articles.site_id')
            .onRef('media.id', '=', 'articles.featured_media_id'),
        )
        .select([
          'articles.id',
          'articles.slug',
          'articles.lang',
          'articles.title',
          'articles.lead',
          'articles.byline',
          'articles.category_id',
          'articles.published_at',
          'articles.updated_at',
          'media.variants',
        ])
        .where('articles.site_id', '=', 1)
        .where('articles.status', '=', 'published')
        .where('articles.published_at', '<=', Date.now());
      if (lang) q = q.where('articles.lang', '=', lang);
      return q.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').execute();
    };

    before(async () => {
      node = await createTestNode({ dialect, imagesPerSite: 3 });
    });
    after(async () => {
      await node?.close();
    });

    test('site feed: RSS 2.0 channel and items with guids, RFC 822 dates, lead, category, enclosure', async () => {
      const res = await get('/rss.xml');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.match(res.headers['surrogate-key'] as string, /(^| )listing:1( |$)/);
      const rss = parseXml(res.body);
      assert.equal(rss.name, 'rss');
      assert.equal(rss.attrs.version, '2.0');
      assert.equal(rss.attrs['xmlns:atom'], 'http://www.w3.org/2005/Atom');
      const channel = child(rss, 'channel');
      assert.equal(textOf(channel, 'title'), DEMO_PROVINCE.nameVi);
      assert.equal(textOf(channel, 'link'), `${ORIGIN}/`);
      assert.ok(textOf(channel, 'description').includes(DEMO_PROVINCE.nameVi), 'channel description');
      assert.equal(textOf(channel, 'language'), 'vi-VN');
      assert.match(textOf(channel, 'lastBuildDate'), RFC822_VN);
      const self = child(channel, 'atom:link');
      assert.deepEqual(self.attrs, { href: `${ORIGIN}/rss.xml`, rel: 'self', type: 'application/rss+xml' });

      const expected = (await published('vi')).slice(0, 30);
      const categoryNames = new Map(
        (
          await db().selectFrom('categories').select(['id', 'name_vi']).where('site_id', '=', 1).execute()
        ).map((c) => [c.id, c.name_vi]),
      );
      const list = items(rss);
      assert.equal(list.length, expected.length);
      assert.equal(
        Date.parse(textOf(channel, 'lastBuildDate')),
        Math.floor(expected[0]!.published_at! / 1000) * 1000,
      );
      let enclosures = 0;
      for (const [i, item] of list.entries()) {
        const a = expected[i]!;
        assert.equal(textOf(item, 'title'), a.title);
        assert.equal(textOf(item, 'link'), `${ORIGIN}/bai-viet/${a.slug}`);
        const guid = child(item, 'guid');
        assert.equal(guid.attrs.isPermaLink, 'false');
        assert.equal(guid.text, `loa:${CODE}:article:${a.id}`);
        const pubDate = textOf(item, 'pubDate');
        assert.match(pubDate, RFC822_VN);
        assert.equal(Date.parse(pubDate), Math.floor(a.published_at! / 1000) * 1000);
        assert.equal(pubDate.slice(0, 3), WEEKDAYS[new Date(a.published_at! + 7 * 3_600_000).getUTCDay()]);
        assert.equal(textOf(item, 'description'), a.lead);
        assert.equal(textOf(item, 'category'), categoryNames.get(a.category_id));
        const enclosure = childrenNamed(item, 'enclosure')[0];
        const jpeg = a.variants ? parseVariants(a.variants).find((v) => v.type === 'image/jpeg') : undefined;
        if (!jpeg) {
          assert.equal(enclosure, undefined, `no image, no enclosure (${a.slug})`);
          continue;
        }
        enclosures++;
        assert.ok(enclosure, `enclosure for ${a.slug}`);
        assert.equal(enclosure.attrs.url, `${ORIGIN}/media/${jpeg.file}`);
        assert.equal(enclosure.attrs.type, 'image/jpeg');
        assert.equal(
          Number(enclosure.attrs.length),
          statSync(join(node.config.dataDir, 'media', jpeg.file)).size,
        );
        assert.ok(Number(enclosure.attrs.length) > 0, 'enclosure length');
      }
      assert.ok(enclosures > 0, 'some items carry their featured image');
    });

    test('English feed, category feeds in both languages, and unknown categories', async () => {
      const en = parseXml((await get('/en/rss.xml')).body);
      const channel = child(en, 'channel');
      assert.equal(textOf(channel, 'language'), 'en');
      assert.equal(textOf(channel, 'title'), DEMO_PROVINCE.nameEn);
      assert.equal(textOf(channel, 'link'), `${ORIGIN}/en`);
      assert.equal(child(channel, 'atom:link').attrs.href, `${ORIGIN}/en/rss.xml`);
      const expectedEn = (await published('en')).slice(0, 30);
      assert.deepEqual(
        items(en).map((i) => textOf(i, 'link')),
        expectedEn.map((a) => `${ORIGIN}/en/article/${a.slug}`),
      );

      const news = await categoryId(1, 'tin-tuc');
      const res = await get('/chuyen-muc/tin-tuc/rss.xml');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.match(res.headers['surrogate-key'] as string, new RegExp(`listing:1 category:1:${news}`));
      const cat = child(parseXml(res.body), 'channel');
      assert.equal(textOf(cat, 'link'), `${ORIGIN}/chuyen-muc/tin-tuc`);
      assert.equal(child(cat, 'atom:link').attrs.href, `${ORIGIN}/chuyen-muc/tin-tuc/rss.xml`);
      const expectedCat = (await published('vi')).filter((a) => a.category_id === news);
      assert.ok(expectedCat.length > 0, 'the category has articles');
      assert.deepEqual(
        childrenNamed(cat, 'item').map((i) => child(i, 'guid').text),
        expectedCat.map((a) => `loa:${CODE}:article:${a.id}`),
      );
      const catEn = child(parseXml((await get('/en/category/tin-tuc/rss.xml')).body), 'channel');
      assert.equal(textOf(catEn, 'language'), 'en');
      for (const item of childrenNamed(catEn, 'item')) assert.match(textOf(item, 'link'), /\/en\/article\//);
      assert.equal((await get('/chuyen-muc/khong-co/rss.xml')).statusCode, 404);
      assert.equal((await get('/en/category/khong-co/rss.xml')).statusCode, 404);
    });

    test('absolute URLs come from the site origin, never from the Host header', async () => {
      const res = await get('/rss.xml', { host: 'attacker.example.org' });
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes('attacker.example.org'), 'feed ignores the Host header');
      assert.ok(res.body.includes(`${ORIGIN}/bai-viet/`), 'feed links use the site origin');
      const robots = await get('/robots.txt', { host: 'attacker.example.org' });
      assert.ok(!robots.body.includes('attacker.example.org'), 'robots.txt ignores the Host header');
    });

    test('only published articles of the site appear in feeds and sitemaps', async () => {
      const draft = await add({ title: 'Bản nháp không được lên nguồn tin', status: 'draft' });
      const scheduled = await add({
        title: 'Bài hẹn giờ chưa đến giờ đăng',
        status: 'scheduled',
        publishedAt: Date.now() + DAY,
      });
      const commune = await db()
        .selectFrom('sites')
        .select('id')
        .where('code', '=', DEMO_COMMUNES[0]!.code)
        .executeTakeFirstOrThrow();
      const elsewhere = await add(
        { title: 'Tin của xã khác không thuộc trang tỉnh' },
        { siteId: commune.id },
      );
      node.services.invalidate([...elsewhere.invalidates, 'listing:1']);
      const ids = [draft.id, scheduled.id, elsewhere.id];
      for (const url of ['/rss.xml', '/chuyen-muc/tin-tuc/rss.xml', '/sitemaps/news.xml']) {
        const body = (await get(url)).body;
        for (const id of ids) assert.ok(!body.includes(`:article:${id}<`), `${url} ${id}`);
        for (const slug of [draft.slug, scheduled.slug, elsewhere.slug])
          assert.ok(!body.includes(slug), `${url} ${slug}`);
      }
      const index = parseXml((await get('/sitemap.xml')).body);
      for (const loc of locs(index, 'sitemap')) {
        const body = (await get(new URL(loc).pathname)).body;
        for (const slug of [draft.slug, scheduled.slug, elsewhere.slug])
          assert.ok(!body.includes(slug), `${loc} ${slug}`);
      }
      // The commune's own feed has it, with the commune's own origin.
      const communeFeed = await get('/rss.xml', { host: DEMO_COMMUNES[0]!.hosts[0]! });
      assert.ok(
        communeFeed.body.includes(
          `<guid isPermaLink="false">loa:${DEMO_COMMUNES[0]!.code}:article:${elsewhere.id}</guid>`,
        ),
        'the commune feed lists its own article',
      );
      assert.ok(
        communeFeed.body.includes(`http://${DEMO_COMMUNES[0]!.hosts[0]}/bai-viet/${elsewhere.slug}`),
        'with the commune origin',
      );
    });

    test('sitemap index and its chunks list every public article exactly once', async () => {
      const original = sitemapLimits.chunkSize;
      sitemapLimits.chunkSize = 4;
      node.services.invalidate(['listing:1']);
      try {
        const res = await get('/sitemap.xml');
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
        assert.match(res.headers['surrogate-key'] as string, /listing:1/);
        const index = parseXml(res.body);
        assert.equal(index.name, 'sitemapindex');
        assert.equal(index.attrs.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
        const entries = childrenNamed(index, 'sitemap');
        assert.equal(textOf(entries[0]!, 'loc'), `${ORIGIN}/sitemaps/pages.xml`);
        const chunkUrls = entries.slice(1).map((e) => textOf(e, 'loc'));
        for (const e of entries) assert.match(textOf(e, 'lastmod'), W3C_VN);
        const numbers = chunkUrls.map((u) => Number(/\/sitemaps\/articles-(\d+)\.xml$/.exec(u)![1]));
        assert.ok(numbers.length >= 3, 'several chunks at this chunk size');
        assert.deepEqual(
          numbers,
          [...numbers].sort((a, b) => b - a),
          'newest chunk first',
        );

        const seen: string[] = [];
        for (const url of chunkUrls) {
          const chunk = await get(new URL(url).pathname);
          assert.equal(chunk.statusCode, 200, url);
          const urlset = parseXml(chunk.body);
          assert.equal(urlset.name, 'urlset');
          const urls = childrenNamed(urlset, 'url');
          assert.ok(urls.length >= 1 && urls.length <= 4, `${url} holds ${urls.length}`);
          for (const u of urls) assert.match(textOf(u, 'lastmod'), W3C_VN);
          seen.push(...urls.map((u) => textOf(u, 'loc')));
        }
        const expected = (await published()).map(
          (a) => `${ORIGIN}${a.lang === 'en' ? '/en/article/' : '/bai-viet/'}${a.slug}`,
        );
        assert.equal(new Set(seen).size, seen.length, 'no article twice');
        assert.deepEqual([...seen].sort(), [...expected].sort());

        // Chunk n is the id range ((n-1)·size, n·size]: a stable home for every article.
        const newest = (await published()).reduce((m, a) => (a.id > m.id ? a : m));
        const own = parseXml((await get(`/sitemaps/articles-${Math.ceil(newest.id / 4)}.xml`)).body);
        assert.ok(
          locs(own).some((l) => l.endsWith(`/${newest.slug}`)),
          'the newest article is in the chunk of its id',
        );
        for (const bad of [
          'articles-999999.xml',
          'articles-0.xml',
          'articles-01.xml',
          'articles-x.xml',
          'other.xml',
        ]) {
          assert.equal((await get(`/sitemaps/${bad}`)).statusCode, 404, bad);
        }
      } finally {
        sitemapLimits.chunkSize = original;
        node.services.invalidate(['listing:1']);
      }
      const single = childrenNamed(parseXml((await get('/sitemap.xml')).body), 'sitemap');
      assert.equal(single.length, 2, 'the whole demo fits in one chunk at the real size');
    });

    test('pages sitemap: home, categories and site map page in both languages', async () => {
      const res = await get('/sitemaps/pages.xml');
      assert.equal(res.statusCode, 200);
      const urlset = parseXml(res.body);
      for (const u of childrenNamed(urlset, 'url')) assert.match(textOf(u, 'lastmod'), W3C_VN);
      const expected = [`${ORIGIN}/`, `${ORIGIN}/en`, `${ORIGIN}/so-do-cong`, `${ORIGIN}/en/sitemap`];
      for (const c of DEMO_PROVINCE.categories) {
        expected.push(`${ORIGIN}/chuyen-muc/${c.slug}`, `${ORIGIN}/en/category/${c.slug}`);
      }
      assert.deepEqual(locs(urlset).sort(), expected.sort());
    });

    test('news sitemap: the last two days only, with publication, language, date and title', async () => {
      const old = await add({ title: 'Tin đã đăng ba ngày trước', publishedAt: Date.now() - 3 * DAY });
      const fresh = await add({
        lang: 'en',
        title: 'News & views from yesterday',
        publishedAt: Date.now() - DAY,
      });
      node.services.invalidate([...old.invalidates, ...fresh.invalidates]);
      const res = await get('/sitemaps/news.xml');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
      const now = Date.now();
      const urlset = parseXml(res.body);
      assert.equal(urlset.attrs['xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
      const byLoc = new Map(
        childrenNamed(urlset, 'url').map((u) => [textOf(u, 'loc'), child(u, 'news:news')]),
      );
      const all = await published();
      const url = (a: { lang: string; slug: string }) =>
        `${ORIGIN}${a.lang === 'en' ? '/en/article/' : '/bai-viet/'}${a.slug}`;
      const margin = 60_000;
      for (const a of all) {
        const age = now - a.published_at!;
        if (Math.abs(age - 2 * DAY) < margin) continue;
        const entry = byLoc.get(url(a));
        assert.equal(entry !== undefined, age < 2 * DAY, `${a.slug} (${Math.round(age / 3_600_000)} h old)`);
        if (!entry) continue;
        const publication = child(entry, 'news:publication');
        assert.equal(
          textOf(publication, 'news:name'),
          a.lang === 'en' ? DEMO_PROVINCE.nameEn : DEMO_PROVINCE.nameVi,
        );
        assert.equal(textOf(publication, 'news:language'), a.lang);
        assert.equal(textOf(entry, 'news:publication_date'), isoDateTimeVn(new Date(a.published_at!)));
        assert.equal(textOf(entry, 'news:title'), a.title);
      }
      assert.ok(byLoc.has(url({ lang: 'en', slug: fresh.slug })), 'yesterday’s article is in');
      assert.ok(!byLoc.has(url({ lang: 'vi', slug: old.slug })), 'a three-day-old article is out');
      assert.ok(byLoc.size > 1, 'several recent articles');
    });

    test('robots.txt', async () => {
      const res = await get('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal(
        res.body,
        [
          'User-agent: *',
          'Allow: /',
          'Disallow: /tim-kiem',
          'Disallow: /en/search',
          'Disallow: /admin',
          '',
          `Sitemap: ${ORIGIN}/sitemap.xml`,
          `Sitemap: ${ORIGIN}/sitemaps/news.xml`,
          '',
        ].join('\n'),
      );
    });

    test('article head: canonical, OpenGraph, Twitter card, JSON-LD NewsArticle and breadcrumb', async () => {
      const a = (await published('vi')).find((x) => x.variants && x.byline)!;
      const category = await db()
        .selectFrom('categories')
        .select(['name_vi', 'slug'])
        .where('id', '=', a.category_id)
        .executeTakeFirstOrThrow();
      const res = await get(`/bai-viet/${a.slug}`);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      const canonical = `${ORIGIN}/bai-viet/${a.slug}`;
      assert.equal(canonicalOf(html), canonical);
      assert.deepEqual(hreflangs(html), {}, 'no translation, no hreflang');
      assert.deepEqual(feedHrefs(html), [`${ORIGIN}/rss.xml`]);
      const jpeg = parseVariants(a.variants!).find((v) => v.type === 'image/jpeg')!;
      assert.equal(meta(html, 'og:type'), 'article');
      assert.equal(meta(html, 'og:title'), a.title);
      assert.equal(meta(html, 'og:url'), canonical);
      assert.equal(meta(html, 'og:site_name'), DEMO_PROVINCE.nameVi);
      assert.equal(meta(html, 'og:locale'), 'vi_VN');
      assert.equal(meta(html, 'og:image'), `${ORIGIN}/media/${jpeg.file}`);
      assert.equal(meta(html, 'og:image:width'), String(jpeg.width));
      assert.equal(meta(html, 'og:image:height'), String(jpeg.height));
      assert.ok(meta(html, 'og:description'), 'og:description');
      assert.equal(meta(html, 'article:published_time'), isoDateTimeVn(new Date(a.published_at!)));
      assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
      assert.equal(meta(html, 'twitter:title'), a.title);
      assert.equal(meta(html, 'twitter:image'), `${ORIGIN}/media/${jpeg.file}`);

      const [article, crumbs] = jsonLd(html);
      assert.equal(article!['@context'], 'https://schema.org');
      assert.equal(article!['@type'], 'NewsArticle');
      assert.equal(article!.headline, a.title);
      assert.equal(article!.datePublished, isoDateTimeVn(new Date(a.published_at!)));
      assert.equal(article!.dateModified, isoDateTimeVn(new Date(Math.max(a.published_at!, a.updated_at))));
      assert.match(article!.datePublished as string, W3C_VN);
      assert.deepEqual(article!.mainEntityOfPage, { '@type': 'WebPage', '@id': canonical });
      const image = (article!.image as { url: string }[])[0]!;
      assert.equal(image.url, `${ORIGIN}/media/${jpeg.file}`);
      const publisher = article!.publisher as { name: string; logo: { url: string } };
      assert.equal(publisher.name, DEMO_PROVINCE.nameVi);
      assert.equal(publisher.logo.url, `${ORIGIN}/favicon.svg`);
      const authors = article!.author as { '@type': string; name: string }[];
      assert.ok(authors.length >= 1, 'at least one author');
      for (const author of authors) {
        assert.ok(['Person', 'Organization'].includes(author['@type']), `author type ${author['@type']}`);
        assert.ok(a.byline.includes(author.name), `${author.name} comes from “${a.byline}”`);
        assert.ok(!author.name.includes(':'), 'the “Bài, ảnh:” label is not a name');
      }
      assert.equal(crumbs!['@type'], 'BreadcrumbList');
      const list = crumbs!.itemListElement as { position: number; name: string; item: string }[];
      assert.deepEqual(
        list.map((i) => [i.position, i.name, i.item]),
        [
          [1, 'Trang chủ', `${ORIGIN}/`],
          [2, category.name_vi, `${ORIGIN}/chuyen-muc/${category.slug}`],
          [3, a.title, canonical],
        ],
      );
      assert.deepEqual(await validHtml(html), []);
    });

    test('hreflang between the Vietnamese and English introduction pages', async () => {
      const vi = await get('/bai-viet/tong-quan');
      assert.equal(vi.statusCode, 200);
      const expected = {
        vi: `${ORIGIN}/bai-viet/tong-quan`,
        en: `${ORIGIN}/en/article/tong-quan-en`,
        'x-default': `${ORIGIN}/bai-viet/tong-quan`,
      };
      assert.deepEqual(hreflangs(vi.body), expected);
      assert.equal(meta(vi.body, 'og:locale:alternate'), 'en_US');
      assert.equal(meta(vi.body, 'twitter:card'), 'summary', 'no image, small card');
      const en = await get('/en/article/tong-quan-en');
      assert.deepEqual(hreflangs(en.body), expected);
      assert.equal(canonicalOf(en.body), `${ORIGIN}/en/article/tong-quan-en`);
      assert.equal(meta(en.body, 'og:locale'), 'en_US');
      assert.deepEqual(feedHrefs(en.body), [`${ORIGIN}/en/rss.xml`]);
      assert.equal((jsonLd(en.body)[0] as { inLanguage: string }).inLanguage, 'en');
      assert.deepEqual(await validHtml(vi.body), []);
    });

    test('markup in a title cannot escape the JSON-LD block, the meta tags or the feed', async () => {
      const title = '</script><script>alert(1)</script> “Quỹ” & <b>x</b>';
      const created = await add(
        {
          title,
          slug: 'tieu-de-co-ma',
          lead: 'Dẫn <i>đầu</i> & "trích"',
          byline: 'Bài, ảnh: Ngọc Hưng – Đài Truyền thanh huyện',
        },
        { category: 'kinh-te' },
      );
      node.services.invalidate(created.invalidates);
      const html = (await get('/bai-viet/tieu-de-co-ma')).body;
      assert.ok(!head(html).includes('<script>alert'), 'no script injected into the head');
      const [ld] = jsonLd(html);
      assert.equal(ld!.headline, title);
      assert.deepEqual(ld!.author, [
        { '@type': 'Person', name: 'Ngọc Hưng' },
        { '@type': 'Organization', name: 'Đài Truyền thanh huyện' },
      ]);
      assert.equal(meta(html, 'og:title'), title);
      assert.equal(meta(html, 'og:description'), 'Dẫn <i>đầu</i> & "trích"');
      assert.deepEqual(await validHtml(html), []);
      const feed = parseXml((await get('/rss.xml')).body);
      const item = items(feed).find((i) => child(i, 'guid').text === `loa:${CODE}:article:${created.id}`);
      assert.equal(textOf(item!, 'title'), title);
      assert.equal(textOf(item!, 'description'), 'Dẫn <i>đầu</i> & "trích"');
    });

    test('home and category heads: canonical, OpenGraph website, hreflang and feed links', async () => {
      const home = (await get('/')).body;
      assert.equal(canonicalOf(home), `${ORIGIN}/`);
      assert.equal(meta(home, 'og:type'), 'website');
      assert.equal(meta(home, 'og:url'), `${ORIGIN}/`);
      assert.equal(meta(home, 'og:site_name'), DEMO_PROVINCE.nameVi);
      assert.deepEqual(hreflangs(home), { vi: `${ORIGIN}/`, en: `${ORIGIN}/en`, 'x-default': `${ORIGIN}/` });
      assert.deepEqual(feedHrefs(home), [`${ORIGIN}/rss.xml`]);
      const homeEn = (await get('/en')).body;
      assert.equal(canonicalOf(homeEn), `${ORIGIN}/en`);
      assert.equal(meta(homeEn, 'og:locale'), 'en_US');

      const cat = (await get('/chuyen-muc/tin-tuc')).body;
      assert.equal(canonicalOf(cat), `${ORIGIN}/chuyen-muc/tin-tuc`);
      assert.equal(meta(cat, 'og:type'), 'website');
      assert.deepEqual(hreflangs(cat), {
        vi: `${ORIGIN}/chuyen-muc/tin-tuc`,
        en: `${ORIGIN}/en/category/tin-tuc`,
        'x-default': `${ORIGIN}/chuyen-muc/tin-tuc`,
      });
      assert.deepEqual(feedHrefs(cat), [`${ORIGIN}/rss.xml`, `${ORIGIN}/chuyen-muc/tin-tuc/rss.xml`]);
      const older = /href="(\/chuyen-muc\/tin-tuc\?before=[\d.]+)" rel="next"/.exec(cat)?.[1];
      if (older) {
        const page2 = (await get(older)).body;
        assert.equal(canonicalOf(page2), `${ORIGIN}${older}`);
        assert.deepEqual(hreflangs(page2), {});
      }
      assert.deepEqual(await validHtml(cat), []);
    });

    test('publishing an article purges the feeds and sitemaps that list it', async () => {
      const urls = [
        '/rss.xml',
        '/chuyen-muc/quoc-phong-an-ninh/rss.xml',
        '/sitemap.xml',
        '/sitemaps/news.xml',
      ];
      for (const url of urls) await get(url);
      for (const url of urls) assert.equal((await get(url)).headers['x-loa-cache'], 'HIT', url);
      const created = await add(
        {
          title: 'Ra quân huấn luyện đầu năm tại các đơn vị lực lượng vũ trang tỉnh',
          lead: 'Tin mới nhất cho nguồn tin RSS.',
        },
        { category: 'quoc-phong-an-ninh' },
      );
      const guid = `loa:${CODE}:article:${created.id}`;
      const stale = await get('/rss.xml');
      assert.equal(stale.headers['x-loa-cache'], 'HIT');
      assert.ok(!stale.body.includes(guid), 'served from cache until invalidated');
      node.services.invalidate(created.invalidates);
      for (const url of urls) assert.equal((await get(url)).headers['x-loa-cache'], 'MISS', url);
      const feed = parseXml((await get('/rss.xml')).body);
      assert.equal(child(items(feed)[0]!, 'guid').text, guid);
      const catFeed = parseXml((await get('/chuyen-muc/quoc-phong-an-ninh/rss.xml')).body);
      assert.equal(child(items(catFeed)[0]!, 'guid').text, guid);
      assert.ok(
        (await get('/sitemaps/news.xml')).body.includes(`/bai-viet/${created.slug}<`),
        'the news sitemap lists it',
      );
    });

    test('the site feed holds the 30 newest items', async () => {
      const start = Date.now() - 60_000;
      const tags: string[] = [];
      for (let i = 0; i < 31; i++) {
        const created = await add(
          { title: `Bản tin chuyển đổi số số ${i + 1}`, publishedAt: start + i * 1000 },
          { category: 'chuyen-doi-so' },
        );
        tags.push(...created.invalidates);
      }
      node.services.invalidate(tags);
      const list = items(parseXml((await get('/rss.xml')).body));
      assert.equal(list.length, 30);
      const expected = (await published('vi')).slice(0, 30);
      assert.deepEqual(
        list.map((i) => child(i, 'guid').text),
        expected.map((a) => `loa:${CODE}:article:${a.id}`),
      );
    });
  });
}
