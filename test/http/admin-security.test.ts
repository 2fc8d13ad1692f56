/**
 * Account security on every dialect, through HTTP as people use it: the first admin's path
 * (forced password change, then two-factor enrolment, then logins with a code), codes that cannot
 * be replayed, throttling shared through the database, locks seen and lifted by admins, reset links
 * (who may make them, single use, sessions ended), log out everywhere, and platform user management.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNT_POLICY, accountKey, recordFailure } from '../../src/features/accounts/login-throttle.js';
import { hashToken } from '../../src/features/accounts/sessions.js';
import { createUser, grantRole } from '../../src/features/accounts/users.js';
import { totpCode } from '../../src/features/security/totp.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { adminGet, adminPost, createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

type Res = Awaited<ReturnType<TestNode['app']['inject']>>;

function cookiesOf(res: Res): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return Object.fromEntries(list.map((c) => c.split(';')[0]!.split('=') as [string, string]));
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
const STAFF_SECRET = 'JBSWY3DPEHPK3PXP';

for (const dialect of DIALECTS) {
  describe(`account security on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let hoaLam: number;
    let tanLoc: number;
    let ipCounter = 0;
    /** A fresh source address per call unless given, so tests do not trip the source throttle. */
    const nextIp = () => `198.51.100.${++ipCounter % 250}`;

    before(async () => {
      node = await createTestNode({
        dialect,
        articlesPerSite: 1,
        imagesPerSite: 1,
        env: { LOA_TRUST_PROXY: '1' },
      });
      hoaLam = await siteIdOf(node.services, 'hoa-lam');
      tanLoc = await siteIdOf(node.services, 'tan-loc-dong');
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const as = (cookie: string) => ({ cookie });

    async function login(email: string, password: string, ip = nextIp()) {
      const page = await node.app.inject({ url: '/admin/login', headers: { 'x-forwarded-for': ip } });
      const csrf = cookiesOf(page).loa_login_csrf!;
      return node.app.inject({
        method: 'POST',
        url: '/admin/login',
        headers: { cookie: `loa_login_csrf=${csrf}`, 'x-forwarded-for': ip },
        payload: { _csrf: csrfOf(page.body), email, password },
      });
    }

    const actions = async (userId: number) =>
      (
        await db()
          .selectFrom('audit_log')
          .select('action')
          .where('user_id', '=', userId)
          .orderBy('id')
          .execute()
      ).map((r) => r.action);

    const sessionAlive = async (cookie: string) =>
      (await node.app.inject({ url: '/admin/password', headers: as(cookie) })).statusCode === 200;
    const sessionCount = async (userId: number) =>
      (await db().selectFrom('sessions').select('user_id').where('user_id', '=', userId).execute()).length;

    test('the first platform admin: password change, then two-factor enrolment, then logins with a code', async () => {
      const id = await createUser(node.services.database, {
        email: 'quantri@loa.localhost',
        password: 'mot-lan-thoi-nhe',
        displayName: 'Quản trị',
        platformAdmin: true,
        mustChangePassword: true,
      });
      const first = await login('quantri@loa.localhost', 'mot-lan-thoi-nhe');
      assert.equal(first.headers.location, '/admin/password', 'the one-time password must be changed first');
      let cookie = `loa_session=${cookiesOf(first).loa_session}`;
      const form = await node.app.inject({ url: '/admin/password', headers: as(cookie) });
      const changed = await node.app.inject({
        method: 'POST',
        url: '/admin/password',
        headers: as(cookie),
        payload: {
          _csrf: csrfOf(form.body),
          current: 'mot-lan-thoi-nhe',
          next: 'mat-khau-moi-rat-dai',
          confirm: 'mat-khau-moi-rat-dai',
        },
      });
      assert.equal(changed.statusCode, 303, 'changed');
      cookie = `loa_session=${cookiesOf(changed).loa_session}`;
      for (const url of [
        '/admin',
        '/admin/password',
        '/admin/platform/users',
        '/admin/sites/hoa-lam/tokens',
      ]) {
        const res = await node.app.inject({ url, headers: as(cookie) });
        assert.equal(res.headers.location, '/admin/two-factor', `${url} waits for the two-factor enrolment`);
      }
      const enrol = await node.app.inject({ url: '/admin/two-factor', headers: as(cookie) });
      assert.equal(enrol.statusCode, 200);
      assert.match(enrol.body, /<svg[^>]*viewBox/, 'a QR code drawn on the server');
      assert.ok(enrol.body.includes('Vai trò của bạn bắt buộc dùng xác thực hai bước.'), 'says why');
      const { totp_secret: secret } = await db()
        .selectFrom('users')
        .select('totp_secret')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.ok(secret && enrol.body.includes(secret.slice(0, 4)), 'the secret is shown for typing by hand');
      const again = await node.app.inject({ url: '/admin/two-factor', headers: as(cookie) });
      assert.ok(again.body.includes(secret.slice(0, 4)), 'a reload shows the same secret');
      const csrf = csrfOf(enrol.body);
      const wrong = await node.app.inject({
        method: 'POST',
        url: '/admin/two-factor',
        headers: as(cookie),
        payload: { _csrf: csrf, intent: 'enable', code: '000000' === totpCode(secret) ? '111111' : '000000' },
      });
      assert.equal(wrong.statusCode, 422, 'a wrong code is refused');
      assert.ok(wrong.body.includes('Mã xác thực không đúng'), 'next to the field');
      const now = Date.now();
      const on = await node.app.inject({
        method: 'POST',
        url: '/admin/two-factor',
        headers: as(cookie),
        payload: { _csrf: csrf, intent: 'enable', code: totpCode(secret, now - 30_000) },
      });
      assert.equal(on.statusCode, 303, 'the first code turns it on');
      const home = await node.app.inject({ url: '/admin', headers: as(cookie) });
      assert.equal(home.statusCode, 200, 'the admin opens');
      assert.ok(
        home.body.includes('href="/admin/sites/hoa-lam"'),
        'home lists the sites with their dashboards',
      );
      const state = await node.app.inject({ url: '/admin/two-factor', headers: as(cookie) });
      assert.ok(!state.body.includes('name="intent" value="disable"'), 'no way to turn it off for an admin');
      const off = await node.app.inject({
        method: 'POST',
        url: '/admin/two-factor',
        headers: as(cookie),
        payload: { _csrf: csrf, intent: 'disable', code: totpCode(secret, now) },
      });
      assert.equal(off.statusCode, 403, 'turning it off is refused while the role requires it');
      const row = await db()
        .selectFrom('users')
        .select('totp_enabled')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.totp_enabled, 1, 'still on');

      // Logging in again: the password alone gives a session that still owes the code.
      const pw = await login('quantri@loa.localhost', 'mat-khau-moi-rat-dai');
      assert.equal(pw.headers.location, '/admin/login/totp', 'asked for the code');
      const pending = `loa_session=${cookiesOf(pw).loa_session}`;
      assert.equal(
        (await node.app.inject({ url: '/admin', headers: as(pending) })).headers.location,
        '/admin/login/totp',
      );
      assert.equal(
        (await node.app.inject({ url: '/api/v1/me', headers: as(pending) })).statusCode,
        401,
        'the API does not accept a half-done login',
      );
      const codePage = await node.app.inject({ url: '/admin/login/totp', headers: as(pending) });
      assert.ok(codePage.body.includes('autocomplete="one-time-code"'), 'a code field');
      const replay = await node.app.inject({
        method: 'POST',
        url: '/admin/login/totp',
        headers: as(pending),
        payload: { _csrf: csrfOf(codePage.body), code: totpCode(secret, now - 30_000) },
      });
      assert.equal(replay.statusCode, 401, 'a code already used cannot be used again');
      const done = await node.app.inject({
        method: 'POST',
        url: '/admin/login/totp',
        headers: as(pending),
        payload: { _csrf: csrfOf(codePage.body), code: totpCode(secret, now + 30_000) },
      });
      assert.equal(done.statusCode, 303, 'a fresh code completes the login');
      assert.equal(done.headers.location, '/admin');
      const full = `loa_session=${cookiesOf(done).loa_session}`;
      assert.notEqual(full, pending, 'a new session id once both factors are given');
      assert.equal(await sessionAlive(pending), false, 'the password-only session is gone');
      assert.equal((await node.app.inject({ url: '/admin', headers: as(full) })).statusCode, 200);
      const log = await actions(id);
      for (const action of ['user.password.change', 'user.totp.enable', 'user.login.failed', 'user.login'])
        assert.ok(log.includes(action), `audited: ${action}`);
    });

    test('any user may turn two-factor on, and off again with a code', async () => {
      const staff = await createStaff(node.services, 'contributor', hoaLam);
      await db()
        .updateTable('users')
        .set({ totp_enabled: 0, totp_secret: null })
        .where('id', '=', staff.userId)
        .execute();
      assert.equal(
        (await adminGet(node.app, staff, '/admin')).statusCode,
        200,
        'not required for a contributor',
      );
      await adminGet(node.app, staff, '/admin/two-factor');
      const { totp_secret: secret } = await db()
        .selectFrom('users')
        .select('totp_secret')
        .where('id', '=', staff.userId)
        .executeTakeFirstOrThrow();
      const now = Date.now();
      const noCsrf = await adminPost(
        node.app,
        staff,
        '/admin/two-factor',
        { intent: 'enable', code: totpCode(secret!, now - 30_000) },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403, 'CSRF is required');
      const on = await adminPost(node.app, staff, '/admin/two-factor', {
        intent: 'enable',
        code: totpCode(secret!, now - 30_000),
      });
      assert.equal(on.statusCode, 303);
      const badFormat = await adminPost(node.app, staff, '/admin/two-factor', {
        intent: 'disable',
        code: '12ab',
      });
      assert.equal(badFormat.statusCode, 422, 'a malformed code');
      const off = await adminPost(node.app, staff, '/admin/two-factor', {
        intent: 'disable',
        code: totpCode(secret!, now),
      });
      assert.equal(off.statusCode, 303, 'off with a fresh code');
      const row = await db()
        .selectFrom('users')
        .select(['totp_enabled', 'totp_secret'])
        .where('id', '=', staff.userId)
        .executeTakeFirstOrThrow();
      assert.deepEqual([row.totp_enabled, row.totp_secret], [0, null], 'off, secret forgotten');
      assert.deepEqual(
        (await actions(staff.userId)).filter((a) => a.startsWith('user.totp')),
        ['user.totp.enable', 'user.totp.disable'],
        'both audited',
      );
    });

    test('codes are throttled like passwords', async () => {
      const staff = await createStaff(node.services, 'editor', hoaLam);
      const ip = '203.0.113.77';
      const pw = await login(staff.email, staff.password, ip);
      const pending = `loa_session=${cookiesOf(pw).loa_session}`;
      const page = await node.app.inject({ url: '/admin/login/totp', headers: as(pending) });
      const send = (code: string) =>
        node.app.inject({
          method: 'POST',
          url: '/admin/login/totp',
          headers: { cookie: pending, 'x-forwarded-for': ip },
          payload: { _csrf: csrfOf(page.body), code },
        });
      const good = totpCode(STAFF_SECRET);
      const bad = good === '123456' ? '654321' : '123456';
      for (let i = 0; i < 3; i++) assert.equal((await send(bad)).statusCode, 401, `wrong code ${i + 1}`);
      const slowed = await send(good);
      assert.equal(slowed.statusCode, 429, 'then even the right code must wait');
      assert.match(slowed.body, /Vui lòng thử lại sau \d+ giây\./, 'and says how long');
    });

    test('throttling lives in the database: a lock written by another node holds here', async () => {
      const staff = await createStaff(node.services, 'editor', hoaLam);
      await db()
        .insertInto('login_failures')
        .values({
          key: accountKey(staff.email),
          failures: 6,
          first_at: Date.now(),
          locked_until: Date.now() + 900_000,
        })
        .execute();
      const res = await login(staff.email, staff.password);
      assert.equal(res.statusCode, 429, 'the right password is refused during the lock');
      assert.match(res.body, /thử lại sau 15 phút/, 'for the rest of the 15 minutes');
    });

    test('many failures from one address slow that address, for every account', async () => {
      const ip = '192.0.2.200';
      for (let i = 0; i < 10; i++) {
        const res = await login(`khong-co-${i}@hoalam.example.vn`, 'sai-mat-khau-nhe', ip);
        assert.equal(res.statusCode, 401, `guess ${i + 1}`);
      }
      const staff = await createStaff(node.services, 'editor', hoaLam);
      assert.equal((await login(staff.email, staff.password, ip)).statusCode, 429, 'the address must wait');
      assert.equal(
        (await login(staff.email, staff.password, '192.0.2.201')).statusCode,
        303,
        'others need not',
      );
    });

    test('admins see current locks and lift them (audited); others cannot', async () => {
      const editor = await createStaff(node.services, 'editor', hoaLam);
      const admin = await createStaff(node.services, 'site_admin', hoaLam);
      const otherAdmin = await createStaff(node.services, 'site_admin', tanLoc);
      const platform = await createStaff(node.services, 'platform');
      const key = accountKey(editor.email);
      for (let i = 0; i < ACCOUNT_POLICY.lockAfter; i++)
        await recordFailure(node.services.database, key, ACCOUNT_POLICY);
      assert.equal((await login(editor.email, editor.password)).statusCode, 429, 'locked');

      const page = await adminGet(node.app, admin, '/admin/sites/hoa-lam/security');
      assert.equal(page.statusCode, 200);
      assert.ok(
        page.body.includes(editor.email) && page.body.includes('Tạm khóa đến'),
        'the site admin sees the lock',
      );
      assert.equal(
        (await adminGet(node.app, otherAdmin, '/admin/sites/hoa-lam/security')).statusCode,
        404,
        'another site: 404',
      );
      assert.equal(
        (await adminGet(node.app, editor, '/admin/sites/hoa-lam/security')).statusCode,
        403,
        'an editor: 403',
      );
      const platformPage = await adminGet(node.app, platform, '/admin/platform/locks');
      assert.ok(platformPage.body.includes(editor.email), 'the platform admin sees every lock');
      assert.ok(platformPage.body.includes('Địa chỉ truy cập'), 'sources too');
      assert.equal(
        (await adminGet(node.app, admin, '/admin/platform/locks')).statusCode,
        403,
        'not for site admins',
      );

      const stolen = await adminPost(node.app, otherAdmin, '/admin/sites/tan-loc-dong/security/unlock', {
        key,
      });
      assert.equal(stolen.statusCode, 404, "another site's admin cannot unlock hoa-lam's staff");
      const noCsrf = await adminPost(
        node.app,
        admin,
        '/admin/sites/hoa-lam/security/unlock',
        { key },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403, 'CSRF required');
      assert.equal((await login(editor.email, editor.password)).statusCode, 429, 'still locked after both');

      const lifted = await adminPost(node.app, admin, '/admin/sites/hoa-lam/security/unlock', { key });
      assert.equal(lifted.statusCode, 303, 'unlocked');
      assert.equal((await login(editor.email, editor.password)).statusCode, 303, 'the editor logs in');
      const row = await db()
        .selectFrom('audit_log')
        .select(['site_id', 'target'])
        .where('action', '=', 'security.unlock')
        .where('user_id', '=', admin.userId)
        .executeTakeFirstOrThrow();
      assert.deepEqual([row.site_id, row.target], [hoaLam, key], 'audited with the site');
    });

    test('reset links: made by a platform admin, or a site admin for their own staff only', async () => {
      const admin = await createStaff(node.services, 'site_admin', hoaLam);
      const otherAdmin = await createStaff(node.services, 'site_admin', tanLoc);
      const editor = await createStaff(node.services, 'editor', hoaLam);
      const shared = await createStaff(node.services, 'editor', hoaLam);
      await grantRole(node.services.database, tanLoc, shared.userId, 'contributor');
      const platform = await createStaff(node.services, 'platform');
      await grantRole(node.services.database, hoaLam, platform.userId, 'editor');
      const resets = async (userId: number) =>
        (
          await db()
            .selectFrom('password_resets')
            .select('token_hash')
            .where('user_id', '=', userId)
            .execute()
        ).length;

      const refused: [TestStaff, string, TestStaff, number][] = [
        [otherAdmin, '/admin/sites/tan-loc-dong/security/reset', editor, 404],
        [otherAdmin, '/admin/sites/hoa-lam/security/reset', editor, 404],
        [editor, '/admin/sites/hoa-lam/security/reset', shared, 403],
        [admin, '/admin/sites/hoa-lam/security/reset', shared, 403],
        [admin, '/admin/sites/hoa-lam/security/reset', platform, 403],
        [admin, '/admin/platform/users/1/reset', editor, 403],
      ];
      for (const [who, url, target, status] of refused) {
        const res = await adminPost(node.app, who, url, { user: String(target.userId) });
        assert.equal(res.statusCode, status, `${url} for ${target.email} by ${who.email}`);
        assert.equal(await resets(target.userId), 0, 'no link made');
      }
      const noCsrf = await adminPost(
        node.app,
        admin,
        '/admin/sites/hoa-lam/security/reset',
        { user: String(editor.userId) },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403, 'CSRF required');
      assert.equal(await resets(editor.userId), 0, 'nothing made without CSRF');

      const made = await adminPost(node.app, admin, '/admin/sites/hoa-lam/security/reset', {
        user: String(editor.userId),
      });
      assert.equal(made.statusCode, 201, 'the site admin gets a link');
      const token = /\/admin\/reset\/([\w-]+)/.exec(made.body)?.[1];
      assert.ok(token, 'a link to copy');
      const stored = await db()
        .selectFrom('password_resets')
        .selectAll()
        .where('user_id', '=', editor.userId)
        .execute();
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.token_hash, hashToken(token), 'only the hash is stored');
      assert.ok(stored[0]!.expires_at - stored[0]!.created_at === 24 * 3_600_000, 'valid 24 hours');

      assert.equal((await login(editor.email, editor.password)).statusCode, 303, 'a second session');
      assert.equal(await sessionCount(editor.userId), 2, 'two sessions before the reset');
      const resetPage = await node.app.inject({ url: `/admin/reset/${token}` });
      assert.equal(resetPage.statusCode, 200);
      assert.equal(
        resetPage.headers['referrer-policy'],
        'no-referrer',
        'the token never leaks as a referrer',
      );
      const formCsrf = cookiesOf(resetPage).loa_login_csrf!;
      const submit = (fields: Record<string, string>, csrf = formCsrf) =>
        node.app.inject({
          method: 'POST',
          url: `/admin/reset/${token}`,
          headers: { cookie: `loa_login_csrf=${formCsrf}` },
          payload: { _csrf: csrf, ...fields },
        });
      assert.equal(
        (await submit({ next: 'mat-khau-dat-lai', confirm: 'mat-khau-dat-lai' }, 'forged')).statusCode,
        403,
      );
      const mismatch = await submit({ next: 'mat-khau-dat-lai', confirm: 'khac' });
      assert.equal(mismatch.statusCode, 422, 'errors next to the field');
      assert.ok(mismatch.body.includes('Hai lần nhập mật khẩu mới không khớp.'));
      const done = await submit({ next: 'mat-khau-dat-lai', confirm: 'mat-khau-dat-lai' });
      assert.equal(done.statusCode, 303, 'the new password is set');
      assert.equal(done.headers.location, '/admin/login?reset=done');
      assert.equal(await sessionAlive(editor.cookie), false, 'the session ended');
      assert.equal(await sessionCount(editor.userId), 0, 'every session of the account ended');
      assert.equal(
        (await submit({ next: 'lan-thu-hai-nhe', confirm: 'lan-thu-hai-nhe' })).statusCode,
        404,
        'single use',
      );
      assert.equal((await login(editor.email, editor.password)).statusCode, 401, 'the old password is gone');
      assert.equal((await login(editor.email, 'mat-khau-dat-lai')).statusCode, 303, 'the new one works');

      const byPlatform = await adminPost(
        node.app,
        platform,
        `/admin/platform/users/${shared.userId}/reset`,
        {},
      );
      assert.equal(byPlatform.statusCode, 201, 'a platform admin may reset anyone');
      const late = /\/admin\/reset\/([\w-]+)/.exec(byPlatform.body)![1]!;
      await db()
        .updateTable('password_resets')
        .set({ expires_at: Date.now() - 1 })
        .where('token_hash', '=', hashToken(late))
        .execute();
      assert.equal(
        (await node.app.inject({ url: `/admin/reset/${late}` })).statusCode,
        404,
        'an expired link is refused',
      );
      assert.ok((await actions(admin.userId)).includes('user.password.reset.create'), 'making is audited');
      assert.ok((await actions(editor.userId)).includes('user.password.reset.use'), 'using is audited');
    });

    test('log out everywhere ends every session of the account', async () => {
      const staff = await createStaff(node.services, 'contributor', hoaLam);
      await db().updateTable('users').set({ totp_enabled: 0 }).where('id', '=', staff.userId).execute();
      const other = `loa_session=${cookiesOf(await login(staff.email, staff.password)).loa_session}`;
      assert.equal(await sessionAlive(other), true);
      const noCsrf = await adminPost(node.app, staff, '/admin/logout-all', {}, { csrf: false });
      assert.equal(noCsrf.statusCode, 403, 'CSRF required');
      assert.equal(await sessionAlive(other), true, 'nothing ended without it');
      const res = await adminPost(node.app, staff, '/admin/logout-all', {});
      assert.equal(res.statusCode, 303);
      assert.equal(await sessionAlive(staff.cookie), false, 'this session ended');
      assert.equal(await sessionAlive(other), false, 'and the other one');
      assert.equal(await sessionCount(staff.userId), 0, 'none left');
      assert.ok((await actions(staff.userId)).includes('user.logout.all'), 'audited');
    });

    test('platform user management: list, search, create with a one-time password, disable and enable', async () => {
      const platform = await createStaff(node.services, 'platform');
      const siteAdmin = await createStaff(node.services, 'site_admin', hoaLam);
      assert.equal(
        (await adminGet(node.app, siteAdmin, '/admin/platform/users')).statusCode,
        403,
        'platform admins only',
      );
      const list = await adminGet(node.app, platform, '/admin/platform/users');
      assert.ok(list.body.includes(siteAdmin.email), 'accounts listed');
      const found = await adminGet(
        node.app,
        platform,
        `/admin/platform/users?q=${encodeURIComponent(siteAdmin.email.slice(0, 12))}`,
      );
      assert.ok(found.body.includes(siteAdmin.email), 'search finds it');
      assert.ok(!found.body.includes(platform.email), 'and only what matches');

      const noCsrf = await adminPost(
        node.app,
        platform,
        '/admin/platform/users',
        { email: 'moi@hoalam.example.vn' },
        { csrf: false },
      );
      assert.equal(noCsrf.statusCode, 403);
      const bad = await adminPost(node.app, platform, '/admin/platform/users', {
        email: 'khong-hop-le',
        displayName: 'Trần Văn Mới',
      });
      assert.equal(bad.statusCode, 422, 'a bad email');
      assert.ok(bad.body.includes('value="Trần Văn Mới"'), 'what was typed is kept');
      const dup = await adminPost(node.app, platform, '/admin/platform/users', { email: siteAdmin.email });
      assert.equal(dup.statusCode, 409, 'an existing email');
      const created = await adminPost(node.app, platform, '/admin/platform/users', {
        email: 'moi@hoalam.example.vn',
        displayName: 'Trần Văn Mới',
      });
      assert.equal(created.statusCode, 201);
      const oneTime =
        /id="one-time-password"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="one-time-password"/.exec(
          created.body,
        );
      const password = oneTime?.[1] ?? oneTime?.[2];
      assert.ok(password, 'the one-time password is shown');
      const first = await login('moi@hoalam.example.vn', password);
      assert.equal(first.headers.location, '/admin/password', 'it must be changed at the first login');
      const row = await db()
        .selectFrom('users')
        .select(['id', 'password_hash'])
        .where('email', '=', 'moi@hoalam.example.vn')
        .executeTakeFirstOrThrow();
      assert.ok(!row.password_hash.includes(password), 'not stored in clear');

      const staff = await createStaff(node.services, 'editor', hoaLam);
      const token = await node.app.inject({
        method: 'POST',
        url: '/api/v1/sites/hoa-lam/tokens',
        headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': 'application/json' },
        payload: JSON.stringify({ name: 'Tích hợp' }),
      });
      const bearer = { authorization: `Bearer ${token.json().token}` };
      assert.equal(
        (await node.app.inject({ url: '/api/v1/me', headers: bearer })).statusCode,
        200,
        'the token works',
      );
      const self = await adminPost(
        node.app,
        platform,
        `/admin/platform/users/${platform.userId}/disable`,
        {},
      );
      assert.equal(self.statusCode, 403, 'not oneself');
      const off = await adminPost(node.app, platform, `/admin/platform/users/${staff.userId}/disable`, {});
      assert.equal(off.statusCode, 303);
      assert.equal(await sessionAlive(staff.cookie), false, 'its sessions stop at once');
      assert.equal(
        (await node.app.inject({ url: '/api/v1/me', headers: bearer })).statusCode,
        401,
        'its tokens too',
      );
      const refused = await login(staff.email, staff.password);
      assert.equal(refused.statusCode, 403, 'it cannot log in');
      assert.ok(refused.body.includes('đã bị vô hiệu hóa'), 'and is told why');
      const on = await adminPost(node.app, platform, `/admin/platform/users/${staff.userId}/enable`, {});
      assert.equal(on.statusCode, 303);
      assert.equal((await login(staff.email, staff.password)).statusCode, 303, 'enabled again');
      const log = await actions(platform.userId);
      for (const action of ['user.create', 'user.disable', 'user.enable'])
        assert.ok(log.includes(action), `audited: ${action}`);
    });
  });
}
