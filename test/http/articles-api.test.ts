/**
 * The articles JSON API in-process on every dialect: the editorial path (write, submit, return
 * with a reason, fix, approve, publish: the public page shows it), strict bodies with field
 * names, optimistic concurrency, revisions and comparisons, roles, CSRF, tokens and other
 * sites' staff (404, nothing changed).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addMedia, categoryOf } from '../../src/features/articles/articles-test-kit.js';
import { insertApiToken } from '../../src/features/security/tokens.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { apiAs, createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

const BASE = '/api/v1/sites/hoa-lam/articles';

interface ArticleJson {
  id: number;
  version: number;
  status: string;
  slug: string;
  title: string;
  actions: string[];
  canEdit: boolean;
  bodyHtml: string;
  tags: string[];
  publicPath: string | null;
}

for (const dialect of DIALECTS) {
  describe(`articles API on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let category: number;
    let photo: number;
    const staff: Record<string, TestStaff> = {};

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 2, imagesPerSite: 1 });
      const s = node.services;
      siteId = await siteIdOf(s, 'hoa-lam');
      category = await categoryOf(s, siteId);
      photo = (await addMedia(s, siteId, { alt: 'Quang cảnh lễ ra quân', originalName: 'ra-quan.jpg' })).id;
      for (const role of ['contributor', 'editor', 'approver'] as const)
        staff[role] = await createStaff(s, role, siteId, `api-${role}`);
      staff.contributor2 = await createStaff(s, 'contributor', siteId, 'api-contributor2');
      staff.outsider = await createStaff(s, 'site_admin', await siteIdOf(s, 'tan-loc-dong'), 'api-outsider');
    });
    after(async () => {
      await node?.close();
    });

    const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      apiAs(node.app, staff[who]!, method, url, payload);
    /** What a refused request must leave untouched. */
    async function snapshot(id: number) {
      const db = node.services.database.db;
      const [article, revisions, transitions] = await Promise.all([
        db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst(),
        db.selectFrom('article_revisions').select('id').where('article_id', '=', id).execute(),
        db.selectFrom('article_transitions').select('id').where('article_id', '=', id).execute(),
      ]);
      return JSON.stringify({ article, revisions: revisions.length, transitions: transitions.length });
    }

    test('the editorial path through the API ends on the public page, photo included', async () => {
      const created = await call('contributor', 'POST', BASE, {
        title: 'Ra quân làm sạch môi trường',
        categoryId: category,
        lead: '- Sáng 16/01, xã tổ chức lễ ra quân.',
        bodyHtml: `<p>Hưởng ứng phong trào<img src=x onerror=alert(1)>.</p><figure data-media-id="${photo}"><img src="/media/x.jpg"><figcaption>Lễ ra quân <span class="credit">Ảnh: Mai Hoa</span></figcaption></figure>`,
        tags: ['Môi trường', 'Ra quân'],
        byline: 'Tin, ảnh: Mai Hoa',
      });
      assert.equal(created.statusCode, 201, created.body);
      const { article } = created.json() as { article: ArticleJson };
      assert.equal(created.headers.location, `${BASE}/${article.id}`);
      assert.equal(article.status, 'draft');
      assert.ok(
        article.bodyHtml.includes(`data-media-id="${photo}"`) && !article.bodyHtml.includes('onerror'),
      );
      assert.deepEqual(article.actions, ['submit']);

      const submit = await call('contributor', 'POST', `${BASE}/${article.id}/transitions`, {
        action: 'submit',
      });
      assert.equal(submit.statusCode, 200, submit.body);
      const noReason = await call('editor', 'POST', `${BASE}/${article.id}/transitions`, {
        action: 'return',
      });
      assert.equal(noReason.statusCode, 422);
      assert.equal(noReason.json().error.field, 'reason');
      const returned = await call('editor', 'POST', `${BASE}/${article.id}/transitions`, {
        action: 'return',
        reason: 'Bổ sung số người tham gia.',
      });
      assert.equal(returned.json().article.status, 'returned');
      const fixed = await call('contributor', 'PUT', `${BASE}/${article.id}`, {
        version: article.version,
        lead: '- Sáng 16/01, hơn 300 người tham gia lễ ra quân.',
      });
      assert.equal(fixed.statusCode, 200, fixed.body);
      await call('contributor', 'POST', `${BASE}/${article.id}/transitions`, { action: 'submit' });
      const approved = await call('approver', 'POST', `${BASE}/${article.id}/transitions`, {
        action: 'approve',
      });
      assert.deepEqual(approved.json().article.actions, ['return', 'publish', 'schedule']);
      const published = await call('approver', 'POST', `${BASE}/${article.id}/transitions`, {
        action: 'publish',
      });
      assert.equal(published.statusCode, 200, published.body);
      const live = published.json().article as ArticleJson;
      assert.equal(live.publicPath, `/bai-viet/${live.slug}`);
      const page = await node.app.inject({ url: live.publicPath! });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes('hơn 300 người tham gia'), 'the fixed lead');
      assert.ok(
        page.body.includes(`data-media-id="${photo}"`) && page.body.includes('Ảnh: Mai Hoa'),
        'the photo',
      );

      const timeline = (await call('contributor', 'GET', `${BASE}/${article.id}/transitions`)).json();
      assert.deepEqual(
        timeline.items.map((i: { to: string }) => i.to),
        ['submitted', 'returned', 'submitted', 'approved', 'published'],
      );
      assert.equal(timeline.items[1].reason, 'Bổ sung số người tham gia.');
      assert.equal(timeline.items[1].user.name, 'api-editor');
    });

    test('bodies are read strictly: unknown fields, wrong types, lengths, missing version', async () => {
      const cases: [string, 'POST' | 'PUT', string, unknown, number, string?][] = [
        ['contributor', 'POST', BASE, { title: 'A', categoryId: category, colour: 'red' }, 422, 'colour'],
        ['contributor', 'POST', BASE, { title: 42, categoryId: category }, 422, 'title'],
        ['contributor', 'POST', BASE, { title: 'A', categoryId: '5' }, 422, 'categoryId'],
        ['contributor', 'POST', BASE, { title: 'A' }, 422, 'categoryId'],
        ['contributor', 'POST', BASE, { title: 'x'.repeat(301), categoryId: category }, 422, 'title'],
        [
          'contributor',
          'POST',
          BASE,
          { title: 'A', categoryId: category, relatedIds: [1, 'x'] },
          422,
          'relatedIds',
        ],
        ['contributor', 'POST', BASE, { title: 'A', categoryId: category, tags: [1] }, 422, 'tags'],
        ['contributor', 'POST', BASE, { title: 'A', categoryId: category, lang: 'fr' }, 422, 'lang'],
        ['contributor', 'POST', BASE, [{ title: 'A' }], 400],
      ];
      const before = (await node.services.database.db.selectFrom('articles').select('id').execute()).length;
      for (const [who, method, url, payload, code, field] of cases) {
        const res = await call(who, method, url, payload);
        assert.equal(res.statusCode, code, `${JSON.stringify(payload).slice(0, 60)}: ${res.body}`);
        const { error } = res.json();
        assert.ok(error.code && error.message, res.body);
        if (field) assert.equal(error.field, field, res.body);
      }
      assert.equal(
        (await node.services.database.db.selectFrom('articles').select('id').execute()).length,
        before,
      );

      const { article } = (
        await call('contributor', 'POST', BASE, { title: 'Bài thử', categoryId: category })
      ).json();
      const snap = await snapshot(article.id);
      const noVersion = await call('contributor', 'PUT', `${BASE}/${article.id}`, { title: 'Mới' });
      assert.equal(noVersion.statusCode, 422);
      assert.equal(noVersion.json().error.field, 'version');
      const en = await apiAs(node.app, staff.contributor!, 'PUT', `${BASE}/${article.id}?lang=en`, {
        version: 1,
        title: '',
      });
      assert.equal(en.statusCode, 422);
      assert.deepEqual(en.json().error, {
        code: 'LOA_INVALID',
        message: 'Please enter the title.',
        field: 'title',
      });
      assert.equal(await snapshot(article.id), snap, 'nothing changed');
    });

    test('a stale PUT is a 409 saying who saved and when; nothing is stored', async () => {
      const { article } = (
        await call('editor', 'POST', BASE, { title: 'Bài hai người sửa', categoryId: category })
      ).json();
      const first = await call('approver', 'PUT', `${BASE}/${article.id}`, {
        version: 1,
        title: 'Bản của người duyệt',
      });
      assert.equal(first.json().article.version, 2);
      const snap = await snapshot(article.id);
      const stale = await call('editor', 'PUT', `${BASE}/${article.id}`, {
        version: 1,
        title: 'Bản của biên tập viên',
      });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().error.code, 'LOA_CONFLICT');
      assert.match(
        stale.json().error.message,
        /api-approver đã lưu bài viết này lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
      );
      assert.equal(await snapshot(article.id), snap);
    });

    test('autosave takes JSON or the edit form, and coalesces', async () => {
      const { article } = (
        await call('contributor', 'POST', BASE, { title: 'Tự lưu', categoryId: category })
      ).json();
      const json = await call('contributor', 'POST', `${BASE}/${article.id}/autosave`, {
        version: 1,
        lead: 'Một',
      });
      assert.equal(json.statusCode, 200, json.body);
      const body = json.json();
      assert.equal(body.ok, true);
      assert.equal(body.version, 2);
      assert.ok(body.savedAt > 0);
      const form = await node.app.inject({
        method: 'POST',
        url: `${BASE}/${article.id}/autosave`,
        headers: {
          cookie: staff.contributor!.cookie,
          'x-csrf-token': staff.contributor!.csrf,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({
          _csrf: staff.contributor!.csrf,
          version: '2',
          title: 'Tự lưu',
          lead: 'Một hai',
          categoryId: String(category),
          featuredMediaId: '',
          bodyHtml: '<p>Đoạn đầu</p>',
        }).toString(),
      });
      assert.equal(form.statusCode, 200, form.body);
      assert.equal(form.json().revisionId, body.revisionId, 'the same autosave revision');
      const noVersion = await node.app.inject({
        method: 'POST',
        url: `${BASE}/${article.id}/autosave`,
        headers: {
          cookie: staff.contributor!.cookie,
          'x-csrf-token': staff.contributor!.csrf,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'lead=x',
      });
      assert.equal(noVersion.statusCode, 422);
    });

    test('revisions, one revision, comparison and restore', async () => {
      const { article } = (
        await call('contributor', 'POST', BASE, {
          title: 'Đảng bộ xã',
          categoryId: category,
          bodyHtml: '<p>Một</p>',
        })
      ).json();
      await call('contributor', 'PUT', `${BASE}/${article.id}`, {
        version: 1,
        title: 'Đang bộ xã',
        bodyHtml: '<p>Hai</p>',
      });
      const list = (await call('contributor', 'GET', `${BASE}/${article.id}/revisions`)).json().items;
      assert.equal(list.length, 2);
      const [newer, older] = list;
      const one = (await call('contributor', 'GET', `${BASE}/${article.id}/revisions/${older.id}`)).json()
        .revision;
      assert.equal(one.bodyHtml, '<p>Một</p>');
      const cmp = await call(
        'contributor',
        'GET',
        `${BASE}/${article.id}/compare?a=${older.id}&b=${newer.id}`,
      );
      assert.equal(cmp.statusCode, 200);
      assert.deepEqual(cmp.json().title, [
        { op: 'del', text: 'Đảng' },
        { op: 'add', text: 'Đang' },
        { op: 'same', text: ' bộ xã' },
      ]);
      assert.equal(
        (await call('contributor', 'GET', `${BASE}/${article.id}/compare?a=${older.id}`)).statusCode,
        422,
      );
      const restored = await call(
        'contributor',
        'POST',
        `${BASE}/${article.id}/revisions/${older.id}/restore`,
        { version: 2 },
      );
      assert.equal(restored.statusCode, 200, restored.body);
      assert.equal(restored.json().article.title, 'Đảng bộ xã');
      assert.equal(restored.json().article.version, 3);
      const unknown = await call('contributor', 'GET', `${BASE}/${article.id}/revisions/999999`);
      assert.equal(unknown.statusCode, 404);
    });

    test('list with filters, contributors see their own', async () => {
      await call('contributor2', 'POST', BASE, {
        title: 'Hội nghị tổng kết công tác Đảng',
        categoryId: category,
      });
      const own = (await call('contributor2', 'GET', BASE)).json();
      assert.equal(own.ownOnly, true);
      assert.ok(
        own.items.length >= 1 &&
          own.items.every((i: { author: { name: string } }) => i.author.name === 'api-contributor2'),
      );
      const found = (
        await call('editor', 'GET', `${BASE}?q=${encodeURIComponent('hoi nghi tong ket cong tac dang')}`)
      ).json();
      assert.equal(found.total, 1);
      const bad = await call('editor', 'GET', `${BASE}?status=lost`);
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().error.field, 'status');
      assert.equal((await call('editor', 'GET', `${BASE}?from=32/13/2025`)).json().error.field, 'from');
    });

    test('roles, CSRF, tokens and other sites: refused, nothing changed', async () => {
      const { article } = (
        await call('contributor', 'POST', BASE, { title: 'Bài được bảo vệ', categoryId: category })
      ).json();
      const snap = await snapshot(article.id);
      const refused: [string, 'GET' | 'POST' | 'PUT', string, unknown, number][] = [
        ['outsider', 'GET', `${BASE}/${article.id}`, undefined, 404],
        ['outsider', 'PUT', `${BASE}/${article.id}`, { version: 1, title: 'x' }, 404],
        ['outsider', 'POST', `${BASE}/${article.id}/transitions`, { action: 'submit' }, 404],
        ['outsider', 'GET', `${BASE}/${article.id}/revisions`, undefined, 404],
        ['outsider', 'POST', BASE, { title: 'x', categoryId: category }, 404],
        [
          'outsider',
          'PUT',
          `/api/v1/sites/tan-loc-dong/articles/${article.id}`,
          { version: 1, title: 'x' },
          404,
        ],
        ['outsider', 'GET', `/api/v1/sites/tan-loc-dong/articles/${article.id}`, undefined, 404],
        ['contributor2', 'GET', `${BASE}/${article.id}`, undefined, 404],
        ['contributor2', 'PUT', `${BASE}/${article.id}`, { version: 1, title: 'x' }, 404],
        ['contributor', 'POST', `${BASE}/${article.id}/transitions`, { action: 'approve' }, 403],
        ['contributor', 'POST', `${BASE}/${article.id}/transitions`, { action: 'publish' }, 403],
        ['editor', 'POST', `${BASE}/${article.id}/transitions`, { action: 'approve' }, 403],
        ['contributor', 'POST', `${BASE}/${article.id}/transitions`, { action: 'dance' }, 422],
      ];
      for (const [who, method, url, payload, code] of refused) {
        const res = await call(who, method, url, payload);
        assert.equal(res.statusCode, code, `${who} ${method} ${url}: ${res.body}`);
        assert.ok(res.json().error.message, res.body);
      }
      const noCsrf = await node.app.inject({
        method: 'PUT',
        url: `${BASE}/${article.id}`,
        headers: { cookie: staff.contributor!.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ version: 1, title: 'Không có CSRF' }),
      });
      assert.equal(noCsrf.statusCode, 403);
      // A token of another site opens nothing here; a token of this site works without CSRF.
      const foreign = await insertApiToken(
        node.services.database,
        await siteIdOf(node.services, 'tan-loc-dong'),
        staff.contributor!.userId,
        't',
      );
      const viaForeign = await node.app.inject({
        method: 'GET',
        url: `${BASE}/${article.id}`,
        headers: { authorization: `Bearer ${foreign.token}` },
      });
      assert.equal(viaForeign.statusCode, 404);
      assert.equal(await snapshot(article.id), snap, 'nothing changed');
      const own = await insertApiToken(node.services.database, siteId, staff.contributor!.userId, 't');
      const viaToken = await node.app.inject({
        method: 'PUT',
        url: `${BASE}/${article.id}`,
        headers: { authorization: `Bearer ${own.token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ version: 1, title: 'Sửa bằng mã API' }),
      });
      assert.equal(viaToken.statusCode, 200, viaToken.body);
    });

    test('the OpenAPI document describes the articles endpoints', async () => {
      const doc = (await node.app.inject({ url: '/api/v1/openapi.json' })).json();
      for (const path of [
        '/api/v1/sites/{site}/articles',
        '/api/v1/sites/{site}/articles/{id}',
        '/api/v1/sites/{site}/articles/{id}/transitions',
        '/api/v1/sites/{site}/articles/{id}/revisions',
        '/api/v1/sites/{site}/articles/{id}/revisions/{rev}',
        '/api/v1/sites/{site}/articles/{id}/revisions/{rev}/restore',
        '/api/v1/sites/{site}/articles/{id}/compare',
      ])
        assert.ok(doc.paths[path], path);
      assert.deepEqual(
        doc.paths['/api/v1/sites/{site}/articles/{id}'].put.requestBody.content['application/json'].schema
          .required,
        ['version'],
      );
    });
  });
}
