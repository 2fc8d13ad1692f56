/**
 * Browser journey of the editorial admin in Chromium: a contributor logs in (password, then the
 * TOTP code), writes an article on a tablet with a photo uploaded through the editor's dialog and
 * submits it; an editor returns it with a reason (by keyboard); the contributor reads the reason,
 * fixes the article and submits it again; an approver approves and publishes it, and the public
 * article page shows it with the photo. Then an approver schedules one a few seconds ahead and the
 * scheduler puts it on the public site when it is due.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startScheduler } from '../../src/features/articles/scheduler.js';
import { makeJpeg } from '../../src/features/media/test-images.js';
import { launchChromium, skipUnlessChromium } from '../../src/testing/chromium.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

/** createStaff turns two-factor on with this secret. */
const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(TOTP_SECRET) });

const SITE = '/admin/sites/hoa-lam';
const TITLE = 'Ra quân chiến dịch Thanh niên tình nguyện hè 2025';
const REASON = 'Thiếu tên tác giả ảnh, đề nghị bổ sung bút danh.';
/** A tablet in portrait. */
const TABLET = { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true };

interface Person {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

describe('editorial journey in Chromium', { skip: skipUnlessChromium() }, () => {
  let node: TestNode;
  let browser: Browser;
  let base: string;
  let contributor: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  const people: Person[] = [];

  before(async () => {
    node = await createTestNode({ articlesPerSite: 4, imagesPerSite: 1 });
    await node.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
    const siteId = await siteIdOf(node.services, 'hoa-lam');
    contributor = await createStaff(node.services, 'contributor', siteId, 'phongvien');
    editor = await createStaff(node.services, 'editor', siteId, 'bientapvien');
    approver = await createStaff(node.services, 'approver', siteId, 'truongban');
    browser = await launchChromium();
  });
  after(async () => {
    for (const p of people) await p.context.close();
    await browser?.close();
    await node?.close();
  });

  /** Opens a browser for a person and logs in through the login form and the TOTP step. */
  async function logIn(
    staff: TestStaff,
    options: Parameters<Browser['newContext']>[0] = {},
  ): Promise<Person> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${base}/admin`);
    assert.match(page.url(), /\/admin\/login$/, 'sent to the login page');
    await page.getByLabel('Thư điện tử', { exact: true }).fill(staff.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(staff.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin\/login\/totp$/);
    await page.getByLabel('Mã xác thực (6 chữ số)', { exact: true }).fill(totp.generate());
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL(/\/admin$/);
    const person = { context, page, problems };
    people.push(person);
    return person;
  }

  /** No horizontal scrolling: everything fits the screen's width. */
  async function fits(page: Page, label: string) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${label}: no horizontal scroll (${overflow}px)`);
  }

  const article = () =>
    node.services.database.db
      .selectFrom('articles')
      .selectAll()
      .where('title', '=', TITLE)
      .executeTakeFirstOrThrow();

