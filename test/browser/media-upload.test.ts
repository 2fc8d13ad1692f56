/**
 * The media library in Chromium: the upload island (picked file uploaded with progress, then the
 * edit page; several images dropped at once; a refused SVG explained in place) and the same form
 * without JavaScript (multipart POST, then alt text on the edit page).
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeJpeg, makePng, SVG_WITH_SCRIPT } from '../../src/features/media/test-images.js';
import { launchChromium, skipUnlessChromium } from '../../src/testing/chromium.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

const LIST = '/admin/sites/hoa-lam/media';

describe('media library in Chromium', { skip: skipUnlessChromium() }, () => {
  let node: TestNode;
  let browser: Browser;
  let base: string;
  let siteId: number;
  let contributor: TestStaff;

  const rows = () =>
    node.services.database.db
      .selectFrom('media')
      .select(['id', 'alt', 'mime', 'original_name'])
      .where('site_id', '=', siteId)
      .orderBy('id')
      .execute();

  async function session(
    javaScriptEnabled = true,
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1024, height: 800 } });
    const [name, value] = contributor.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  }

  before(async () => {
    node = await createTestNode({ articlesPerSite: 2, imagesPerSite: 1 });
    await node.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
    siteId = await siteIdOf(node.services, 'hoa-lam');
    contributor = await createStaff(node.services, 'contributor', siteId, 'ctv-trinh-duyet');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await node?.close();
  });

  test('with the island: a picked file is uploaded through the API, then its edit page opens', async () => {
    const { context, page, errors } = await session();
    await page.goto(`${base}${LIST}`);
    await page.locator('.media-drop.is-enhanced').waitFor({ timeout: 5000 });
    assert.ok(await page.locator('.media-drop-text').isVisible(), 'the drop zone says what to do');
    await page.locator('#file').setInputFiles({
      name: 'le-hoi.jpg',
      mimeType: 'image/jpeg',
      buffer: await makeJpeg(1600, 900),
    });
    await page.locator('#alt').fill('Lễ hội Xuống đồng');
    await page.locator('#credit').fill('Ảnh: QĐ');
    await Promise.all([
      page.waitForURL(/\/admin\/sites\/hoa-lam\/media\/\d+\?uploaded=1$/, { timeout: 15_000 }),
      page.locator('.media-upload-form button[type=submit]').click(),
    ]);
    const last = (await rows()).at(-1)!;
    assert.deepEqual(
      [last.alt, last.mime, last.original_name],
      ['Lễ hội Xuống đồng', 'image/jpeg', 'le-hoi.jpg'],
      'stored with its text',
    );
    assert.ok((await page.content()).includes('Đã tải ảnh lên.'), 'the edit page says so');
    assert.deepEqual(errors, [], 'no script errors');
    await context.close();
  });

  test('several images dropped at once are all uploaded; the list then shows those missing alt', async () => {
    const { context, page, errors } = await session();
    await page.goto(`${base}${LIST}`);
    await page.locator('.media-drop.is-enhanced').waitFor({ timeout: 5000 });
    const before_ = (await rows()).length;
    const files = [
      { name: 'mot.png', type: 'image/png', data: [...(await makePng(400, 300))] },
      { name: 'hai.jpg', type: 'image/jpeg', data: [...(await makeJpeg(500, 300))] },
    ];
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name, { type: f.type }));
      return dt;
    }, files);
    await Promise.all([
      page.waitForURL(/\/admin\/sites\/hoa-lam\/media\?filter=noAlt$/, { timeout: 20_000 }),
      page.locator('.media-drop').dispatchEvent('drop', { dataTransfer: transfer }),
    ]);
    const after_ = await rows();
    assert.equal(after_.length, before_ + 2, 'two images stored');
    assert.deepEqual(
      after_.slice(-2).map((r) => r.original_name),
      ['mot.png', 'hai.jpg'],
      'in the order dropped',
    );
    assert.ok((await page.content()).includes('Thiếu mô tả ảnh: chưa dùng được'), 'marked as needing alt');
    assert.deepEqual(errors, [], 'no script errors');
    await context.close();
  });

  test('a refused file is explained in place and nothing is stored', async () => {
    const { context, page } = await session();
    await page.goto(`${base}${LIST}`);
    await page.locator('.media-drop.is-enhanced').waitFor({ timeout: 5000 });
    const before_ = (await rows()).length;
    await page
      .locator('#file')
      .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG_WITH_SCRIPT });
    await page.locator('.media-upload-form button[type=submit]').click();
    const status = page.locator('.media-upload-status');
    await status.filter({ hasText: 'Không nhận ảnh SVG' }).waitFor({ timeout: 10_000 });
    assert.match((await status.textContent()) ?? '', /logo\.svg/, 'names the file');
    assert.equal(page.url(), `${base}${LIST}`, 'still on the library');
    assert.equal((await rows()).length, before_, 'nothing stored');
    await context.close();
  });

  test('without JavaScript: the multipart form uploads, then alt text is added on the edit page', async () => {
    const { context, page } = await session(false);
    await page.goto(`${base}${LIST}`);
    await page.locator('#file').setInputFiles({
      name: 'khong-js.png',
      mimeType: 'image/png',
      buffer: await makePng(700, 500),
    });
    await Promise.all([
      page.waitForURL(/\/media\/\d+\?uploaded=1$/),
      page.locator('.media-upload-form button[type=submit]').click(),
    ]);
    assert.ok((await page.content()).includes('Thiếu mô tả ảnh: chưa dùng được'), 'asks for alt text');
    await page.locator('#alt').fill('Trụ sở Ủy ban nhân dân xã');
    await Promise.all([
      page.waitForURL(/\?saved=1$/),
      page.locator('.media-edit-form button[type=submit]').click(),
    ]);
    const last = (await rows()).at(-1)!;
    assert.deepEqual([last.alt, last.mime], ['Trụ sở Ủy ban nhân dân xã', 'image/png'], 'saved');
    await context.close();
  });
});
