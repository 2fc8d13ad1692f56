/**
 * Readers' comments over HTTP on both databases: the section in the cached article page, the code
 * image, sending with and without script, and the abuse cases (wrong, replayed, expired, missing
 * and borrowed codes, the honeypot, the rate limit, oversized and malformed input, other sites'
 * forms), then what approved comments look like (plain text, oldest first, the site's replies).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { apiAs, createStaff, siteIdOf, type TestStaff } from '../../testing/staff.js';
import { sha256 } from '../access/actor.js';
import { CAPTCHA_API_URL, CAPTCHA_IMAGE_URL } from '../captcha/routes.js';
import { GOOD, TestReader } from './test-reader.js';

const WRONG_VI = 'Mã xác thực không đúng.';

// The rules of test/http/valid-html.test.ts, for the pages only comments make.
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

async function assertValidHtml(html: string, label: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
  );
  assert.deepEqual(messages, [], `${label}: valid HTML`);
}
const WRONG_EN = 'The verification code is incorrect.';

for (const dialect of DIALECTS) {
  describe(`comments (${dialect})`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let article: { id: number; slug: string };
    let enArticle: { id: number; slug: string };
    let approver: TestStaff;

    const countComments = async () => {
      const row = await node.services.database.db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const articlePage = (reader: TestReader, path = `/bai-viet/${article.slug}`) =>
      reader.request({ url: path });

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 4, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      const pick = (lang: 'vi' | 'en') =>
        node.services.database.db
          .selectFrom('articles')
          .select(['id', 'slug'])
          .where('site_id', '=', siteId)
          .where('lang', '=', lang)
          .where('status', '=', 'published')
          .orderBy('id')
          .limit(1)
          .executeTakeFirstOrThrow();
      article = await pick('vi');
      enArticle = await pick('en');
      approver = await createStaff(node.services, 'approver', siteId);
    });
    after(async () => {
      await node?.close();
    });

    test('the cached article page has the section and the form, and nothing of the reader', async () => {
      const a = await articlePage(new TestReader(node));
      const b = await articlePage(new TestReader(node));
      assert.equal(a.statusCode, 200, 'article page');
      assert.equal(a.headers['set-cookie'], undefined, 'no cookie on a cached page');
      assert.equal(a.body, b.body, 'the same HTML for every reader');
      assert.ok(
        a.body.includes('<h2 class="section-title" id="comments-title">Bình luận (0)</h2>'),
        'heading',
      );
      assert.ok(a.body.includes('Chưa có bình luận nào.'), 'no comments yet');
      assert.ok(a.body.includes(`src="${CAPTCHA_IMAGE_URL}"`), 'the code image from its own URL');
      assert.ok(a.body.includes(`action="/binh-luan/${article.id}"`), 'form posts without script');
      for (const label of ['Họ và tên', 'Email', 'Nội dung bình luận', 'Mã xác thực']) {
        assert.ok(a.body.includes(`>${label}</label>`), `label ${label}`);
      }
      assert.ok(a.body.includes('Không hiển thị công khai.'), 'email is said to stay private');
      assert.ok(a.body.includes('Tối đa 3.000 ký tự'), 'text limit stated');
      assert.ok(a.body.includes('name="website"'), 'honeypot');
      assert.ok(!a.body.includes('captcha_id'), 'no code id in the cached page');
      assert.match(a.body, /<script src="\/assets\/comment-form\.[0-9a-f]+\.js" defer/, 'island');
    });

    test('the code image is SVG paths, never cached, bound to the visitor with a cookie', async () => {
      const reader = new TestReader(node);
      const res = await reader.request({ url: CAPTCHA_IMAGE_URL });
      assert.equal(res.statusCode, 200, 'image served');
      assert.match(res.headers['content-type'] as string, /^image\/svg\+xml/, 'SVG');
      assert.equal(res.headers['cache-control'], 'no-store', 'never cached');
      assert.match(res.body, /^<svg [^>]*>.*<path /s, 'paths');
      assert.doesNotMatch(res.body, /<text/, 'no text in the image');
      const vid = reader.cookies.get('loa_vid');
      const token = reader.cookies.get('loa_cap');
      assert.ok(vid && token, 'visitor and code cookies set');
      const row = await node.services.database.db
        .selectFrom('captchas')
        .selectAll()
        .where('id', '=', sha256(token))
        .executeTakeFirst();
      assert.equal(row?.visitor_hash, sha256(vid), 'the code belongs to this visitor');
    });

    test('a comment sent without script waits for moderation', async () => {
      const reader = new TestReader(node);
      const before = await countComments();
      const res = await reader.comment(article.id);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.equal(res.headers.location, `/binh-luan/${article.id}?sent=1`, 'to the thank-you note');
      const note = await reader.request({ url: res.headers.location as string });
      assert.ok(note.body.includes('Bình luận của bạn đang chờ duyệt'), 'awaiting moderation');
      assert.equal(await countComments(), before + 1, 'stored');
      const row = await node.services.database.db
        .selectFrom('comments')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending', 'pending');
      assert.equal(row.author_name, GOOD.name, 'name');
      assert.equal(row.body, GOOD.text, 'text with its line break');
      assert.equal(row.visitor_hash, sha256(reader.cookies.get('loa_vid')!), 'visitor hash');
      assert.match(row.source_hash, /^[0-9a-f]{64}$/, 'hashed address only');
      const page = await articlePage(reader);
      assert.ok(!page.body.includes(GOOD.name), 'not shown before approval');
    });

    test('a wrong code is refused with the exact message and everything typed is kept', async () => {
      const reader = new TestReader(node);
      await reader.imageCode('k7m4p');
      const before = await countComments();
      const typed = {
        name: 'Trần <b>Bình</b>',
        email: 'binh@example.vn',
        text: 'Dòng một\nDòng "hai" & <i>ba</i>',
      };
      const res = await reader.postForm(article.id, { ...typed, code: 'WRONG' });
      assert.equal(res.statusCode, 422, 'refused');
      assert.ok(res.body.includes(WRONG_VI), 'exact Vietnamese message');
      assert.ok(res.body.includes('value="Trần &lt;b>Bình&lt;/b>"'), 'name kept, escaped');
      assert.ok(res.body.includes('value="binh@example.vn"'), 'email kept');
      assert.ok(
        res.body.includes('Dòng một\nDòng &quot;hai&quot; &amp; &lt;i>ba&lt;/i></textarea>'),
        'text kept, escaped',
      );
      assert.match(res.body, /id="comment-code"[^>]*aria-invalid="true"/, 'the code field is marked');
      assert.match(res.body, /name="captcha_id" value="i\.[\w-]{32}"/, 'a fresh code on the form page');
      assert.match(res.body, /src="data:image\/svg\+xml;base64,/, 'the new code inline');
      assert.equal(await countComments(), before, 'nothing stored');

      const en = new TestReader(node);
      await en.imageCode('k7m4p');
      const resEn = await en.postForm(enArticle.id, { ...GOOD, code: 'nope1' }, { lang: 'en' });
      assert.equal(resEn.statusCode, 422, 'refused in English too');
      assert.ok(resEn.body.includes(WRONG_EN), 'English message');

      const api = new TestReader(node);
      const token = await api.apiCode('k7m4p');
      const json = await api.postApi(article.id, { ...GOOD, code: 'bad', captchaId: token });
      assert.equal(json.statusCode, 422, 'API refuses');
      assert.deepEqual(
        json.json(),
        { error: { code: 'LOA_INVALID', message: WRONG_VI, field: 'code' } },
        'API error',
      );
      const token2 = await api.apiCode('k7m4p');
      const jsonEn = await api.postApi(
        article.id,
        { ...GOOD, code: 'bad', captchaId: token2 },
        { query: '?lang=en' },
      );
      assert.equal(
        (jsonEn.json() as { error: { message: string } }).error.message,
        WRONG_EN,
        'API in English',
      );
      assert.equal(await countComments(), before, 'still nothing stored');
    });

    test('a code cannot be used twice', async () => {
      const reader = new TestReader(node);
      const token = await reader.imageCode('k7m4p');
      const before = await countComments();
      const first = await reader.postForm(article.id, { ...GOOD, code: 'k7m4p' });
      assert.equal(first.statusCode, 303, 'first use passes');
      const replay = await reader.postForm(article.id, { ...GOOD, code: 'k7m4p', captcha_id: token });
      assert.equal(replay.statusCode, 422, 'replay refused');
      assert.ok(replay.body.includes(WRONG_VI), 'as a wrong code');
      const replayApi = await reader.postApi(article.id, { ...GOOD, code: 'k7m4p', captchaId: token });
      assert.equal(replayApi.statusCode, 422, 'replay through the API refused');
      assert.equal(await countComments(), before + 1, 'one comment only');
    });

    test('an expired code is refused', async () => {
      const reader = new TestReader(node);
      const token = await reader.imageCode('k7m4p');
      await node.services.database.db
        .updateTable('captchas')
        .set({ expires_at: Date.now() - 1000 })
        .where('id', '=', sha256(token))
        .execute();
      const before = await countComments();
      const res = await reader.postForm(article.id, { ...GOOD, code: 'k7m4p' });
      assert.equal(res.statusCode, 422, 'refused');
      assert.ok(res.body.includes('Mã xác thực đã hết hạn'), 'says it expired');
      assert.equal(await countComments(), before, 'nothing stored');
    });

    test("another visitor's code is refused", async () => {
      const owner = new TestReader(node);
      const thief = new TestReader(node, owner.ip);
      const token = await owner.apiCode('k7m4p');
      await thief.request({ url: CAPTCHA_API_URL }); // the thief has a visitor cookie of their own
      const before = await countComments();
      const res = await thief.postApi(article.id, { ...GOOD, code: 'k7m4p', captchaId: token });
      assert.equal(res.statusCode, 422, 'refused');
      assert.equal((res.json() as { error: { message: string } }).error.message, WRONG_VI, 'as a wrong code');
      const noCookie = await thief.postForm(
        article.id,
        { ...GOOD, code: 'k7m4p' },
        { headers: { cookie: '' } },
      );
      assert.equal(noCookie.statusCode, 422, 'no visitor at all is refused too');
      assert.equal(await countComments(), before, 'nothing stored');
    });

    test('a missing code is asked for; no code ever loaded is wrong', async () => {
      const reader = new TestReader(node);
      await reader.imageCode('k7m4p');
      const before = await countComments();
      const res = await reader.postForm(article.id, { ...GOOD, code: '' });
      assert.equal(res.statusCode, 422, 'refused');
      assert.ok(res.body.includes('Vui lòng nhập mã xác thực.'), 'asks for the code');
      const fresh = new TestReader(node);
      const res2 = await fresh.postApi(article.id, { ...GOOD, code: 'abcde' });
      assert.equal(res2.statusCode, 422, 'no code loaded');
      assert.equal((res2.json() as { error: { field: string } }).error.field, 'code', 'the code is at fault');
      assert.equal(await countComments(), before, 'nothing stored');
    });

    test('a filled honeypot is thanked and dropped', async () => {
      const reader = new TestReader(node);
      await reader.imageCode('k7m4p');
      const before = await countComments();
      const res = await reader.postForm(article.id, {
        ...GOOD,
        code: 'k7m4p',
        website: 'http://spam.example',
      });
      assert.equal(res.statusCode, 303, 'looks accepted');
      const token = await reader.apiCode('k7m4p');
      const api = await reader.postApi(article.id, {
        ...GOOD,
        code: 'k7m4p',
        captchaId: token,
        website: 'x',
      });
      assert.equal(api.statusCode, 202, 'looks accepted');
      assert.equal(await countComments(), before, 'nothing stored');
    });

    test('the rate limit: 3 per visitor and 6 per address in 10 minutes', async () => {
      const reader = new TestReader(node);
      for (let i = 1; i <= 3; i++) {
        const ok = await reader.comment(article.id, { text: `Góp ý số ${i}` });
        assert.equal(ok.statusCode, 303, `comment ${i} accepted`);
      }
      const before = await countComments();
      const fourth = await reader.comment(article.id, { text: 'Góp ý số 4' });
      assert.equal(fourth.statusCode, 429, 'fourth refused');
      assert.ok(fourth.body.includes('Bạn đã gửi nhiều bình luận trong thời gian ngắn'), 'says why');
      assert.ok(fourth.body.includes('Góp ý số 4</textarea>'), 'text kept');
      // Cleared cookies from the same address: new visitors, same address hash.
      for (let i = 1; i <= 3; i++) {
        const other = new TestReader(node, reader.ip);
        const ok = await other.comment(article.id, { text: `Người khác ${i}` });
        assert.equal(ok.statusCode, 303, `new visitor ${i} from the address accepted`);
      }
      const seventh = await new TestReader(node, reader.ip).comment(article.id);
      assert.equal(seventh.statusCode, 429, 'seventh from the address refused');
      const elsewhere = await new TestReader(node).comment(article.id);
      assert.equal(elsewhere.statusCode, 303, 'another address is not affected');
      assert.equal(await countComments(), before + 4, 'only the allowed ones stored');
    });

    test('oversized and malformed input is refused and stores nothing', async () => {
      const before = await countComments();
      const cases: [string, Record<string, string | string[]>, string][] = [
        ['name over 100', { ...GOOD, name: 'N'.repeat(101) }, 'Họ và tên dài tối đa 100 ký tự.'],
        [
          'text over 3000',
          { ...GOOD, text: 'chữ '.repeat(751) },
          'Nội dung dài tối đa 3.000 ký tự; bạn đã nhập 3.003 ký tự.',
        ],
        ['bad email', { ...GOOD, email: 'khong-phai-email' }, 'Địa chỉ email không hợp lệ'],
        ['empty name', { ...GOOD, name: '  \u0000 ' }, 'Vui lòng nhập họ và tên.'],
        ['repeated field', { ...GOOD, name: ['A', 'B'] }, 'Vui lòng nhập họ và tên.'],
        ['empty text', { ...GOOD, text: '\n\n' }, 'Vui lòng nhập nội dung bình luận.'],
      ];
      for (const [label, fields, message] of cases) {
        const reader = new TestReader(node);
        await reader.imageCode('k7m4p');
        const res = await reader.postForm(article.id, { ...fields, code: 'k7m4p' });
        assert.equal(res.statusCode, 422, `${label}: refused`);
        assert.ok(res.body.includes(message), `${label}: says "${message}"`);
      }
      const api = new TestReader(node);
      const token = await api.apiCode('k7m4p');
      const typed = await api.postApi(article.id, { ...GOOD, name: 123, code: 'k7m4p', captchaId: token });
      assert.equal(typed.statusCode, 422, 'a number for a name');
      assert.equal((typed.json() as { error: { field: string } }).error.field, 'name', 'name at fault');
      const broken = await api.postApi(article.id, '{"name": "x",');
      assert.equal(broken.statusCode, 400, 'broken JSON');
      assert.ok((broken.json() as { error?: unknown }).error, 'a JSON error');
      const huge = await api.postApi(article.id, { ...GOOD, text: 'x'.repeat(2_000_000) });
      assert.equal(huge.statusCode, 413, 'a body past the limit');
      for (const url of [`/binh-luan/999999999`, '/binh-luan/abc', '/api/v1/articles/999999999/comments']) {
        const res = await api.request({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(GOOD),
        });
        assert.equal(res.statusCode, 404, `${url}: no such article`);
      }
      const draft = await node.services.database.db
        .selectFrom('articles')
        .select('id')
        .where('site_id', '=', siteId)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      await node.services.database.db
        .updateTable('articles')
        .set({ status: 'draft' })
        .where('id', '=', draft.id)
        .execute();
      const onDraft = await new TestReader(node).comment(draft.id);
      assert.equal(onDraft.statusCode, 404, 'a draft cannot be commented on');
      await node.services.database.db
        .updateTable('articles')
        .set({ status: 'published' })
        .where('id', '=', draft.id)
        .execute();
      assert.equal(await countComments(), before, 'nothing stored');
    });

    test('a form sent from another site is refused', async () => {
      const before = await countComments();
      const cases: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { origin: '', referer: 'https://evil.example/page' },
      ];
      for (const headers of cases) {
        const reader = new TestReader(node);
        await reader.imageCode('k7m4p');
        const res = await reader.postForm(article.id, { ...GOOD, code: 'k7m4p' }, { headers });
        assert.equal(res.statusCode, 403, `${JSON.stringify(headers)}: refused`);
        const api = await reader.postApi(article.id, { ...GOOD, code: 'k7m4p' }, { headers });
        assert.equal(api.statusCode, 403, `${JSON.stringify(headers)}: refused on the API`);
      }
      assert.equal(await countComments(), before, 'nothing stored');
    });

    test('the form page: a fresh code inline, or the question in words', async () => {
      const reader = new TestReader(node);
      const page = await reader.request({ url: `/binh-luan/${article.id}` });
      assert.equal(page.statusCode, 200, 'form page');
      assert.equal(page.headers['cache-control'], 'no-store', 'never cached');
      assert.match(page.body, /src="data:image\/svg\+xml;base64,/, 'code inline');
      assert.ok(page.body.includes(`href="/binh-luan/${article.id}"`), 'refresh link reloads the form page');
      assert.ok(page.body.includes(`href="/binh-luan/${article.id}?mode=text"`), 'link to the question');
      await assertValidHtml(page.body, 'form page');
      const text = await reader.request({ url: `/binh-luan/${article.id}?mode=text` });
      await assertValidHtml(text.body, 'form page with the question');
      const question =
        /<label for="comment-code" id="comment-code-label">Câu hỏi xác thực: ([^<]+)<\/label>/.exec(
          text.body,
        );
      assert.ok(question, 'the question is the label of the answer field');
      assert.ok(text.body.includes('Trả lời bằng chữ số'), 'says how to answer');
      assert.ok(!text.body.includes('data:image/svg'), 'no image in this mode');
      const token = /name="captcha_id" value="(t\.[\w-]{32})"/.exec(text.body)?.[1];
      assert.ok(token, 'the question has its token');
      const m = /^(\S+) (cộng|trừ) (\S+) /i.exec(question[1]!)!;
      const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
      const a = words.indexOf(m[1]!.toLowerCase());
      const b = words.indexOf(m[3]!);
      const answer = String(m[2] === 'cộng' ? a + b : a - b);
      const refused = await reader.postForm(article.id, {
        ...GOOD,
        name: '',
        code: answer,
        captcha_id: token,
      });
      assert.equal(refused.statusCode, 422, 'a missing name is refused first');
      await assertValidHtml(refused.body, 'form page with an error');
      assert.ok(refused.body.includes('Câu hỏi xác thực:'), 'still in question mode, with a new question');
      const again = /name="captcha_id" value="(t\.[\w-]{32})"/.exec(refused.body)?.[1];
      assert.ok(again && again !== token, 'the form comes back with a fresh question');
      // Fields are checked before the code, so the first question was not used up by that refusal.
      const res = await reader.postForm(article.id, { ...GOOD, code: answer, captcha_id: token });
      assert.equal(res.statusCode, 303, 'answered in digits');
      const en = await reader.request({ url: `/en/comments/${enArticle.id}?mode=text` });
      assert.match(en.body, /Verification question: What is \w+ (plus|minus) \w+\?/, 'English question');
      const wrongLang = await reader.request({ url: `/en/comments/${article.id}` });
      assert.equal(wrongLang.statusCode, 301, 'a Vietnamese article under the English path moves');
    });

    test('the code endpoint: an image or a question as JSON, never cached', async () => {
      const reader = new TestReader(node);
      const image = await reader.request({ url: CAPTCHA_API_URL });
      assert.equal(image.statusCode, 200, 'image code');
      assert.equal(image.headers['cache-control'], 'no-store', 'never cached');
      const body = image.json() as { id: string; kind: string; image: string; expiresInSeconds: number };
      assert.equal(body.kind, 'image', 'kind');
      assert.match(body.image, /^data:image\/svg\+xml;base64,/, 'image as data URL');
      assert.equal(body.expiresInSeconds, 600, 'ten minutes');
      const text = await reader.request({ url: `${CAPTCHA_API_URL}?kind=text&lang=en` });
      assert.match((text.json() as { question: string }).question, /^What is/, 'English question');
      const bad = await reader.request({ url: `${CAPTCHA_API_URL}?kind=audio` });
      assert.equal(bad.statusCode, 400, 'unknown kind');
      const token = await reader.apiCode('k7m4p');
      const ok = await reader.postApi(article.id, { ...GOOD, code: 'K7M4P', captchaId: token });
      assert.equal(ok.statusCode, 202, 'accepted through the API');
      assert.deepEqual(
        ok.json(),
        { status: 'pending', message: 'Bình luận của bạn đang chờ duyệt.' },
        'pending',
      );
    });

    test('approved comments show as plain text, oldest first, with the site reply; approval purges the page', async () => {
      const slug = (
        await node.services.database.db
          .selectFrom('articles')
          .select('slug')
          .where('site_id', '=', siteId)
          .where('lang', '=', 'vi')
          .where('status', '=', 'published')
          .orderBy('id')
          .offset(1)
          .limit(1)
          .executeTakeFirstOrThrow()
      ).slug;
      const target = await node.services.database.db
        .selectFrom('articles')
        .select('id')
        .where('site_id', '=', siteId)
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      const path = `/bai-viet/${slug}`;
      const xss = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">';
      const first = new TestReader(node);
      await first.comment(target.id, { name: 'Người thứ nhất <b>', text: `Dòng đầu\nDòng hai ${xss}` });
      const second = new TestReader(node);
      await second.comment(target.id, {
        name: 'Người thứ hai',
        text: 'Xem thêm tại http://evil.example/lua-dao',
      });
      const ids = (
        await node.services.database.db
          .selectFrom('comments')
          .select('id')
          .where('article_id', '=', target.id)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
      assert.equal(ids.length, 2, 'two comments waiting');

      const reader = new TestReader(node);
      await articlePage(reader, path);
      const cached = await articlePage(reader, path);
      assert.equal(cached.headers['x-loa-cache'], 'HIT', 'page cached');
      assert.ok(cached.body.includes('Bình luận (0)'), 'none shown yet');

      const approve = await apiAs(node.app, approver, 'POST', '/api/v1/sites/hoa-lam/comments/bulk', {
        ids,
        action: 'approve',
      });
      assert.equal(approve.statusCode, 200, approve.body);
      const reply = await apiAs(
        node.app,
        approver,
        'POST',
        `/api/v1/sites/hoa-lam/comments/${ids[0]}/replies`,
        {
          text: 'Cảm ơn bạn.\nChúng tôi đã chuyển ý kiến tới UBND xã.',
        },
      );
      assert.equal(reply.statusCode, 201, reply.body);

      // A HEAD renders (and caches) the page too: it must carry the comments as well.
      const head = await reader.request({ method: 'HEAD', url: path });
      assert.equal(head.headers['x-loa-cache'], 'MISS', 'the page was purged');
      const page = await articlePage(reader, path);
      assert.equal(page.headers['x-loa-cache'], 'HIT', 'cached by the HEAD');
      const html = page.body;
      assert.ok(html.includes('Bình luận (2)'), 'count');
      const one = html.indexOf('Người thứ nhất');
      const two = html.indexOf('Người thứ hai');
      assert.ok(one > 0 && two > one, 'oldest first');
      assert.ok(html.includes('Người thứ nhất &lt;b>'), 'name escaped');
      assert.ok(
        html.includes('Dòng đầu<br/>Dòng hai &lt;script>window.__pwned = 1&lt;/script>&lt;img src=x onerror'),
        'text escaped with line breaks',
      );
      assert.ok(!html.includes('<script>window.__pwned'), 'no script injected');
      assert.ok(!html.includes('href="http://evil.example'), 'link not clickable');
      assert.ok(html.includes('Xem thêm tại http://evil.example/lua-dao'), 'link shown as text');
      assert.ok(html.includes('Ban biên tập trả lời'), 'site reply marked');
      assert.ok(html.includes('Cảm ơn bạn.<br/>Chúng tôi đã chuyển ý kiến tới UBND xã.'), 'reply text');
      assert.ok(!html.includes(GOOD.email), 'email never shown');
      await assertValidHtml(html, 'article page with comments');
    });
  });
}
