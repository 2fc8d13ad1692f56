/**
 * Related articles on every dialect: shared documents outrank shared tags, similar titles count,
 * editors' picks come first, and neither other sites' articles nor drafts ever appear. Also the
 * document references stored with an article and the lookups built on them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ArticleStatus } from '../../platform/db/schema.js';
import {
  createTestDatabase,
  DIALECTS,
  skipUnlessPostgres,
  type TestDatabase,
} from '../../testing/dialects.js';
import { createCategory } from '../categories/operations.js';
import { createSite } from '../sites/operations.js';
import { articlesCiting, documentsOf, storeDocumentRefs } from './document-refs.js';
import { createArticle, publishDueArticles, recomputeRelated, setRelatedManual } from './operations.js';
import { ArticleQueries } from './queries.js';
import { jaccard, titleWords } from './related.js';

const MINUTE = 60_000;

describe('title similarity', () => {
  test('folds diacritics and ignores stop words and numbers', () => {
    // `đang` (is doing) is a stop word; `Đảng` (the Party), folded the same, is not.
    assert.deepEqual([...titleWords('Đảng bộ xã đang tổ chức Đại hội năm 2025 và các nhiệm vụ')].sort(), [
      'bo',
      'chuc',
      'dai',
      'dang',
      'hoi',
      'nhiem',
      'to',
      'vu',
      'xa',
    ]);
    assert.equal(jaccard(titleWords('Đại hội Đảng bộ xã'), titleWords('dai hoi dang bo xa')), 1);
    assert.equal(jaccard(titleWords('Đại hội Đảng bộ'), titleWords('Giải bóng đá thiếu niên')), 0);
    assert.equal(jaccard(new Set(), titleWords('Đại hội')), 0);
  });
});

for (const dialect of DIALECTS) {
  describe(`related articles on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let testDb: TestDatabase;
    let siteId: number;
    let otherSiteId: number;
    let news: number;
    let culture: number;
    let otherNews: number;
    let clock = Date.now() - 1000 * MINUTE;

    const related = (articleId: number, site = siteId) =>
      new ArticleQueries(testDb.database).related(site, articleId).then((list) => list.map((a) => a.id));

    async function make(
      title: string,
      options: {
        text?: string;
        tags?: string[];
        category?: number;
        site?: number;
        status?: ArticleStatus;
      } = {},
    ) {
      clock += MINUTE;
      const site = options.site ?? siteId;
      return createArticle(testDb.database, site, {
        categoryId: options.category ?? (site === siteId ? news : otherNews),
        title,
        lead: '- Tin từ cơ sở.',
        blocks: [{ type: 'paragraph', text: options.text ?? 'Nội dung bài viết.' }],
        tags: options.tags ?? [],
        status: options.status ?? 'published',
        publishedAt: options.status === 'draft' ? null : clock,
      });
    }

    before(async () => {
      testDb = await createTestDatabase(dialect);
      const db = testDb.database;
      siteId = await createSite(db, {
        code: 'xa-mot',
        nameVi: 'Xã Một',
        kind: 'commune',
        hosts: ['mot.test'],
      });
      otherSiteId = await createSite(db, {
        code: 'xa-hai',
        nameVi: 'Xã Hai',
        kind: 'commune',
        hosts: ['hai.test'],
      });
      news = await createCategory(db, siteId, { nameVi: 'Tin tức', slug: 'tin-tuc' });
      culture = await createCategory(db, siteId, { nameVi: 'Văn hóa', slug: 'van-hoa' });
      otherNews = await createCategory(db, otherSiteId, { nameVi: 'Tin tức', slug: 'tin-tuc' });
    });
    after(async () => {
      await testDb?.cleanup();
    });

    test('createArticle stores the documents cited in title, lead and body', async () => {
      const a = await make('Triển khai Chỉ thị 35-CT/TW', {
        text: 'Theo Nghị định 42/2022/NĐ-CP ngày 24/6/2022 và Chỉ thị 35-CT/TW; điểm thi 495/495.',
      });
      assert.deepEqual(await documentsOf(testDb.database, siteId, a.id), [
        { number: '35-CT/TW', key: '35-CT/TW' },
        { number: '42/2022/NĐ-CP', key: '42/2022/ND-CP' },
      ]);
      // Replacing: a later edit calls it again with the new text.
      await storeDocumentRefs(testDb.database, siteId, a.id, 'Chỉ còn Quyết định 187/QĐ-TTg.');
      assert.deepEqual(await documentsOf(testDb.database, siteId, a.id), [
        { number: '187/QĐ-TTg', key: '187/QD-TTG' },
      ]);
      await storeDocumentRefs(testDb.database, siteId, a.id, 'Không còn văn bản nào.');
      assert.deepEqual(await documentsOf(testDb.database, siteId, a.id), []);
    });

    test('articlesCiting: public articles of the site only, newest first, limited', async () => {
      const key = '77-KH/HU';
      const older = await make('Kế hoạch tuyên truyền thứ nhất', { text: 'Kế hoạch số 77-KH/HU.' });
      const newer = await make('Kế hoạch tuyên truyền thứ hai', { text: 'Theo 77-KH/HU của Huyện ủy.' });
      await make('Bản nháp kế hoạch', { text: 'Kế hoạch số 77-KH/HU.', status: 'draft' });
      await make('Kế hoạch ở xã khác', { text: 'Kế hoạch số 77-KH/HU.', site: otherSiteId });
      const citing = await articlesCiting(testDb.database, siteId, key, 10);
      assert.deepEqual(
        citing.map((a) => a.id),
        [newer.id, older.id],
      );
      assert.deepEqual(
        (await articlesCiting(testDb.database, siteId, key, 1)).map((a) => a.id),
        [newer.id],
      );
    });

    test('an article citing the same document ranks above one sharing only a tag', async () => {
      const sameDoc = await make('Hội nghị triển khai công tác cải cách hành chính', {
        text: 'Thực hiện Nghị định số 61/2018/NĐ-CP của Chính phủ.',
        category: culture,
      });
      const sameTag = await make('Giải bóng đá thiếu niên mùa hè', {
        tags: ['Phong trào xã'],
        category: culture,
      });
      assert.deepEqual(await related(sameDoc.id), []);
      const a = await make('Ra mắt bộ phận một cửa hiện đại', {
        text: 'Mô hình theo Nghị định 61/2018/NĐ-CP được nhân rộng.',
        tags: ['Phong trào xã'],
      });
      assert.deepEqual(await related(a.id), [sameDoc.id, sameTag.id]);
      // The older article citing the same document now lists the new one, and its page is purged.
      assert.deepEqual(await related(sameDoc.id), [a.id]);
      assert.ok(a.invalidates.includes(`article:${siteId}:${sameDoc.id}`), a.invalidates.join());
      assert.ok(!(await related(sameTag.id)).includes(a.id), 'a tag alone does not trigger a recompute');
    });

    test('similar titles in the same category relate without tags or documents', async () => {
      const similar = await make('Lễ hội đua thuyền truyền thống trên sông Lam');
      await make('Tiêm chủng mở rộng cho trẻ em');
      const a = await make('Khai mạc lễ hội đua thuyền truyền thống sông Lam');
      assert.deepEqual(await related(a.id), [similar.id]);
    });

    test('manual picks come first, in order, only public articles of the site, no duplicates', async () => {
      const computed = await make('Tập huấn chuyển đổi số cho cán bộ', { text: 'Theo 749/QĐ-TTg.' });
      const pickOne = await make('Thăm hỏi gia đình chính sách', { category: culture });
      const pickTwo = await make('Sửa chữa đường giao thông nông thôn', { category: culture });
      const draft = await make('Bản nháp chưa duyệt', { status: 'draft' });
      const foreign = await make('Tin của xã khác', { site: otherSiteId });
      const a = await make('Chuyển đổi số trong cải cách thủ tục', { text: 'Thực hiện 749/QĐ-TTg.' });
      assert.deepEqual(await related(a.id), [computed.id]);

      const result = await setRelatedManual(testDb.database, siteId, a.id, [
        pickTwo.id,
        draft.id,
        foreign.id,
        computed.id,
        pickOne.id,
      ]);
      const expected = [pickTwo.id, computed.id, pickOne.id];
      assert.deepEqual(result.related, expected);
      assert.deepEqual(await related(a.id), expected);
      assert.deepEqual(result.invalidates, [`article:${siteId}:${a.id}`]);
      // Recomputing (as on the next publish) keeps them.
      assert.deepEqual(await recomputeRelated(testDb.database, siteId, a.id), expected);

      // Five picks fill the list; the computed ones do not push them out.
      const five = [];
      for (let i = 0; i < 5; i++) five.push((await make(`Tin chọn tay số ${i}`, { category: culture })).id);
      const full = await setRelatedManual(testDb.database, siteId, a.id, five);
      assert.deepEqual(full.related, five);

      await setRelatedManual(testDb.database, siteId, a.id, []);
      assert.deepEqual(await related(a.id), [computed.id]);
    });

    test("other sites' articles never appear", async () => {
      const text = 'Căn cứ Luật số 80/2015/QH13 và Quyết định 1254/QĐ-UBND.';
      const foreign = await make('Phổ biến giáo dục pháp luật năm nay', {
        text,
        tags: ['Pháp luật'],
        site: otherSiteId,
      });
      const a = await make('Phổ biến giáo dục pháp luật năm nay', { text, tags: ['Pháp luật'] });
      assert.ok(!(await related(a.id)).includes(foreign.id));
      assert.deepEqual(await related(a.id), []);
      assert.ok(!(await related(foreign.id, otherSiteId)).includes(a.id));
    });

    test('drafts and scheduled articles never appear until published', async () => {
      const text = 'Triển khai Kế hoạch số 203/KH-UBND ngày 2/3/2024.';
      const draft = await make('Ra quân làm sạch môi trường', {
        text,
        tags: ['Môi trường'],
        status: 'draft',
      });
      clock += MINUTE;
      const scheduled = await createArticle(testDb.database, siteId, {
        categoryId: news,
        title: 'Ra quân làm sạch môi trường đợt hai',
        blocks: [{ type: 'paragraph', text }],
        tags: ['Môi trường'],
        status: 'scheduled',
        publishedAt: Date.now() + 1000,
      });
      const a = await make('Ra quân làm sạch môi trường', { text, tags: ['Môi trường'] });
      assert.deepEqual(await related(a.id), []);
      assert.deepEqual(await related(draft.id), []);

      // When the scheduled one goes out, it relates both ways.
      const tags = await publishDueArticles(testDb.database, Date.now() + 2000);
      assert.deepEqual(await recomputeRelated(testDb.database, siteId, scheduled.id), [a.id]);
      assert.deepEqual(await recomputeRelated(testDb.database, siteId, a.id), [scheduled.id]);
      assert.ok(tags.includes(`article:${siteId}:${a.id}`), tags.join());
    });
  });
}
