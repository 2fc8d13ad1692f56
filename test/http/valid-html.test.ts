/**
 * Every kind of public page is valid HTML with the accessibility rules html-validate knows
 * (labels, alt text, heading order, unique ids, landmarks), in both languages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Text typed by editors (quotes, dashes) is fine as it is.
    'no-raw-characters': 'off',
    // The inline SVG emblem and boolean-ish data attributes are valid HTML.
    'attribute-empty-style': 'off',
    'no-inline-style': 'error',
    'long-title': 'off',
    // Preact writes void elements as <img/>; both forms are valid HTML.
    'void-style': 'off',
  },
});

describe('valid HTML', () => {
  let node: TestNode;
  const pages: string[] = [];
  before(async () => {
    node = await createTestNode({ articlesPerSite: 6, imagesPerSite: 2 });
    const vi = await node.services.database.db
      .selectFrom('articles')
      .select('slug')
      .where('lang', '=', 'vi')
      .where('body_html', 'like', '%<figure%')
      .limit(1)
      .executeTakeFirstOrThrow();
    const en = await node.services.database.db
      .selectFrom('articles')
      .select('slug')
      .where('lang', '=', 'en')
      .limit(1)
      .executeTakeFirstOrThrow();
    pages.push(
      '/',
      '/en',
      '/chuyen-muc/tin-tuc',
      '/en/category/tin-tuc',
      `/bai-viet/${vi.slug}`,
      `/en/article/${en.slug}`,
      '/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B',
      '/so-do-cong',
      '/khong-co-trang-nay',
    );
  });
  after(async () => {
    await node?.close();
  });

  test('home, categories, articles, search, site map and 404 validate', async () => {
    for (const url of pages) {
      const res = await node.app.inject({ url });
      const report = await validator.validateString(res.body);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
      );
      assert.deepEqual(messages, [], url);
    }
  });
});
