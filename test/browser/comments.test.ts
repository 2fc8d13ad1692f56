/**
 * Comments in Chromium: with the island (code fetched on focus, a wrong code refused in place with
 * everything typed kept, the question in words), without JavaScript (the form page round trip), and
 * XSS payloads in name and text that, once approved, run nothing on the article page or in the
 * moderation queue and show literally.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CAPTCHA_COOKIE } from '../../src/features/captcha/captcha.js';
import { answerDigits } from '../../src/features/captcha/question.js';
import { setCaptchaAnswer } from '../../src/features/captcha/test-answers.js';
import { TestReader } from '../../src/features/comments/test-reader.js';
import { launchChromium, skipUnlessChromium } from '../../src/testing/chromium.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { apiAs, createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

const WRONG = 'Mã xác thực không đúng.';
const PENDING = 'Bình luận của bạn đang chờ duyệt.';

describe('comments in Chromium', { skip: skipUnlessChromium() }, () => {
  let node: TestNode;
  let browser: Browser;
  let base: string;
  let siteId: number;
  let approver: TestStaff;
  let articles: { id: number; slug: string }[];

  /** Watches a page for anything a script could do: dialogs, errors, console output. */
  function watch(page: Page) {
    const events: string[] = [];
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') events.push(`console ${m.type()}: ${m.text()}`);
    });
    return events;
  }

  /** The code the form will send: the island's `captcha_id`, else the image cookie. */
  async function currentToken(page: Page, context: BrowserContext): Promise<string> {
    const hidden = page.locator('input[name=captcha_id]');
    if ((await hidden.count()) > 0) {
      const value = await hidden.inputValue();
      if (value) return value;
    }
    const cookie = (await context.cookies()).find((c) => c.name === CAPTCHA_COOKIE);
    assert.ok(cookie, 'a code was loaded');
    return cookie.value;
  }

  const commentsOn = (articleId: number) =>
    node.services.database.db
      .selectFrom('comments')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('id')
      .execute();

  before(async () => {
    node = await createTestNode({ articlesPerSite: 6, imagesPerSite: 1 });
    await node.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
    siteId = await siteIdOf(node.services, 'hoa-lam');
    approver = await createStaff(node.services, 'approver', siteId);
    articles = await node.services.database.db
      .selectFrom('articles')
      .select(['id', 'slug'])
      .where('site_id', '=', siteId)
      .where('lang', '=', 'vi')
      .where('status', '=', 'published')
      .orderBy('id')
      .limit(4)
      .execute();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await node?.close();
  });

  test('with script: the code loads on focus, a wrong code is refused in place, fields are kept', async () => {
    const article = articles[0]!;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    const events = watch(page);
    await page.goto(`${base}/bai-viet/${article.slug}`);
    assert.equal(await page.locator('#comments-title').textContent(), 'Bình luận (0)', 'heading');
    await page.locator('#comment-name').fill('Hoàng Thị Mai');
    await page.locator('input[name=captcha_id]').waitFor({ state: 'attached', timeout: 5000 });
    const image = page.locator('.comment-code-image');
    assert.match(
      (await image.getAttribute('src')) ?? '',
      /^data:image\/svg\+xml/,
      'code image loaded on focus',
    );
    await page.locator('#comment-email').fill('mai.hoang@example.vn');
    await page.locator('#comment-text').fill('Dòng một\nDòng hai');
    await page.locator('#comment-code').fill('SAI00');
    const firstToken = await currentToken(page, context);
    await page.locator('.comment-form button[type=submit]').click();
    await page.locator('#comment-code-error').waitFor({ timeout: 5000 });
    assert.equal(
      await page.locator('#comment-code-error').textContent(),
      WRONG,
      'exact message by the field',
    );
    assert.equal(await page.locator('#comment-code').getAttribute('aria-invalid'), 'true', 'field marked');
    assert.equal(await page.locator('#comment-name').inputValue(), 'Hoàng Thị Mai', 'name kept');
    assert.equal(await page.locator('#comment-email').inputValue(), 'mai.hoang@example.vn', 'email kept');
    assert.equal(await page.locator('#comment-text').inputValue(), 'Dòng một\nDòng hai', 'text kept');
    const secondToken = await currentToken(page, context);
    assert.notEqual(secondToken, firstToken, 'a new code replaced the used one');
    assert.equal((await commentsOn(article.id)).length, 0, 'nothing stored');

    await setCaptchaAnswer(node.services.database, secondToken, 'hm4k7');
    await page.locator('#comment-code').fill('HM4K7');
    await page.locator('.comment-form button[type=submit]').click();
    await page.locator('.comment-status', { hasText: PENDING }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#comment-code-error').count(), 0, 'error cleared');
    assert.equal(await page.locator('#comment-text').inputValue(), '', 'text cleared after sending');
    const stored = await commentsOn(article.id);
    assert.equal(stored.length, 1, 'stored');
    assert.equal(stored[0]!.status, 'pending', 'awaiting moderation');
    assert.equal(stored[0]!.body, 'Dòng một\nDòng hai', 'text as typed');
    // Chromium logs every 4xx response; the refused code is the one expected.
    const unexpected = events.filter((e) => !/Failed to load resource: .* status of 422/.test(e));
    assert.deepEqual(unexpected, [], 'no errors');
    await context.close();
  });

  test('with script: the question in words replaces the image for those who cannot see it', async () => {
    const article = articles[1]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    const events = watch(page);
    await page.goto(`${base}/bai-viet/${article.slug}`);
    await page.locator('[data-code-mode="text"]').click();
    const label = page.locator('#comment-code-label');
    await page.waitForFunction(() =>
      document.getElementById('comment-code-label')?.textContent?.includes(':'),
    );
    const question = ((await label.textContent()) ?? '').replace(/^Câu hỏi xác thực: /, '');
    const status = (await page.locator('.comment-status').textContent()) ?? '';
    assert.ok(status.includes(question), 'the question is announced in the live region');
    assert.equal(await page.locator('.comment-code-image').isVisible(), false, 'image hidden');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'comment-code',
      'focus goes to the answer field',
    );
    const m = /^(\S+) (cộng|trừ) (\S+) /i.exec(question);
    assert.ok(m, `a sum in words: ${question}`);
    const a = Number(answerDigits(m[1]!));
    const b = Number(answerDigits(m[3]!));
    await page.locator('#comment-code').fill(String(m[2] === 'cộng' ? a + b : a - b));
    await page.locator('#comment-name').fill('Đỗ Văn Nam');
    await page.locator('#comment-email').fill('nam@example.vn');
    await page.locator('#comment-text').fill('Tôi dùng trình đọc màn hình.');
    await page.locator('.comment-form button[type=submit]').click();
    await page.locator('.comment-status', { hasText: PENDING }).waitFor({ timeout: 5000 });
    assert.equal((await commentsOn(article.id)).length, 1, 'stored');
    assert.deepEqual(events, [], 'no errors');
    await context.close();
  });

  test('without script: the form page keeps what was typed and takes a new code', async () => {
    const article = articles[2]!;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/bai-viet/${article.slug}`);
    const image = page.locator('.comment-code-image');
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.comment-code-image');
      return img?.complete && img.naturalWidth > 0;
    });
    await page.locator('#comment-name').fill('Vũ Thị Lan');
    await page.locator('#comment-email').fill('lan@example.vn');
    await page.locator('#comment-text').fill('Góp ý không cần JavaScript.');
    await page.locator('#comment-code').fill('SAI00');
    await Promise.all([
      page.waitForURL(`**/binh-luan/${article.id}`),
      page.locator('.comment-form button[type=submit]').click(),
    ]);
    assert.ok((await page.locator('#comment-code-error').textContent())?.includes(WRONG), 'exact message');
    assert.equal(await page.locator('#comment-name').inputValue(), 'Vũ Thị Lan', 'name kept');
    assert.equal(await page.locator('#comment-email').inputValue(), 'lan@example.vn', 'email kept');
    assert.equal(
      await page.locator('#comment-text').inputValue(),
      'Góp ý không cần JavaScript.',
      'text kept',
    );
    const token = await page.locator('input[name=captcha_id]').inputValue();
    await setCaptchaAnswer(node.services.database, token, 'pq3r9');
    await page.locator('#comment-code').fill('pq3r9');
    await Promise.all([
      page.waitForURL(/sent=1$/),
      page.locator('.comment-form button[type=submit]').click(),
    ]);
    assert.ok((await page.locator('main').textContent())?.includes(PENDING), 'awaiting moderation');
    assert.equal((await commentsOn(article.id)).length, 1, 'stored');
    await context.close();
  });

  test('XSS payloads in name and text run nothing once approved and show literally', async () => {
    const article = articles[3]!;
    const payloads = [
      {
        name: '<script>window.__xss = "name"</script>',
        text: '<img src=x onerror="window.__xss = \'img\'">',
      },
      {
        name: '"><svg onload="window.__xss=\'svg\'">',
        text: '<a href="javascript:window.__xss=\'a\'">bấm</a>\nhttp://evil.example/x',
      },
      {
        name: "';window.__xss='quote';//",
        text: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
      },
    ];
    for (const p of payloads) {
      const res = await new TestReader(node).comment(article.id, p);
      assert.equal(res.statusCode, 303, `accepted: ${p.name}`);
    }
    const ids = (await commentsOn(article.id)).map((c) => c.id);
    const approve = await apiAs(node.app, approver, 'POST', '/api/v1/sites/hoa-lam/comments/bulk', {
      ids,
      action: 'approve',
    });
    assert.equal(approve.statusCode, 200, 'approved');
    await apiAs(node.app, approver, 'POST', `/api/v1/sites/hoa-lam/comments/${ids[0]}/replies`, {
      text: '<b>Ban biên tập</b> <script>window.__xss="reply"</script>',
    });

    const context = await browser.newContext();
    const page = await context.newPage();
    const events = watch(page);
    await page.goto(`${base}/bai-viet/${article.slug}`, { waitUntil: 'load' });
    await page.locator('#comments-title').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      undefined,
      'no script ran',
    );
    assert.deepEqual(events, [], 'no dialog, error or console output');
    assert.equal(await page.locator('#comments-title').textContent(), 'Bình luận (3)', 'count');
    const list = page.locator('.comment-list');
    assert.equal(await list.locator('script, img, svg, iframe, a, b').count(), 0, 'no markup from readers');
    const authors = await list.locator('.comment-author').allTextContents();
    assert.deepEqual(
      authors,
      payloads.map((p) => p.name),
      'names literally, oldest first',
    );
    const texts = await list
      .locator('> li > .comment-text')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    assert.deepEqual(
      texts,
      payloads.map((p) => p.text),
      'texts literally, line breaks kept',
    );
    assert.ok(
      ((await list.locator('.comment-site .comment-text').textContent()) ?? '').includes(
        '<script>window.__xss="reply"</script>',
      ),
      'the site reply is plain text too',
    );

    // The moderation queue shows the same payloads to staff without running them.
    const [name, value] = approver.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
    const admin = await context.newPage();
    const adminEvents = watch(admin);
    await admin.goto(`${base}/admin/sites/hoa-lam/comments?status=approved`);
    assert.equal(
      await admin.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
      undefined,
      'none in the admin',
    );
    assert.deepEqual(adminEvents, [], 'no dialog or error in the admin');
    const body = (await admin.locator('.comment-queue').textContent()) ?? '';
    for (const p of payloads) assert.ok(body.includes(p.name), `admin shows ${p.name} literally`);
    await context.close();
  });
});
