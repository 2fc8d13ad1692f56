/** XML escaping and RFC 822 dates in Vietnam time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeXml, rfc822Vn } from './xml.js';

test('escapeXml escapes markup and drops what XML 1.0 forbids, keeping Vietnamese and emoji', () => {
  assert.equal(
    escapeXml(`<a href="x">Tom & 'Jerry'</a>`),
    '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
  );
  assert.equal(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF'), 'abcdef');
  assert.equal(escapeXml('tab\tline\ncr\r'), 'tab\tline\ncr\r');
  assert.equal(escapeXml('lone \uD800 high, lone \uDC00 low'), 'lone  high, lone  low');
  assert.equal(escapeXml('Đại hội Đảng bộ 🎉'), 'Đại hội Đảng bộ 🎉');
});

test('rfc822Vn writes the Vietnamese wall clock with +0700, across the day boundary', () => {
  // 2021-01-16 01:05:09 UTC is 08:05:09 on Saturday in Vietnam.
  assert.equal(rfc822Vn(new Date(Date.UTC(2021, 0, 16, 1, 5, 9))), 'Sat, 16 Jan 2021 08:05:09 +0700');
  // 2020-12-31 17:30 UTC is already New Year's Day in Vietnam.
  assert.equal(rfc822Vn(new Date(Date.UTC(2020, 11, 31, 17, 30, 0))), 'Fri, 01 Jan 2021 00:30:00 +0700');
  const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 59));
  assert.equal(Date.parse(rfc822Vn(d)), d.getTime());
});
