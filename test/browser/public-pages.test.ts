/**
 * Browser journey: a phone and a desktop open the home, a category and an article in Chromium
 * (Debian's, driven by playwright-core) with no console errors, no horizontal scrolling on the
 * phone, working pages without JavaScript, and a print stylesheet that hides the navigation.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/chromium.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740, isMobile: true },
  { name: 'desktop', width: 1366, height: 900, isMobile: false },
];

describe('public pages in Chromium', { skip: skipUnlessChromium() }, () => {
  let node: TestNode;
  let browser: Browser;
  let base: string;
  let articlePath: string;

  before(async () => {
    node = await createTestNode({ articlesPerSite: 10, imagesPerSite: 2 });
    await node.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(node.app.server.address() as AddressInfo).port}`;
    const a = await node.services.database.db
      .selectFrom('articles')
      .select('slug')
      .where('site_id', '=', 1)
      .where('lang', '=', 'vi')
      .where('body_html', 'like', '%<figure%')
      .limit(1)
      .executeTakeFirstOrThrow();
    articlePath = `/bai-viet/${a.slug}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await node?.close();
  });

  for (const viewport of VIEWPORTS) {
    test(`home, category and article on a ${viewport.name} with no console errors`, async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        isMobile: viewport.isMobile,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      for (const path of ['/', '/chuyen-muc/tin-tuc', articlePath, '/en']) {
        const res = await page.goto(base + path, { waitUntil: 'load' });
        assert.equal(res?.status(), 200, path);
        assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path}: no horizontal scroll on ${viewport.name} (${overflow}px)`);
        const unlabeled = await page.evaluate(
          () =>
            [...document.querySelectorAll('input:not([type=hidden])')].filter(
              (i) => !i.id || !document.querySelector(`label[for="${i.id}"]`),
            ).length,
        );
        assert.equal(unlabeled, 0, `${path}: every input has a label`);
        const imagesWithoutAlt = await page.locator('img:not([alt])').count();
        assert.equal(imagesWithoutAlt, 0, `${path}: every image has alt`);
      }
      await page.goto(base + articlePath);
      const figure = page.locator('.article-body figure img').first();
      assert.ok(
        await figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        'photo loaded',
      );
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('pages work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('nav.nav a', { hasText: 'Tin tức' }).first().click();
    assert.match(page.url(), /\/chuyen-muc\/tin-tuc$/);
    await page.locator('.cards h2 a').first().click();
    assert.match(page.url(), /\/bai-viet\//);
    await page.fill('#q', 'hội nghị');
    await page.press('#q', 'Enter');
    assert.match(page.url(), /\/tim-kiem\?q=/);
    assert.equal(await page.locator('h1').textContent(), 'Kết quả tìm kiếm');
    await context.close();
  });

  test('search suggestions: a listbox as you type, arrow keys and Enter open the article', async () => {
    const target = await node.services.database.db
      .selectFrom('articles')
      .select(['title', 'slug'])
      .where('site_id', '=', 1)
      .where('lang', '=', 'vi')
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    // The first two words and the start of the third, as someone still typing.
    const words = target.title.split(' ');
    const typed = `${words.slice(0, 2).join(' ')} ${words[2]!.slice(0, Math.max(2, words[2]!.length - 1))}`;
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.locator('#q').pressSequentially(typed, { delay: 20 });
    const listbox = page.locator('#q-suggestions[role="listbox"]');
    await page.locator('#q-suggestions [role="option"]').first().waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(
      await page.locator('#q').getAttribute('aria-expanded'),
      'true',
      'the combobox says it is open',
    );
    const options = await page.locator('#q-suggestions [role="option"]').allTextContents();
    const index = options.indexOf(target.title);
    assert.ok(index >= 0, `the newest matching title is suggested (got ${JSON.stringify(options)})`);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.locator('#q').getAttribute('aria-activedescendant'),
      `q-suggestion-${index}`,
      'arrow keys move the active option',
    );
    await page.keyboard.press('Escape');
    assert.equal(await listbox.isVisible(), false, 'Escape closes the list');
    await page.locator('#q').press('Space');
    await page.locator('#q').press('Backspace');
    await page.locator('#q-suggestions [role="option"]').first().waitFor({ state: 'visible', timeout: 5000 });
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`**/bai-viet/${target.slug}`), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').textContent(), target.title, 'Enter opened the suggested article');
    await page.close();
  });

  test('the print stylesheet hides navigation and sidebar', async () => {
    const page = await browser.newPage();
    await page.goto(base + articlePath);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('nav.nav').isVisible(), false);
    assert.equal(await page.locator('aside').isVisible(), false);
    assert.equal(await page.locator('h1').isVisible(), true);
    await page.close();
  });

  test('keyboard users reach the skip link first and it moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.equal(focused, '#main');
    await page.close();
  });
});
