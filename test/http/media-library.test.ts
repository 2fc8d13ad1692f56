/**
 * The media library over HTTP on every dialect: upload without JavaScript (multipart form with
 * `_csrf`) and through the API the editor uses, the type read from the bytes, the refusals with
 * their messages, variants served with their type and nosniff (originals never public), alt text
 * required before use, search and paging, roles, other sites' staff, CSRF, and deletion refused
 * while an article or the site emblem uses the image.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import {
  HTML_PAGE,
  hasGpsDirectory,
  makeGif,
  makeJpeg,
  makeJpegWithGps,
  makePng,
  makePngBomb,
  makeWebp,
  SVG_WITH_SCRIPT,
  truncated,
} from '../../src/features/media/test-images.js';
import type { Media } from '../../src/platform/db/schema.js';
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

const LIST = '/admin/sites/hoa-lam/media';
const API = '/api/v1/sites/hoa-lam/media';

interface FileSpec {
  name: string;
  bytes: Buffer;
  type?: string;
}

/** A multipart body as a browser sends it (built by the platform's own FormData). */
async function multipart(fields: Record<string, string>, files: FileSpec[] = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) {
    form.append(
      'file',
      new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/octet-stream' }),
      f.name,
    );
  }
  const res = new Response(form);
  return { payload: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type')! };
}

interface ApiItem {
  id: number;
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  variants: { width: number; height: number; type: string; url: string }[];
}

