/**
 * Writing articles in the admin, on every dialect: drafts with Vietnamese slugs, field rules,
 * optimistic concurrency (a stale save is a 409 naming who and when, and stores nothing),
 * autosave coalescing, who may edit what, translations linked both ways, tags, related picks,
 * and a published article edited live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LoaError } from '../../platform/http/errors.js';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { createStaff, type TestStaff } from '../../testing/staff.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { autosave, createDraft, getArticleForEdit, updateArticle } from './admin-ops.js';
import { addMedia, categoryOf, ctxOf, siteOf } from './articles-test-kit.js';
import { AUTOSAVE_COALESCE_MS } from './revision-store.js';
import { transitionArticle } from './workflow.js';

type Err = LoaError & { localized(lang: string): string };
const is =
  (status: number, field?: string) =>
  (err: unknown): boolean => {
    const e = err as Err;
    if (e.status !== status) throw err;
    if (field !== undefined && e.field !== field) throw err;
    return true;
  };

for (const dialect of DIALECTS) {
  describe(`article operations on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let site: AdminSite;
    let other: AdminSite;
    let category: number;
    let otherCategory: number;
    const people: Record<string, TestStaff> = {};
    const ctx: Record<string, OpContext> = {};

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 2, imagesPerSite: 1 });
      const s = node.services;
      site = await siteOf(s, 'hoa-lam');
      other = await siteOf(s, 'tan-loc-dong');
      category = await categoryOf(s, site.id);
      otherCategory = await categoryOf(s, other.id);
      const add = async (
        key: string,
        role: Parameters<typeof createStaff>[1],
        siteId: number,
        name: string,
      ) => {
        people[key] = await createStaff(s, role, siteId, `ops-${key}`);
        await s.database.db
          .updateTable('users')
          .set({ display_name: name })
          .where('id', '=', people[key].userId)
          .execute();
        ctx[key] = await ctxOf(s, people[key]);
      };
      for (const role of ['contributor', 'editor', 'approver', 'site_admin'] as const)
        await add(role, role, site.id, `Nguyễn ${role}`);
      await add('contributor2', 'contributor', site.id, 'Trần Cộng Tác');
      await add('outsider', 'site_admin', other.id, 'Lê Xã Khác');
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const row = (id: number) =>
      db()
        .selectFrom('articles')
        .selectAll()
        .where('site_id', '=', site.id)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const revisionCount = async (id: number) =>
      (await db().selectFrom('article_revisions').select('id').where('article_id', '=', id).execute()).length;

    test('a contributor creates a draft: Vietnamese slug, tags, first revision, audit', async () => {
      const saved = await createDraft(ctx.contributor!, site, {
        title: 'Đại hội Đảng bộ xã Tân Phú nhiệm kỳ 2025 – 2030',
        categoryId: category,
        lead: '- Sáng nay, Đảng bộ xã khai mạc Đại hội.',
        bodyHtml: '<p>Thực hiện Chỉ thị số 35-CT/TW, đại hội đã <script>x</script>thành công.</p>',
        tags: 'Đại hội Đảng, Nhiệm kỳ mới, đại hội đảng',
        byline: 'Bài, ảnh: Ngọc Hưng',
        source: 'Đài Truyền thanh huyện Kim Sơn',
      });
      assert.equal(saved.slug, 'dai-hoi-dang-bo-xa-tan-phu-nhiem-ky-2025-2030');
      assert.equal(saved.version, 1);
      const a = await row(saved.id);
      assert.equal(a.status, 'draft');
      assert.equal(a.author_id, people.contributor!.userId);
      assert.equal(a.body_html, '<p>Thực hiện Chỉ thị số 35-CT/TW, đại hội đã thành công.</p>', 'sanitised');
      assert.equal(a.byline, 'Bài, ảnh: Ngọc Hưng');
      const edit = await getArticleForEdit(ctx.contributor!, site, saved.id);
      assert.deepEqual(edit.tags, ['Đại hội Đảng', 'Nhiệm kỳ mới'], 'tags created once each');
      assert.equal(edit.canEdit, true);
      assert.deepEqual(edit.actions, ['submit']);
      assert.equal(edit.author?.name, people.contributor ? 'Nguyễn contributor' : '');
      const docs = await db()
        .selectFrom('article_documents')
        .select('doc_number')
        .where('article_id', '=', saved.id)
        .execute();
      assert.deepEqual(
        docs.map((d) => d.doc_number),
        ['35-CT/TW'],
        'document references stored',
      );
      assert.equal(await revisionCount(saved.id), 1);
      const audits = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('target', '=', `article:${saved.id}`)
        .execute();
      assert.deepEqual(
        audits.map((r) => r.action),
        ['article.create'],
      );
      // The same title again gets a numbered slug.
      const twin = await createDraft(ctx.editor!, site, {
        title: 'Đại hội Đảng bộ xã Tân Phú nhiệm kỳ 2025 – 2030',
        categoryId: category,
      });
      assert.equal(twin.slug, 'dai-hoi-dang-bo-xa-tan-phu-nhiem-ky-2025-2030-2');
    });

    test('bad fields are refused with the field named, and nothing is created', async () => {
      const count = async () =>
        (await db().selectFrom('articles').select('id').where('site_id', '=', site.id).execute()).length;
      const before = await count();
      const noAlt = await addMedia(node.services, site.id, { alt: '', originalName: 'anh-chua-co-alt.jpg' });
      const foreign = await addMedia(node.services, other.id);
      const taken = (
        await row((await createDraft(ctx.editor!, site, { title: 'Bài có sẵn', categoryId: category })).id)
      ).slug;
      const cases: [Record<string, unknown>, string, RegExp?][] = [
        [{ title: '   ', categoryId: category }, 'title'],
        [{ title: 'x'.repeat(301), categoryId: category }, 'title'],
        [{ title: 'Bài', categoryId: otherCategory }, 'categoryId'],
        [{ title: 'Bài', categoryId: category, slug: taken }, 'slug', /đã được dùng/],
        [{ title: 'Bài', categoryId: category, slug: '—…' }, 'slug'],
        [
          { title: 'Bài', categoryId: category, featuredMediaId: noAlt.id },
          'featuredMediaId',
          /anh-chua-co-alt\.jpg/,
        ],
        [{ title: 'Bài', categoryId: category, featuredMediaId: foreign.id }, 'featuredMediaId'],
        [
          {
            title: 'Bài',
            categoryId: category,
            bodyHtml: `<figure data-media-id="${noAlt.id}"><img></figure>`,
          },
          'bodyHtml',
          /anh-chua-co-alt/,
        ],
        [{ title: 'Bài', categoryId: category, lead: 'x'.repeat(2001) }, 'lead'],
        [{ title: 'Bài', categoryId: category, byline: 'x'.repeat(201) }, 'byline'],
        [{ title: 'Bài', categoryId: category, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
        [{ title: 'Bài', categoryId: category, lang: 'fr' }, 'lang'],
      ];
      for (const [input, field, message] of cases) {
        await assert.rejects(createDraft(ctx.editor!, site, input as never), (err: Err) => {
          assert.equal(err.status, 422, `${field}: ${err.message}`);
          assert.equal(err.field, field, JSON.stringify(input).slice(0, 80));
          if (message) assert.match(err.localized('vi'), message);
          return true;
        });
      }
      assert.equal(await count(), before + 1, 'only the article made on purpose exists');
    });

    test('two drafts taking one slug at once: one wins, the other is a slug error, not a crash', async () => {
      const results = await Promise.allSettled(
        ['editor', 'approver', 'site_admin'].map((who) =>
          createDraft(ctx[who]!, site, {
            title: `Cùng đường dẫn ${who}`,
            categoryId: category,
            slug: 'cung-duong-dan',
          }),
        ),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      for (const r of results) {
        if (r.status === 'rejected') assert.equal((r.reason as Err).field, 'slug', String(r.reason));
      }
    });

    test('a stale save is a 409 naming who saved and when, and stores nothing', async () => {
      const draft = await createDraft(ctx.editor!, site, {
        title: 'Kế hoạch số 167-KH/HU',
        categoryId: category,
      });
      const first = await updateArticle(ctx.approver!, site, draft.id, {
        version: draft.version,
        title: 'Kế hoạch số 167-KH/HU (sửa)',
      });
      assert.equal(first.version, 2);
      const before = await row(draft.id);
      const revisions = await revisionCount(draft.id);
      await assert.rejects(
        updateArticle(ctx.editor!, site, draft.id, {
          version: draft.version,
          title: 'Bản của tôi',
          lead: 'Mất',
        }),
        (err: Err) => {
          assert.equal(err.status, 409);
          assert.equal(err.field, 'version');
          assert.match(
            err.localized('vi'),
            /Nguyễn approver đã lưu bài viết này lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
          );
          assert.match(err.localized('en'), /Nguyễn approver saved this article at/);
          return true;
        },
      );
      assert.deepEqual(await row(draft.id), before, 'the article is as it was');
      assert.equal(await revisionCount(draft.id), revisions, 'no revision added');
      // Two saves based on the same version at once: one wins.
      const results = await Promise.allSettled([
        updateArticle(ctx.editor!, site, draft.id, { version: 2, lead: 'A' }),
        updateArticle(ctx.approver!, site, draft.id, { version: 2, lead: 'B' }),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      assert.equal(
        (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.status,
        409,
      );
      assert.equal((await row(draft.id)).version, 3);
    });

    test('autosaves by one person within ten minutes share one revision', async () => {
      const draft = await createDraft(ctx.contributor!, site, {
        title: 'Tin tự động lưu',
        categoryId: category,
      });
      let version = draft.version;
      const ids = new Set<number>();
      for (const lead of ['Một', 'Một hai', 'Một hai ba']) {
        const saved = await autosave(ctx.contributor!, site, draft.id, { version, lead });
        version = saved.version;
        ids.add(saved.revisionId);
      }
      assert.equal(ids.size, 1, 'one autosave revision');
      assert.equal(version, 4, 'each autosave is a version');
      const revs = await db()
        .selectFrom('article_revisions')
        .select(['note', 'lead'])
        .where('article_id', '=', draft.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        revs.map((r) => [r.note, r.lead]),
        [
          ['create', ''],
          ['autosave', 'Một hai ba'],
        ],
      );
      // After a manual save, or once ten minutes have passed, a new one starts.
      version = (await updateArticle(ctx.contributor!, site, draft.id, { version, lead: 'Lưu tay' })).version;
      const a1 = await autosave(ctx.contributor!, site, draft.id, { version, lead: 'Sau khi lưu' });
      await db()
        .updateTable('article_revisions')
        .set({ created_at: Date.now() - AUTOSAVE_COALESCE_MS - 1000 })
        .where('id', '=', a1.revisionId)
        .execute();
      const a2 = await autosave(ctx.contributor!, site, draft.id, {
        version: a1.version,
        lead: 'Mười phút sau',
      });
      assert.notEqual(a2.revisionId, a1.revisionId);
      const a3 = await autosave(ctx.editor!, site, draft.id, { version: a2.version, lead: 'Người khác' });
      assert.notEqual(a3.revisionId, a2.revisionId, 'another person starts their own');
      const notes = (
        await db().selectFrom('article_revisions').select('note').where('article_id', '=', draft.id).execute()
      ).map((r) => r.note);
      assert.deepEqual(notes, ['create', 'autosave', 'save', 'autosave', 'autosave', 'autosave']);
      // Stale autosaves are refused like saves.
      await assert.rejects(
        autosave(ctx.contributor!, site, draft.id, { version: 1, lead: 'cũ' }),
        is(409, 'version'),
      );
    });

    test('who may edit what: contributors their own drafts, editors any unpublished, approvers live ones', async () => {
      const mine = await createDraft(ctx.contributor!, site, {
        title: 'Bài của cộng tác viên',
        categoryId: category,
      });
      // Another contributor does not even see it; another site's admin neither.
      await assert.rejects(
        updateArticle(ctx.contributor2!, site, mine.id, { version: 1, title: 'x' }),
        is(404),
      );
      await assert.rejects(getArticleForEdit(ctx.contributor2!, site, mine.id), is(404));
      await assert.rejects(updateArticle(ctx.outsider!, site, mine.id, { version: 1, title: 'x' }), is(404));
      await assert.rejects(updateArticle(ctx.outsider!, other, mine.id, { version: 1, title: 'x' }), is(404));
      let v = (await updateArticle(ctx.contributor!, site, mine.id, { version: 1, title: 'Bài đã sửa' }))
        .version;
      await transitionArticle(ctx.contributor!, site, mine.id, { action: 'submit' });
      await assert.rejects(
        updateArticle(ctx.contributor!, site, mine.id, { version: v, title: 'x' }),
        (err: Err) => {
          assert.equal(err.status, 403);
          assert.match(err.localized('vi'), /bản nháp hoặc bị trả lại/);
          return true;
        },
      );
      v = (await updateArticle(ctx.editor!, site, mine.id, { version: v, lead: 'Biên tập' })).version;
      await transitionArticle(ctx.approver!, site, mine.id, { action: 'approve' });
      await transitionArticle(ctx.approver!, site, mine.id, { action: 'publish' });
      await assert.rejects(updateArticle(ctx.editor!, site, mine.id, { version: v, title: 'x' }), is(403));
      await assert.rejects(
        autosave(ctx.approver!, site, mine.id, { version: v, title: 'x' }),
        is(409, 'status'),
      );
      assert.equal((await row(mine.id)).title, 'Bài đã sửa', 'nothing changed by refused edits');
    });

    test('editing a published article re-renders it live and purges its pages', async () => {
      const draft = await createDraft(ctx.approver!, site, {
        title: 'Bài đăng để sửa trực tiếp',
        categoryId: category,
        bodyHtml: '<p>Cũ</p>',
      });
      await transitionArticle(ctx.approver!, site, draft.id, { action: 'submit' });
      await transitionArticle(ctx.approver!, site, draft.id, { action: 'approve' });
      await transitionArticle(ctx.approver!, site, draft.id, { action: 'publish' });
      const url = `/bai-viet/${draft.slug}`;
      assert.equal((await node.app.inject({ url })).statusCode, 200);
      assert.equal((await node.app.inject({ url })).headers['x-loa-cache'], 'HIT', 'cached');
      const newCategory = await categoryOf(node.services, site.id, 1);
      const saved = await updateArticle(ctx.approver!, site, draft.id, {
        version: 1,
        bodyHtml: '<p>Nội dung mới đã sửa</p>',
        categoryId: newCategory,
      });
      for (const tag of [
        `article:${site.id}:${draft.id}`,
        `category:${site.id}:${newCategory}`,
        `category:${site.id}:${category}`,
        `home:${site.id}`,
        `listing:${site.id}`,
      ])
        assert.ok(saved.invalidates.includes(tag), `${tag} in ${saved.invalidates.join()}`);
      const page = await node.app.inject({ url });
      assert.ok(page.body.includes('Nội dung mới đã sửa'), 'the live page shows the edit');
      // Emptying the slug of a public article keeps its address (links to it live on).
      const kept = await updateArticle(ctx.approver!, site, draft.id, {
        version: saved.version,
        title: 'Tiêu đề hoàn toàn mới',
        slug: '',
      });
      assert.equal(kept.slug, draft.slug, 'the published address stays');
      // A draft save purges nothing public.
      const quiet = await createDraft(ctx.editor!, site, { title: 'Nháp yên lặng', categoryId: category });
      assert.deepEqual(
        (await updateArticle(ctx.editor!, site, quiet.id, { version: 1, lead: 'x' })).invalidates,
        [],
      );
    });

    test('translations link both ways, relink and unlink; only the other language of the site', async () => {
      const vi = await createDraft(ctx.editor!, site, {
        title: 'Giới thiệu chung',
        categoryId: category,
        lang: 'vi',
      });
      const en = await createDraft(ctx.editor!, site, {
        title: 'Overview',
        categoryId: category,
        lang: 'en',
        translationId: vi.id,
      });
      assert.equal((await row(vi.id)).translation_id, en.id);
      assert.equal((await row(en.id)).translation_id, vi.id);
      const en2 = await createDraft(ctx.editor!, site, {
        title: 'Overview (new)',
        categoryId: category,
        lang: 'en',
      });
      await updateArticle(ctx.editor!, site, vi.id, { version: 1, translationId: en2.id });
      assert.equal((await row(vi.id)).translation_id, en2.id);
      assert.equal((await row(en2.id)).translation_id, vi.id);
      assert.equal((await row(en.id)).translation_id, null, 'the old partner is unlinked');
      const viOther = await createDraft(ctx.editor!, site, {
        title: 'Bản tiếng Việt khác',
        categoryId: category,
      });
      await updateArticle(ctx.editor!, site, en2.id, { version: 1, translationId: viOther.id });
      assert.equal((await row(vi.id)).translation_id, null, "the target's old partner is unlinked");
      await updateArticle(ctx.editor!, site, en2.id, { version: 2, translationId: null });
      assert.equal((await row(en2.id)).translation_id, null);
      assert.equal((await row(viOther.id)).translation_id, null, 'unlinked on both sides');
      await assert.rejects(
        updateArticle(ctx.editor!, site, vi.id, { version: 2, translationId: viOther.id }),
        is(422, 'translationId'),
        'same language',
      );
      const foreign = await createDraft(ctx.outsider!, other, {
        title: 'Foreign',
        categoryId: otherCategory,
        lang: 'en',
      });
      await assert.rejects(
        updateArticle(ctx.editor!, site, vi.id, { version: 2, translationId: foreign.id }),
        is(422, 'translationId'),
        'another site',
      );
      // Changing the language to the partner's is refused.
      await updateArticle(ctx.editor!, site, viOther.id, { version: 1, translationId: en.id });
      await assert.rejects(
        updateArticle(ctx.editor!, site, viOther.id, { version: 2, lang: 'en' }),
        is(422, 'lang'),
      );
    });

    test('related picks are the site’s own articles; tags are per site', async () => {
      const a = await createDraft(ctx.editor!, site, { title: 'Bài chính', categoryId: category });
      const b = await createDraft(ctx.editor!, site, { title: 'Bài liên quan', categoryId: category });
      const foreign = await createDraft(ctx.outsider!, other, {
        title: 'Bài xã khác',
        categoryId: otherCategory,
        tags: 'Đại hội Đảng',
      });
      await assert.rejects(
        updateArticle(ctx.editor!, site, a.id, { version: 1, relatedIds: [b.id, foreign.id] }),
        is(422, 'relatedIds'),
      );
      await updateArticle(ctx.editor!, site, a.id, { version: 1, relatedIds: [b.id] });
      assert.equal((await row(a.id)).related_manual, JSON.stringify([b.id]));
      assert.deepEqual(
        (await getArticleForEdit(ctx.editor!, site, a.id)).related.map((r) => r.id),
        [b.id],
      );
      const tagRows = await db()
        .selectFrom('tags')
        .select(['site_id'])
        .where('slug', '=', 'dai-hoi-dang')
        .execute();
      assert.deepEqual(tagRows.map((t) => t.site_id).sort(), [site.id, other.id].sort(), 'one tag per site');
    });
  });
}
