/**
 * The admin's entry on every dialect: CSRF-protected login, a new session per login, the forced
 * password change after a one-time password, throttling (slowed, then locked, then lifted), logout,
 * and no caching of private pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../../src/features/accounts/users.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';

type Res = Awaited<ReturnType<TestNode['app']['inject']>>;

function cookiesOf(res: Res): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return Object.fromEntries(list.map((c) => c.split(';')[0]!.split('=') as [string, string]));
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

for (const dialect of DIALECTS) {
  describe(`admin login on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 1, imagesPerSite: 1 });
      await createUser(node.services.database, {
        email: 'bientap@hoalam.example.vn',
        password: 'mat-khau-mot-lan',
        displayName: 'Nguyễn Thị Biên Tập',
        mustChangePassword: true,
      });
    });
    after(async () => {
      await node?.close();
    });

    async function login(email: string, password: string, forwardedFor = '203.0.113.7') {
      const page = await node.app.inject({ url: '/admin/login' });
      const cookie = cookiesOf(page).loa_login_csrf!;
      return node.app.inject({
        method: 'POST',
        url: '/admin/login',
        headers: { cookie: `loa_login_csrf=${cookie}`, 'x-forwarded-for': forwardedFor },
        payload: { _csrf: csrfOf(page.body), email, password },
      });
    }

    test('the login page is a labelled form, private and not indexed', async () => {
      const res = await node.app.inject({ url: '/admin/login' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(res.headers['x-robots-tag'] as string, /noindex/);
      assert.ok(res.body.includes('<label for="email">Thư điện tử</label>'));
      assert.ok(res.body.includes('<label for="password">Mật khẩu</label>'));
      const en = await node.app.inject({ url: '/en/admin/login' });
      assert.match(en.body, /<html lang="en">/);
      assert.ok(en.body.includes('Staff login'));
    });

    test('a login without the CSRF token is refused and changes nothing', async () => {
      const res = await node.app.inject({
        method: 'POST',
        url: '/admin/login',
        payload: { email: 'bientap@hoalam.example.vn', password: 'mat-khau-mot-lan' },
      });
      assert.equal(res.statusCode, 403);
      assert.ok(res.body.includes('Phiên làm việc của biểu mẫu đã hết hạn'));
      assert.ok(res.body.includes('value="bientap@hoalam.example.vn"'), 'what was typed is kept');
      assert.equal(cookiesOf(res).loa_session, undefined);
    });

    test('a wrong password says so in Vietnamese, keeps the email, sets no session', async () => {
      const res = await login('bientap@hoalam.example.vn', 'sai-mat-khau-roi', '203.0.113.50');
      assert.equal(res.statusCode, 401);
      assert.ok(res.body.includes('Thư điện tử hoặc mật khẩu không đúng.'));
      assert.ok(res.body.includes('value="bientap@hoalam.example.vn"'));
      assert.equal(cookiesOf(res).loa_session, undefined);
    });

    test('a one-time password leads to the forced password change, then the dashboard', async () => {
      const res = await login('BienTap@hoalam.example.vn', 'mat-khau-mot-lan');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/password');
      const session = cookiesOf(res).loa_session!;
      assert.match(String(res.headers['set-cookie']), /HttpOnly; *|HttpOnly/);
      assert.match(String(res.headers['set-cookie']), /SameSite=Lax/);
      const home = await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${session}` } });
      assert.equal(home.statusCode, 303, 'dashboard waits for the password change');
      const form = await node.app.inject({
        url: '/admin/password',
        headers: { cookie: `loa_session=${session}` },
      });
      assert.ok(form.body.includes('Bạn đang dùng mật khẩu cấp một lần.'));
      const mismatch = await node.app.inject({
        method: 'POST',
        url: '/admin/password',
        headers: { cookie: `loa_session=${session}` },
        payload: {
          _csrf: csrfOf(form.body),
          current: 'mat-khau-mot-lan',
          next: 'mat-khau-moi-dai',
          confirm: 'khac-nhau-roi',
        },
      });
      assert.equal(mismatch.statusCode, 422);
      assert.ok(mismatch.body.includes('Hai lần nhập mật khẩu mới không khớp.'));
      const changed = await node.app.inject({
        method: 'POST',
        url: '/admin/password',
        headers: { cookie: `loa_session=${session}` },
        payload: {
          _csrf: csrfOf(form.body),
          current: 'mat-khau-mot-lan',
          next: 'mat-khau-moi-dai',
          confirm: 'mat-khau-moi-dai',
        },
      });
      assert.equal(changed.statusCode, 303);
      const fresh = cookiesOf(changed).loa_session!;
      assert.notEqual(fresh, session, 'a new session after the change');
      const old = await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${session}` } });
      assert.equal(old.headers.location, '/admin/login', 'the old session is gone');
      const dash = await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${fresh}` } });
      assert.equal(dash.statusCode, 200);
      assert.ok(dash.body.includes('Xin chào, Nguyễn Thị Biên Tập'));
      assert.equal(dash.headers['cache-control'], 'no-store');
      assert.equal(
        (await login('bientap@hoalam.example.vn', 'mat-khau-mot-lan', '198.51.100.9')).statusCode,
        401,
      );
      const again = await login('bientap@hoalam.example.vn', 'mat-khau-moi-dai', '198.51.100.9');
      assert.equal(again.headers.location, '/admin');
    });

    test('each login gets a new session id; logout needs the token and ends the session', async () => {
      const a = cookiesOf(await login('bientap@hoalam.example.vn', 'mat-khau-moi-dai', '198.51.100.10'))
        .loa_session!;
      const b = cookiesOf(await login('bientap@hoalam.example.vn', 'mat-khau-moi-dai', '198.51.100.10'))
        .loa_session!;
      assert.notEqual(a, b);
      const dash = await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${a}` } });
      const forged = await node.app.inject({
        method: 'POST',
        url: '/admin/logout',
        headers: { cookie: `loa_session=${a}` },
        payload: { _csrf: 'forged' },
      });
      assert.equal(forged.statusCode, 403);
      assert.equal(
        (await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${a}` } })).statusCode,
        200,
      );
      const out = await node.app.inject({
        method: 'POST',
        url: '/admin/logout',
        headers: { cookie: `loa_session=${a}` },
        payload: { _csrf: csrfOf(dash.body) },
      });
      assert.equal(out.statusCode, 303);
      assert.equal(
        (await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${a}` } })).statusCode,
        303,
      );
      assert.equal(
        (await node.app.inject({ url: '/admin', headers: { cookie: `loa_session=${b}` } })).statusCode,
        200,
      );
    });

    test('repeated failures slow the account, then lock it for 15 minutes, even with the right password', async () => {
      await createUser(node.services.database, {
        email: 'khoa@hoalam.example.vn',
        password: 'mat-khau-dung-roi',
      });
      // Time passing for the throttle: every recorded failure and lock moves back by `ms`.
      const pass = (ms: number) =>
        node.services.database.db
          .updateTable('login_failures')
          .set((eb) => ({ first_at: eb('first_at', '-', ms), locked_until: eb('locked_until', '-', ms) }))
          .execute();
      for (let i = 0; i < 3; i++) {
        const res = await login('khoa@hoalam.example.vn', `sai-${i}-mat-khau`, `192.0.2.${i}`);
        assert.equal(res.statusCode, 401, `failure ${i + 1} is an ordinary refusal`);
      }
      const slowed = await login('khoa@hoalam.example.vn', 'mat-khau-dung-roi', '192.0.2.99');
      assert.equal(slowed.statusCode, 429, 'after three failures the account must wait');
      assert.match(
        slowed.body,
        /Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ giây\./,
        'says how long',
      );
      for (let i = 3; i < 6; i++) {
        await pass(60_000);
        const res = await login('khoa@hoalam.example.vn', `sai-${i}-mat-khau`, `192.0.2.${i}`);
        assert.equal(res.statusCode, 401, `failure ${i + 1} after the wait is counted`);
      }
      await pass(60_000);
      const locked = await login('khoa@hoalam.example.vn', 'mat-khau-dung-roi', '192.0.2.99');
      assert.equal(locked.statusCode, 429, 'locked: the right password is refused');
      assert.match(
        locked.body,
        /Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\./,
        'a 15-minute lock',
      );
      await pass(15 * 60_000);
      const lifted = await login('khoa@hoalam.example.vn', 'mat-khau-dung-roi', '192.0.2.99');
      assert.equal(lifted.statusCode, 303, 'the lock lifts by itself');
    });
  });
}
