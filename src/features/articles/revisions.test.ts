/**
 * Revisions on every dialect: every save keeps one (autosaves coalesced, workflow steps none),
 * the list and a single revision, comparing any two word by word (Vietnamese diacritics), and
 * restoring one as a new save checked like an edit; the admin list of articles with its filters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LoaError } from '../../platform/http/errors.js';
import { t } from '../../platform/i18n/index.js';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { createStaff } from '../../testing/staff.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { autosave, createDraft, updateArticle } from './admin-ops.js';
import { listArticlesForAdmin, PAGE_SIZE } from './admin-queries.js';
import { categoryOf, ctxOf, siteOf } from './articles-test-kit.js';
import { compareRevisions, getRevision, listRevisions, restoreRevision } from './revisions.js';
import { transitionArticle } from './workflow.js';

const status = (code: number) => (err: unknown) => {
  if ((err as LoaError).status !== code) throw err;
  return true;
};

for (const dialect of DIALECTS) {
  describe(`revisions and the admin list on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let site: AdminSite;
    let categories: number[];
    const ctx: Record<string, OpContext> = {};

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 2, imagesPerSite: 1 });
      const s = node.services;
      site = await siteOf(s, 'hoa-lam');
      categories = [await categoryOf(s, site.id, 0), await categoryOf(s, site.id, 1)];
      for (const role of ['contributor', 'editor', 'approver'] as const)
        ctx[role] = await ctxOf(s, await createStaff(s, role, site.id, `rev-${role}`));
      ctx.contributor2 = await ctxOf(s, await createStaff(s, 'contributor', site.id, 'rev-contributor2'));
      ctx.outsider = await ctxOf(
        s,
        await createStaff(s, 'site_admin', (await siteOf(s, 'ben-sen')).id, 'rev-out'),
      );
    });
    after(async () => {
      await node?.close();
    });

    test('every save keeps a revision; autosaves coalesce; workflow steps add none', async () => {
      const a = await createDraft(ctx.contributor!, site, {
        title: 'Đại hội Đảng bộ huyện',
        categoryId: categories[0]!,
        lead: 'Sáng nay khai mạc.',
        bodyHtml: '<p>Đại hội Đảng bộ huyện lần thứ XX.</p>',
        tags: 'Đại hội',
      });
      let v = (
        await updateArticle(ctx.contributor!, site, a.id, { version: 1, title: 'Đại hội Đang bộ huyện' })
      ).version;
      v = (await autosave(ctx.contributor!, site, a.id, { version: v, lead: 'Sáng nay' })).version;
      v = (await autosave(ctx.contributor!, site, a.id, { version: v, lead: 'Sáng nay đã khai mạc' }))
        .version;
      await transitionArticle(ctx.contributor!, site, a.id, { action: 'submit' });
      await transitionArticle(ctx.editor!, site, a.id, {
        action: 'return',
        reason: 'Sai chính tả: Đang → Đảng',
      });
      const list = await listRevisions(ctx.contributor!, site, a.id);
      assert.deepEqual(
        list.map((r) => [r.kind, r.version]),
        [
          ['autosave', 4],
          ['save', 2],
          ['create', 1],
        ],
        'newest first',
      );
      assert.equal(list[0]!.user?.name, 'rev-contributor');
      assert.equal(t('vi', list[0]!.labelKey), 'Tự động lưu');
      const one = await getRevision(ctx.editor!, site, a.id, list[2]!.id);
      assert.equal(one.bodyHtml, '<p>Đại hội Đảng bộ huyện lần thứ XX.</p>');
      assert.deepEqual(one.fields.tags, ['Đại hội']);
      assert.equal(one.fields.categoryId, categories[0]);
      // Another contributor, another site's staff, or an id of another article: 404.
      await assert.rejects(listRevisions(ctx.contributor2!, site, a.id), status(404));
      await assert.rejects(listRevisions(ctx.outsider!, site, a.id), status(404));
      const b = await createDraft(ctx.contributor!, site, { title: 'Bài khác', categoryId: categories[0]! });
      await assert.rejects(getRevision(ctx.contributor!, site, b.id, list[0]!.id), status(404));
    });

    test('two revisions compare word by word, with the other fields that changed', async () => {
      const a = await createDraft(ctx.editor!, site, {
        title: 'Đại hội Đảng bộ huyện',
        categoryId: categories[0]!,
        lead: 'Lead',
        bodyHtml: '<h2>Kết quả</h2><p>Đại hội Đảng bộ huyện thành công tốt đẹp.</p>'.normalize('NFD'),
        tags: 'Đại hội',
      });
      await updateArticle(ctx.editor!, site, a.id, {
        version: 1,
        title: 'Đại hội Đang bộ huyện',
        bodyHtml: '<h2>Kết quả</h2><p>Đại hội Đảng bộ xã thành công tốt đẹp.</p>',
        categoryId: categories[1]!,
        tags: 'Đại hội, Xã',
      });
      const [newer, older] = await listRevisions(ctx.editor!, site, a.id);
      const c = await compareRevisions(ctx.editor!, site, a.id, older!.id, newer!.id);
      assert.deepEqual(c.title, [
        { op: 'same', text: 'Đại hội ' },
        { op: 'del', text: 'Đảng' },
        { op: 'add', text: 'Đang' },
        { op: 'same', text: ' bộ huyện' },
      ]);
      assert.deepEqual(c.lead, [{ op: 'same', text: 'Lead' }]);
      assert.deepEqual(
        c.body.filter((p) => p.op !== 'same'),
        [
          { op: 'del', text: 'huyện' },
          { op: 'add', text: 'xã' },
        ],
        'NFD input stored as NFC: only the real change shows',
      );
      assert.deepEqual(
        c.fields.map((f) => f.field),
        ['categoryId', 'tags'],
      );
      assert.deepEqual(c.fields[1], { field: 'tags', a: ['Đại hội'], b: ['Đại hội', 'Xã'] });
    });

    test('restoring is a new revision and version, checked like an edit', async () => {
      const a = await createDraft(ctx.contributor!, site, {
        title: 'Bản đầu',
        categoryId: categories[0]!,
        bodyHtml: '<p>Nội dung đầu</p>',
        tags: 'Một',
        byline: 'Mai Hoa',
      });
      await updateArticle(ctx.contributor!, site, a.id, {
        version: 1,
        title: 'Bản sau',
        bodyHtml: '<p>Nội dung sau</p>',
        tags: 'Hai',
        byline: 'Trung Hà',
      });
      const first = (await listRevisions(ctx.contributor!, site, a.id)).at(-1)!;
      await assert.rejects(
        restoreRevision(ctx.contributor!, site, a.id, first.id, { version: 1 }),
        status(409),
      );
      const restored = await restoreRevision(ctx.contributor!, site, a.id, first.id, { version: 2 });
      assert.equal(restored.version, 3);
      const row = await node.services.database.db
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.title, row.body_html, row.byline, row.version],
        ['Bản đầu', '<p>Nội dung đầu</p>', 'Mai Hoa', 3],
      );
      const list = await listRevisions(ctx.contributor!, site, a.id);
      assert.equal(list[0]!.kind, 'restore');
      assert.equal(list[0]!.restoredFrom, first.id);
      assert.equal(t('en', list[0]!.labelKey, { id: first.id }), `Restored from revision ${first.id}`);
      assert.equal(list.length, 3);
      // Once submitted, the contributor may not restore (it is an edit); the editor may.
      await transitionArticle(ctx.contributor!, site, a.id, { action: 'submit' });
      await assert.rejects(restoreRevision(ctx.contributor!, site, a.id, list[1]!.id), status(403));
      await assert.rejects(restoreRevision(ctx.outsider!, site, a.id, list[1]!.id), status(404));
      assert.equal((await restoreRevision(ctx.editor!, site, a.id, list[1]!.id)).version, 4);
    });

    test('an article written before the admin keeps its first state as a baseline revision', async () => {
      const seeded = await node.services.database.db
        .selectFrom('articles')
        .select(['id', 'title', 'version'])
        .where('site_id', '=', site.id)
        .where('status', '=', 'published')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await updateArticle(ctx.approver!, site, seeded.id, {
        version: seeded.version,
        title: `${seeded.title} (cập nhật)`,
      });
      const list = await listRevisions(ctx.approver!, site, seeded.id);
      assert.deepEqual(
        list.map((r) => r.kind),
        ['save', 'baseline'],
      );
      assert.equal(list[1]!.title, seeded.title);
    });

    test('the admin list filters by status, category, author, dates and title (any diacritics), 20 a page', async () => {
      const mine = ctx.contributor2!;
      const made: number[] = [];
      for (let i = 0; i < 23; i++) {
        const saved = await createDraft(mine, site, {
          title: i === 0 ? 'Đại hội Đảng bộ thị trấn 100% đạt' : `Tin hoạt động số ${i}`,
          categoryId: categories[i % 2]!,
        });
        made.push(saved.id);
      }
      await transitionArticle(mine, site, made[1]!, { action: 'submit' });
      const own = await listArticlesForAdmin(mine, site);
      assert.equal(own.ownOnly, true);
      assert.equal(own.total, 23, 'a contributor sees only their own');
      assert.equal(own.items.length, PAGE_SIZE);
      assert.equal(own.pages, 2);
      assert.equal((await listArticlesForAdmin(mine, site, { page: 2 })).items.length, 3);
      assert.deepEqual(
        (await listArticlesForAdmin(ctx.editor!, site, { q: 'dai hoi dang bo thi tran' })).items.map(
          (i) => i.id,
        ),
        [made[0]],
        'folded search finds the diacritics',
      );
      assert.equal(
        (await listArticlesForAdmin(ctx.editor!, site, { q: 'ĐẠI HỘI đảng' })).items[0]?.id,
        made[0],
      );
      assert.equal((await listArticlesForAdmin(ctx.editor!, site, { q: '100%' })).total, 1, '% is literal');
      assert.equal((await listArticlesForAdmin(ctx.editor!, site, { q: '_' })).total, 0, '_ is literal');
      const editorView = await listArticlesForAdmin(ctx.editor!, site, { authorId: mine.actor.userId });
      assert.equal(editorView.total, 23);
      assert.equal(editorView.ownOnly, false);
      const submitted = await listArticlesForAdmin(ctx.editor!, site, {
        status: 'submitted',
        authorId: mine.actor.userId,
      });
      assert.deepEqual(
        submitted.items.map((i) => i.id),
        [made[1]],
      );
      assert.equal(submitted.items[0]!.author?.name, 'rev-contributor2');
      const inSecond = await listArticlesForAdmin(ctx.editor!, site, {
        categoryId: categories[1]!,
        authorId: mine.actor.userId,
      });
      assert.equal(inSecond.total, 11);
      const now = Date.now();
      assert.equal(
        (await listArticlesForAdmin(mine, site, { from: now - 3_600_000, to: now + 3_600_000 })).total,
        23,
      );
      assert.equal((await listArticlesForAdmin(mine, site, { to: now - 3_600_000 })).total, 0);
      await assert.rejects(listArticlesForAdmin(mine, site, { from: now, to: now - 1 }), status(422));
      await assert.rejects(listArticlesForAdmin(ctx.outsider!, site), status(404));
    });
  });
}
