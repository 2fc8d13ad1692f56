/** The head builders' pure parts: bylines to schema.org authors, safe JSON-LD, hreflang, summaries. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineAuthors, hreflangLinks, jsonLdScript, summarise } from './seo.js';

test('bylines become Person and Organization authors without their “Bài, ảnh:” label', () => {
  assert.deepEqual(bylineAuthors('Bài, ảnh: Ngọc Hưng'), [{ '@type': 'Person', name: 'Ngọc Hưng' }]);
  assert.deepEqual(bylineAuthors('Tin, ảnh: Mai Hoa'), [{ '@type': 'Person', name: 'Mai Hoa' }]);
  assert.deepEqual(bylineAuthors('Story and photos: Trung Ha'), [{ '@type': 'Person', name: 'Trung Ha' }]);
  assert.deepEqual(bylineAuthors('Trung Hà – Minh Anh'), [
    { '@type': 'Person', name: 'Trung Hà' },
    { '@type': 'Person', name: 'Minh Anh' },
  ]);
  assert.deepEqual(bylineAuthors('Nhóm phóng viên'), [{ '@type': 'Organization', name: 'Nhóm phóng viên' }]);
  assert.deepEqual(bylineAuthors('Đài Truyền thanh huyện Kim Sơn'), [
    { '@type': 'Organization', name: 'Đài Truyền thanh huyện Kim Sơn' },
  ]);
  assert.deepEqual(bylineAuthors('  '), []);
});

test('JSON-LD cannot close its script element and parses back to the same data', () => {
  const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028 x' };
  const html = jsonLdScript(data);
  const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
  assert.ok(!inner.includes('<') && !inner.includes('>') && !inner.includes('&'), inner);
  assert.deepEqual(JSON.parse(inner), data);
});

test('hreflang needs two versions, lists each (itself included) and x-default, escaped', () => {
  assert.equal(hreflangLinks({ vi: 'https://a.vn/x' }, 'https://a.vn/x'), '');
  assert.equal(
    hreflangLinks({ vi: 'https://a.vn/?a=1&b=2', en: 'https://a.vn/en' }, 'https://a.vn/?a=1&b=2'),
    '<link rel="alternate" hreflang="vi" href="https://a.vn/?a=1&amp;b=2">' +
      '<link rel="alternate" hreflang="en" href="https://a.vn/en">' +
      '<link rel="alternate" hreflang="x-default" href="https://a.vn/?a=1&amp;b=2">',
  );
});

test('summarise cuts at a word boundary', () => {
  assert.equal(summarise('short'), 'short');
  const long = 'từ '.repeat(200).trim();
  const cut = summarise(long, 50);
  assert.ok(cut.length <= 50 && cut.endsWith('từ…'), cut);
});
