/**
 * Moderation on both databases, in the admin and over the API: who may (approvers and up of the
 * site: others 404, lower roles 403), the queue's filters, approving, rejecting and marking spam one
 * by one and in bulk, replying as the site, the audit log, and refusals that change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CommentStatus } from '../../platform/db/schema.js';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { adminGet, adminPost, apiAs, createStaff, siteIdOf, type TestStaff } from '../../testing/staff.js';

const QUEUE = '/admin/sites/hoa-lam/comments';
const API = '/api/v1/sites/hoa-lam/comments';

for (const dialect of DIALECTS) {
  describe(`comment moderation (${dialect})`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherSiteId: number;
    let articleIds: number[];
    let approver: TestStaff;
    let siteAdmin: TestStaff;
    let editor: TestStaff;
    let contributor: TestStaff;
    let otherApprover: TestStaff;
    let seq = 0;

    /** A reader's comment straight in the table (sending is tested in comments.test.ts). */
    async function addComment(
      fields: Partial<{
        articleId: number;
        name: string;
        text: string;
        status: CommentStatus;
        site: number;
      }> = {},
    ): Promise<number> {
      const row = await node.services.database.db
        .insertInto('comments')
        .values({
          site_id: fields.site ?? siteId,
          article_id: fields.articleId ?? articleIds[0]!,
          parent_id: null,
          author_name: fields.name ?? `Bạn đọc ${++seq}`,
          author_email: `ban.doc${seq}@example.vn`,
          body: fields.text ?? `Ý kiến số ${seq}`,
          status: fields.status ?? 'pending',
          is_site_reply: 0,
          visitor_hash: 'v'.repeat(64),
          source_hash: 's'.repeat(64),
          created_at: Date.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }
    const statusOf = async (id: number) =>
      (
        await node.services.database.db
          .selectFrom('comments')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).status;
    const auditOf = (id: number) =>
      node.services.database.db
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'site_id', 'details'])
        .where('target', '=', `comment:${id}`)
        .orderBy('id')
        .execute();

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 3, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      otherSiteId = await siteIdOf(node.services, 'tan-loc-dong');
      articleIds = (
        await node.services.database.db
          .selectFrom('articles')
          .select('id')
          .where('site_id', '=', siteId)
          .where('lang', '=', 'vi')
          .orderBy('id')
          .limit(2)
          .execute()
      ).map((r) => r.id);
      approver = await createStaff(node.services, 'approver', siteId);
      siteAdmin = await createStaff(node.services, 'site_admin', siteId);
      editor = await createStaff(node.services, 'editor', siteId);
      contributor = await createStaff(node.services, 'contributor', siteId);
      otherApprover = await createStaff(node.services, 'approver', otherSiteId);
    });
    after(async () => {
      await node?.close();
    });

    test('the queue: approvers and site admins see it; lower roles 403, other sites 404', async () => {
      const id = await addComment({ name: 'Lê Thị <Hoa>', text: 'Dòng 1\nDòng 2' });
      const page = await adminGet(node.app, approver, QUEUE);
      assert.equal(page.statusCode, 200, 'approver');
      assert.equal(page.headers['cache-control'], 'no-store', 'not cached');
      assert.ok(page.body.includes('Duyệt bình luận'), 'title');
      assert.ok(page.body.includes('Lê Thị &lt;Hoa>'), 'name escaped');
      assert.ok(page.body.includes(`value="approve:${id}"`), 'row buttons');
      assert.ok(page.body.includes(`ban.doc${seq}@example.vn`), 'staff see the email');
      assert.equal((await adminGet(node.app, siteAdmin, QUEUE)).statusCode, 200, 'site admin');
      assert.equal((await adminGet(node.app, editor, QUEUE)).statusCode, 403, 'editor');
      assert.equal((await adminGet(node.app, contributor, QUEUE)).statusCode, 403, 'contributor');
      assert.equal(
        (await adminGet(node.app, otherApprover, QUEUE)).statusCode,
        404,
        "another site's approver",
      );
      const en = await adminGet(node.app, approver, `/en${QUEUE}`);
      assert.ok(en.body.includes('Comment moderation'), 'English');
    });

    test('filters: status, article and words', async () => {
      const a = await addComment({ articleId: articleIds[0], text: 'Hỏi về lịch tiêm chủng' });
      const b = await addComment({ articleId: articleIds[1], text: 'Đề nghị sửa đường' });
      const c = await addComment({ articleId: articleIds[1], text: 'Đã duyệt rồi', status: 'approved' });
      const pending = await adminGet(node.app, approver, QUEUE);
      assert.ok(
        pending.body.includes(`value="approve:${a}"`) && pending.body.includes(`value="approve:${b}"`),
        'pending listed',
      );
      assert.ok(!pending.body.includes(`value="reject:${c}"`), 'approved not in the pending queue');
      const approved = await adminGet(node.app, approver, `${QUEUE}?status=approved`);
      assert.ok(approved.body.includes(`value="reject:${c}"`), 'approved queue');
      const byArticle = await adminGet(node.app, approver, `${QUEUE}?article=${articleIds[1]}`);
      assert.ok(byArticle.body.includes(`value="approve:${b}"`), 'article filter keeps its own');
      assert.ok(!byArticle.body.includes(`value="approve:${a}"`), 'article filter drops others');
      const search = await adminGet(node.app, approver, `${QUEUE}?q=${encodeURIComponent('tiêm chủng')}`);
      assert.ok(search.body.includes(`value="approve:${a}"`), 'search finds');
      assert.ok(!search.body.includes(`value="approve:${b}"`), 'search filters');
      const weird = await adminGet(
        node.app,
        approver,
        `${QUEUE}?q=${encodeURIComponent("%_' or 1=1 --")}&page=abc`,
      );
      assert.equal(weird.statusCode, 200, 'odd input is only text');
      assert.ok(weird.body.includes('Không có bình luận nào.'), 'and finds nothing');
      const api = await apiAs(node.app, approver, 'GET', `${API}?status=approved&article=${articleIds[1]}`);
      assert.equal(api.statusCode, 200, 'API list');
      const items = (api.json() as { items: { id: number; status: string; email: string }[] }).items;
      assert.deepEqual(
        items.map((i) => i.id),
        [c],
        'API filters',
      );
      const bad = await apiAs(node.app, approver, 'GET', `${API}?status=deleted`);
      assert.equal(bad.statusCode, 422, 'unknown status');
    });

    test('one by one in the admin: approve, reject, spam, each audited', async () => {
      const id = await addComment();
      for (const [action, status] of [
        ['approve', 'approved'],
        ['reject', 'rejected'],
        ['spam', 'spam'],
      ] as const) {
        const res = await adminPost(node.app, approver, QUEUE, { single: `${action}:${id}` });
        assert.equal(res.statusCode, 303, `${action}: redirect`);
        assert.match(res.headers.location as string, /done=1/, `${action}: says done`);
        assert.equal(await statusOf(id), status, `${action}: status`);
      }
      const log = await auditOf(id);
      assert.deepEqual(
        log.map((l) => l.action),
        ['comment.approve', 'comment.reject', 'comment.spam'],
        'audited',
      );
      assert.ok(
        log.every((l) => l.user_id === approver.userId && l.site_id === siteId),
        'who and where',
      );
      const notice = await adminGet(node.app, approver, `${QUEUE}?done=1`);
      assert.ok(notice.body.includes('Đã cập nhật 1 bình luận.'), 'notice');
    });

    test('in bulk, in the admin and over the API', async () => {
      const ids = [await addComment(), await addComment(), await addComment()];
      const res = await adminPost(node.app, approver, QUEUE, {
        ids: ids.slice(0, 2).map(String),
        action: 'approve',
        bulk: '1',
      });
      assert.equal(res.statusCode, 303, 'bulk redirect');
      assert.deepEqual(
        [await statusOf(ids[0]!), await statusOf(ids[1]!), await statusOf(ids[2]!)],
        ['approved', 'approved', 'pending'],
        'two approved',
      );
      const none = await adminPost(node.app, approver, QUEUE, { action: 'approve', bulk: '1' });
      assert.equal(none.statusCode, 422, 'nothing selected');
      assert.ok(none.body.includes('Hãy chọn ít nhất một bình luận.'), 'says so');
      const noAction = await adminPost(node.app, approver, QUEUE, {
        ids: [String(ids[2])],
        action: '',
        bulk: '1',
      });
      assert.equal(noAction.statusCode, 422, 'no action chosen');
      assert.ok(noAction.body.includes(`id="select-${ids[2]}" checked`), 'selection kept');
      const api = await apiAs(node.app, approver, 'POST', `${API}/bulk`, { ids, action: 'spam' });
      assert.equal(api.statusCode, 200, 'API bulk');
      assert.deepEqual(api.json(), { changed: 3, found: 3 }, 'all three');
      for (const id of ids) assert.equal(await statusOf(id), 'spam', `${id} spam`);
      const one = await apiAs(node.app, approver, 'POST', `${API}/${ids[0]}/moderation`, {
        action: 'approve',
      });
      assert.deepEqual(one.json(), { changed: 1 }, 'API one');
      const badAction = await apiAs(node.app, approver, 'POST', `${API}/${ids[0]}/moderation`, {
        action: 'delete',
      });
      assert.equal(badAction.statusCode, 422, 'unknown action');
      const tooMany = await apiAs(node.app, approver, 'POST', `${API}/bulk`, {
        ids: Array.from({ length: 201 }, (_, i) => i + 1),
        action: 'approve',
      });
      assert.equal(tooMany.statusCode, 422, 'over 200');
      const junk = await apiAs(node.app, approver, 'POST', `${API}/bulk`, {
        ids: ['1; drop table comments'],
        action: 'approve',
      });
      assert.equal(junk.statusCode, 422, 'ids must be numbers');
    });

    test("other sites' comments, lower roles and missing CSRF change nothing", async () => {
      const mine = await addComment();
      const theirs = await addComment({ site: otherSiteId });
      const auditBefore = (await auditOf(mine)).length + (await auditOf(theirs)).length;
      // Another site's comment id through this site's endpoints: unknown here.
      const cross = await apiAs(node.app, approver, 'POST', `${API}/${theirs}/moderation`, {
        action: 'approve',
      });
      assert.equal(cross.statusCode, 404, "another site's comment is not found");
      const crossBulk = await adminPost(node.app, approver, QUEUE, { single: `approve:${theirs}` });
      assert.equal(crossBulk.statusCode, 404, 'not through the admin either');
      const mixed = await apiAs(node.app, approver, 'POST', `${API}/bulk`, {
        ids: [mine, theirs],
        action: 'reject',
      });
      assert.deepEqual(mixed.json(), { changed: 1, found: 1 }, 'only this site’s one');
      assert.equal(await statusOf(theirs), 'pending', 'theirs untouched');
      await apiAs(node.app, approver, 'POST', `${API}/${mine}/moderation`, { action: 'approve' });
      // The other site's approver on this site: 404; lower roles: 403.
      for (const [who, status] of [
        [otherApprover, 404],
        [editor, 403],
        [contributor, 403],
      ] as const) {
        const page = await adminPost(node.app, who, QUEUE, { single: `reject:${mine}` });
        assert.equal(page.statusCode, status, `admin: ${status}`);
        const api = await apiAs(node.app, who, 'POST', `${API}/${mine}/moderation`, { action: 'reject' });
        assert.equal(api.statusCode, status, `API: ${status}`);
        const list = await apiAs(node.app, who, 'GET', API);
        assert.equal(list.statusCode, status, `API list: ${status}`);
        const reply = await apiAs(node.app, who, 'POST', `${API}/${mine}/replies`, { text: 'x' });
        assert.equal(reply.statusCode, status, `API reply: ${status}`);
      }
      const noCsrf = await adminPost(
        node.app,
        approver,
        QUEUE,
        { single: `reject:${mine}` },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403, 'admin without CSRF');
      const noCsrfApi = await node.app.inject({
        method: 'POST',
        url: `${API}/${mine}/moderation`,
        headers: { cookie: approver.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ action: 'reject' }),
      });
      assert.equal(noCsrfApi.statusCode, 403, 'API session without CSRF');
      const noCsrfReply = await adminPost(
        node.app,
        approver,
        `${QUEUE}/${mine}/reply`,
        { text: 'x' },
        { csrf: false },
      );
      assert.equal(noCsrfReply.statusCode, 403, 'reply without CSRF');
      assert.equal(await statusOf(mine), 'approved', 'still approved');
      const replies = await node.services.database.db
        .selectFrom('comments')
        .select('id')
        .where('parent_id', '=', mine)
        .execute();
      assert.equal(replies.length, 0, 'no reply stored');
      const auditAfter = (await auditOf(mine)).length + (await auditOf(theirs)).length;
      assert.equal(auditAfter, auditBefore + 2, 'only the two real changes audited');
    });

    test('reply as the site: admin page and API, audited, refused for spam', async () => {
      const id = await addComment({ name: 'Phạm Văn Dũng', status: 'approved' });
      const page = await adminGet(node.app, approver, `${QUEUE}/${id}/reply`);
      assert.equal(page.statusCode, 200, 'reply page');
      assert.ok(page.body.includes('Trả lời bình luận của Phạm Văn Dũng'), 'title');
      assert.ok(page.body.includes('<label for="text">Nội dung trả lời</label>'), 'labelled');
      const empty = await adminPost(node.app, approver, `${QUEUE}/${id}/reply`, { text: '  ' });
      assert.equal(empty.statusCode, 422, 'empty reply');
      assert.ok(empty.body.includes('Vui lòng nhập nội dung bình luận.'), 'says so');
      const long = 'a'.repeat(3001);
      const tooLong = await adminPost(node.app, approver, `${QUEUE}/${id}/reply`, { text: long });
      assert.equal(tooLong.statusCode, 422, 'too long');
      assert.ok(tooLong.body.includes(`${long}</textarea>`), 'kept what was typed');
      const ok = await adminPost(node.app, approver, `${QUEUE}/${id}/reply`, {
        text: 'Cảm ơn ý kiến của bạn.',
      });
      assert.equal(ok.statusCode, 303, 'posted');
      assert.match(ok.headers.location as string, /replied=1/, 'with a notice');
      const reply = await node.services.database.db
        .selectFrom('comments')
        .selectAll()
        .where('parent_id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(reply.is_site_reply, 1, 'marked as the site’s');
      assert.equal(reply.status, 'approved', 'shown at once');
      assert.equal(reply.moderated_by, approver.userId, 'who wrote it');
      assert.deepEqual(
        (await auditOf(id)).map((l) => l.action),
        ['comment.reply'],
        'audited',
      );
      const api = await apiAs(node.app, siteAdmin, 'POST', `${API}/${id}/replies`, {
        text: 'Bổ sung thông tin.',
      });
      assert.equal(api.statusCode, 201, 'API reply');
      const spam = await addComment({ status: 'spam' });
      const refused = await apiAs(node.app, approver, 'POST', `${API}/${spam}/replies`, { text: 'Không' });
      assert.equal(refused.statusCode, 422, 'no reply to spam');
      const toReply = await apiAs(node.app, approver, 'POST', `${API}/${reply.id}/replies`, {
        text: 'Không',
      });
      assert.equal(toReply.statusCode, 422, 'no reply to a reply');
      const missing = await apiAs(node.app, approver, 'POST', `${API}/999999999/replies`, { text: 'Không' });
      assert.equal(missing.statusCode, 404, 'no such comment');
    });

    test('the API is described in the OpenAPI document', async () => {
      const res = await node.app.inject({ url: '/api/v1/openapi.json' });
      const doc = res.json() as { paths: Record<string, Record<string, unknown>> };
      for (const path of [
        '/api/v1/captcha',
        '/api/v1/articles/{id}/comments',
        '/api/v1/sites/{site}/comments',
        '/api/v1/sites/{site}/comments/{id}/moderation',
        '/api/v1/sites/{site}/comments/bulk',
        '/api/v1/sites/{site}/comments/{id}/replies',
      ]) {
        assert.ok(doc.paths[path], `${path} described`);
      }
    });
  });
}
