/**
 * API tokens and the audit log on every dialect: tokens made in the admin and the API, shown once,
 * stored hashed, opening their one site only, refused once revoked; the audit log viewers (site and
 * platform) with their filters and paging, read-only by every route; `/api/v1/me`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { audit } from '../../src/features/access/audit.js';
import { hashToken } from '../../src/features/accounts/sessions.js';
import { grantRole } from '../../src/features/accounts/users.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import {
  adminGet,
  adminPost,
  apiAs,
  createStaff,
  siteIdOf,
  type TestStaff,
} from '../../src/testing/staff.js';

for (const dialect of DIALECTS) {
  describe(`API tokens and the audit log on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let hoaLam: number;
    let tanLoc: number;

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 1, imagesPerSite: 1 });
      hoaLam = await siteIdOf(node.services, 'hoa-lam');
      tanLoc = await siteIdOf(node.services, 'tan-loc-dong');
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const bearer = (
      token: string,
      url: string,
      method: 'GET' | 'POST' | 'DELETE' = 'GET',
      payload?: unknown,
    ) =>
      node.app.inject({
        method,
        url,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
        ...(payload ? { payload: JSON.stringify(payload) } : {}),
      });

    async function makeToken(staff: TestStaff, name: string, site = 'hoa-lam'): Promise<string> {
      const res = await adminPost(node.app, staff, `/admin/sites/${site}/tokens`, { name });
      assert.equal(res.statusCode, 201, `token "${name}" made`);
      const token = /value="(loa_[\w-]+)"/.exec(res.body)?.[1];
      assert.ok(token, 'the token is shown on the answer');
      return token;
    }

    test('any staff member makes a token in the admin: shown once, stored hashed, for its site only', async () => {
      const staff = await createStaff(node.services, 'contributor', hoaLam);
      await grantRole(node.services.database, tanLoc, staff.userId, 'editor');
      const page = await adminGet(node.app, staff, '/admin/sites/hoa-lam/tokens');
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes('<label for="name">'), 'a labelled name field');
      const empty = await adminPost(node.app, staff, '/admin/sites/hoa-lam/tokens', { name: '   ' });
      assert.equal(empty.statusCode, 422, 'a name is required');
      assert.ok(empty.body.includes('Vui lòng đặt tên cho mã API.'), 'said next to the field');
      const noCsrf = await adminPost(
        node.app,
        staff,
        '/admin/sites/hoa-lam/tokens',
        { name: 'X' },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403, 'CSRF required');
      assert.equal(
        (await db().selectFrom('api_tokens').select('id').where('user_id', '=', staff.userId).execute())
          .length,
        0,
        'nothing made by refused requests',
      );

      const token = await makeToken(staff, 'Cổng dịch vụ công');
      const row = await db()
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', staff.userId)
        .executeTakeFirstOrThrow();
      assert.equal(row.token_hash, hashToken(token), 'only the SHA-256 is stored');
      assert.ok(!Object.values(row).includes(token), 'never the token');
      const later = await adminGet(node.app, staff, '/admin/sites/hoa-lam/tokens');
      assert.ok(later.body.includes('Cổng dịch vụ công'), 'listed by name');
      assert.ok(!later.body.includes(token), 'but never shown again');

      const me = await bearer(token, '/api/v1/me');
      assert.equal(me.statusCode, 200);
      const body = me.json();
      assert.equal(body.via, 'token');
      assert.deepEqual(
        body.sites.map((s: { code: string; role: string }) => [s.code, s.role]),
        [['hoa-lam', 'contributor']],
        'a token sees its one site',
      );
      assert.equal((await bearer(token, '/api/v1/sites/hoa-lam/tokens')).statusCode, 200, 'its site opens');
      assert.equal(
        (await bearer(token, '/api/v1/sites/tan-loc-dong/tokens')).statusCode,
        404,
        'another site of the same account does not',
      );
      const minted = await bearer(token, '/api/v1/sites/hoa-lam/tokens', 'POST', { name: 'Thêm' });
      assert.equal(minted.statusCode, 403, 'a token cannot make tokens');
      assert.equal(minted.json().error.code, 'LOA_FORBIDDEN');
      assert.equal(
        (await bearer('loa_khong-phai-ma-that-dau-nhe', '/api/v1/me')).statusCode,
        401,
        'unknown token',
      );
    });

    test('staff revoke their own tokens, site admins any of the site; a revoked token gets 401', async () => {
      const a = await createStaff(node.services, 'editor', hoaLam);
      const b = await createStaff(node.services, 'editor', hoaLam);
      const admin = await createStaff(node.services, 'site_admin', hoaLam);
      const outsider = await createStaff(node.services, 'site_admin', tanLoc);
      const first = await makeToken(a, 'Phần mềm văn thư');
      const second = await makeToken(a, 'Bảng tin');
      const idOf = async (token: string) =>
        (
          await db()
            .selectFrom('api_tokens')
            .select('id')
            .where('token_hash', '=', hashToken(token))
            .executeTakeFirstOrThrow()
        ).id;
      const firstId = await idOf(first);
      const secondId = await idOf(second);

      const bPage = await adminGet(node.app, b, '/admin/sites/hoa-lam/tokens');
      assert.ok(!bPage.body.includes('Phần mềm văn thư'), "a colleague does not see someone else's tokens");
      const bRevoke = await adminPost(node.app, b, `/admin/sites/hoa-lam/tokens/${firstId}/revoke`, {});
      assert.equal(bRevoke.statusCode, 404, 'nor revoke them');
      const outside = await apiAs(node.app, outsider, 'DELETE', `/api/v1/sites/hoa-lam/tokens/${firstId}`);
      assert.equal(outside.statusCode, 404, "another site's admin: 404");
      const wrongSite = await adminPost(
        node.app,
        outsider,
        `/admin/sites/tan-loc-dong/tokens/${firstId}/revoke`,
        {},
      );
      assert.equal(wrongSite.statusCode, 404, 'the token is not on their site');
      assert.equal((await bearer(first, '/api/v1/me')).statusCode, 200, 'still works after the refusals');

      const adminPage = await adminGet(node.app, admin, '/admin/sites/hoa-lam/tokens');
      assert.ok(
        adminPage.body.includes('Phần mềm văn thư') && adminPage.body.includes(a.email),
        'the site admin sees all',
      );

      const own = await adminPost(node.app, a, `/admin/sites/hoa-lam/tokens/${firstId}/revoke`, {});
      assert.equal(own.statusCode, 303, 'the owner revokes');
      assert.equal((await bearer(first, '/api/v1/me')).statusCode, 401, 'a revoked token gets 401');
      const byAdmin = await apiAs(node.app, admin, 'DELETE', `/api/v1/sites/hoa-lam/tokens/${secondId}`);
      assert.equal(byAdmin.statusCode, 204, 'the site admin revokes through the API');
      assert.equal((await bearer(second, '/api/v1/sites/hoa-lam/tokens')).statusCode, 401);
      const log = await db()
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'site_id'])
        .where('target', 'in', [`token:${firstId}`, `token:${secondId}`])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        log.map((r) => [r.action, r.user_id, r.site_id]),
        [
          ['token.create', a.userId, hoaLam],
          ['token.create', a.userId, hoaLam],
          ['token.revoke', a.userId, hoaLam],
          ['token.revoke', admin.userId, hoaLam],
        ],
        'every step audited',
      );
    });

    test('tokens through the API with a session: CSRF header required, name validated, shown once', async () => {
      const staff = await createStaff(node.services, 'approver', hoaLam);
      const noCsrf = await node.app.inject({
        method: 'POST',
        url: '/api/v1/sites/hoa-lam/tokens',
        headers: { cookie: staff.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ name: 'Không có CSRF' }),
      });
      assert.equal(noCsrf.statusCode, 403);
      const bad = await apiAs(node.app, staff, 'POST', '/api/v1/sites/hoa-lam/tokens?lang=en', { name: '' });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error, {
        code: 'LOA_INVALID',
        message: 'Please give the API token a name.',
        field: 'name',
      });
      const made = await apiAs(node.app, staff, 'POST', '/api/v1/sites/hoa-lam/tokens', {
        name: 'Trang tổng hợp',
      });
      assert.equal(made.statusCode, 201);
      assert.match(made.json().token, /^loa_[\w-]{40,}$/);
      const list = await apiAs(node.app, staff, 'GET', '/api/v1/sites/hoa-lam/tokens');
      assert.deepEqual(
        list.json().items.map((i: { name: string; token?: string }) => [i.name, i.token]),
        [['Trang tổng hợp', undefined]],
        'listed without the token',
      );
      const other = await apiAs(node.app, staff, 'GET', '/api/v1/sites/ben-sen/tokens');
      assert.equal(other.statusCode, 404, 'no part in another site');
    });

    test('the site audit log: site admins only, newest first, filters, paging', async () => {
      const admin = await createStaff(node.services, 'site_admin', hoaLam);
      const editor = await createStaff(node.services, 'editor', hoaLam);
      const outsider = await createStaff(node.services, 'site_admin', tanLoc);
      assert.equal(
        (await adminGet(node.app, editor, '/admin/sites/hoa-lam/audit')).statusCode,
        403,
        'an editor: 403',
      );
      assert.equal(
        (await adminGet(node.app, outsider, '/admin/sites/hoa-lam/audit')).statusCode,
        404,
        'another site: 404',
      );
      const base = Date.UTC(2025, 2, 10, 3); // 10/03/2025 10:00 in Vietnam
      for (let i = 0; i < 60; i++) {
        await audit(
          node.services.database,
          { userId: editor.userId, source: 'abc' },
          {
            action: i % 2 ? 'article.publish' : 'article.update',
            siteId: hoaLam,
            target: `article:${i}`,
            details: { title: `Bài số ${i}` },
          },
          base + i * 3_600_000,
        );
      }
      await audit(
        node.services.database,
        { userId: outsider.userId, source: 'abc' },
        {
          action: 'article.publish',
          siteId: tanLoc,
          target: 'article:secret',
          details: { title: 'Tin Tân Lộc Đông' },
        },
        base,
      );
      const page = await adminGet(node.app, admin, '/admin/sites/hoa-lam/audit?action=article');
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes('Tin Tân Lộc Đông'), "another site's entries never show");
      const targets = [...page.body.matchAll(/<td>article:(\d+)<\/td>/g)].map((m) => Number(m[1]));
      assert.equal(targets.length, 50, 'a page of 50');
      assert.deepEqual(targets.slice(0, 3), [59, 58, 57], 'newest first');
      const older = /href="([^"]*before=\d+[^"]*)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&');
      assert.ok(older, 'a link to older entries');
      const second = await adminGet(node.app, admin, older);
      const rest = [...second.body.matchAll(/<td>article:(\d+)<\/td>/g)].map((m) => Number(m[1]));
      assert.deepEqual(rest, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 'the rest, filters kept');
      const newer = /href="([^"]*after=\d+[^"]*)"/.exec(second.body)?.[1]?.replaceAll('&amp;', '&');
      assert.ok(newer, 'and back');
      const back = [
        ...(await adminGet(node.app, admin, newer)).body.matchAll(/<td>article:(\d+)<\/td>/g),
      ].map((m) => Number(m[1]));
      assert.equal(back[0], 59, 'to the newest');

      const count = async (query: string) =>
        [
          ...(await adminGet(node.app, admin, `/admin/sites/hoa-lam/audit?${query}`)).body.matchAll(
            /<td>article:\d+<\/td>/g,
          ),
        ].length;
      assert.equal(await count('action=article.publish'), 30, 'an exact action');
      assert.equal(
        await count('q=B%C3%A0i%20s%E1%BB%91%205'),
        11,
        'free text in the details (Bài số 5, 50–59)',
      );
      assert.equal(await count(`user=${encodeURIComponent(editor.email)}&action=article`), 50, 'by user');
      assert.equal(await count(`user=${encodeURIComponent(admin.email)}&action=article`), 0, 'another user');
      assert.equal(await count('action=article&from=2025-03-11&to=2025-03-11'), 24, 'one Vietnamese day');
      const badDate = await adminGet(node.app, admin, '/admin/sites/hoa-lam/audit?from=31/03/2025');
      assert.equal(badDate.statusCode, 422, 'a malformed date');
      assert.ok(badDate.body.includes('value="31/03/2025"'), 'kept as typed');
      assert.equal(await count('q=%25'), 0, 'a % matches itself, not everything');
    });

    test('the audit log cannot be changed by any route', async () => {
      const admin = await createStaff(node.services, 'site_admin', hoaLam);
      const rowsBefore = await db().selectFrom('audit_log').selectAll().orderBy('id').execute();
      const id = rowsBefore[0]!.id;
      const tries: [string, string][] = [
        ['POST', '/admin/sites/hoa-lam/audit'],
        ['POST', `/admin/sites/hoa-lam/audit/${id}`],
        ['POST', `/admin/sites/hoa-lam/audit/${id}/delete`],
        ['POST', '/admin/platform/audit'],
        ['PUT', `/api/v1/sites/hoa-lam/audit/${id}`],
        ['PATCH', `/api/v1/sites/hoa-lam/audit/${id}`],
        ['DELETE', `/api/v1/sites/hoa-lam/audit/${id}`],
        ['DELETE', '/api/v1/sites/hoa-lam/audit'],
        ['POST', '/api/v1/sites/hoa-lam/audit'],
      ];
      for (const [method, url] of tries) {
        const res = await node.app.inject({
          method: method as 'POST',
          url,
          headers: {
            cookie: admin.cookie,
            'x-csrf-token': admin.csrf,
            'content-type': 'application/x-www-form-urlencoded',
          },
          payload: `_csrf=${admin.csrf}&action=x&details=x`,
        });
        assert.ok([404, 405].includes(res.statusCode), `${method} ${url} does not exist (${res.statusCode})`);
      }
      const rowsAfter = await db().selectFrom('audit_log').selectAll().orderBy('id').execute();
      assert.deepEqual(rowsAfter, rowsBefore, 'nothing changed');
    });

    test('the platform audit log and the audit API', async () => {
      const platform = await createStaff(node.services, 'platform');
      const admin = await createStaff(node.services, 'site_admin', hoaLam);
      const editor = await createStaff(node.services, 'editor', hoaLam);
      assert.equal(
        (await adminGet(node.app, admin, '/admin/platform/audit')).statusCode,
        403,
        'platform admins only',
      );
      const all = await adminGet(node.app, platform, '/admin/platform/audit?action=article.publish');
      assert.equal(all.statusCode, 200);
      assert.ok(all.body.includes('article:secret') && all.body.includes('article:59'), 'every site');
      const one = await adminGet(
        node.app,
        platform,
        '/admin/platform/audit?action=article.publish&site=tan-loc-dong',
      );
      assert.ok(one.body.includes('article:secret') && !one.body.includes('article:59'), 'or one site');

      const adminToken = await makeToken(admin, 'Kiểm tra nhật ký');
      const res = await bearer(
        adminToken,
        '/api/v1/sites/hoa-lam/audit?action=article.update&limit=5&lang=en',
      );
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.items.length, 5);
      assert.equal(body.items[0].target, 'article:58', 'newest first');
      assert.equal(body.items[0].user.email !== undefined, true, 'with the user');
      assert.ok(typeof body.older === 'number', 'a cursor to older entries');
      const next = await bearer(
        adminToken,
        `/api/v1/sites/hoa-lam/audit?action=article.update&limit=5&before=${body.older}`,
      );
      assert.equal(next.json().items[0].target, 'article:48', 'the next page');
      const editorToken = await makeToken(editor, 'Biên tập');
      assert.equal(
        (await bearer(editorToken, '/api/v1/sites/hoa-lam/audit')).statusCode,
        403,
        'audit.read needed',
      );
      assert.equal(
        (await bearer(adminToken, '/api/v1/sites/tan-loc-dong/audit')).statusCode,
        404,
        'its site only',
      );
      const bad = await bearer(adminToken, '/api/v1/sites/hoa-lam/audit?from=hom-qua');
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().error.field, 'from');
    });

    test('/api/v1/me with a session lists the roles per site; the OpenAPI document describes it', async () => {
      const staff = await createStaff(node.services, 'editor', hoaLam);
      await grantRole(node.services.database, tanLoc, staff.userId, 'site_admin');
      const me = await apiAs(node.app, staff, 'GET', '/api/v1/me');
      assert.equal(me.statusCode, 200);
      const body = me.json();
      assert.equal(body.email, staff.email);
      assert.equal(body.via, 'session');
      assert.deepEqual(
        body.sites.map((s: { code: string; role: string }) => [s.code, s.role]).sort(),
        [
          ['hoa-lam', 'editor'],
          ['tan-loc-dong', 'site_admin'],
        ],
        'a role per site',
      );
      assert.equal((await node.app.inject({ url: '/api/v1/me' })).statusCode, 401, 'anonymous: 401');
      const doc = (await node.app.inject({ url: '/api/v1/openapi.json' })).json();
      for (const path of [
        '/api/v1/me',
        '/api/v1/sites/{site}/audit',
        '/api/v1/sites/{site}/tokens',
        '/api/v1/sites/{site}/tokens/{id}',
      ])
        assert.ok(doc.paths[path], `documented: ${path}`);
    });
  });
}
