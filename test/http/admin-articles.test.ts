/**
 * The article pages of the admin and the site dashboard over HTTP, on every dialect: the dashboard
 * (what waits for whom), the list (filters, diacritic-insensitive title search, pages, contributors
 * see only their own), new and edit pages (every field, the editor and autosave contracts, 422 that
 * keeps what was typed, 409 that keeps it too and says who saved), autosave JSON, the workflow by
 * role (return needs a reason, contributors cannot publish, scheduling in Vietnam time), preview of a
 * draft, revisions (word-level comparison, restore), CSRF and other sites' staff (nothing changes).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { parseVietnamLocal } from '../../src/features/articles/admin-routes.js';
import { addMedia, categoryOf } from '../../src/features/articles/articles-test-kit.js';
import { publishDueArticles } from '../../src/features/articles/operations.js';
import type { Article } from '../../src/platform/db/schema.js';
import { formatDateTime } from '../../src/platform/vietnamese/index.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { adminGet, adminPost, createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

const SITE = '/admin/sites/hoa-lam';
const LIST = `${SITE}/articles`;
const edit = (id: number, rest = '') => `${LIST}/${id}${rest}`;
const adminUrlsComments = `${SITE}/comments`;

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-raw-characters': 'off',
    'attribute-empty-style': 'off',
    'no-inline-style': 'error',
    'long-title': 'off',
    'void-style': 'off',
  },
});

/** The Vietnam-time value a datetime-local field would hold for `ms`. */
function vietnamLocal(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 16);
}

/** The id in a redirect to an article's edit page. */
function idOf(location: unknown): number {
  const m = /\/articles\/(\d+)\?done=/.exec(String(location));
  assert.ok(m, `redirect to an edit page (${String(location)})`);
  return Number(m[1]);
}

