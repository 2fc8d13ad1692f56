/**
 * Browser journey for ratings and polls in Chromium: with JavaScript the stars and the poll work
 * without a reload and the figures appear after load; without JavaScript the same is done with
 * plain forms and the live frames; a question and options full of markup are shown as text and
 * the page runs no injected script.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { IN_CI } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { apiAs, createStaff, siteIdOf } from '../../src/testing/staff.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function skipUnlessChromium(): false | string {
  if (existsSync(CHROMIUM)) return false;
  if (IN_CI) throw new Error(`Chromium is required under CI but ${CHROMIUM} does not exist`);
  return `Chromium not found at ${CHROMIUM}: browser suite skipped`;
}

const QUESTION = '<script>window.__pwned = "question"</script>Bạn thấy <b>cổng</b> thế nào?';
const OPTIONS = [
  '<img src=x onerror="window.__pwned=\'option\'">Rất tốt',
  '"><svg onload="window.__pwned=1">',
  'Bình thường',
];

/** Collects what a page should never show: console errors, script errors, failed requests, dialogs. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

describe('ratings and polls in Chromium', { skip: skipUnlessChromium() }, () => {
  let node: TestNode;
  let browser: Browser;
  let base: string;
  let articlePath: string;
  let pollId: number;

  before(async () => {
    // Behind a "proxy": each browser context says which address it comes from, so two contexts are
    // two readers (from one address, cookies cleared, they would be the same reader).
    node = await createTestNode({ articlesPerSite: 4, imagesPerSite: 1, env: { LOA_TRUST_PROXY: '1' } });
    await node.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
    const siteId = await siteIdOf(node.services, 'hoa-lam');
    const a = await node.services.database.db
      .selectFrom('articles')
      .select('slug')
      .where('site_id', '=', siteId)
      .where('lang', '=', 'vi')
      .where('status', '=', 'published')
      .limit(1)
      .executeTakeFirstOrThrow();
    articlePath = `/bai-viet/${a.slug}`;
    const admin = await createStaff(node.services, 'site_admin', siteId);
    const res = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
      question: QUESTION,
      options: OPTIONS,
      placement: { home: true, articles: true },
    });
    assert.equal(res.statusCode, 201, res.body);
    pollId = res.json().poll.id;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await node?.close();
  });

  test('with JavaScript: figures after load, rating and voting without a reload, markup shown as text', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.10' },
    });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(base + articlePath);
    await page.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
    });

    const summary = page.locator('[data-rating-summary]');
    await summary.waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await summary.textContent(), 'Chưa có lượt đánh giá nào.');
    assert.equal(await page.locator('.rating-stars input[type="radio"]').count(), 5, 'a radio group of five');
    assert.equal(await page.getByRole('radio', { name: '4 sao' }).count(), 1, 'each star has a spoken name');
    await page.locator('label[for="rating-star-4"]').click();
    assert.equal(await page.getByRole('radio', { name: '4 sao' }).isChecked(), true);
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page
      .locator('[data-rating-status]', { hasText: 'Cảm ơn bạn đã đánh giá.' })
      .waitFor({ timeout: 5000 });
    assert.equal(await summary.textContent(), '1 lượt đánh giá, trung bình 4,0/5');
    assert.match((await page.locator('[data-rating-status]').textContent()) ?? '', /Bạn đã chấm 4 sao\./);

    const legend = page.locator('[data-widget="poll"] legend');
    await legend.waitFor({ timeout: 5000 });
    assert.equal(await legend.textContent(), QUESTION, 'the question as typed, as text');
    const labels = await page.locator('[data-widget="poll"] .poll-option label').allTextContents();
    assert.deepEqual(labels, OPTIONS, 'the options as text');
    await page.locator('[data-widget="poll"] .poll-option label').nth(2).click();
    await page.locator('[data-widget="poll"] button[type="submit"]').click();
    const total = page.locator('[data-widget="poll"] .poll-total');
    await total.waitFor({ timeout: 5000 });
    assert.equal(await total.textContent(), '1 người đã bình chọn');
    assert.equal(
      await page.locator('[data-widget="poll"] .poll-note').textContent(),
      'Cảm ơn bạn đã bình chọn.',
    );
    assert.equal(await page.locator('[data-widget="poll"] meter').count(), 3, 'a bar per option');

    assert.equal(
      await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
      true,
      'no reload',
    );
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(
      await page
        .locator('[data-widget="poll"] img, [data-widget="poll"] svg, [data-widget="poll"] b')
        .count(),
      0,
    );

    // Back later: the results, not the form again.
    await page.goto(`${base}/`);
    await page.locator('[data-widget="poll"] .poll-total').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('[data-widget="poll"] form').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('without JavaScript: the star form comes back to the article with the result, the poll votes in its frame', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.20' },
    });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(base + articlePath);
    const ratingFrame = page.frameLocator('iframe.rating-frame');
    assert.equal(
      await ratingFrame.locator('.rating-summary').textContent(),
      '1 lượt đánh giá, trung bình 4,0/5',
    );
    await page.locator('label[for="rating-star-5"]').click();
    await Promise.all([
      page.waitForURL(`**${articlePath}#danh-gia`),
      page.getByRole('button', { name: 'Gửi đánh giá' }).click(),
    ]);
    assert.equal(
      await ratingFrame.locator('.rating-summary').textContent(),
      '2 lượt đánh giá, trung bình 4,5/5',
    );
    assert.equal(await ratingFrame.locator('.rating-mine').textContent(), 'Bạn đã chấm 5 sao.');

    const pollFrame = page.frameLocator('iframe.poll-frame');
    assert.equal(await pollFrame.locator('legend').textContent(), QUESTION);
    await pollFrame.locator('.poll-option label').nth(0).click();
    await pollFrame.getByRole('button', { name: 'Bình chọn' }).click();
    await pollFrame.locator('.poll-total', { hasText: '2 người đã bình chọn' }).waitFor({ timeout: 5000 });
    assert.equal(await pollFrame.locator('.poll-note').textContent(), 'Cảm ơn bạn đã bình chọn.');
    assert.equal(page.url(), `${base}${articlePath}#danh-gia`, 'the article page stayed where it was');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the frames run no injected script either', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    for (const url of [`/binh-chon/khung?poll=${pollId}`, `/binh-chon/khung?poll=${pollId}&view=results`]) {
      await page.goto(base + url);
      assert.equal(
        await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
        undefined,
        url,
      );
      assert.equal(
        await page.locator('img, svg, script, b').count(),
        0,
        `${url}: no element from the poll text`,
      );
      assert.ok(
        ((await page.locator('body').textContent()) ?? '').includes(OPTIONS[1]!),
        `${url}: text shown literally`,
      );
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