for (const dialect of DIALECTS) {
  describe(`media library on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let contributor: TestStaff;
    let contributor2: TestStaff;
    let editor: TestStaff;
    let outsider: TestStaff;

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 3, imagesPerSite: 1 });
      const s = node.services;
      siteId = await siteIdOf(s, 'hoa-lam');
      contributor = await createStaff(s, 'contributor', siteId, 'ctv');
      contributor2 = await createStaff(s, 'contributor', siteId, 'ctv-khac');
      editor = await createStaff(s, 'editor', siteId, 'bientap');
      outsider = await createStaff(s, 'site_admin', await siteIdOf(s, 'tan-loc-dong'), 'xa-khac');
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const mediaRow = (id: number) =>
      db().selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
        Media | undefined
      >;
    const mediaCount = async () =>
      Number(
        (
          await db()
            .selectFrom('media')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const mediaFilesOnDisk = () => readdirSync(join(node.config.dataDir, 'media')).length;
    const auditActions = async (target: string) =>
      (await db().selectFrom('audit_log').select('action').where('target', '=', target).execute()).map(
        (r) => r.action,
      );

    async function adminUpload(
      who: TestStaff,
      fields: Record<string, string>,
      files: FileSpec[],
      csrf = true,
    ) {
      const body = await multipart({ ...(csrf ? { _csrf: who.csrf } : {}), ...fields }, files);
      return node.app.inject({
        method: 'POST',
        url: LIST,
        headers: { cookie: who.cookie, 'content-type': body.type },
        payload: body.payload,
      });
    }

    async function apiUpload(
      who: TestStaff,
      fields: Record<string, string>,
      files: FileSpec[],
      options: { csrf?: boolean; url?: string } = {},
    ) {
      const body = await multipart(fields, files);
      return node.app.inject({
        method: 'POST',
        url: options.url ?? API,
        headers: {
          cookie: who.cookie,
          ...(options.csrf === false ? {} : { 'x-csrf-token': who.csrf }),
          'content-type': body.type,
        },
        payload: body.payload,
      });
    }

    async function uploaded(
      who: TestStaff,
      file: FileSpec,
      fields: Record<string, string> = {},
    ): Promise<ApiItem> {
      const res = await apiUpload(who, fields, [file]);
      assert.equal(res.statusCode, 201, `upload of ${file.name}: ${res.body}`);
      return (res.json() as { item: ApiItem }).item;
    }

    test('the library page: a multipart upload form with CSRF, labelled fields and the island', async () => {
      const res = await adminGet(node.app, contributor, LIST);
      assert.equal(res.statusCode, 200, 'a contributor opens the library');
      assert.equal(res.headers['cache-control'], 'no-store', 'private');
      const html = res.body;
      assert.match(html, /<form[^>]+method="post"[^>]+enctype="multipart\/form-data"/i, 'multipart form');
      assert.ok(html.includes(`name="_csrf" value="${contributor.csrf}"`), 'CSRF field');
      assert.match(html, /<label for="file">Tệp ảnh<\/label>/, 'file field labelled');
      assert.match(html, /accept="image\/jpeg,image\/png,image\/webp,image\/gif"/, 'accept list');
      assert.match(html, /<label for="alt">Mô tả ảnh/, 'alt field labelled');
      assert.match(html, /<script src="\/assets\/media-upload\.[0-9a-f]+\.js" defer>/, 'the upload island');
      assert.match(html, /<ul class="media-grid">/, 'the grid of the seeded image');
      const en = await adminGet(node.app, contributor, `/en${LIST}`);
      assert.ok(en.body.includes('Media library') && en.body.includes('Upload images'), 'English page');
    });

    test('upload without JavaScript, then alt text on the edit page (required, NFC)', async () => {
      const bytes = await makeJpeg(1600, 900);
      const res = await adminUpload(contributor, { alt: '', caption: 'Quang cảnh', credit: 'Ảnh: TH' }, [
        { name: 'dai-hoi.jpg', bytes, type: 'image/jpeg' },
      ]);
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const m = /\/admin\/sites\/hoa-lam\/media\/(\d+)\?uploaded=1$/.exec(res.headers.location as string);
      assert.ok(m, `redirect to the edit page (${res.headers.location})`);
      const id = Number(m[1]);
      const row = (await mediaRow(id))!;
      assert.equal(row.site_id, siteId, 'on the site');
      assert.equal(row.uploaded_by, contributor.userId, 'uploader recorded');
      assert.equal(row.mime, 'image/jpeg', 'type');
      assert.equal(row.original_name, 'dai-hoi.jpg', 'uploaded name kept');
      assert.equal(row.alt, '', 'no alt yet');
      assert.deepEqual(await auditActions(`media:${id}`), ['media.upload'], 'audited');

      const edit = await adminGet(node.app, contributor, `${LIST}/${id}?uploaded=1`);
      assert.equal(edit.statusCode, 200, 'edit page');
      assert.ok(edit.body.includes('Đã tải ảnh lên.'), 'notice');
      assert.ok(edit.body.includes('Thiếu mô tả ảnh: chưa dùng được'), 'missing alt is marked clearly');

      const empty = await adminPost(node.app, contributor, `${LIST}/${id}`, {
        alt: '  ',
        caption: 'Chú thích mới',
        credit: '',
      });
      assert.equal(empty.statusCode, 422, 'alt text is required');
      assert.ok(empty.body.includes('Vui lòng nhập mô tả ảnh'), 'message next to the field');
      assert.ok(empty.body.includes('Chú thích mới'), 'what was typed is kept');
      assert.equal((await mediaRow(id))!.caption, 'Quang cảnh', 'nothing saved');

      const nfd = 'Đại hội Đảng bộ xã Hoà Lâm'.normalize('NFD');
      const saved = await adminPost(node.app, contributor, `${LIST}/${id}`, {
        alt: nfd,
        caption: 'Quang cảnh đại hội',
        credit: 'Ảnh: Ngọc Hưng',
      });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
      const after_ = (await mediaRow(id))!;
      assert.equal(after_.alt, nfd.normalize('NFC'), 'alt stored in NFC');
      assert.equal(after_.credit, 'Ảnh: Ngọc Hưng', 'credit');
      assert.deepEqual(await auditActions(`media:${id}`), ['media.upload', 'media.update'], 'update audited');

      const search = await adminGet(node.app, contributor, `${LIST}?q=dai+hoi+hoa+lam`);
      assert.ok(search.body.includes(`/media/${id}"`), 'search without diacritics finds it');
    });

    test('refusals keep what was typed and store nothing: SVG, HTML named .jpg, truncated, bomb', async () => {
      const cases: [FileSpec, string][] = [
        [{ name: 'logo.svg', bytes: SVG_WITH_SCRIPT, type: 'image/svg+xml' }, 'Không nhận ảnh SVG'],
        [
          { name: 'anh.jpg', bytes: HTML_PAGE, type: 'image/jpeg' },
          'không phải ảnh JPEG, PNG, WebP hoặc GIF',
        ],
        [
          { name: 'dut.jpg', bytes: truncated(await makeJpeg()), type: 'image/jpeg' },
          'bị hỏng hoặc không đầy đủ',
        ],
        [{ name: 'bom.png', bytes: makePngBomb(), type: 'image/png' }, '20000 × 20000 điểm ảnh'],
      ];
      const count = await mediaCount();
      const files = mediaFilesOnDisk();
      for (const [file, message] of cases) {
        const res = await adminUpload(contributor, { alt: 'Mô tả đã gõ', caption: '', credit: '' }, [file]);
        assert.equal(res.statusCode, 422, `${file.name} refused`);
        assert.ok(res.body.includes(message), `${file.name}: "${message}"`);
        assert.ok(res.body.includes('value="Mô tả đã gõ"'), `${file.name}: typed alt kept`);
        assert.match(res.body, /id="file"[^>]*aria-invalid="true"/, `${file.name}: error on the file field`);
      }
      const api = await apiUpload(contributor, {}, [{ name: 'x.svg', bytes: SVG_WITH_SCRIPT }]);
      assert.equal(api.statusCode, 422, 'API refuses SVG too');
      assert.equal(api.json().error.field, 'file', 'the file field is named');
      const en = await apiUpload(contributor, {}, [{ name: 'x.svg', bytes: SVG_WITH_SCRIPT }], {
        url: `${API}?lang=en`,
      });
      assert.match(en.json().error.message, /SVG images are not accepted/, 'in the caller’s language');
      assert.equal(await mediaCount(), count, 'no row stored');
      assert.equal(mediaFilesOnDisk(), files, 'no file stored');
    });

    test('the type comes from the bytes: a PNG named .jpg is a PNG, a JPEG named .png a JPEG', async () => {
      const png = await uploaded(contributor, { name: 'thuc-ra-png.jpg', bytes: await makePng(800, 600) });
      assert.equal((await mediaRow(png.id))!.mime, 'image/png', 'png');
      const jpeg = await uploaded(contributor, { name: 'thuc-ra-jpeg.png', bytes: await makeJpeg(900, 600) });
      assert.equal((await mediaRow(jpeg.id))!.mime, 'image/jpeg', 'jpeg');
      const webp = await uploaded(contributor, { name: 'a.webp', bytes: await makeWebp() });
      assert.equal((await mediaRow(webp.id))!.mime, 'image/webp', 'webp');
      const gif = await uploaded(contributor, { name: 'a.gif', bytes: await makeGif() });
      assert.equal((await mediaRow(gif.id))!.mime, 'image/gif', 'gif');
      const original = await node.app.inject({
        url: `${LIST}/${png.id}/original`,
        headers: { cookie: contributor.cookie },
      });
      assert.equal(original.statusCode, 200, 'staff download the original');
      assert.equal(original.headers['content-type'], 'image/png', 'with the stored type, not the name');
      assert.equal(original.headers['x-content-type-options'], 'nosniff', 'nosniff');
      assert.match(original.headers['content-disposition'] as string, /^attachment;/, 'as a download');
    });

    test('API upload: the item shape the editor uses, variants with their widths, served safely', async () => {
      const item = await uploaded(
        contributor,
        { name: 'lon.jpg', bytes: await makeJpeg(1600, 900) },
        { alt: 'Cánh đồng lúa', caption: 'Vụ mùa', credit: 'Ảnh: TH' },
      );
      assert.deepEqual(
        Object.keys(item).sort(),
        ['alt', 'caption', 'credit', 'height', 'id', 'url', 'variants', 'width'],
        'item keys',
      );
      assert.deepEqual([item.width, item.height, item.alt], [1600, 900, 'Cánh đồng lúa'], 'fields');
      assert.match(item.url, /^\/media\/[a-f0-9]{24}-640\.webp$/, 'url is the 640 px variant');
      assert.deepEqual(
        item.variants.map((v) => `${v.type} ${v.width}`),
        ['image/webp 320', 'image/webp 640', 'image/webp 1280', 'image/jpeg 1280'],
        'variants',
      );
      for (const v of item.variants) {
        const res = await node.app.inject({ url: v.url });
        assert.equal(res.statusCode, 200, v.url);
        assert.equal(res.headers['content-type'], v.type, `${v.url} type`);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', `${v.url} nosniff`);
        assert.match(
          res.headers['cache-control'] as string,
          /max-age=31536000, immutable/,
          `${v.url} cached`,
        );
        const meta = await sharp(res.rawPayload).metadata();
        assert.equal(meta.width, v.width, `${v.url} is ${v.width} px wide`);
      }
      const stored = (await mediaRow(item.id))!.stored_name;
      for (const bad of [
        `${stored}.jpg`,
        `${stored}.png`,
        `${stored}-9999.webp`,
        '..%2Floa.sqlite',
        '..%2F..%2Fetc%2Fpasswd',
        `${stored}-640.webp.html`,
        `${stored}-640.svg`,
      ]) {
        assert.equal(
          (await node.app.inject({ url: `/media/${bad}` })).statusCode,
          404,
          `${bad} is not served`,
        );
      }
    });

    test('EXIF GPS is gone from the served variants; the photo is upright', async () => {
      const item = await uploaded(contributor, {
        name: 'dien-thoai.jpg',
        bytes: await makeJpegWithGps(1200, 800),
      });
      assert.deepEqual([item.width, item.height], [800, 1200], 'upright');
      for (const v of item.variants) {
        const res = await node.app.inject({ url: v.url });
        const meta = await sharp(res.rawPayload).metadata();
        assert.ok(!hasGpsDirectory(meta.exif), `${v.url}: no GPS`);
        assert.equal(meta.exif, undefined, `${v.url}: no EXIF`);
        assert.ok(meta.height! > meta.width!, `${v.url}: portrait`);
      }
    });

    test('the list: paging, search in alt and caption, usable=1 leaves out images without alt', async () => {
      await uploaded(contributor, { name: 'khong-mo-ta.png', bytes: await makePng(400, 300) });
      await uploaded(
        contributor,
        { name: 'cau.png', bytes: await makePng(400, 300) },
        {
          alt: 'Cầu Bến Sen mới khánh thành',
          caption: 'Lễ khánh thành',
        },
      );
      const all = (await apiAs(node.app, contributor, 'GET', API)).json() as {
        items: ApiItem[];
        total: number;
      };
      const ofSite = await db()
        .selectFrom('media')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('site_id', '=', siteId)
        .executeTakeFirstOrThrow();
      assert.equal(all.total, Number(ofSite.n), 'total of the site only');
      assert.ok(all.total < (await mediaCount()), 'other sites have images too');
      assert.ok(
        all.items.some((i) => i.alt === ''),
        'images without alt are listed',
      );
      const usable = (await apiAs(node.app, contributor, 'GET', `${API}?usable=1`)).json() as {
        items: ApiItem[];
        total: number;
      };
      assert.ok(usable.items.length > 0 && usable.items.every((i) => i.alt !== ''), 'usable: all have alt');
      assert.ok(usable.total < all.total, 'some were left out');
      const found = (await apiAs(node.app, contributor, 'GET', `${API}?q=ben+sen`)).json() as {
        items: ApiItem[];
      };
      assert.deepEqual(
        found.items.map((i) => i.alt),
        ['Cầu Bến Sen mới khánh thành'],
        'search folds diacritics',
      );
      const byCaption = (
        await apiAs(node.app, contributor, 'GET', `${API}?q=${encodeURIComponent('Lễ khánh')}`)
      ).json() as {
        items: ApiItem[];
      };
      assert.equal(byCaption.items.length, 1, 'search in captions');
      // Paging: 24 per page.
      for (let i = 0; i < 24; i++) {
        await db()
          .insertInto('media')
          .values({
            site_id: siteId,
            stored_name: `f${String(i).padStart(23, '0')}`,
            mime: 'image/png',
            width: 10,
            height: 10,
            bytes: 10,
            alt: `Ảnh số ${i}`,
            caption: '',
            credit: '',
            variants: '[]',
            created_at: Date.now(),
          })
          .execute();
      }
      const p1 = (await apiAs(node.app, contributor, 'GET', API)).json() as {
        items: ApiItem[];
        total: number;
      };
      const p2 = (await apiAs(node.app, contributor, 'GET', `${API}?page=2`)).json() as { items: ApiItem[] };
      assert.equal(p1.items.length, 24, 'first page full');
      assert.ok(p2.items.length >= 1, 'second page');
      assert.ok(!p2.items.some((i) => p1.items.some((j) => j.id === i.id)), 'pages do not overlap');
      const page2 = await adminGet(node.app, contributor, `${LIST}?page=2`);
      assert.ok(page2.body.includes('Trang trước'), 'the admin grid pages too');
      await db().deleteFrom('media').where('stored_name', 'like', 'f0%').execute();
    });

    test('CSRF missing: 403 and nothing changes (form, API upload, PATCH, DELETE)', async () => {
      const count = await mediaCount();
      const form = await adminUpload(
        contributor,
        { alt: 'Ảnh' },
        [{ name: 'a.jpg', bytes: await makeJpeg(300, 200) }],
        false,
      );
      assert.equal(form.statusCode, 403, 'form without _csrf');
      const api = await apiUpload(
        contributor,
        { alt: 'Ảnh' },
        [{ name: 'a.jpg', bytes: await makeJpeg(300, 200) }],
        {
          csrf: false,
        },
      );
      assert.equal(api.statusCode, 403, 'API without x-csrf-token');
      assert.equal(await mediaCount(), count, 'nothing stored');
      const item = await uploaded(
        contributor,
        { name: 'b.jpg', bytes: await makeJpeg(300, 200) },
        { alt: 'Trước' },
      );
      const patch = await node.app.inject({
        method: 'PATCH',
        url: `${API}/${item.id}`,
        headers: { cookie: contributor.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ alt: 'Sau' }),
      });
      assert.equal(patch.statusCode, 403, 'PATCH without token');
      const del = await node.app.inject({
        method: 'DELETE',
        url: `${API}/${item.id}`,
        headers: { cookie: editor.cookie },
      });
      assert.equal(del.statusCode, 403, 'DELETE without token');
      assert.equal((await mediaRow(item.id))?.alt, 'Trước', 'unchanged and still there');
      const anonymous = await node.app.inject({ method: 'POST', url: API, payload: '' });
      assert.equal(anonymous.statusCode, 401, 'anonymous upload refused before parsing');
    });

    test("another site's staff get 404 everywhere and nothing changes", async () => {
      const item = await uploaded(
        contributor,
        { name: 'c.jpg', bytes: await makeJpeg(300, 200) },
        { alt: 'Của Hoà Lâm' },
      );
      const count = await mediaCount();
      const calls = [
        await adminGet(node.app, outsider, LIST),
        await adminGet(node.app, outsider, `${LIST}/${item.id}`),
        await adminGet(node.app, outsider, `${LIST}/${item.id}/original`),
        await adminPost(node.app, outsider, `${LIST}/${item.id}`, { alt: 'Đổi', caption: '', credit: '' }),
        await adminPost(node.app, outsider, `${LIST}/${item.id}/delete`, {}),
        await adminUpload(outsider, { alt: 'x' }, [{ name: 'x.jpg', bytes: await makeJpeg(300, 200) }]),
        await apiAs(node.app, outsider, 'GET', API),
        await apiAs(node.app, outsider, 'GET', `${API}/${item.id}`),
        await apiAs(node.app, outsider, 'PATCH', `${API}/${item.id}`, { alt: 'Đổi' }),
        await apiAs(node.app, outsider, 'DELETE', `${API}/${item.id}`),
        await apiUpload(outsider, { alt: 'x' }, [{ name: 'x.jpg', bytes: await makeJpeg(300, 200) }]),
      ];
      assert.deepEqual(
        calls.map((r) => r.statusCode),
        calls.map(() => 404),
        'all 404',
      );
      // Their own site's id in the URL does not reach this site's image either.
      const own = await apiAs(node.app, outsider, 'GET', `/api/v1/sites/tan-loc-dong/media/${item.id}`);
      assert.equal(own.statusCode, 404, 'the id of another site’s image under their own site');
      const ownPatch = await apiAs(
        node.app,
        outsider,
        'PATCH',
        `/api/v1/sites/tan-loc-dong/media/${item.id}`,
        {
          alt: 'Đổi',
        },
      );
      assert.equal(ownPatch.statusCode, 404, 'cannot edit it through their site');
      assert.equal((await mediaRow(item.id))?.alt, 'Của Hoà Lâm'.normalize('NFC'), 'unchanged');
      assert.equal(await mediaCount(), count, 'nothing stored');
    });

    test('roles: contributors edit their own uploads only, editors any; contributors cannot delete', async () => {
      const item = await uploaded(
        contributor,
        { name: 'd.jpg', bytes: await makeJpeg(300, 200) },
        { alt: 'Của tôi' },
      );
      const other = await apiAs(node.app, contributor2, 'PATCH', `${API}/${item.id}`, {
        alt: 'Của người khác',
      });
      assert.equal(other.statusCode, 403, 'another contributor may not');
      assert.match(other.json().error.message, /do chính mình tải lên/, 'says why');
      const own = await apiAs(node.app, contributor, 'PATCH', `${API}/${item.id}`, { caption: 'Chú thích' });
      assert.equal(own.statusCode, 200, 'the uploader may');
      const byEditor = await apiAs(node.app, editor, 'PATCH', `${API}/${item.id}`, { credit: 'Ảnh: BT' });
      assert.equal(byEditor.statusCode, 200, 'an editor may');
      assert.equal(byEditor.json().item.credit, 'Ảnh: BT', 'saved');
      const emptied = await apiAs(node.app, editor, 'PATCH', `${API}/${item.id}`, { alt: '' });
      assert.equal(emptied.statusCode, 422, 'alt text cannot be emptied');
      const del = await apiAs(node.app, contributor, 'DELETE', `${API}/${item.id}`);
      assert.equal(del.statusCode, 403, 'contributors cannot delete');
      assert.ok(await mediaRow(item.id), 'still there');
    });

    test('delete is refused while an article or the emblem uses the image, with where', async () => {
      const item = await uploaded(
        editor,
        { name: 'e.jpg', bytes: await makeJpeg(700, 400) },
        { alt: 'Ảnh dùng' },
      );
      const row = (await mediaRow(item.id))!;
      const article = await db()
        .selectFrom('articles')
        .select(['id', 'title', 'slug', 'status'])
        .where('site_id', '=', siteId)
        .where('status', '=', 'published')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await db()
        .updateTable('articles')
        .set({ featured_media_id: item.id })
        .where('id', '=', article.id)
        .execute();
      node.services.invalidate([`article:${siteId}:${article.id}`]);
      const page = `/bai-viet/${article.slug}`;
      assert.ok((await node.app.inject({ url: page })).body.includes('alt="Ảnh dùng"'), 'the page shows it');
      assert.ok((await node.app.inject({ url: page })).body.includes('alt="Ảnh dùng"'), 'from the cache now');
      const renamed = await apiAs(node.app, editor, 'PATCH', `${API}/${item.id}`, {
        alt: 'Ảnh dùng, mô tả mới',
      });
      assert.equal(renamed.statusCode, 200, 'alt changed');
      assert.ok(
        (await node.app.inject({ url: page })).body.includes('alt="Ảnh dùng, mô tả mới"'),
        'the cached article page was purged',
      );

      const api = await apiAs(node.app, editor, 'DELETE', `${API}/${item.id}`);
      assert.equal(api.statusCode, 409, 'refused');
      const body = api.json() as {
        error: { code: string; message: string };
        usage: { articles: { id: number; title: string; featured: boolean; url?: string }[] };
      };
      assert.equal(body.error.code, 'LOA_MEDIA_IN_USE', 'stable code');
      assert.deepEqual(
        body.usage.articles.map((a) => [a.id, a.title, a.featured]),
        [[article.id, article.title, true]],
        'the article using it',
      );
      assert.match(
        body.usage.articles[0]!.url ?? '',
        new RegExp(`/bai-viet/${article.slug}$`),
        'public link',
      );

      const confirm = await adminGet(node.app, editor, `${LIST}/${item.id}/delete`);
      assert.equal(confirm.statusCode, 200, 'confirmation page');
      assert.ok(confirm.body.includes(article.title), 'lists the article');
      assert.ok(!confirm.body.includes('media-delete-form'), 'no delete button while used');
      const form = await adminPost(node.app, editor, `${LIST}/${item.id}/delete`, {});
      assert.equal(form.statusCode, 409, 'the form is refused too');
      assert.ok(form.body.includes('ảnh đang được dùng ở 1 nơi'), 'with the count');
      assert.ok(
        form.body.includes(`/admin/sites/hoa-lam/articles/${article.id}`),
        'and a link to the article',
      );
      assert.ok(await mediaRow(item.id), 'still there');

      // In the body only (a figure carrying the id).
      await db()
        .updateTable('articles')
        .set({ featured_media_id: null })
        .where('id', '=', article.id)
        .execute();
      const bodyHtml = `<p>Mở đầu</p><figure class="photo" data-media-id="${item.id}"><img src="x" alt=""></figure>`;
      const other = await db()
        .selectFrom('articles')
        .select(['id', 'body_html'])
        .where('site_id', '=', siteId)
        .where('id', '<>', article.id)
        .executeTakeFirstOrThrow();
      await db().updateTable('articles').set({ body_html: bodyHtml }).where('id', '=', other.id).execute();
      const inBody = await apiAs(node.app, editor, 'DELETE', `${API}/${item.id}`);
      assert.equal(inBody.statusCode, 409, 'used in a body');
      assert.deepEqual(
        inBody.json().usage.articles.map((a: { id: number; inBody: boolean }) => [a.id, a.inBody]),
        [[other.id, true]],
        'found by data-media-id',
      );
      // A different id that merely starts the same is not a use.
      await db()
        .updateTable('articles')
        .set({ body_html: `<figure data-media-id="${item.id}0"></figure>` })
        .where('id', '=', other.id)
        .execute();

      // The site emblem.
      const site = await db()
        .selectFrom('sites')
        .select('settings')
        .where('id', '=', siteId)
        .executeTakeFirstOrThrow();
      const settings = JSON.parse(site.settings || '{}');
      await db()
        .updateTable('sites')
        .set({
          settings: JSON.stringify({
            ...settings,
            emblem: { mediaId: item.id, alt: { vi: 'Biểu trưng', en: 'Emblem' } },
          }),
        })
        .where('id', '=', siteId)
        .execute();
      const emblem = await apiAs(node.app, editor, 'DELETE', `${API}/${item.id}`);
      assert.equal(emblem.statusCode, 409, 'used as the emblem');
      assert.equal(emblem.json().usage.emblem, true, 'says so');
      assert.deepEqual(emblem.json().usage.articles, [], 'an id that only starts the same is not a use');
      await db().updateTable('sites').set({ settings: site.settings }).where('id', '=', siteId).execute();
      await db()
        .updateTable('articles')
        .set({ body_html: other.body_html })
        .where('id', '=', other.id)
        .execute();

      // Unused now: deleted with its files.
      const files = [`${row.stored_name}.jpg`, ...item.variants.map((v) => v.url.slice('/media/'.length))];
      const dir = join(node.config.dataDir, 'media');
      assert.ok(
        files.every((f) => existsSync(join(dir, f))),
        'files exist before',
      );
      const ok = await adminPost(node.app, editor, `${LIST}/${item.id}/delete`, {});
      assert.equal(ok.statusCode, 303, 'deleted');
      assert.equal(ok.headers.location, `${LIST}?deleted=1`, 'back to the library');
      assert.equal(await mediaRow(item.id), undefined, 'row gone');
      assert.ok(
        files.every((f) => !existsSync(join(dir, f))),
        'files gone',
      );
      assert.equal((await node.app.inject({ url: item.url })).statusCode, 404, 'no longer served');
      assert.deepEqual(
        await auditActions(`media:${item.id}`),
        ['media.upload', 'media.update', 'media.delete'],
        'audited',
      );
    });

    test('limits: one file per request, 20 MB per file', async () => {
      const count = await mediaCount();
      const two = await apiUpload(contributor, {}, [
        { name: 'a.jpg', bytes: await makeJpeg(200, 100) },
        { name: 'b.jpg', bytes: await makeJpeg(200, 100) },
      ]);
      assert.equal(two.statusCode, 422, 'two files refused');
      assert.match(two.json().error.message, /một tệp/, 'one file at a time');
      const big = Buffer.concat([await makeJpeg(200, 100), Buffer.alloc(20 * 1024 * 1024)]);
      const tooBig = await apiUpload(contributor, {}, [{ name: 'big.jpg', bytes: big }]);
      assert.equal(tooBig.statusCode, 422, 'a file over 20 MB is refused');
      assert.match(tooBig.json().error.message, /20 MB/, 'with the limit');
      const huge = await apiUpload(contributor, {}, [
        { name: 'huge.jpg', bytes: Buffer.concat([big, Buffer.alloc(1024 * 1024)]) },
      ]);
      assert.equal(huge.statusCode, 413, 'a body far over the limit is refused before parsing');
      assert.equal(await mediaCount(), count, 'nothing stored');
    });

    test('the admin pages are valid HTML: grid, edit, delete confirmation, refusals', async () => {
      const item = await uploaded(editor, { name: 'v.jpg', bytes: await makeJpeg(500, 300) });
      const pages = [
        await adminGet(node.app, editor, LIST),
        await adminGet(node.app, editor, `/en${LIST}?q=kh%C3%B4ng+c%C3%B3&filter=noAlt`),
        await adminGet(node.app, editor, `${LIST}/${item.id}`),
        await adminGet(node.app, editor, `${LIST}/${item.id}/delete`),
        await adminPost(node.app, editor, `${LIST}/${item.id}`, { alt: '', caption: '', credit: '' }),
        await adminUpload(editor, { alt: '' }, [{ name: 'x.svg', bytes: SVG_WITH_SCRIPT }]),
      ];
      for (const res of pages) {
        const report = await validator.validateString(res.body);
        const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
        assert.deepEqual(problems, [], `page answered ${res.statusCode} validates`);
      }
    });

    test('the OpenAPI document describes the media endpoints', async () => {
      const doc = (await node.app.inject({ url: '/api/v1/openapi.json' })).json();
      assert.ok(doc.paths['/api/v1/sites/{site}/media']?.post, 'upload');
      assert.ok(doc.paths['/api/v1/sites/{site}/media/{id}']?.delete, 'delete');
      assert.ok(doc.components.schemas.MediaItem, 'item schema');
    });
  });
}