for (const dialect of DIALECTS) {
  describe(`admin article pages on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let categoryId: number;
    let otherCategoryId: number;
    let contributor: TestStaff;
    let contributor2: TestStaff;
    let editor: TestStaff;
    let approver: TestStaff;
    let siteAdmin: TestStaff;
    let outsider: TestStaff;
    let mediaId: number;
    /** The contributor's article that goes through the whole workflow. */
    let articleId: number;

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 22, imagesPerSite: 1 });
      const s = node.services;
      siteId = await siteIdOf(s, 'hoa-lam');
      categoryId = await categoryOf(s, siteId, 0);
      otherCategoryId = await categoryOf(s, siteId, 1);
      contributor = await createStaff(s, 'contributor', siteId, 'ctv');
      contributor2 = await createStaff(s, 'contributor', siteId, 'ctv-khac');
      editor = await createStaff(s, 'editor', siteId, 'bientap');
      approver = await createStaff(s, 'approver', siteId, 'duyet');
      siteAdmin = await createStaff(s, 'site_admin', siteId, 'quantri');
      outsider = await createStaff(s, 'editor', await siteIdOf(s, 'tan-loc-dong'), 'xa-khac');
      mediaId = (await addMedia(s, siteId, { alt: 'Quang cảnh đại hội' })).id;
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const article = (id: number) =>
      db()
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow() as Promise<Article>;
    const count = async (table: 'articles' | 'article_revisions' | 'article_transitions') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    function fields(overrides: Record<string, string> = {}): Record<string, string> {
      return {
        title: 'Đại hội Đảng bộ xã Tân Phú',
        slug: '',
        lead: '- Sáng nay, Đảng bộ xã khai mạc đại hội.',
        body_html: '<p>Đại hội diễn ra trong hai ngày.</p><script>alert(1)</script>',
        categoryId: String(categoryId),
        tags: 'Đại hội, Tân Phú',
        featuredMediaId: String(mediaId),
        byline: 'Bài, ảnh: Ngọc Hưng',
        source: 'Đài Truyền thanh huyện',
        lang: 'vi',
        translationId: '',
        relatedIds: '',
        ...overrides,
      };
    }

    function validate(html: string, label: string) {
      const report = validator.validateStringSync(html);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      assert.deepEqual(messages, [], `${label} is valid HTML`);
    }

    test('a new draft: 422 keeps what was typed next to the error, then 303; slug from the title, body sanitised', async () => {
      const page = await adminGet(node.app, contributor, `${LIST}/new`);
      assert.equal(page.statusCode, 200, 'the new-article page opens');
      for (const label of [
        'Tiêu đề',
        'Đường dẫn',
        'Sapo (tóm tắt)',
        'Nội dung',
        'Chuyên mục',
        'Từ khóa',
        'Ảnh đại diện',
        'Bút danh',
        'Nguồn tin',
        'Ngôn ngữ',
        'Bản dịch',
        'Tin liên quan do bạn chọn',
      ])
        assert.ok(page.body.includes(`>${label}</label>`), `labelled field ${label}`);
      assert.ok(
        page.body.includes(`<option value="${mediaId}">Quang cảnh đại hội (${mediaId})</option>`),
        'usable media listed',
      );
      validate(page.body, 'the new-article page');

      const before = await count('articles');
      const bad = await adminPost(node.app, contributor, `${LIST}/new`, fields({ categoryId: '' }));
      assert.equal(bad.statusCode, 422, 'a missing category is refused');
      assert.match(
        bad.body,
        /<p class="field-error" id="categoryId-error">Vui lòng chọn chuyên mục\.<\/p>/,
        'error next to the category',
      );
      assert.ok(bad.body.includes('value="Đại hội Đảng bộ xã Tân Phú"'), 'the typed title is kept');
      assert.ok(bad.body.includes('Bài, ảnh: Ngọc Hưng'), 'the typed byline is kept');
      assert.ok(
        bad.body.includes('&lt;p>Đại hội diễn ra trong hai ngày.') ||
          bad.body.includes('&lt;p&gt;Đại hội diễn ra'),
        'the typed body is kept',
      );
      assert.equal(await count('articles'), before, 'nothing stored');

      const res = await adminPost(node.app, contributor, `${LIST}/new`, fields());
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      articleId = idOf(res.headers.location);
      assert.match(String(res.headers.location), /\?done=created$/, 'created notice');
      const row = await article(articleId);
      assert.equal(row.site_id, siteId, 'on the site');
      assert.equal(row.slug, 'dai-hoi-dang-bo-xa-tan-phu', 'slug folded from the title');
      assert.equal(row.status, 'draft', 'a draft');
      assert.equal(row.author_id, contributor.userId, 'the author');
      assert.equal(row.featured_media_id, mediaId, 'the featured image');
      assert.equal(row.byline, 'Bài, ảnh: Ngọc Hưng', 'the byline');
      assert.ok(!row.body_html.includes('<script'), 'the script was dropped');

      const shown = await adminGet(node.app, contributor, String(res.headers.location));
      assert.equal(shown.statusCode, 200, 'the edit page');
      assert.ok(shown.body.includes('Đã tạo bản nháp.'), 'the notice');
      assert.match(
        shown.body,
        /<textarea name="body_html" id="body_html"[^>]* data-editor[ >]/,
        'the editor textarea',
      );
      assert.match(
        shown.body,
        /data-media-list-url="\/api\/v1\/sites\/hoa-lam\/media\?lang=vi&amp;usable=1"/,
        'media list URL',
      );
      assert.match(shown.body, /data-upload-url="\/api\/v1\/sites\/hoa-lam\/media\?lang=vi"/, 'upload URL');
      assert.ok(shown.body.includes(`data-csrf="${contributor.csrf}"`), 'the CSRF token for the islands');
      assert.ok(shown.body.includes(`data-autosave-url="${edit(articleId, '/autosave')}"`), 'autosave URL');
      assert.match(shown.body, /<input type="hidden" name="version" value="1"\/?>/, 'the version');
      assert.match(shown.body, /data-autosave-status(="")? role="status"/, 'the live status line');
      assert.match(shown.body, /<script src="\/assets\/editor\.[0-9a-f]+\.js" defer/, 'the editor island');
      assert.match(
        shown.body,
        /<script src="\/assets\/article-form\.[0-9a-f]+\.js" defer/,
        'the autosave island',
      );
      assert.ok(shown.body.includes('Gửi biên tập'), 'the contributor may submit');
      assert.ok(!shown.body.includes('>Đăng ngay<'), 'but not publish');
      validate(shown.body, 'the edit page');
    });

    test('the list: contributors see their own; filters, diacritic-insensitive search, pages; Vietnam time', async () => {
      const own = await adminGet(node.app, contributor, LIST);
      assert.equal(own.statusCode, 200, 'the list opens');
      assert.ok(own.body.includes('Đại hội Đảng bộ xã Tân Phú'), 'own article listed');
      assert.ok(own.body.includes('1 bài viết.'), 'only the own article');
      assert.ok(!own.body.includes('name="author"'), 'no author filter for contributors');

      const all = await adminGet(node.app, editor, LIST);
      assert.match(all.body, /Trang 1\/\d/, 'several pages');
      assert.match(
        all.body,
        /<a href="\/admin\/sites\/hoa-lam\/articles\?page=2" rel="next">/,
        'next page link',
      );
      const page2 = await adminGet(node.app, editor, `${LIST}?page=2`);
      assert.match(page2.body, /rel="prev"/, 'page 2 links back');

      const found = await adminGet(
        node.app,
        editor,
        `${LIST}?q=${encodeURIComponent('dai hoi dang bo xa tan phu')}`,
      );
      assert.ok(found.body.includes('1 bài viết.'), 'found without diacritics');
      const row = await article(articleId);
      assert.ok(
        found.body.includes(formatDateTime(new Date(row.updated_at))),
        'updated time in Vietnam time',
      );
      assert.ok(found.body.includes('>Bản nháp<'), 'status from the catalogue');
      assert.ok(found.body.includes('>ctv<'), 'author name');
      assert.ok(found.body.includes(`href="${edit(articleId)}"`), 'edit link');
      assert.ok(found.body.includes(`href="${edit(articleId, '/preview')}"`), 'preview link');

      const byStatus = await adminGet(node.app, editor, `${LIST}?status=draft&author=${contributor.userId}`);
      assert.ok(byStatus.body.includes('1 bài viết.'), 'status and author filters');
      const otherCategory = await adminGet(node.app, editor, `${LIST}?q=tan+phu&category=${otherCategoryId}`);
      assert.ok(otherCategory.body.includes('0 bài viết.'), 'category filter');
      const today = vietnamLocal(Date.now()).slice(0, 10);
      const dated = await adminGet(node.app, editor, `${LIST}?q=tan+phu&from=${today}&to=${today}`);
      assert.ok(dated.body.includes('1 bài viết.'), 'date range includes today');
      const badDate = await adminGet(node.app, editor, `${LIST}?from=31%2F02%2F2025x`);
      assert.equal(badDate.statusCode, 422, 'a bad date is refused');
      assert.match(badDate.body, /id="from-error">Ngày không hợp lệ/, 'next to the field');
      const published = await adminGet(node.app, editor, `${LIST}?status=published`);
      assert.ok(published.body.includes('Xem trên trang'), 'published rows link to the public page');
      validate(all.body, 'the list');

      const en = await adminGet(node.app, editor, `/en${LIST}`);
      assert.ok(en.body.includes('Search titles') && en.body.includes('Any status'), 'English labels');
      assert.ok(en.body.includes('href="/admin/sites/hoa-lam/articles"'), 'the language switch');
    });

    test('saving: 303 with a notice and a new version; a stale version is a 409 that keeps the typed text', async () => {
      const before = await article(articleId);
      const saved = await adminPost(node.app, editor, edit(articleId), {
        ...fields({ title: 'Đại hội Đảng bộ xã Tân Phú lần thứ XV' }),
        version: String(before.version),
        next: 'save',
      });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
      assert.match(String(saved.headers.location), /\?done=saved$/, 'saved notice');
      const after1 = await article(articleId);
      assert.equal(after1.version, before.version + 1, 'version bumped');
      assert.equal(after1.updated_by, editor.userId, 'who saved');
      assert.equal(
        after1.slug,
        'dai-hoi-dang-bo-xa-tan-phu-lan-thu-xv',
        'an emptied slug is made again from the title',
      );

      const revisions = await count('article_revisions');
      const stale = await adminPost(node.app, contributor, edit(articleId), {
        ...fields({ title: 'Tiêu đề tôi vừa gõ', lead: 'Sapo tôi vừa gõ' }),
        version: String(before.version),
        next: 'save',
      });
      assert.equal(stale.statusCode, 409, 'a stale save is refused');
      assert.ok(stale.body.includes('Bài viết đã được người khác sửa'), 'a clear warning');
      assert.ok(stale.body.includes('bientap đã lưu bài viết này lúc'), 'who saved');
      assert.ok(stale.body.includes(formatDateTime(new Date(after1.updated_at))), 'when');
      assert.ok(stale.body.includes('value="Tiêu đề tôi vừa gõ"'), 'the typed title is kept');
      assert.ok(stale.body.includes('Sapo tôi vừa gõ'), 'the typed lead is kept');
      assert.ok(
        stale.body.includes(`href="${edit(articleId)}" target="_blank"`),
        'a link to the current version',
      );
      const unchanged = await article(articleId);
      assert.equal(unchanged.title, 'Đại hội Đảng bộ xã Tân Phú lần thứ XV', 'nothing overwritten');
      assert.equal(unchanged.version, after1.version, 'version unchanged');
      assert.equal(await count('article_revisions'), revisions, 'no revision');

      const invalid = await adminPost(node.app, editor, edit(articleId), {
        ...fields({ title: '', relatedIds: '99999999' }),
        version: String(after1.version),
      });
      assert.equal(invalid.statusCode, 422, 'an empty title is refused');
      assert.match(invalid.body, /id="title-error">Vui lòng nhập tiêu đề\./, 'error next to the title');
      assert.ok(invalid.body.includes('value="99999999"'), 'what was typed is kept');
      assert.equal((await article(articleId)).version, after1.version, 'nothing stored');
    });

    test('autosave answers JSON; a stale version is a 409 JSON error; without CSRF nothing changes', async () => {
      const current = await article(articleId);
      const body = new URLSearchParams({
        ...fields({ title: 'Đại hội Đảng bộ xã Tân Phú lần thứ XV', lead: 'Sapo tự động lưu' }),
        version: String(current.version),
        _csrf: contributor.csrf,
      });
      const send = (who: TestStaff, payload: URLSearchParams, csrf = true) =>
        node.app.inject({
          method: 'POST',
          url: edit(articleId, '/autosave'),
          headers: {
            cookie: who.cookie,
            'content-type': 'application/x-www-form-urlencoded',
            ...(csrf ? { 'x-csrf-token': who.csrf } : {}),
          },
          payload: payload.toString(),
        });
      const noCsrf = new URLSearchParams(body);
      noCsrf.delete('_csrf');
      const refused = await send(contributor, noCsrf, false);
      assert.equal(refused.statusCode, 403, 'no CSRF token: refused');
      assert.equal((await article(articleId)).version, current.version, 'nothing changed');

      const ok = await send(contributor, body);
      assert.equal(ok.statusCode, 200, ok.body);
      const json = ok.json() as { ok: boolean; version: number; savedAt: number };
      assert.equal(json.ok, true, 'ok');
      assert.equal(json.version, current.version + 1, 'the new version');
      assert.ok(Math.abs(json.savedAt - Date.now()) < 60_000, 'savedAt is now');
      assert.equal(ok.headers['cache-control'], 'no-store', 'never cached');
      assert.equal((await article(articleId)).lead, 'Sapo tự động lưu', 'stored');

      const stale = await send(contributor, body);
      assert.equal(stale.statusCode, 409, 'stale');
      const error = (stale.json() as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'LOA_CONFLICT', 'conflict code');
      assert.match(error.message, /ctv đã lưu bài viết này lúc/, 'who and when');

      const other = await send(
        contributor2,
        new URLSearchParams({ ...Object.fromEntries(body), version: String(json.version) }),
      );
      assert.ok(
        [403, 404].includes(other.statusCode),
        `another contributor gets 403/404 (${other.statusCode})`,
      );
    });

    test('workflow by role: submit, no publishing for contributors, return needs a reason, the reason is shown, approve and publish', async () => {
      const submit = await adminPost(node.app, contributor, edit(articleId, '/transition'), {
        action: 'submit',
      });
      assert.equal(submit.statusCode, 303, submit.body.slice(0, 300));
      assert.match(String(submit.headers.location), /\?done=submit$/, 'notice');
      assert.equal((await article(articleId)).status, 'submitted', 'submitted');

      const transitions = await count('article_transitions');
      const publish = await adminPost(node.app, contributor, edit(articleId, '/transition'), {
        action: 'publish',
      });
      assert.equal(publish.statusCode, 403, 'a contributor cannot publish');
      assert.equal((await article(articleId)).status, 'submitted', 'unchanged');
      const locked = await adminGet(node.app, contributor, edit(articleId));
      assert.match(
        locked.body,
        /<fieldset class="article-fields" disabled[ >=]/,
        'read-only while submitted',
      );
      assert.ok(
        locked.body.includes('Cộng tác viên chỉ sửa được bài khi bài còn là bản nháp hoặc bị trả lại.'),
        'says why',
      );

      const dashboard = await adminGet(node.app, editor, SITE);
      assert.equal(dashboard.statusCode, 200, 'the dashboard');
      assert.ok(dashboard.body.includes('1 bài chờ biên tập'), 'what waits for the editor');
      assert.ok(dashboard.body.includes(`href="${LIST}?status=submitted"`), 'links to the filtered list');

      const noReason = await adminPost(node.app, editor, edit(articleId, '/transition'), {
        action: 'return',
        reason: '  ',
      });
      assert.equal(noReason.statusCode, 422, 'a reason is required');
      assert.match(
        noReason.body,
        /id="return-reason-input-error"|id="reason-error"/,
        'error next to the reason',
      );
      assert.ok(noReason.body.includes('Vui lòng nhập lý do trả lại bài.'), 'the message');
      assert.equal((await article(articleId)).status, 'submitted', 'unchanged');
      assert.equal(await count('article_transitions'), transitions, 'no transition recorded');

      const returned = await adminPost(node.app, editor, edit(articleId, '/transition'), {
        action: 'return',
        reason: 'Thiếu nguồn ảnh, đề nghị bổ sung.',
      });
      assert.equal(returned.statusCode, 303, 'returned');
      assert.equal((await article(articleId)).status, 'returned', 'status returned');

      const seen = await adminGet(node.app, contributor, edit(articleId));
      assert.match(
        seen.body,
        /<div class="return-reason"[^>]*>[\s\S]*bientap[\s\S]*Thiếu nguồn ảnh, đề nghị bổ sung\./,
        'the reason, by whom',
      );
      const mine = await adminGet(node.app, contributor, SITE);
      assert.ok(mine.body.includes('1 bài của bạn bị trả lại'), 'the dashboard says so');

      const current = await article(articleId);
      const fixed = await adminPost(node.app, contributor, edit(articleId), {
        ...fields({ title: current.title, source: 'Ảnh: Ngọc Hưng' }),
        version: String(current.version),
        next: 'submit',
      });
      assert.equal(fixed.statusCode, 303, fixed.body.slice(0, 300));
      assert.match(String(fixed.headers.location), /\?done=submit$/, 'saved and submitted');
      const resubmitted = await article(articleId);
      assert.equal(resubmitted.status, 'submitted', 'submitted again');
      assert.equal(resubmitted.source, 'Ảnh: Ngọc Hưng', 'the fix is stored');

      const editorPublish = await adminPost(node.app, editor, edit(articleId, '/transition'), {
        action: 'approve',
      });
      assert.equal(editorPublish.statusCode, 403, 'an editor cannot approve');
      const approverBoard = await adminGet(node.app, approver, SITE);
      assert.ok(approverBoard.body.includes('1 bài chờ duyệt'), 'what waits for the approver');
      assert.ok(
        approverBoard.body.includes(`href="${adminUrlsComments}"`),
        'the approver has the comments shortcut',
      );
      const approve = await adminPost(node.app, approver, edit(articleId, '/transition'), {
        action: 'approve',
      });
      assert.equal(approve.statusCode, 303, 'approved');
      const publishNow = await adminPost(node.app, approver, edit(articleId, '/transition'), {
        action: 'publish',
      });
      assert.equal(publishNow.statusCode, 303, 'published');
      const live = await article(articleId);
      assert.equal(live.status, 'published', 'status published');

      const pub = await node.app.inject({ url: `/bai-viet/${live.slug}` });
      assert.equal(pub.statusCode, 200, 'the public page shows it');
      assert.ok(pub.body.includes(live.title), 'with its title');

      const timeline = await adminGet(node.app, approver, edit(articleId));
      for (const line of [
        'chuyển từ “Bản nháp” sang “Chờ biên tập”',
        'chuyển từ “Chờ biên tập” sang “Bị trả lại”',
        'chuyển từ “Bị trả lại” sang “Chờ biên tập”',
        'chuyển từ “Chờ biên tập” sang “Đã duyệt”',
        'chuyển từ “Đã duyệt” sang “Đã đăng”',
      ])
        assert.ok(timeline.body.includes(line), `timeline: ${line}`);
      assert.ok(timeline.body.includes('Lý do: Thiếu nguồn ảnh, đề nghị bổ sung.'), 'timeline reason');
      assert.ok(timeline.body.includes('>Gỡ bài<'), 'the approver may unpublish');
      assert.ok(timeline.body.includes(`href="/bai-viet/${live.slug}"`), 'link to the public page');
      validate(timeline.body, 'the edit page of a published article');
    });

    test('scheduling takes a Vietnam date-time; the article goes public when due, not before', async () => {
      assert.equal(
        parseVietnamLocal('2025-07-01T08:00'),
        Date.UTC(2025, 6, 1, 1, 0),
        '08:00 in Vietnam is 01:00 UTC',
      );
      assert.equal(parseVietnamLocal('2025-02-31T08:00'), undefined, 'no 31 February');
      assert.equal(parseVietnamLocal('mai'), undefined, 'not a time');

      const created = await adminPost(
        node.app,
        approver,
        `${LIST}/new`,
        fields({ title: 'Lịch tiếp dân tháng Bảy', next: 'submit' }),
      );
      assert.equal(created.statusCode, 303, created.body.slice(0, 300));
      assert.match(String(created.headers.location), /done=submit$/, 'created and submitted at once');
      const id = idOf(created.headers.location);
      assert.equal(
        (await adminPost(node.app, approver, edit(id, '/transition'), { action: 'approve' })).statusCode,
        303,
        'approved',
      );

      const past = await adminPost(node.app, approver, edit(id, '/transition'), {
        action: 'schedule',
        publishAt: vietnamLocal(Date.now() - 3600_000),
      });
      assert.equal(past.statusCode, 422, 'a time in the past is refused');
      assert.match(
        past.body,
        /id="schedule-at-error">Thời điểm hẹn đăng phải ở tương lai\./,
        'next to the field',
      );
      const garbage = await adminPost(node.app, approver, edit(id, '/transition'), {
        action: 'schedule',
        publishAt: 'ngày mai',
      });
      assert.equal(garbage.statusCode, 422, 'not a time');

      // A few seconds ahead (the field takes seconds too; browsers show minutes).
      const at = Math.ceil((Date.now() + 1500) / 1000) * 1000;
      const scheduled = await adminPost(node.app, approver, edit(id, '/transition'), {
        action: 'schedule',
        publishAt: new Date(at + 7 * 3600_000).toISOString().slice(0, 19),
      });
      assert.equal(scheduled.statusCode, 303, scheduled.body.slice(0, 300));
      const row = await article(id);
      assert.equal(row.status, 'scheduled', 'scheduled');
      assert.equal(row.published_at, at, 'at the Vietnam time typed');
      const page = await adminGet(node.app, approver, edit(id));
      assert.ok(page.body.includes(formatDateTime(new Date(at))), 'the edit page says when');
      assert.equal(
        (await node.app.inject({ url: `/bai-viet/${row.slug}` })).statusCode,
        404,
        'not public before',
      );
      assert.deepEqual(await publishDueArticles(node.services.database), [], 'nothing is due yet');
      assert.equal((await article(id)).status, 'scheduled', 'still scheduled');
      await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now() + 50)));
      node.services.invalidate(await publishDueArticles(node.services.database));
      assert.equal((await article(id)).status, 'published', 'published when due');
      assert.equal(
        (await node.app.inject({ url: `/bai-viet/${row.slug}` })).statusCode,
        200,
        'public when due',
      );
    });

    test('preview: the public page of a draft, never cached, not indexed, only for who may read it', async () => {
      const created = await adminPost(
        node.app,
        contributor2,
        `${LIST}/new`,
        fields({ title: 'Bản nháp chưa đăng của người khác' }),
      );
      const id = idOf(created.headers.location);
      const res = await adminGet(node.app, contributor2, edit(id, '/preview'));
      assert.equal(res.statusCode, 200, 'the author previews a draft');
      assert.equal(res.headers['cache-control'], 'no-store', 'never cached');
      assert.match(String(res.headers['x-robots-tag']), /noindex/, 'not indexed');
      assert.ok(res.body.includes('<meta name="robots" content="noindex, nofollow">'), 'noindex in the page');
      assert.match(
        res.body,
        /<h1 id="article-title">Bản nháp chưa đăng của người khác<\/h1>/,
        'the public article view',
      );
      assert.ok(res.body.includes('Bản xem trước (trạng thái: Bản nháp)'), 'the preview banner');
      assert.ok(res.body.includes('Bài, ảnh: Ngọc Hưng'), 'the byline as readers will see it');
      assert.ok(
        res.body.includes('class="lead-photo"') || res.body.includes('Quang cảnh đại hội'),
        'the featured image',
      );
      const slug = (await article(id)).slug;
      assert.equal(
        (await node.app.inject({ url: `/bai-viet/${slug}` })).statusCode,
        404,
        'the public page does not exist',
      );
      assert.equal(
        (await adminGet(node.app, contributor, edit(id, '/preview'))).statusCode,
        404,
        'another contributor: 404',
      );
      assert.equal((await adminGet(node.app, contributor, edit(id))).statusCode, 404, 'nor the edit page');
      assert.equal((await adminGet(node.app, editor, edit(id, '/preview'))).statusCode, 200, 'an editor may');
    });

    test('revisions: list, word-level comparison with ins/del and words for screen readers, restore after confirmation', async () => {
      const created = await adminPost(
        node.app,
        editor,
        `${LIST}/new`,
        fields({ title: 'Hội nghị Đảng ủy', body_html: '<p>Đồng chí Bí thư phát biểu chỉ đạo.</p>' }),
      );
      const id = idOf(created.headers.location);
      const v1 = await article(id);
      const saved = await adminPost(node.app, editor, edit(id), {
        ...fields({
          title: 'Hội nghị Đang ủy mở rộng',
          body_html: '<p>Đồng chí Phó Bí thư phát biểu kết luận.</p>',
        }),
        version: String(v1.version),
      });
      assert.equal(saved.statusCode, 303, 'saved');
      const list = await adminGet(node.app, editor, edit(id, '/revisions'));
      assert.equal(list.statusCode, 200, 'the revisions page');
      const revs = await db()
        .selectFrom('article_revisions')
        .select(['id', 'version'])
        .where('article_id', '=', id)
        .orderBy('id')
        .execute();
      assert.equal(revs.length, 2, 'two revisions');
      const r1 = revs[0]!;
      const r2 = revs[1]!;
      assert.match(
        list.body,
        new RegExp(`name="a" value="${r1.id}" id="a-${r1.id}" checked`),
        'older one picked',
      );
      assert.match(
        list.body,
        new RegExp(`name="b" value="${r2.id}" id="b-${r2.id}" checked`),
        'newer one picked',
      );
      validate(list.body, 'the revisions page');

      const cmp = await adminGet(node.app, editor, edit(id, `/revisions/compare?a=${r1.id}&b=${r2.id}`));
      assert.equal(cmp.statusCode, 200, 'the comparison');
      assert.match(
        cmp.body,
        /<del><span class="visually-hidden">\[bớt: <\/span>Đảng<span class="visually-hidden">\]<\/span><\/del>/,
        'Đảng removed',
      );
      assert.match(
        cmp.body,
        /<ins><span class="visually-hidden">\[thêm: <\/span>Đang<span class="visually-hidden">\]<\/span><\/ins>/,
        'Đang added: diacritics matter',
      );
      assert.ok(cmp.body.includes('mở rộng'), 'added words');
      assert.match(
        cmp.body,
        /<ins>[^<]*<span class="visually-hidden">\[thêm: <\/span>Phó /,
        'word inserted in the body',
      );
      validate(cmp.body, 'the comparison');

      const confirm = await adminGet(node.app, editor, edit(id, `/revisions/${r1.id}`));
      assert.equal(confirm.statusCode, 200, 'the revision page');
      assert.ok(confirm.body.includes('Khôi phục phiên bản này?'), 'asks for confirmation');
      assert.match(
        confirm.body,
        new RegExp(`action="${edit(id, `/revisions/${r1.id}/restore`)}"`),
        'restore form',
      );

      const before = await article(id);
      const noCsrf = await adminPost(
        node.app,
        editor,
        edit(id, `/revisions/${r1.id}/restore`),
        { version: String(before.version) },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403, 'no CSRF: refused');
      assert.equal((await article(id)).version, before.version, 'nothing changed');
      const stale = await adminPost(node.app, editor, edit(id, `/revisions/${r1.id}/restore`), {
        version: String(before.version - 1),
      });
      assert.equal(stale.statusCode, 409, 'a stale restore is refused');
      const restored = await adminPost(node.app, editor, edit(id, `/revisions/${r1.id}/restore`), {
        version: String(before.version),
      });
      assert.equal(restored.statusCode, 303, restored.body.slice(0, 300));
      assert.match(String(restored.headers.location), /done=restored$/, 'notice');
      const after1 = await article(id);
      assert.equal(after1.title, 'Hội nghị Đảng ủy', 'the old title is back');
      assert.equal(after1.version, before.version + 1, 'restoring is a new version');
      assert.equal(
        (await db().selectFrom('article_revisions').select('id').where('article_id', '=', id).execute())
          .length,
        3,
        'and a new revision',
      );
      assert.equal(
        (await adminGet(node.app, contributor, edit(id, '/revisions'))).statusCode,
        404,
        'a contributor cannot see others’ revisions',
      );
    });

    test('without the CSRF token nothing changes', async () => {
      const current = await article(articleId);
      const articles = await count('articles');
      const transitions = await count('article_transitions');
      const calls: [string, Record<string, string>][] = [
        [`${LIST}/new`, fields()],
        [edit(articleId), { ...fields({ title: 'Không được lưu' }), version: String(current.version) }],
        [edit(articleId, '/transition'), { action: 'unpublish' }],
      ];
      for (const [url, body] of calls) {
        const res = await adminPost(node.app, approver, url, body, { csrf: false });
        assert.equal(res.statusCode, 403, `${url} without CSRF`);
        assert.ok(res.body.includes('role="alert"'), 'a clear message');
      }
      const after1 = await article(articleId);
      assert.equal(after1.version, current.version, 'no save');
      assert.equal(after1.status, current.status, 'no transition');
      assert.equal(await count('articles'), articles, 'no new article');
      assert.equal(await count('article_transitions'), transitions, 'nothing recorded');
    });

    test('staff of another site get 404 on every article page, and nothing changes', async () => {
      const current = await article(articleId);
      const gets = [
        SITE,
        LIST,
        `${LIST}/new`,
        edit(articleId),
        edit(articleId, '/preview'),
        edit(articleId, '/revisions'),
      ];
      for (const url of gets)
        assert.equal((await adminGet(node.app, outsider, url)).statusCode, 404, `GET ${url}`);
      const posts: [string, Record<string, string>][] = [
        [`${LIST}/new`, fields()],
        [edit(articleId), { ...fields({ title: 'Xâm nhập' }), version: String(current.version) }],
        [
          edit(articleId, '/autosave'),
          { ...fields({ title: 'Xâm nhập' }), version: String(current.version) },
        ],
        [edit(articleId, '/transition'), { action: 'unpublish' }],
      ];
      for (const [url, body] of posts)
        assert.equal((await adminPost(node.app, outsider, url, body)).statusCode, 404, `POST ${url}`);
      const after1 = await article(articleId);
      assert.deepEqual(after1, current, 'the article is untouched');
    });

    test('the dashboard: site name, shortcuts by role, recent articles, English', async () => {
      const mine = await adminGet(node.app, contributor, SITE);
      assert.equal(mine.statusCode, 200, 'a contributor opens the dashboard');
      assert.match(mine.body, /<h1>Tỉnh Hòa Lâm<\/h1>/, 'the site name');
      assert.ok(mine.body.includes('Bài viết gần đây của bạn'), 'recent articles');
      assert.ok(mine.body.includes(`href="${edit(articleId)}"`), 'the own article');
      assert.ok(mine.body.includes(`href="${LIST}/new"`), 'new article shortcut');
      assert.ok(!mine.body.includes(`href="${SITE}/categories"`), 'no categories shortcut for a contributor');
      const admin = await adminGet(node.app, siteAdmin, SITE);
      assert.ok(admin.body.includes(`href="${SITE}/categories"`), 'the site admin has it');
      assert.ok(
        admin.body.includes('Không có việc nào đang chờ bạn.') || admin.body.includes('waiting-list'),
        'waiting section',
      );
      validate(admin.body, 'the dashboard');
      const en = await adminGet(node.app, approver, `/en${SITE}`);
      assert.ok(
        en.body.includes('Waiting for you') && en.body.includes('Your recent articles'),
        'English dashboard',
      );
    });
  });
}
