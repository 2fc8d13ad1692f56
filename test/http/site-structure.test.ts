/**
 * A site's structure on every dialect: categories (tree without cycles, order, slugs folded and
 * unique, deletion refused while in use), the main menu (the header shows the site's items when it
 * has any, else the in-menu categories; one level; safe links) and `Liên kết website` (add, order,
 * hide). Public pages show each change at once with the page cache on; roles too low, another
 * site's staff and a missing CSRF token change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import type { TestNode } from '../../src/testing/harness.js';
import { adminGet, adminPost, apiAs, type TestStaff } from '../../src/testing/staff.js';
import { assertStatuses, type ExpectedStatus, siteAdminSetup } from './site-admin-helpers.js';

const CATEGORIES = '/admin/sites/hoa-lam/categories';
const MENUS = '/admin/sites/hoa-lam/menus';
const LINKS = '/admin/sites/hoa-lam/links';

/** The labels of the public main menu, in order (top items and sub-items). */
function menuLabels(html: string): string[] {
  const nav = /<nav class="nav"[^>]*>([\s\S]*?)<form/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!);
}

/** The titles in the `Liên kết website` box, in order. */
function sidebarLinks(html: string): string[] {
  const box = /aria-labelledby="w-links"[\s\S]*?<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...box.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!);
}

