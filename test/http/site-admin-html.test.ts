/**
 * The pages of site administration, and the public pages once a site has its own emblem and a menu
 * with sub-items, are valid HTML with the accessibility rules html-validate knows (labels, unique
 * ids, alt text), including the forms re-shown with errors.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import type { TestNode } from '../../src/testing/harness.js';
import { adminGet, adminPost, apiAs, type TestStaff } from '../../src/testing/staff.js';
import { siteAdminSetup } from './site-admin-helpers.js';

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

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}

describe('site administration HTML', () => {
  let node: TestNode;
  let admin: TestStaff;
  let platform: TestStaff;

  before(async () => {
    let siteId: number;
    ({ node, siteId, admin, platform } = await siteAdminSetup({ articlesPerSite: 2, imagesPerSite: 1 }));
    const media = await node.services.database.db
      .selectFrom('media')
      .select('id')
      .where('site_id', '=', siteId)
      .executeTakeFirstOrThrow();
    const emblem = await apiAs(node.app, admin, 'PATCH', '/api/v1/sites/hoa-lam', {
      emblemMediaId: media.id,
      emblemAltVi: 'Biểu trưng tỉnh Hòa Lâm',
    });
    assert.equal(emblem.statusCode, 200, 'emblem set');
    const top = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/menus', {
      labelVi: 'Giới thiệu',
      labelEn: 'About',
      url: '/chuyen-muc/gioi-thieu',
    });
    assert.equal(top.statusCode, 201, 'menu item added');
    const sub = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/menus', {
      labelVi: 'Cơ cấu tổ chức',
      url: '/chuyen-muc/tin-tuc',
      parentId: (top.json() as { id: number }).id,
    });
    assert.equal(sub.statusCode, 201, 'sub-item added');
  });
  after(async () => {
    await node?.close();
  });

  test('public pages with an emblem and a menu with sub-items validate', async () => {
    for (const url of ['/', '/en', '/chuyen-muc/tin-tuc']) {
      const res = await node.app.inject({ url });
      assert.equal(res.statusCode, 200, `${url} renders`);
      assert.ok(res.body.includes('class="sub-menu"'), `${url}: the sub-menu is there`);
      assert.deepEqual(await problems(res.body), [], url);
    }
  });

  test('every site-administration page validates, in both languages and with errors shown', async () => {
    const category = await node.services.database.db
      .selectFrom('categories')
      .select('id')
      .where('slug', '=', 'tin-tuc')
      .executeTakeFirstOrThrow();
    const pages: [TestStaff, string][] = [];
    for (const base of ['/admin', '/en/admin']) {
      const site = `${base}/sites/hoa-lam`;
      pages.push(
        [admin, `${site}/settings`],
        [admin, `${site}/categories`],
        [admin, `${site}/categories/${category.id}`],
        [admin, `${site}/menus`],
        [admin, `${site}/links`],
        [admin, `${site}/staff`],
        [platform, `${base}/platform/sites`],
        [platform, `${base}/platform/sites/hoa-lam`],
      );
    }
    for (const [who, url] of pages) {
      const res = await adminGet(node.app, who, url);
      assert.equal(res.statusCode, 200, `${url} opens`);
      assert.deepEqual(await problems(res.body), [], url);
    }
    const refused: [TestStaff, string, Record<string, string>][] = [
      [admin, '/admin/sites/hoa-lam/settings', { nameVi: '', email: 'x' }],
      [admin, '/admin/sites/hoa-lam/categories', { nameVi: '', slug: '', parentId: '' }],
      [admin, '/admin/sites/hoa-lam/menus', { labelVi: 'X', url: 'javascript:x', parentId: '' }],
      [admin, '/admin/sites/hoa-lam/links', { titleVi: 'X', url: 'nope' }],
      [admin, '/admin/sites/hoa-lam/staff', { email: 'x', role: 'editor' }],
      [admin, '/admin/sites/hoa-lam/staff/new', { email: 'x', displayName: '', role: 'editor' }],
      [platform, '/admin/platform/sites', { code: 'X Y', nameVi: '', kind: 'commune', hosts: '' }],
    ];
    for (const [who, url, fields] of refused) {
      const res = await adminPost(node.app, who, url, fields);
      assert.ok([409, 422].includes(res.statusCode), `${url}: refused (${res.statusCode})`);
      assert.deepEqual(await problems(res.body), [], `${url} with errors`);
    }
  });
});