  test('write with a photo, return with a reason, fix, resubmit, approve, publish: the public page shows it', async () => {
    // The contributor, on a tablet.
    const writer = await logIn(contributor, TABLET);
    const w = writer.page;
    await w.goto(`${base}${SITE}`);
    await fits(w, 'dashboard on a tablet');
    await w.getByRole('link', { name: 'Viết bài mới' }).first().click();
    await w.waitForURL(/\/articles\/new$/);
    await w.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await w.getByLabel('Sapo (tóm tắt)', { exact: true }).fill('- Sáng nay, hơn 500 đoàn viên ra quân.');
    await w.getByLabel('Chuyên mục', { exact: true }).selectOption({ label: 'Tin tức' });
    const body = w.locator('#body_html-editor');
    await body.waitFor();
    await body.click();
    await w.keyboard.type('Lễ ra quân diễn ra tại sân vận động huyện.');
    await w.keyboard.press('Enter');

    // A photo uploaded through the editor's dialog.
    await w
      .locator('[role="toolbar"]')
      .getByRole('button', { name: 'Chèn ảnh từ thư viện', exact: true })
      .click();
    const dialog = w.getByRole('dialog', { name: 'Chèn ảnh' });
    await dialog.waitFor();
    await dialog
      .getByLabel('Tệp ảnh (JPEG, PNG hoặc WebP)', { exact: true })
      .setInputFiles({ name: 'ra-quan.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(1200, 800) });
    await dialog.getByLabel('Mô tả ảnh (bắt buộc)', { exact: true }).fill('Đoàn viên thanh niên ra quân');
    await dialog.getByLabel('Chú thích', { exact: true }).fill('Các đội hình tình nguyện');
    await dialog.getByRole('button', { name: 'Tải lên và chèn' }).click();
    await w.locator('.editor-figure[data-media-id]').waitFor({ timeout: 15_000 });
    await fits(w, 'the new-article page on a tablet');

    await w.getByRole('button', { name: 'Lưu và gửi biên tập' }).click();
    await w.getByText('Đã gửi bài để biên tập.').waitFor();
    const submitted = await article();
    assert.equal(submitted.status, 'submitted', 'submitted');
    assert.equal(submitted.author_id, contributor.userId, 'written by the contributor');
    assert.match(
      submitted.body_html,
      /<figure class="photo" data-media-id="\d+">/,
      'the photo is in the body',
    );
    await fits(w, 'the edit page on a tablet');

    // The editor returns it with a reason, by keyboard.
    const desk = await logIn(editor);
    const e = desk.page;
    await e.goto(`${base}${SITE}`);
    await e.getByRole('link', { name: '1 bài chờ biên tập' }).click();
    await e.getByRole('link', { name: TITLE, exact: true }).click();
    await e.getByLabel('Lý do trả lại', { exact: true }).focus();
    await e.keyboard.type(REASON);
    await e.keyboard.press('Tab');
    assert.equal(
      await e.evaluate(() => document.activeElement?.textContent),
      'Trả lại',
      'Tab reaches the button',
    );
    await e.keyboard.press('Enter');
    await e.getByText('Đã trả lại bài kèm lý do.').waitFor();
    assert.equal((await article()).status, 'returned', 'returned');

    // The contributor sees the reason, fixes the article and submits it again.
    await w.goto(`${base}${SITE}`);
    await w.getByRole('link', { name: '1 bài của bạn bị trả lại' }).click();
    await w.getByRole('link', { name: TITLE, exact: true }).click();
    const reason = w.locator('.return-reason');
    assert.ok((await reason.textContent())?.includes(REASON), 'the reason is shown');
    assert.ok((await reason.textContent())?.includes('bientapvien'), 'with who returned it');
    await w.locator('#body_html-editor').waitFor();
    await w.getByLabel('Bút danh', { exact: true }).fill('Bài, ảnh: Minh Trang');
    await w.getByRole('button', { name: 'Lưu và gửi biên tập' }).click();
    await w.getByText('Đã gửi bài để biên tập.').waitFor();
    const fixed = await article();
    assert.equal(fixed.status, 'submitted', 'submitted again');
    assert.equal(fixed.byline, 'Bài, ảnh: Minh Trang', 'the fix is saved');

    // The approver approves and publishes it.
    const chief = await logIn(approver);
    const a = chief.page;
    await a.goto(`${base}${SITE}`);
    await a.getByRole('link', { name: '1 bài chờ duyệt' }).click();
    await a.getByRole('link', { name: TITLE, exact: true }).click();
    await a.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await a.getByText('Đã duyệt bài.').waitFor();
    await a.getByRole('button', { name: 'Đăng ngay' }).click();
    await a.getByText('Đã đăng bài.').waitFor();
    assert.equal((await article()).status, 'published', 'published');

    // The public page shows it with the photo.
    await a.getByRole('link', { name: 'Xem trên trang' }).click();
    await a.waitForURL(/\/bai-viet\//);
    assert.equal(await a.locator('h1').textContent(), TITLE, 'the public article');
    const photo = a.locator('.article-body figure img').first();
    assert.equal(
      await photo.getAttribute('alt'),
      'Đoàn viên thanh niên ra quân',
      'the photo with its alt text',
    );
    assert.ok(
      await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      'the photo loaded',
    );
    assert.ok((await a.locator('.byline').textContent())?.includes('Minh Trang'), 'the fixed byline');

    for (const p of [writer, desk, chief]) assert.deepEqual(p.problems, [], 'no script errors');
  });

  test('an approver schedules an article a few seconds ahead; it appears on the public site when due', async () => {
    const chief = people[2] ?? (await logIn(approver));
    const a = chief.page;
    const title = 'Thông báo lịch tiếp công dân tháng Tám';
    await a.goto(`${base}${SITE}/articles/new`);
    await a.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await a.getByLabel('Chuyên mục', { exact: true }).selectOption({ label: 'Tin tức' });
    await a.locator('#body_html-editor').click();
    await a.keyboard.type('Lãnh đạo UBND tiếp công dân vào thứ Năm hằng tuần.');
    await a.getByRole('button', { name: 'Lưu và gửi biên tập' }).click();
    await a.getByText('Đã gửi bài để biên tập.').waitFor();
    await a.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await a.getByText('Đã duyệt bài.').waitFor();

    const due = Math.ceil((Date.now() + 4000) / 1000) * 1000;
    // The field is in Vietnam time, whatever the browser's zone.
    await a
      .getByLabel('Thời điểm đăng (giờ Việt Nam)', { exact: true })
      .fill(new Date(due + 7 * 3600_000).toISOString().slice(0, 19));
    await a.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await a.getByText('Đã hẹn giờ đăng bài.').waitFor();
    const row = await node.services.database.db
      .selectFrom('articles')
      .select(['status', 'published_at', 'slug'])
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'scheduled', 'scheduled');
    assert.equal(row.published_at, due, 'at the time typed, read as Vietnam time');

    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    const url = `${base}/bai-viet/${row.slug}`;
    assert.equal((await page.goto(url))?.status(), 404, 'not public before its time');
    const stop = startScheduler(node.services, 300);
    try {
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 250));
        status = (await page.goto(url))?.status() ?? 0;
      }
      assert.equal(status, 200, 'public once due');
      assert.ok(Date.now() >= due, 'not before its time');
      assert.equal(await page.locator('h1').textContent(), title, 'the scheduled article');
    } finally {
      stop();
      await visitor.close();
    }
    assert.deepEqual(chief.problems, [], 'no script errors');
  });
});