for (const dialect of DIALECTS) {
  describe(`site structure on ${dialect}`, {
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
        imagesPerSite: 0,
        pageCache: true,
      }));
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const categories = () =>
      db()
        .selectFrom('categories')
        .select(['id', 'slug', 'name_vi', 'parent_id', 'position', 'in_menu'])
        .where('site_id', '=', siteId)
        .orderBy('id')
        .execute();
    const category = async (slug: string) => (await categories()).find((c) => c.slug === slug)!;
    const menuRows = () =>
      db().selectFrom('menu_items').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
    const linkRows = () =>
      db().selectFrom('links').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
    const add = (fields: Record<string, string>) =>
      adminPost(node.app, admin, CATEGORIES, { nameEn: '', slug: '', parentId: '', inMenu: '1', ...fields });

    test('a category gets a folded slug, unique per site, and appears in the menu at once', async () => {
      await node.app.inject({ url: '/' });
      const res = await add({ nameVi: 'Đại hội Đảng bộ huyện' });
      assert.equal(res.statusCode, 303, 'added');
      const made = await category('dai-hoi-dang-bo-huyen');
      assert.ok(made, 'the slug is the folded Vietnamese name');
      assert.equal(made.name_vi, 'Đại hội Đảng bộ huyện', 'the name is kept as typed');
      const home = await node.app.inject({ url: '/' });
      assert.equal(home.headers['x-loa-cache'], 'MISS', 'the cached page was purged');
      assert.ok(menuLabels(home.body).includes('Đại hội Đảng bộ huyện'), 'the header menu lists it');
      const page = await node.app.inject({ url: '/chuyen-muc/dai-hoi-dang-bo-huyen' });
      assert.equal(page.statusCode, 200, 'its page exists');

      const before = await categories();
      const taken = await add({ nameVi: 'Một tên khác', slug: 'Đại hội  Đảng bộ huyện' });
      assert.equal(taken.statusCode, 409, 'a slug already used on the site is refused');
      assert.ok(taken.body.includes('id="slug-error"'), 'next to the slug field');
      assert.ok(taken.body.includes('value="Một tên khác"'), 'what was typed is kept');
      const empty = await add({ nameVi: '' });
      assert.equal(empty.statusCode, 422, 'a name is required');
      const symbols = await add({ nameVi: 'Tên', slug: '---' });
      assert.equal(symbols.statusCode, 422, 'a slug with no letter is refused');
      assert.deepEqual(await categories(), before, 'nothing was stored');

      const elsewhere = await apiAs(node.app, outsider, 'POST', '/api/v1/sites/tan-loc-dong/categories', {
        nameVi: 'Đại hội Đảng bộ huyện',
      });
      assert.equal(elsewhere.statusCode, 201, 'another site may use the same slug');
    });

    test('the tree refuses cycles and foreign parents; order moves by buttons', async () => {
      await add({ nameVi: 'Cha' });
      const parent = await category('cha');
      await add({ nameVi: 'Con', parentId: String(parent.id) });
      const child = await category('con');
      await add({ nameVi: 'Cháu', parentId: String(child.id) });
      const grandchild = await category('chau');
      assert.equal(grandchild.parent_id, child.id, 'a grandchild is stored under its parent');

      const before = await categories();
      const cycle = await adminPost(node.app, admin, `${CATEGORIES}/${parent.id}`, {
        nameVi: 'Cha',
        nameEn: 'Cha',
        slug: 'cha',
        parentId: String(grandchild.id),
        inMenu: '1',
      });
      assert.equal(cycle.statusCode, 422, 'a category cannot go under its own grandchild');
      assert.match(cycle.body, /chính nó hoặc chuyên mục con của nó/, 'the message says why');
      const self = await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/categories/${parent.id}`, {
        parentId: parent.id,
      });
      assert.equal(self.statusCode, 422, 'nor under itself');
      const foreign = await db()
        .selectFrom('categories')
        .select('id')
        .where('site_id', '!=', siteId)
        .executeTakeFirstOrThrow();
      const cross = await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/categories/${child.id}`, {
        parentId: foreign.id,
      });
      assert.equal(cross.statusCode, 422, 'a parent from another site is refused');
      assert.deepEqual(await categories(), before, 'nothing changed');

      const top = async () =>
        (await categories())
          .filter((c) => c.parent_id === null)
          .sort((a, b) => a.position - b.position || a.id - b.id)
          .map((c) => c.slug);
      const order = await top();
      const at = order.indexOf('cha');
      const up = await adminPost(node.app, admin, `${CATEGORIES}/${parent.id}/move`, { direction: 'up' });
      assert.equal(up.statusCode, 303, 'moved');
      const moved = await top();
      assert.equal(moved.indexOf('cha'), at - 1, 'one step up');
      assert.equal(moved[at], order[at - 1], 'swapped with the one above');
      const home = await node.app.inject({ url: '/' });
      const labels = menuLabels(home.body);
      const above = await category(order[at - 1]!);
      assert.ok(labels.indexOf('Cha') < labels.indexOf(above.name_vi), 'the header follows the new order');
      const down = await apiAs(
        node.app,
        admin,
        'POST',
        `/api/v1/sites/hoa-lam/categories/${parent.id}/move`,
        {
          direction: 'down',
        },
      );
      assert.equal(down.statusCode, 200, 'moved back through the API');
      assert.deepEqual(await top(), order, 'the order is as before');
      const page = await adminGet(node.app, admin, CATEGORIES);
      assert.match(
        page.body,
        /<button type="submit" name="direction" value="up"[^>]*>/,
        'move buttons are real buttons',
      );
    });

    test('deleting a category with articles or children is refused with the counts', async () => {
      const used = await db()
        .selectFrom('articles')
        .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('site_id', '=', siteId)
        .groupBy('category_id')
        .executeTakeFirstOrThrow();
      const before = await categories();
      const res = await adminPost(node.app, admin, `${CATEGORIES}/${used.category_id}/delete`, {});
      assert.equal(res.statusCode, 409, 'refused');
      assert.ok(res.body.includes(`còn ${Number(used.n)} bài viết và 0 chuyên mục con`), 'with the counts');
      const parent = await category('cha');
      const api = await apiAs(node.app, admin, 'DELETE', `/api/v1/sites/hoa-lam/categories/${parent.id}`);
      assert.equal(api.statusCode, 409, 'a parent is refused through the API too');
      assert.match(
        (api.json() as { error: { message: string } }).error.message,
        /1 chuyên mục con/,
        'with the count',
      );
      assert.deepEqual(await categories(), before, 'nothing was deleted');
      const leaf = await category('chau');
      const ok = await adminPost(node.app, admin, `${CATEGORIES}/${leaf.id}/delete`, {});
      assert.equal(ok.statusCode, 303, 'an empty category is deleted');
      assert.equal(await category('chau'), undefined, 'gone');
    });

    test('the header shows the site menu when it has items, else the in-menu categories', async () => {
      const before = menuLabels((await node.app.inject({ url: '/' })).body);
      assert.ok(before.includes('Cha'), 'without menu items the categories are the menu');
      const first = await adminPost(node.app, admin, MENUS, {
        labelVi: 'Giới thiệu',
        labelEn: 'About',
        url: '/chuyen-muc/cha',
        parentId: '',
      });
      assert.equal(first.statusCode, 303, 'a menu item is added');
      const intro = (await menuRows()).find((m) => m.label_vi === 'Giới thiệu')!;
      await adminPost(node.app, admin, MENUS, {
        labelVi: 'Dịch vụ công',
        labelEn: 'Public services',
        url: 'https://dichvucong.gov.vn',
        parentId: '',
      });
      const sub = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/menus', {
        labelVi: 'Cơ cấu tổ chức',
        url: '/chuyen-muc/con',
        parentId: intro.id,
      });
      assert.equal(sub.statusCode, 201, 'a sub-item is added through the API');
      const home = await node.app.inject({ url: '/' });
      assert.deepEqual(
        menuLabels(home.body),
        ['Trang chủ', 'Giới thiệu', 'Cơ cấu tổ chức', 'Dịch vụ công'],
        'the header shows the site menu, sub-item under its parent',
      );
      assert.ok(home.body.includes('href="https://dichvucong.gov.vn/"'), 'outside links keep their address');
      const en = await node.app.inject({ url: '/en' });
      assert.ok(
        en.body.includes('<a href="/en/category/cha"'),
        'internal paths lead English readers to English pages',
      );
      assert.ok(menuLabels(en.body).includes('About'), 'English labels on English pages');
      assert.ok(
        menuLabels(en.body).includes('Cơ cấu tổ chức'),
        'an empty English label falls back to Vietnamese',
      );
      const cat = await node.app.inject({ url: '/chuyen-muc/cha' });
      assert.match(
        cat.body,
        /<a href="\/chuyen-muc\/cha" aria-current="page">Giới thiệu<\/a>/,
        'the current page is marked',
      );

      const subItem = (await menuRows()).find((m) => m.label_vi === 'Cơ cấu tổ chức')!;
      const rowsBefore = await menuRows();
      const deeper = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/menus', {
        labelVi: 'Quá sâu',
        url: '/',
        parentId: subItem.id,
      });
      assert.equal(deeper.statusCode, 422, 'only one level of sub-items');
      for (const url of ['javascript:alert(1)', '//evil.example', 'ftp://example.org', 'data:text/html,x']) {
        const bad = await adminPost(node.app, admin, MENUS, {
          labelVi: 'Xấu',
          labelEn: '',
          url,
          parentId: '',
        });
        assert.equal(bad.statusCode, 422, `${url} is refused`);
        assert.ok(bad.body.includes('id="url-error"'), `${url}: next to the field`);
        assert.ok(bad.body.includes('value="Xấu"'), `${url}: what was typed is kept`);
      }
      const parentDelete = await adminPost(node.app, admin, `${MENUS}/${intro.id}/delete`, {});
      assert.equal(parentDelete.statusCode, 409, 'an item with sub-items is not deleted');
      assert.deepEqual(await menuRows(), rowsBefore, 'nothing changed');

      const hide = await adminPost(node.app, admin, `${MENUS}/${intro.id}/visibility`, { hidden: '1' });
      assert.equal(hide.statusCode, 303, 'hidden');
      const hidden = menuLabels((await node.app.inject({ url: '/' })).body);
      assert.ok(
        !hidden.includes('Giới thiệu') && !hidden.includes('Cơ cấu tổ chức'),
        'a hidden item hides its sub-items',
      );
      for (const m of await menuRows()) {
        await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/menus/${m.id}`, { hidden: true });
      }
      const none = menuLabels((await node.app.inject({ url: '/' })).body);
      assert.ok(none.includes('Cha'), 'with every item hidden the categories are the menu again');
    });

    test('links: add, order, hide, delete; only http(s) addresses', async () => {
      const initial = await linkRows();
      assert.ok(initial.length >= 2, 'the demo site has links');
      const added = await adminPost(node.app, admin, LINKS, {
        titleVi: 'Cổng Dịch vụ công thử nghiệm',
        titleEn: 'Trial public service portal',
        url: 'https://dichvucong.gov.vn',
      });
      assert.equal(added.statusCode, 303, 'added');
      let shown = sidebarLinks((await node.app.inject({ url: '/' })).body);
      assert.equal(shown.at(-1), 'Cổng Dịch vụ công thử nghiệm', 'the new link is last in the sidebar');
      const link = (await linkRows()).find((l) => l.title_vi === 'Cổng Dịch vụ công thử nghiệm')!;
      const up = await adminPost(node.app, admin, `${LINKS}/${link.id}/move`, { direction: 'up' });
      assert.equal(up.statusCode, 303, 'moved');
      shown = sidebarLinks((await node.app.inject({ url: '/' })).body);
      assert.equal(shown.at(-2), 'Cổng Dịch vụ công thử nghiệm', 'one step up in the sidebar');
      const hide = await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/links/${link.id}`, {
        hidden: true,
      });
      assert.equal(hide.statusCode, 200, 'hidden through the API');
      shown = sidebarLinks((await node.app.inject({ url: '/' })).body);
      assert.ok(!shown.includes('Cổng Dịch vụ công thử nghiệm'), 'a hidden link leaves the sidebar');

      const before = await linkRows();
      for (const url of ['javascript:alert(1)', 'dichvucong.gov.vn', 'mailto:a@b.vn', '']) {
        const bad = await adminPost(node.app, admin, LINKS, { titleVi: 'Sai', titleEn: '', url });
        assert.equal(bad.statusCode, 422, `"${url}" is refused`);
        assert.ok(bad.body.includes('id="url-error"'), `"${url}": next to the field`);
      }
      assert.deepEqual(await linkRows(), before, 'nothing was stored');
      const del = await apiAs(node.app, admin, 'DELETE', `/api/v1/sites/hoa-lam/links/${link.id}`);
      assert.equal(del.statusCode, 204, 'deleted');
      assert.equal((await linkRows()).length, before.length - 1, 'one link fewer');
      const audits = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('site_id', '=', siteId)
        .where('action', 'like', 'link.%')
        .execute();
      assert.deepEqual(
        audits.map((a) => a.action).sort(),
        ['link.create', 'link.delete', 'link.move', 'link.update'],
        'every change is in the audit log',
      );
    });

    test('roles too low, another site and a missing CSRF token change nothing', async () => {
      const snapshot = async () => JSON.stringify([await categories(), await menuRows(), await linkRows()]);
      const before = await snapshot();
      const anyCategory = (await categories())[0]!;
      const anyLink = (await linkRows())[0]!;
      const calls: ExpectedStatus[] = [
        ['approver adds a category', adminPost(node.app, approver, CATEGORIES, { nameVi: 'X' }), 403],
        ['approver opens the menu admin', adminGet(node.app, approver, MENUS), 403],
        [
          'approver deletes a link (API)',
          apiAs(node.app, approver, 'DELETE', `/api/v1/sites/hoa-lam/links/${anyLink.id}`),
          403,
        ],
        [
          'outsider adds a link',
          adminPost(node.app, outsider, LINKS, { titleVi: 'X', url: 'https://x.vn' }),
          404,
        ],
        [
          'outsider renames a category (API)',
          apiAs(node.app, outsider, 'PATCH', `/api/v1/sites/hoa-lam/categories/${anyCategory.id}`, {
            nameVi: 'X',
          }),
          404,
        ],
        [
          "outsider moves this site's category through their own site",
          apiAs(node.app, outsider, 'POST', `/api/v1/sites/tan-loc-dong/categories/${anyCategory.id}/move`, {
            direction: 'down',
          }),
          404,
        ],
        [
          "outsider deletes this site's link through their own site",
          apiAs(node.app, outsider, 'DELETE', `/api/v1/sites/tan-loc-dong/links/${anyLink.id}`),
          404,
        ],
        [
          'no CSRF token',
          adminPost(node.app, admin, LINKS, { titleVi: 'X', url: 'https://x.vn' }, { csrf: false }),
          403,
        ],
        [
          'no CSRF token on a move',
          adminPost(
            node.app,
            admin,
            `${CATEGORIES}/${anyCategory.id}/move`,
            { direction: 'down' },
            { csrf: false },
          ),
          403,
        ],
      ];
      await assertStatuses(calls);
      assert.equal(await snapshot(), before, 'nothing changed');
    });
  });
}
