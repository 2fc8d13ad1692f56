/**
 * The article page lists the documents it cites, each linking to a search for its number (until a
 * documents page exists), in both languages, on every dialect; the demo data cites documents too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { createArticle } from './operations.js';

const SITE = 1;

for (const dialect of DIALECTS) {
  describe(`documents cited on the article page on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let categoryId: number;

    before(async () => {
      node = await createTestNode({ dialect, imagesPerSite: 0 });
      const category = await node.services.database.db
        .selectFrom('categories')
        .select('id')
        .where('site_id', '=', SITE)
        .where('slug', '=', 'tin-tuc')
        .executeTakeFirstOrThrow();
      categoryId = category.id;
    });
    after(async () => {
      await node?.close();
    });

    test('Vietnamese article: heading and search links, in order of key', async () => {
      const created = await createArticle(node.services.database, SITE, {
        categoryId,
        title: 'Triển khai Nghị định 42/2022/NĐ-CP về cổng thông tin điện tử',
        lead: '- Thực hiện Chỉ thị số 35-CT/TW của Ban Bí thư.',
        blocks: [{ type: 'paragraph', text: 'Theo Nghị định 42/2022/NĐ-CP ngày 24/6/2022, điểm 495/495.' }],
        status: 'published',
      });
      node.services.invalidate(created.invalidates);
      const res = await node.app.inject({ method: 'GET', url: `/bai-viet/${created.slug}` });
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes('Văn bản được nhắc đến'), 'heading');
      const links = [...res.body.matchAll(/<a href="(\/tim-kiem\?q=[^"]+)">([^<]+)<\/a>/g)].map((m) => [
        m[1],
        m[2],
      ]);
      assert.deepEqual(links, [
        ['/tim-kiem?q=35-CT%2FTW', '35-CT/TW'],
        ['/tim-kiem?q=42%2F2022%2FN%C4%90-CP', '42/2022/NĐ-CP'],
      ]);
      assert.ok(!res.body.includes('q=495'), 'a score is not a document');
    });

    test('English article: English heading and /en/search links', async () => {
      const created = await createArticle(node.services.database, SITE, {
        categoryId,
        lang: 'en',
        title: 'Province carries out Decision 187/QĐ-TTg',
        blocks: [{ type: 'paragraph', text: 'Under Decision No. 187/QĐ-TTg of the Prime Minister.' }],
        status: 'published',
      });
      node.services.invalidate(created.invalidates);
      const res = await node.app.inject({ method: 'GET', url: `/en/article/${created.slug}` });
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes('Documents cited'));
      assert.ok(res.body.includes('<a href="/en/search?q=187%2FQ%C4%90-TTg">187/QĐ-TTg</a>'));
    });

    test('an article citing nothing has no documents section', async () => {
      const created = await createArticle(node.services.database, SITE, {
        categoryId,
        title: 'Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư',
        blocks: [{ type: 'paragraph', text: 'Ngày 16/01/2021, tỷ lệ 3/4 hộ tham gia.' }],
        status: 'published',
      });
      const res = await node.app.inject({ method: 'GET', url: `/bai-viet/${created.slug}` });
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes('Văn bản được nhắc đến'));
    });

    test('the demo articles cite documents, and their pages list them', async () => {
      const row = await node.services.database.db
        .selectFrom('article_documents as d')
        .innerJoin('articles', (j) =>
          j.onRef('articles.site_id', '=', 'd.site_id').onRef('articles.id', '=', 'd.article_id'),
        )
        .select(['articles.slug', 'articles.lang', 'd.doc_number'])
        .where('d.site_id', '=', SITE)
        .where('articles.lang', '=', 'vi')
        .orderBy('articles.id')
        .limit(1)
        .executeTakeFirst();
      assert.ok(row, 'the demo seeds document references');
      const res = await node.app.inject({ method: 'GET', url: `/bai-viet/${row.slug}` });
      assert.ok(res.body.includes(`?q=${encodeURIComponent(row.doc_number)}"`), row.doc_number);
    });
  });
}
