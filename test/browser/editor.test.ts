/**
 * Browser journey: the article editor (src/client/editor.ts) and the form's autosave
 * (src/client/article-form.ts) in Chromium, on a fixture page that follows the edit page's contract
 * (fixtures/article-edit.html), served with the real security headers by a tiny node:http server
 * (fixtures/editor-server.ts) that also plays the media library, the upload, the autosave and the
 * form's target.
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, skipUnlessChromium } from '../../src/testing/chromium.js';
import { BODIES, PNG, readBundle, startServer, state } from './fixtures/editor-server.js';

async function until(what: string, check: () => boolean, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const EXPECTED_NEW_BODY =
  '<h2>Tin tức Hoa Lâm</h2>' +
  '<p>Xin chào <strong>đậm</strong> và thường.</p>' +
  '<ul><li><p>một</p></li><li><p>hai</p></li></ul>' +
  '<p>Xem <a href="https://loa.gov.vn/gioi-thieu">Cổng</a></p>' +
  '<figure data-media-id="7"><img src="/media/le-ra-quan.png" alt="Lễ ra quân">' +
  '<figcaption>Thanh niên ra quân <span class="credit">Ảnh: TH</span></figcaption></figure>' +
  '<div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42" ' +
  'width="640" height="360" allowfullscreen="true" title="Video YouTube"></iframe></div>' +
  '<table><tbody>' +
  '<tr><th><p>Cột A</p></th><th><p>Cột B</p></th><th><p></p></th></tr>' +
  '<tr><td><p></p></td><td><p></p></td><td><p></p></td></tr>'.repeat(3) +
  '</tbody></table>';

// Canonical editor output: loading it and saving without a change gives it back byte for byte.
BODIES.canonical =
  '<h2>Đại hội Đảng bộ</h2>' +
  '<p>Đoạn <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u> và <a href="https://hoalam.gov.vn/">liên kết</a>, ' +
  '<a href="/bai-viet/dai-hoi">bài khác</a>.</p>' +
  '<h3>Mục nhỏ</h3>' +
  '<figure data-media-id="3"><img src="/media/cu.png" alt="Ảnh cũ"><figcaption>Chú thích cũ <span class="credit">Ảnh: Mai Hoa</span></figcaption></figure>' +
  '<figure data-media-id="4"><img src="/media/chi-anh.png" alt="Chỉ có ảnh"></figure>' +
  '<blockquote><p>Trích dẫn</p></blockquote>' +
  '<ol><li><p>một</p></li></ol><ul><li><p>hai</p></li></ul>' +
  '<table><tbody><tr><th><p>A</p></th><th colspan="2"><p>B</p></th></tr>' +
  '<tr><td><p>1</p></td><td><p>2</p></td><td><p>3</p></td></tr></tbody></table>' +
  '<div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" width="640" height="360" allowfullscreen="true" title="Video YouTube"></iframe></div>' +
  '<p>Dòng một<br>dòng hai</p>';

// A body as the server stores it (figureHtml, the sanitiser's video) plus things that must not survive.
BODIES.stored =
  '<figure class="photo" data-media-id="12"><picture><source type="image/webp" srcset="/media/a-480.webp 480w" sizes="100vw">' +
  '<img src="/media/a-1200.jpg" alt="Lễ hội" width="1200" height="800" loading="lazy" decoding="async"></picture>' +
  '<figcaption>Lễ hội   đình làng <span class="credit">Ảnh: TH</span></figcaption></figure>\n' +
  '<div data-youtube-video=""><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=5" width="640" height="480" title="YouTube" allowfullscreen="true" loading="lazy"></iframe></div>\n' +
  '<p><a href="javascript:alert(1)">xấu</a> <img src="/media/le.png" alt="Ảnh trong đoạn"></p>' +
  '<h1>Lớn</h1><h6>Nhỏ</h6><iframe src="https://evil.example/"></iframe>';

describe('article editor in Chromium', { skip: skipUnlessChromium(), timeout: 300_000 }, () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  before(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /** Opens the fixture; `problems` collects console errors, page errors and failed requests. */
  async function open(body = 'empty', interval = '300') {
    state.autosaveMode = 'ok';
    state.autosaveDelay = 0;
    state.libraryExtra = 0;
    state.autosaves = [];
    state.uploads = [];
    state.submits = [];
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() === 404) problems.push(`404: ${r.url()}`);
    });
    await page.goto(`${base}/edit?body=${body}&interval=${interval}`);
    await page.locator('#body_html-editor').waitFor();
    return { page, problems };
  }

  /**
   * A caret key the browser handles itself (End, Shift+Arrow…): ProseMirror learns of the new
   * selection from a selectionchange event a task later, which a person never outpaces but a
   * script sending the next key at once can.
   */
  const caret = async (page: Page, key: string) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(30);
  };
  /** Waits for the browser to show the form's answer (closing a page mid-navigation can hang). */
  const submitted = (page: Page) => page.waitForURL(`${base}/submit`, { waitUntil: 'load' });
  const tool = (page: Page, name: string) =>
    page.locator('[role="toolbar"]').getByRole('button', { name, exact: true });
  const textarea = (page: Page) => page.locator('#body_html').inputValue();
  const focusedLabel = (page: Page) =>
    page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '',
    );

  test('typing, formatting, a link, a library image, a video and a table give the expected HTML', async () => {
    const { page, problems } = await open();
    assert.equal(await page.locator('#body_html').isVisible(), false, 'the textarea is hidden');
    const editor = page.locator('#body_html-editor');
    assert.equal(
      await editor.getAttribute('aria-labelledby'),
      'body_html-label',
      'the field label names the editor',
    );

    await editor.click();
    await page.keyboard.type('Tin tức Hoa Lâm');
    await tool(page, 'Tiêu đề cấp 2').click();
    assert.equal(
      await tool(page, 'Tiêu đề cấp 2').getAttribute('aria-pressed'),
      'true',
      'H2 shows as pressed',
    );
    await caret(page, 'End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Xin chào ');
    await tool(page, 'Chữ đậm').click();
    await page.keyboard.type('đậm');
    await tool(page, 'Chữ đậm').click();
    await page.keyboard.type(' và thường.');
    await page.keyboard.press('Enter');
    await tool(page, 'Danh sách gạch đầu dòng').click();
    await page.keyboard.type('một');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hai');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // A link: only http, https and mailto; a bare domain gets https://.
    await page.keyboard.type('Xem Cổng');
    for (let i = 0; i < 4; i++) await caret(page, 'Shift+ArrowLeft');
    await tool(page, 'Liên kết').click();
    const url = page.getByRole('textbox', { name: 'Địa chỉ liên kết (http, https hoặc mailto)' });
    assert.ok(await url.evaluate((el) => el === document.activeElement), 'the link field takes the focus');
    await url.fill('javascript:alert(1)');
    await url.press('Enter');
    await page.getByText('Địa chỉ phải bắt đầu bằng http://, https:// hoặc mailto:.').waitFor();
    assert.equal(await url.getAttribute('aria-invalid'), 'true', 'the bad address is marked');
    await url.fill('loa.gov.vn/gioi-thieu');
    await url.press('Enter');
    assert.equal(await url.isVisible(), false, 'the link form closes');
    assert.equal(state.submits.length, 0, 'Enter in the link field did not submit the article form');
    await caret(page, 'End');
    await page.keyboard.press('Enter');

    // An image from the library (images without a description are not offered).
    await tool(page, 'Chèn ảnh từ thư viện').click();
    const dialog = page.getByRole('dialog', { name: 'Chèn ảnh' });
    await dialog.getByRole('button', { name: 'Lễ ra quân' }).waitFor();
    assert.equal(await dialog.locator('.editor-media-item').count(), 2, 'only described images are offered');
    await dialog.getByRole('button', { name: 'Lễ ra quân' }).click();
    assert.equal(await dialog.isVisible(), false, 'the dialog closes after choosing');
    assert.equal(
      await page.locator('.editor-figure .editor-figure-caption').inputValue(),
      'Thanh niên ra quân',
      'the caption comes from the library',
    );

    // A YouTube address becomes a nocookie embed; a placeholder stands for it while editing.
    await tool(page, 'Chèn video YouTube').click();
    const videoUrl = page.getByRole('textbox', { name: 'Đường dẫn video YouTube' });
    await videoUrl.fill('https://vimeo.com/123');
    await videoUrl.press('Enter');
    await page.getByText('Đây không phải đường dẫn video YouTube.').waitFor();
    await videoUrl.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42');
    await videoUrl.press('Enter');
    assert.equal(
      await page.locator('.editor-video .editor-video-url').textContent(),
      'https://youtu.be/dQw4w9WgXcQ?t=42',
      'the placeholder shows the video address',
    );
    assert.equal(
      await page.locator('.editor iframe').count(),
      0,
      'nothing is loaded from YouTube while editing',
    );

    // A 3×3 table with a header row; row and column buttons appear inside it.
    assert.equal(
      await tool(page, 'Thêm hàng').isVisible(),
      false,
      'table buttons are hidden outside a table',
    );
    await tool(page, 'Chèn bảng').click();
    await page.keyboard.type('Cột A');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cột B');
    assert.equal(
      await tool(page, 'Chèn bảng').getAttribute('aria-disabled'),
      'true',
      'no table inside a table',
    );
    await tool(page, 'Thêm hàng').click();
    await tool(page, 'Thêm cột').click();
    assert.equal(await page.locator('.editor table tr').count(), 4, 'a row was added');
    assert.equal(await page.locator('.editor table tr:first-child > *').count(), 4, 'a column was added');
    await page.keyboard.press('Tab');
    await tool(page, 'Xóa cột').click();
    assert.equal(await page.locator('.editor table tr:first-child > *').count(), 3, 'the column was removed');

    assert.equal(await textarea(page), EXPECTED_NEW_BODY, 'the textarea follows every change');
    await page.getByRole('button', { name: 'Lưu bài' }).click();
    await until('the form to be submitted', () => state.submits.length === 1);
    await submitted(page);
    const sent = state.submits[0]!;
    assert.equal(sent.get('body_html'), EXPECTED_NEW_BODY, 'the submitted body');
    assert.equal(sent.get('title'), 'Bài thử', 'the other fields are submitted too');
    // Autosave ran meanwhile (every 300 ms here): the submit carries the version it last returned.
    assert.ok(state.autosaves.length > 0, 'autosave ran while editing');
    assert.equal(sent.get('version'), String(5 + state.autosaves.length), 'the latest version is submitted');
    assert.deepEqual(problems, [], 'no console errors (CSP included)');
    await page.close();
  });

  test('a stored body loads and comes back unchanged; captions are edited in place', async () => {
    const { page, problems } = await open('canonical');
    const figure = page.locator('.editor-figure').first();
    assert.equal(await figure.locator('img').getAttribute('alt'), 'Ảnh cũ', 'the photo keeps its alt');
    assert.equal(
      await figure.locator('.editor-figure-caption').inputValue(),
      'Chú thích cũ',
      'the caption field',
    );
    assert.equal(
      await figure.locator('.editor-figure-credit').inputValue(),
      'Ảnh: Mai Hoa',
      'the credit field',
    );
    assert.equal(await textarea(page), BODIES.canonical, 'an untouched textarea keeps what the server sent');
    await page.getByRole('button', { name: 'Lưu bài' }).click();
    await until('the form to be submitted', () => state.submits.length === 1);
    await submitted(page);
    assert.equal(state.submits[0]!.get('body_html'), BODIES.canonical, 'the body round-trips byte for byte');
    await page.close();

    const second = await open('canonical');
    const caption = second.page.locator('.editor-figure-caption').first();
    await caption.fill('Chú thích mới');
    const credit = second.page.locator('.editor-figure-credit').first();
    await credit.fill('');
    await caption.press('Enter');
    assert.equal(state.submits.length, 0, 'Enter in a caption does not submit the form');
    const edited = await textarea(second.page);
    assert.ok(
      edited.includes(
        '<figure data-media-id="3"><img src="/media/cu.png" alt="Ảnh cũ"><figcaption>Chú thích mới</figcaption></figure>',
      ),
      `the new caption is in the body: ${edited}`,
    );
    // Three steps back: the paragraph Enter added, the credit, the caption.
    for (let i = 0; i < 3; i++) await tool(second.page, 'Hoàn tác').click();
    assert.ok(
      (await textarea(second.page)).includes(
        '<figcaption>Chú thích cũ <span class="credit">Ảnh: Mai Hoa</span></figcaption>',
      ),
      'undo brings the caption back',
    );
    await second.page.locator('.editor-figure-remove').first().click();
    assert.ok(!(await textarea(second.page)).includes('data-media-id="3"'), 'the photo can be removed');
    assert.deepEqual([...problems, ...second.problems], [], 'no console errors');
    await second.page.close();
  });

  test('stored figures and videos load; unsafe or unknown markup does not', async () => {
    const { page, problems } = await open('stored');
    await page.locator('#body_html-editor').click();
    await caret(page, 'Control+End');
    await page.keyboard.type('!');
    assert.equal(
      await textarea(page),
      '<figure data-media-id="12"><img src="/media/a-1200.jpg" alt="Lễ hội"><figcaption>Lễ hội đình làng <span class="credit">Ảnh: TH</span></figcaption></figure>' +
        '<div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=5" width="640" height="360" allowfullscreen="true" title="Video YouTube"></iframe></div>' +
        '<p>xấu</p><figure><img src="/media/le.png" alt="Ảnh trong đoạn"></figure>' +
        '<h2>Lớn</h2><h4>Nhỏ!</h4>',
      'figures keep their id, the video its nocookie address; javascript: links and other frames are gone',
    );
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  });

  test('pasted text is stored in NFC', async () => {
    const { page, problems } = await open('empty', '600000');
    const decomposed = 'Đại hội Đảng bộ huyện'.normalize('NFD');
    assert.notEqual(decomposed, decomposed.normalize('NFC'), 'the sample really is decomposed');
    await page.locator('#body_html-editor').click();
    await page.locator('#body_html-editor').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/html', `<p>${text}</p>`);
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, decomposed);
    assert.equal(await textarea(page), '<p>Đại hội Đảng bộ huyện</p>'.normalize('NFC'), 'NFC in the body');
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  });

  test('the toolbar is a keyboard toolbar: one tab stop, arrows, Alt+F10 and Esc', async () => {
    const { page, problems } = await open();
    await page.locator('#title').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(page), 'Đoạn văn', 'Tab from the title reaches the toolbar');
    await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(page), 'body_html-editor', 'one more Tab reaches the text');
    await page.keyboard.type('abc');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Alt+F10');
    assert.equal(await focusedLabel(page), 'Đoạn văn', 'Alt+F10 moves to the toolbar');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedLabel(page), 'Làm lại', 'arrows wrap around');
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await focusedLabel(page), 'Chữ đậm', 'arrows move along the buttons');
    const tabStops = await page.locator('[role="toolbar"] button[tabindex="0"]').count();
    assert.equal(tabStops, 1, 'the toolbar is a single tab stop');
    await page.keyboard.press('Enter');
    assert.equal(await tool(page, 'Chữ đậm').getAttribute('aria-pressed'), 'true', 'bold is on');
    assert.equal(await focusedLabel(page), 'body_html-editor', 'the focus returns to the text');
    assert.equal(await textarea(page), '<p><strong>abc</strong></p>', 'bold applied from the keyboard');

    await page.keyboard.press('Alt+F10');
    assert.equal(await focusedLabel(page), 'Chữ đậm', 'the toolbar remembers its last button');
    await page.keyboard.press('Escape');
    assert.equal(await focusedLabel(page), 'body_html-editor', 'Esc returns to the text');

    // Ctrl+K: the link form, applied with Enter.
    await caret(page, 'End');
    await caret(page, 'Shift+Home');
    await page.keyboard.press('Control+k');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).closest('.editor-panel') !== null),
      true,
      'Ctrl+K opens the link form',
    );
    assert.equal(
      await tool(page, 'Liên kết').getAttribute('aria-expanded'),
      'true',
      'the link button says its form is open',
    );
    await page.keyboard.type('mailto:ubnd@hoalam.gov.vn');
    await page.keyboard.press('Enter');
    assert.equal(await focusedLabel(page), 'body_html-editor', 'back in the text after the link');
    assert.equal(
      await textarea(page),
      '<p><a href="mailto:ubnd@hoalam.gov.vn"><strong>abc</strong></a></p>',
      'the selection became a mailto link',
    );

    // The image dialog by keyboard: Enter opens it, arrows move, Enter inserts; Esc closes it.
    await caret(page, 'End');
    await page.keyboard.press('Alt+F10');
    while ((await focusedLabel(page)) !== 'Chèn ảnh từ thư viện') await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Lễ ra quân' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('editor-media-item'));
    await page.keyboard.press('ArrowRight');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Cánh đồng lúa',
      'arrows move in the grid',
    );
    await page.keyboard.press('Enter');
    assert.ok((await textarea(page)).includes('<figure data-media-id="8">'), 'Enter inserts the image');
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    assert.equal(
      await focusedLabel(page),
      'Chèn ảnh từ thư viện',
      'closing the dialog returns to its button',
    );
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  });

  test('the image dialog searches the library and pages through it', async () => {
    const { page, problems } = await open('empty', '600000');
    state.libraryExtra = 11;
    await page.locator('#body_html-editor').click();
    await tool(page, 'Chèn ảnh từ thư viện').click();
    const dialog = page.getByRole('dialog', { name: 'Chèn ảnh' });
    const items = dialog.locator('.editor-media-item');
    await items.first().waitFor();
    assert.equal(await items.count(), 9, 'the first page: ten images, one without a description left out');
    const more = dialog.getByRole('button', { name: 'Xem thêm ảnh' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.editor-media-item').length === 13);
    assert.equal(await more.isVisible(), false, 'no more pages');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Ảnh kho số 8',
      'the focus moves to the first image of the new page',
    );
    const search = dialog.getByRole('searchbox', { name: 'Tìm ảnh (theo mô tả, chú thích, tác giả)' });
    await search.fill('lúa');
    await page.waitForFunction(() => document.querySelectorAll('.editor-media-item').length === 1);
    assert.equal(await items.first().textContent(), 'Cánh đồng lúa', 'the search finds the image');
    await search.fill('không có ảnh này');
    await dialog.getByText('Không có ảnh nào khớp.').waitFor();
    assert.equal(await items.count(), 0, 'nothing matches');
    await search.fill('lúa');
    await items.first().waitFor();
    await items.first().click();
    assert.ok((await textarea(page)).includes('<figure data-media-id="8">'), 'the found image is inserted');
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  });

  test('upload from the dialog: description required, multipart with the CSRF header, errors shown', async () => {
    const { page, problems } = await open();
    await page.locator('#body_html-editor').click();
    await tool(page, 'Chèn ảnh từ thư viện').click();
    const dialog = page.getByRole('dialog', { name: 'Chèn ảnh' });
    await dialog.getByRole('button', { name: 'Lễ ra quân' }).waitFor();
    const submit = dialog.getByRole('button', { name: 'Tải lên và chèn' });
    await submit.click();
    await dialog.getByText('Vui lòng chọn một tệp ảnh.').waitFor();
    await dialog.getByText('Vui lòng nhập mô tả ảnh.').waitFor();
    assert.equal(state.uploads.length, 0, 'nothing is sent without a file and a description');
    assert.equal(
      await dialog.getByLabel('Mô tả ảnh (bắt buộc)').getAttribute('aria-invalid'),
      'true',
      'the missing description is marked',
    );

    // Dropping a file on the drop zone picks it.
    await dialog.locator('.editor-drop').evaluate(
      (zone, bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'tha-vao.png', { type: 'image/png' }));
        zone.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      [...PNG],
    );
    assert.equal(
      await dialog.locator('.editor-drop-name').textContent(),
      'tha-vao.png',
      'the dropped file is picked',
    );

    await dialog.getByLabel('Mô tả ảnh (bắt buộc)').fill('lỗi');
    await submit.click();
    await dialog.getByText('Tệp này không phải ảnh.').waitFor();
    assert.equal(
      await dialog.getByLabel('Tệp ảnh (JPEG, PNG hoặc WebP)').getAttribute('aria-invalid'),
      'true',
      'the server error is shown on its field',
    );

    await dialog
      .getByLabel('Tệp ảnh (JPEG, PNG hoặc WebP)')
      .setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByLabel('Mô tả ảnh (bắt buộc)').fill('Ảnh mới');
    await dialog.getByLabel('Chú thích', { exact: true }).fill('Chú thích mới');
    await dialog.getByLabel('Tác giả ảnh (ví dụ: Ảnh: TH)').fill('Ảnh: Ngọc Hưng');
    await submit.click();
    await until('the upload', () => state.uploads.length === 2);
    const upload = state.uploads[1]!;
    assert.equal(upload.headers['x-csrf-token'], 'tok-123', 'the CSRF token travels in the header');
    assert.match(String(upload.headers['content-type']), /^multipart\/form-data; boundary=/, 'multipart');
    for (const [name, value] of [
      ['alt', 'Ảnh mới'],
      ['caption', 'Chú thích mới'],
      ['credit', 'Ảnh: Ngọc Hưng'],
    ]) {
      assert.ok(upload.body.includes(`name="${name}"\r\n\r\n${value}\r\n`), `the ${name} field is sent`);
    }
    assert.ok(upload.body.includes('name="file"; filename="anh.png"'), 'the file is sent');
    await page.locator('.editor-figure[data-media-id="42"]').waitFor();
    assert.equal(await dialog.isVisible(), false, 'the dialog closes');
    assert.ok(
      (await textarea(page)).includes(
        '<figure data-media-id="42"><img src="/media/anh-moi.png" alt="Ảnh mới"><figcaption>Chú thích mới <span class="credit">Ảnh: Ngọc Hưng</span></figcaption></figure>',
      ),
      'the uploaded image is inserted',
    );
    assert.deepEqual(
      problems.filter((p) => !p.includes('status of 422')),
      [],
      'no console errors but the refused upload',
    );
    await page.close();
  });

  test('autosave posts the changed form, updates the version and says when', async () => {
    const { page, problems } = await open();
    await page.waitForTimeout(700);
    assert.equal(state.autosaves.length, 0, 'nothing is saved while nothing changed');
    const unload = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    assert.equal(await unload(), false, 'no warning on leaving an untouched form');

    await page.locator('#body_html-editor').click();
    await page.keyboard.insertText('Bản nháp');
    await until('an autosave', () => state.autosaves.length === 1);
    const first = state.autosaves[0]!;
    assert.equal(first.headers['x-csrf-token'], 'tok-123', 'the CSRF header');
    assert.match(String(first.headers['content-type']), /^application\/x-www-form-urlencoded/, 'url-encoded');
    const fields = new URLSearchParams(first.body);
    assert.equal(fields.get('version'), '5', 'the version the page was loaded with');
    assert.equal(fields.get('title'), 'Bài thử', 'the whole form is saved');
    assert.equal(fields.get('body_html'), '<p>Bản nháp</p>', 'with the body as the editor has it');
    await page.waitForFunction(() => (document.getElementById('version') as HTMLInputElement).value === '6');
    assert.equal(
      await page.locator('[data-autosave-status]').textContent(),
      'Đã tự động lưu lúc 23:04',
      'the status says when (Vietnam time)',
    );
    assert.equal(await unload(), false, 'no warning once everything is saved');

    await page.waitForTimeout(700);
    assert.equal(state.autosaves.length, 1, 'no new save without a change');
    await page.locator('#title').fill('Bài thử (sửa)');
    assert.equal(await unload(), true, 'a warning while a change is unsaved');
    await until('the second autosave', () => state.autosaves.length === 2);
    assert.equal(
      new URLSearchParams(state.autosaves[1]!.body).get('version'),
      '6',
      'the new version is sent',
    );
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();

    // Leaving the page (visibilitychange to hidden) saves at once, without waiting for the timer.
    const slow = await open('empty', '600000');
    await slow.page.locator('#title').fill('Đổi tiêu đề');
    await slow.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until('the save on leaving', () => state.autosaves.length === 1);
    assert.equal(
      new URLSearchParams(state.autosaves[0]!.body).get('title'),
      'Đổi tiêu đề',
      'saved on leaving',
    );
    await slow.page.close();
  });

  test('a submit during an autosave waits for it and sends the new version', async () => {
    const { page, problems } = await open();
    state.autosaveDelay = 800;
    await page.locator('#body_html-editor').click();
    await page.keyboard.insertText('Gửi ngay');
    await until('an autosave to start', () => state.autosaves.length === 1);
    await page.getByRole('button', { name: 'Lưu bài' }).click();
    await until('the form to be submitted', () => state.submits.length === 1);
    await submitted(page);
    const sent = state.submits[0]!;
    assert.equal(sent.get('version'), '6', 'the version the autosave returned');
    assert.equal(sent.get('action'), 'save', 'the button that submitted is kept');
    assert.equal(sent.get('body_html'), '<p>Gửi ngay</p>', 'the body is submitted');
    assert.equal(state.autosaves.length, 1, 'no autosave once submitted');
    assert.deepEqual(problems, [], 'no console errors');
    await page.close();
  });

  test('a conflict (409) shows an alert and stops autosaving; other errors retry', async () => {
    const { page, problems } = await open();
    state.autosaveMode = 'error';
    await page.locator('#body_html-editor').click();
    await page.keyboard.type('Một');
    await until('a failed autosave', () => state.autosaves.length === 1);
    await page.getByText('Chưa tự động lưu được: Lỗi máy chủ. Sẽ thử lại sau.').waitFor();
    state.autosaveMode = 'ok';
    await until('the retry', () => state.autosaves.length === 2);
    await page.getByText('Đã tự động lưu lúc 23:04').waitFor();
    assert.equal(await page.locator('#version').inputValue(), '6', 'the retry updated the version');

    state.autosaveMode = 'conflict';
    await page.keyboard.type(' hai');
    await until('the conflicting autosave', () => state.autosaves.length === 3);
    const alert = page.getByRole('alert').filter({ hasText: 'Người khác vừa sửa bài này.' });
    await alert.waitFor();
    assert.ok(
      (await alert.textContent())?.includes('Đã dừng tự động lưu.'),
      'the alert says autosave stopped',
    );
    assert.equal(await page.locator('#version').inputValue(), '6', 'the version is left alone');
    await page.keyboard.type(' ba');
    await page.waitForTimeout(900);
    assert.equal(state.autosaves.length, 3, 'no autosave after a conflict');
    assert.deepEqual(
      problems.filter((p) => !/status of (409|500)/.test(p)),
      [],
      'no console errors but the refused saves',
    );
    await page.close();
  });

  test('without JavaScript the textarea is the editor', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/edit?body=canonical`);
    assert.equal(await page.locator('#body_html').isVisible(), true, 'the textarea shows');
    assert.equal(await page.locator('#body_html').inputValue(), BODIES.canonical, 'with the raw HTML');
    await context.close();
  });
});

describe('editor bundle size', () => {
  test('editor.js and article-form.js stay within their budgets', async (t) => {
    const editor = await readBundle('editor');
    const form = await readBundle('article-form');
    t.diagnostic(
      `editor.js ${editor.length} B minified, ${gzipSync(editor, { level: 9 }).length} B gzip, ` +
        `${brotliCompressSync(editor).length} B brotli; article-form.js ${form.length} B`,
    );
    // StarterKit or TipTap's Link (linkify) would add 20–35 KB: import extensions one by one.
    assert.ok(editor.length < 415_000, `editor.js is ${editor.length} bytes minified (budget 415 000)`);
    assert.ok(form.length < 6_000, `article-form.js is ${form.length} bytes minified (budget 6 000)`);
  });
});
