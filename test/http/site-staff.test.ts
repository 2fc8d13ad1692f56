/**
 * Staff and roles of a site, and the platform's sites, on every dialect: site admins add existing
 * accounts and create new ones (one-time password shown once, changed at the first login), change
 * roles and remove people, but never their own role, never platform admin, never the last site
 * admin, and never on another site; platform admins add sites and their host names, which serve
 * the new site at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifyPassword } from '../../src/features/accounts/users.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import type { TestNode } from '../../src/testing/harness.js';
import { adminGet, adminPost, apiAs, createStaff, type TestStaff } from '../../src/testing/staff.js';
import { assertStatuses, type ExpectedStatus, siteAdminSetup } from './site-admin-helpers.js';

const STAFF = '/admin/sites/hoa-lam/staff';
const PLATFORM = '/admin/platform/sites';

for (const dialect of DIALECTS) {
  describe(`staff and sites on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherSiteId: number;
    let admin: TestStaff;
    let editor: TestStaff;
    let approver: TestStaff;
    let outsider: TestStaff;
    let platform: TestStaff;

    before(async () => {
      ({ node, siteId, otherSiteId, admin, editor, approver, outsider, platform } = await siteAdminSetup({
        dialect,
        articlesPerSite: 1,
        imagesPerSite: 0,
      }));
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const roles = () =>
      db().selectFrom('site_roles').selectAll().orderBy('site_id').orderBy('user_id').execute();
    const roleOf = async (userId: number, site = siteId) =>
      (
        await db()
          .selectFrom('site_roles')
          .select('role')
          .where('site_id', '=', site)
          .where('user_id', '=', userId)
          .executeTakeFirst()
      )?.role;

    test('the staff page lists people and roles; an existing account is added by email', async () => {
      const page = await adminGet(node.app, admin, STAFF);
      assert.equal(page.statusCode, 200, 'a site admin opens the staff page');
      assert.ok(page.body.includes(editor.email), 'the editor is listed');
      assert.ok(!page.body.includes(outsider.email), "another site's staff are not listed");
      const someone = await createStaff(node.services, 'contributor', otherSiteId, 'congtac');
      const res = await adminPost(node.app, admin, STAFF, {
        email: `  ${someone.email.toUpperCase()} `,
        role: 'editor',
      });
      assert.equal(res.statusCode, 303, 'added');
      assert.equal(await roleOf(someone.userId), 'editor', 'the account has the role on this site');
      assert.equal(
        await roleOf(someone.userId, otherSiteId),
        'contributor',
        'and keeps its role on the other site',
      );
      const again = await adminPost(node.app, admin, STAFF, { email: someone.email, role: 'approver' });
      assert.equal(again.statusCode, 409, 'adding them twice is refused');
      assert.ok(again.body.includes('id="add-email-error"'), 'next to the email field');
      const unknown = await adminPost(node.app, admin, STAFF, {
        email: 'chua-co@hoalam.gov.vn',
        role: 'editor',
      });
      assert.equal(unknown.statusCode, 422, 'an unknown email is refused');
      assert.ok(unknown.body.includes('value="chua-co@hoalam.gov.vn"'), 'what was typed is kept');
      assert.equal(await roleOf(someone.userId), 'editor', 'the role did not change');
    });

    test('a new account gets a one-time password shown once, to be changed at first login', async () => {
      const res = await adminPost(node.app, admin, `${STAFF}/new`, {
        displayName: 'Nguyễn Thị Phóng Viên',
        email: 'phongvien@hoalam.gov.vn',
        role: 'contributor',
      });
      assert.equal(res.statusCode, 201, 'created');
      const password = /<code class="secret">([^<]+)<\/code>/.exec(res.body)?.[1];
      assert.ok(password && password.length >= 10, 'the one-time password is shown');
      assert.equal(res.headers['cache-control'], 'no-store', 'the page is never cached');
      const user = await db()
        .selectFrom('users')
        .select(['id', 'password_hash', 'must_change_password', 'display_name'])
        .where('email', '=', 'phongvien@hoalam.gov.vn')
        .executeTakeFirstOrThrow();
      assert.equal(user.must_change_password, 1, 'the password must be changed at first login');
      assert.ok(await verifyPassword(user.password_hash, password!), 'the shown password works');
      assert.ok(!user.password_hash.includes(password!), 'only its hash is stored');
      assert.equal(await roleOf(user.id), 'contributor', 'with the role on this site');
      const later = await adminGet(node.app, admin, STAFF);
      assert.ok(!later.body.includes(password!), 'the password is never shown again');
      const audit = await db()
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'staff.create')
        .executeTakeFirstOrThrow();
      assert.ok(!audit.details.includes(password!), 'the audit log does not hold the password');

      const taken = await adminPost(node.app, admin, `${STAFF}/new`, {
        displayName: 'Trùng',
        email: 'phongvien@hoalam.gov.vn',
        role: 'editor',
      });
      assert.equal(taken.statusCode, 409, 'an email with an account is refused');
      assert.ok(
        taken.body.includes('id="new-email-error"'),
        'next to the email field of the new-account form',
      );
      const api = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/staff', {
        email: 'thuky@hoalam.gov.vn',
        role: 'editor',
        create: true,
        displayName: 'Thư ký tòa soạn',
      });
      assert.equal(api.statusCode, 201, 'created through the API');
      const created = api.json() as { oneTimePassword: string; role: string };
      assert.ok(created.oneTimePassword.length >= 10, 'the API answer holds the one-time password');
      assert.equal(created.role, 'editor', 'with the role');
    });

    test('roles change, but not one’s own, never to platform, never the last site admin', async () => {
      const change = await adminPost(node.app, admin, `${STAFF}/${editor.userId}/role`, { role: 'approver' });
      assert.equal(change.statusCode, 303, 'a site admin changes a role');
      assert.equal(await roleOf(editor.userId), 'approver', 'changed');
      const before = await roles();
      const platformRole = await apiAs(
        node.app,
        admin,
        'PATCH',
        `/api/v1/sites/hoa-lam/staff/${editor.userId}`,
        {
          role: 'platform',
        },
      );
      assert.equal(platformRole.statusCode, 422, 'platform admin cannot be granted');
      const own = await adminPost(node.app, admin, `${STAFF}/${admin.userId}/role`, { role: 'editor' });
      assert.equal(own.statusCode, 403, 'one’s own role cannot be changed');
      const ownRemove = await apiAs(node.app, admin, 'DELETE', `/api/v1/sites/hoa-lam/staff/${admin.userId}`);
      assert.equal(ownRemove.statusCode, 403, 'nor can one remove oneself');
      // The platform admin is not on the site's staff: demoting its only site admin would orphan it.
      const last = await apiAs(node.app, platform, 'PATCH', `/api/v1/sites/hoa-lam/staff/${admin.userId}`, {
        role: 'editor',
      });
      assert.equal(last.statusCode, 409, 'the last site admin keeps the role');
      assert.match(
        (last.json() as { error: { message: string } }).error.message,
        /ít nhất một quản trị trang/,
        'says why',
      );
      const lastRemove = await adminPost(node.app, platform, `${STAFF}/${admin.userId}/remove`, {});
      assert.equal(lastRemove.statusCode, 409, 'and is not removed');
      assert.deepEqual(await roles(), before, 'nothing changed');

      const promote = await apiAs(
        node.app,
        admin,
        'PATCH',
        `/api/v1/sites/hoa-lam/staff/${approver.userId}`,
        {
          role: 'site_admin',
        },
      );
      assert.equal(promote.statusCode, 200, 'a site admin may make another site admin');
      const demote = await apiAs(node.app, platform, 'PATCH', `/api/v1/sites/hoa-lam/staff/${admin.userId}`, {
        role: 'editor',
      });
      assert.equal(demote.statusCode, 200, 'with two site admins one may be demoted');
      await apiAs(node.app, platform, 'PATCH', `/api/v1/sites/hoa-lam/staff/${admin.userId}`, {
        role: 'site_admin',
      });
    });

    test('removing someone ends their access to the site and revokes their API tokens there', async () => {
      const member = await createStaff(node.services, 'editor', siteId, 'roiđi');
      await db()
        .insertInto('api_tokens')
        .values({
          site_id: siteId,
          user_id: member.userId,
          name: 'T',
          token_hash: 'a'.repeat(64),
          created_at: 1,
        })
        .execute();
      const open = await apiAs(node.app, member, 'GET', '/api/v1/sites/hoa-lam');
      assert.equal(open.statusCode, 200, 'while on the staff, the site is open to them');
      const res = await adminPost(node.app, admin, `${STAFF}/${member.userId}/remove`, {});
      assert.equal(res.statusCode, 303, 'removed');
      assert.equal(await roleOf(member.userId), undefined, 'no role left on the site');
      const token = await db()
        .selectFrom('api_tokens')
        .select('revoked_at')
        .where('user_id', '=', member.userId)
        .executeTakeFirstOrThrow();
      assert.ok(token.revoked_at, 'their token for the site is revoked');
      const after = await apiAs(node.app, member, 'GET', '/api/v1/sites/hoa-lam');
      assert.equal(after.statusCode, 404, 'the site is closed to them at once');
    });

    test('another site, a role too low or no CSRF token: refused, nothing changed', async () => {
      const low = await createStaff(node.services, 'approver', siteId, 'duyet2');
      const before = await roles();
      const calls: ExpectedStatus[] = [
        ['editor opens the staff page', adminGet(node.app, editor, STAFF), 403],
        [
          'approver adds someone (API)',
          apiAs(node.app, low, 'POST', '/api/v1/sites/hoa-lam/staff', {
            email: outsider.email,
            role: 'site_admin',
          }),
          403,
        ],
        ['outsider lists the staff', apiAs(node.app, outsider, 'GET', '/api/v1/sites/hoa-lam/staff'), 404],
        [
          'outsider promotes themself here',
          adminPost(node.app, outsider, STAFF, { email: outsider.email, role: 'site_admin' }),
          404,
        ],
        [
          "outsider removes this site's editor through their own site",
          apiAs(node.app, outsider, 'DELETE', `/api/v1/sites/tan-loc-dong/staff/${editor.userId}`),
          404,
        ],
        [
          "outsider changes this site's admin through their own site",
          adminPost(node.app, outsider, `/admin/sites/tan-loc-dong/staff/${admin.userId}/role`, {
            role: 'editor',
          }),
          404,
        ],
        [
          'no CSRF token',
          adminPost(node.app, admin, `${STAFF}/${editor.userId}/remove`, {}, { csrf: false }),
          403,
        ],
      ];
      await assertStatuses(calls);
      assert.deepEqual(await roles(), before, 'nothing changed');
    });

    test('platform admins add a site with host names, which serve it at once', async () => {
      const probe = await node.app.inject({ url: '/', headers: { host: 'tanphu.hoalam.gov.vn' } });
      assert.ok(probe.body.includes('Tỉnh Hòa Lâm'), 'an unknown host shows the default site');
      const res = await adminPost(node.app, platform, PLATFORM, {
        code: 'xa-tan-phu',
        nameVi: 'Xã Tân Phú',
        nameEn: 'Tan Phu Commune',
        kind: 'commune',
        hosts: 'tanphu.hoalam.gov.vn\nTANPHU.example.vn.',
      });
      assert.equal(res.statusCode, 303, 'created');
      const home = await node.app.inject({ url: '/', headers: { host: 'tanphu.hoalam.gov.vn' } });
      assert.ok(home.body.includes('Xã Tân Phú'), 'the host now serves the new site');
      const list = await adminGet(node.app, platform, PLATFORM);
      assert.ok(list.body.includes('tanphu.example.vn'), 'host names are normalised and listed');

      const sites = () => db().selectFrom('sites').select('code').orderBy('id').execute();
      const hosts = () => db().selectFrom('site_hosts').selectAll().orderBy('host').execute();
      const before = JSON.stringify([await sites(), await hosts()]);
      const taken = await adminPost(node.app, platform, PLATFORM, {
        code: 'xa-khac',
        nameVi: 'Xã Khác',
        nameEn: '',
        kind: 'commune',
        hosts: 'tanphu.hoalam.gov.vn',
      });
      assert.equal(taken.statusCode, 409, 'a host of another site is refused');
      assert.ok(taken.body.includes('id="hosts-error"'), 'next to the host names');
      assert.ok(taken.body.includes('value="xa-khac"'), 'what was typed is kept');
      for (const bad of ['http://x.vn', 'không-dấu.vn', 'a b', 'x..vn']) {
        const r = await apiAs(node.app, platform, 'POST', '/api/v1/sites', {
          code: 'xa-sai',
          nameVi: 'Xã Sai',
          kind: 'commune',
          hosts: [bad],
        });
        assert.equal(r.statusCode, 422, `${bad} is refused`);
        assert.equal(
          (r.json() as { error: { field: string } }).error.field,
          'hosts',
          `${bad}: the field is named`,
        );
      }
      const code = await apiAs(node.app, platform, 'POST', '/api/v1/sites', {
        code: 'Xã Sai',
        nameVi: 'X',
        kind: 'commune',
      });
      assert.equal(code.statusCode, 422, 'a code with accents and spaces is refused');
      const dup = await apiAs(node.app, platform, 'POST', '/api/v1/sites', {
        code: 'hoa-lam',
        nameVi: 'X',
        kind: 'commune',
      });
      assert.equal(dup.statusCode, 409, 'a code in use is refused');
      const byAdmin = await apiAs(node.app, admin, 'POST', '/api/v1/sites', {
        code: 'xa-moi',
        nameVi: 'X',
        kind: 'commune',
      });
      assert.equal(byAdmin.statusCode, 403, 'a site admin cannot add sites');
      const byAdminPage = await adminPost(node.app, admin, PLATFORM, {
        code: 'xa-moi',
        nameVi: 'X',
        kind: 'commune',
      });
      assert.equal(byAdminPage.statusCode, 403, 'nor through the admin');
      const hostsByAdmin = await apiAs(node.app, admin, 'PUT', '/api/v1/sites/hoa-lam/hosts', {
        hosts: ['x.vn'],
      });
      assert.equal(hostsByAdmin.statusCode, 403, 'nor change host names');
      assert.equal(JSON.stringify([await sites(), await hosts()]), before, 'nothing changed');

      const moved = await apiAs(node.app, platform, 'PUT', '/api/v1/sites/xa-tan-phu/hosts', {
        hosts: ['tanphu.example.vn'],
      });
      assert.equal(moved.statusCode, 200, 'host names replaced');
      const old = await node.app.inject({ url: '/', headers: { host: 'tanphu.hoalam.gov.vn' } });
      assert.ok(old.body.includes('Tỉnh Hòa Lâm'), 'a removed host falls back to the default site at once');
      const stolen = await apiAs(node.app, platform, 'PUT', '/api/v1/sites/xa-tan-phu/hosts', {
        hosts: ['hoalam.localhost'],
      });
      assert.equal(stolen.statusCode, 409, "another site's host cannot be taken");
      const audit = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'in', ['site.create', 'site.hosts'])
        .execute();
      assert.equal(audit.length, 2, 'creation and host change are in the audit log');
    });
  });
}
