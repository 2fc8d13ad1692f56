/**
 * Site settings on every dialect: the admin form and `PATCH /api/v1/sites/{site}` change the names,
 * footer, contact and emblem, and the public pages show it at once with the page cache on; bad
 * input is refused next to its field with what was typed kept; a missing CSRF token, a role too low
 * and another site's staff change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import type { TestNode } from '../../src/testing/harness.js';
import { adminGet, adminPost, apiAs, type TestStaff } from '../../src/testing/staff.js';
import { siteAdminSetup } from './site-admin-helpers.js';

const SETTINGS = '/admin/sites/hoa-lam/settings';

/** Every field of the settings form, as the page would send it. */
function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    nameVi: 'Tỉnh Hòa Lâm',
    nameEn: 'Hoa Lam Province',
    defaultLang: 'vi',
    agencyVi: 'Ủy ban nhân dân tỉnh Hòa Lâm',
    agencyEn: "People's Committee of Hoa Lam Province",
    addressVi: 'Số 1 đường Trần Hưng Đạo, thành phố Hòa Lâm',
    addressEn: '1 Tran Hung Dao Street, Hoa Lam City',
    phone: '0203 3888 123',
    email: 'vanphong@hoalam.gov.vn',
    licenceVi: 'Giấy phép số 12/GP-TTĐT ngày 05/3/2024',
    licenceEn: 'Licence No. 12/GP-TTĐT of 5 March 2024',
    responsibleVi: 'Ông Nguyễn Văn An, Chánh Văn phòng',
    responsibleEn: 'Mr Nguyen Van An, Chief of Office',
    contactVi: 'Đường dây nóng: 0203 3999 999',
    contactEn: 'Hotline: 0203 3999 999',
    emblemMediaId: '',
    emblemAltVi: '',
    emblemAltEn: '',
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`site settings on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let admin: TestStaff;
    let approver: TestStaff;
    let outsider: TestStaff;

    before(async () => {
      ({ node, siteId, admin, approver, outsider } = await siteAdminSetup({
        dialect,
        articlesPerSite: 2,
        imagesPerSite: 1,
        pageCache: true,
      }));
    });
    after(async () => {
      await node?.close();
    });

    const siteRow = () =>
      node.services.database.db
        .selectFrom('sites')
        .select(['name_vi', 'name_en', 'settings', 'updated_at'])
        .where('id', '=', siteId)
        .executeTakeFirstOrThrow();
    const auditCount = async (action: string) =>
      (
        await node.services.database.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', action)
          .where('site_id', '=', siteId)
          .execute()
      ).length;

    test('the settings page is a labelled form with the stored values', async () => {
      const res = await adminGet(node.app, admin, SETTINGS);
      assert.equal(res.statusCode, 200, 'a site admin opens the settings');
      assert.ok(
        res.body.includes('<label for="nameVi">Tên trang (tiếng Việt)</label>'),
        'labelled name field',
      );
      assert.ok(res.body.includes('value="Tỉnh Hòa Lâm"'), 'the stored name is shown');
      assert.ok(res.body.includes('<label for="agencyVi">'), 'the agency field is there');
      assert.ok(res.body.includes('name="_csrf"'), 'the form carries the CSRF token');
      const en = await adminGet(node.app, admin, '/en/admin/sites/hoa-lam/settings');
      assert.ok(en.body.includes('Site name (Vietnamese)'), 'the English admin is in English');
    });

    test('a change shows on the cached public home page at once, footer included', async () => {
      const warm = await node.app.inject({ url: '/' });
      assert.equal(warm.statusCode, 200, 'home page renders');
      const hit = await node.app.inject({ url: '/' });
      assert.equal(hit.headers['x-loa-cache'], 'HIT', 'the home page is served from the page cache');
      const warmEn = await node.app.inject({ url: '/en' });
      assert.equal(warmEn.statusCode, 200, 'English home renders');

      const res = await adminPost(
        node.app,
        admin,
        SETTINGS,
        form({
          nameVi: 'Tỉnh Hòa Lâm Mới',
          agencyVi: 'Văn phòng UBND tỉnh Hòa Lâm',
          contactVi: 'Đường dây nóng: 1900 1234',
          contactEn: '',
          responsibleVi: 'Bà Trần Thị Bình',
        }),
      );
      assert.equal(res.statusCode, 303, 'saved and redirected');
      assert.equal(res.headers.location, `${SETTINGS}?done=saved`, 'back to the settings page');

      const home = await node.app.inject({ url: '/' });
      assert.equal(home.headers['x-loa-cache'], 'MISS', 'the cached home page was purged');
      assert.ok(home.body.includes('Tỉnh Hòa Lâm Mới'), 'the new site name is in the header');
      assert.ok(home.body.includes('Văn phòng UBND tỉnh Hòa Lâm'), 'the new agency is in the footer');
      assert.ok(home.body.includes('Đường dây nóng: 1900 1234'), 'the contact line is in the footer');
      assert.ok(home.body.includes('Bà Trần Thị Bình'), 'the person responsible is in the footer');
      const en = await node.app.inject({ url: '/en' });
      assert.ok(en.body.includes('Hotline') === false, 'an emptied English contact falls back to Vietnamese');
      assert.ok(en.body.includes('Đường dây nóng: 1900 1234'), 'English pages show the Vietnamese contact');
      assert.equal(await auditCount('site.settings'), 1, 'the change is in the audit log');
      const page = await adminGet(node.app, admin, `${SETTINGS}?done=saved`);
      assert.ok(page.body.includes('Đã lưu.'), 'the saved notice is shown');
    });

    test('pasted decomposed (NFD) text is stored in NFC', async () => {
      const nfd = 'Ủy ban nhân dân tỉnh Hòa Lâm'.normalize('NFD');
      const res = await adminPost(node.app, admin, SETTINGS, form({ agencyVi: `  ${nfd}  ` }));
      assert.equal(res.statusCode, 303, 'saved');
      const stored = JSON.parse((await siteRow()).settings);
      assert.equal(
        stored.agency.vi,
        'Ủy ban nhân dân tỉnh Hòa Lâm'.normalize('NFC'),
        'stored NFC and trimmed',
      );
    });

    test('bad input is refused next to its field, keeps what was typed and changes nothing', async () => {
      const before = await siteRow();
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ nameVi: '   ' }, 'nameVi', /Vui lòng nhập tên tiếng Việt/],
        [{ email: 'khong-phai-email' }, 'email', /Địa chỉ thư điện tử không hợp lệ/],
        [{ phone: '0203<script>' }, 'phone', /Số điện thoại chỉ gồm/],
        [{ agencyVi: 'Â'.repeat(201) }, 'agencyVi', /dài quá 200 ký tự/],
        [{ defaultLang: 'fr' }, 'defaultLang', /vi hoặc en/],
      ];
      for (const [fields, field, message] of cases) {
        const res = await adminPost(node.app, admin, SETTINGS, form({ ...fields, addressVi: 'Đã gõ dở' }));
        assert.equal(res.statusCode, 422, `${field}: refused with 422`);
        assert.match(res.body, message, `${field}: the message says why`);
        assert.ok(res.body.includes(`id="${field}-error"`), `${field}: the error sits next to the field`);
        assert.ok(
          res.body.includes(`aria-describedby="${field}-error"`),
          `${field}: the field points to its error`,
        );
        assert.ok(res.body.includes('value="Đã gõ dở"'), `${field}: what was typed is kept`);
      }
      assert.deepEqual(await siteRow(), before, 'nothing was stored');
    });

    test('the emblem must be a photo of this site with a description, and shows in the header', async () => {
      const db = node.services.database.db;
      const own = await db
        .selectFrom('media')
        .select('id')
        .where('site_id', '=', siteId)
        .executeTakeFirstOrThrow();
      const other = await db
        .selectFrom('media')
        .select('id')
        .where('site_id', '!=', siteId)
        .executeTakeFirstOrThrow();
      const before = await siteRow();
      const foreign = await adminPost(
        node.app,
        admin,
        SETTINGS,
        form({ emblemMediaId: String(other.id), emblemAltVi: 'Biểu trưng' }),
      );
      assert.equal(foreign.statusCode, 422, "another site's photo is refused");
      assert.ok(foreign.body.includes('id="emblemMediaId-error"'), 'next to the emblem field');
      const noAlt = await adminPost(node.app, admin, SETTINGS, form({ emblemMediaId: String(own.id) }));
      assert.equal(noAlt.statusCode, 422, 'an emblem without a description is refused');
      assert.ok(noAlt.body.includes('id="emblemAltVi-error"'), 'next to the description field');
      assert.deepEqual(await siteRow(), before, 'nothing was stored');

      const ok = await adminPost(
        node.app,
        admin,
        SETTINGS,
        form({ emblemMediaId: String(own.id), emblemAltVi: 'Biểu trưng tỉnh Hòa Lâm', emblemAltEn: '' }),
      );
      assert.equal(ok.statusCode, 303, 'an own photo with a description is accepted');
      const home = await node.app.inject({ url: '/' });
      assert.match(
        home.body,
        /<img class="emblem" src="\/media\/[a-f0-9]+[^"]*" alt="Biểu trưng tỉnh Hòa Lâm"/,
        'the header shows the emblem',
      );
      const cleared = await adminPost(node.app, admin, SETTINGS, form());
      assert.equal(cleared.statusCode, 303, 'the emblem can be cleared');
      const again = await node.app.inject({ url: '/' });
      assert.ok(!again.body.includes('class="emblem"'), 'the default emblem is back');
    });

    test('the API reads and patches only the fields given', async () => {
      const res = await apiAs(node.app, admin, 'GET', '/api/v1/sites/hoa-lam');
      assert.equal(res.statusCode, 200, 'settings are readable');
      const body = res.json() as { code: string; nameVi: string; hosts: string[] };
      assert.equal(body.code, 'hoa-lam', 'the site code');
      assert.ok(body.hosts.includes('hoalam.localhost'), 'with its host names');
      const before = JSON.parse((await siteRow()).settings);
      const patched = await apiAs(node.app, admin, 'PATCH', '/api/v1/sites/hoa-lam', {
        phone: '0203 3777 777',
      });
      assert.equal(patched.statusCode, 200, 'patched');
      const after = JSON.parse((await siteRow()).settings);
      assert.equal(after.phone, '0203 3777 777', 'the phone changed');
      assert.deepEqual({ ...after, phone: before.phone }, before, 'nothing else changed');
      const bad = await node.app.inject({
        method: 'PATCH',
        url: '/api/v1/sites/hoa-lam?lang=en',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'nope' }),
      });
      assert.equal(bad.statusCode, 422, 'a bad email is refused');
      const error = (bad.json() as { error: { code: string; field: string; message: string } }).error;
      assert.equal(error.code, 'LOA_INVALID', 'stable code');
      assert.equal(error.field, 'email', 'the field is named');
      assert.match(error.message, /email address is not valid/i, 'in English when asked');
      const doc = (await node.app.inject({ url: '/api/v1/openapi.json' })).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      for (const [path, method] of [
        ['/api/v1/sites', 'post'],
        ['/api/v1/sites/{site}', 'patch'],
        ['/api/v1/sites/{site}/categories/{id}', 'delete'],
        ['/api/v1/sites/{site}/menus/{id}/move', 'post'],
        ['/api/v1/sites/{site}/links', 'get'],
        ['/api/v1/sites/{site}/staff/{userId}', 'patch'],
      ] as const) {
        assert.ok(doc.paths[path]?.[method], `the OpenAPI document describes ${method} ${path}`);
      }
      const sites = await apiAs(node.app, admin, 'GET', '/api/v1/sites');
      const items = (sites.json() as { items: { code: string; role: string }[] }).items;
      assert.deepEqual(
        items.map((i) => [i.code, i.role]),
        [['hoa-lam', 'site_admin']],
        'the caller sees only the sites they work on',
      );
    });

    test('no CSRF token, a role too low or another site: refused, nothing changed', async () => {
      const before = await siteRow();
      const noCsrf = await adminPost(node.app, admin, SETTINGS, form({ nameVi: 'Đổi trộm' }), {
        csrf: false,
      });
      assert.equal(noCsrf.statusCode, 403, 'a form without the CSRF token is refused');
      const apiNoCsrf = await node.app.inject({
        method: 'PATCH',
        url: '/api/v1/sites/hoa-lam',
        headers: { cookie: admin.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ nameVi: 'Đổi trộm' }),
      });
      assert.equal(apiNoCsrf.statusCode, 403, 'an API call by session without x-csrf-token is refused');
      const low = await adminPost(node.app, approver, SETTINGS, form({ nameVi: 'Đổi trộm' }));
      assert.equal(low.statusCode, 403, 'an approver may not change settings');
      const lowApi = await apiAs(node.app, approver, 'PATCH', '/api/v1/sites/hoa-lam', {
        nameVi: 'Đổi trộm',
      });
      assert.equal(lowApi.statusCode, 403, 'nor through the API');
      const foreign = await adminPost(node.app, outsider, SETTINGS, form({ nameVi: 'Đổi trộm' }));
      assert.equal(foreign.statusCode, 404, "another site's admin does not even see the site");
      const foreignApi = await apiAs(node.app, outsider, 'PATCH', '/api/v1/sites/hoa-lam', {
        nameVi: 'Đổi trộm',
      });
      assert.equal(foreignApi.statusCode, 404, 'nor through the API');
      assert.deepEqual(await siteRow(), before, 'nothing changed');
    });
  });
}
