import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { CacheBus } from './cache-bus.js';
import { PageCache } from './page-cache.js';

const far = () => Date.now() + 60_000;
const opts = (tags: string[], extra: Partial<{ expiresAt: number; articleId: number }> = {}) => ({
  siteId: 1,
  contentType: 'text/html',
  tags,
  expiresAt: extra.expiresAt ?? far(),
  articleId: extra.articleId,
});

test('stores and returns a page with a strong ETag and surrogate keys', () => {
  const cache = new PageCache(1024 * 1024);
  const entry = cache.set('1\n/', '<p>xin chào</p>', opts(['home:1', 'chrome:1']));
  assert.match(entry.etag, /^"[\w-]{22}"$/);
  assert.equal(entry.surrogateKey, 'home:1 chrome:1');
  assert.equal(cache.get('1\n/')?.body.toString(), '<p>xin chào</p>');
  assert.equal(cache.get('1\n/other'), undefined);
});

test('invalidating a tag purges exactly the entries carrying it', () => {
  const cache = new PageCache(1024 * 1024);
  cache.set('1\n/', 'home', opts(['home:1', 'chrome:1']));
  cache.set('1\n/chuyen-muc/a', 'cat a', opts(['category:1:1', 'chrome:1']));
  cache.set('1\n/chuyen-muc/b', 'cat b', opts(['category:1:2', 'chrome:1']));
  cache.set('2\n/', 'other site', opts(['home:2', 'chrome:2']));
  cache.invalidate(['category:1:1', 'home:1']);
  assert.equal(cache.get('1\n/'), undefined);
  assert.equal(cache.get('1\n/chuyen-muc/a'), undefined);
  assert.ok(cache.get('1\n/chuyen-muc/b'));
  assert.ok(cache.get('2\n/'));
  cache.invalidate(['chrome:1']);
  assert.equal(cache.get('1\n/chuyen-muc/b'), undefined);
  assert.ok(cache.get('2\n/'));
});

test('expired entries are not served', () => {
  const cache = new PageCache(1024 * 1024);
  cache.set('k', 'x', opts(['a'], { expiresAt: Date.now() - 1 }));
  assert.equal(cache.get('k'), undefined);
  assert.equal(cache.size, 0);
});

test('memory stays under the budget by dropping least recently used entries', () => {
  const cache = new PageCache(20_000);
  const body = 'x'.repeat(2000);
  for (let i = 0; i < 20; i++) {
    cache.set(`k${i}`, body, opts([`t${i}`]));
    cache.get('k0'); // k0 stays hot
  }
  assert.ok(cache.usedBytes <= 20_000, `used ${cache.usedBytes}`);
  assert.ok(cache.get('k0'), 'recently used entry kept');
  assert.equal(cache.get('k1'), undefined, 'cold entry evicted');
  assert.ok(cache.stats.evictions > 0);
});

test('brotli and gzip variants are made off the request path and decode to the body', async () => {
  const cache = new PageCache(1024 * 1024);
  const html = `<main>${'Đại hội Đảng bộ huyện lần thứ XXV. '.repeat(200)}</main>`;
  const entry = cache.set('k', html, opts(['a']));
  for (let i = 0; i < 100 && !(entry.br && entry.gzip); i++) await sleep(5);
  assert.ok(entry.br && entry.gzip, 'compressed variants were produced');
  assert.equal(brotliDecompressSync(entry.br).toString(), html);
  assert.equal(gunzipSync(entry.gzip).toString(), html);
  assert.ok(entry.br.length < html.length / 5);
});

test('invalidations travel over the bus both ways, without echoing back', () => {
  const published: string[][] = [];
  let handler: ((tags: readonly string[]) => void) | undefined;
  const bus: CacheBus = {
    publish: (tags) => void published.push([...tags]),
    subscribe: (h) => {
      handler = h;
      return () => {};
    },
    close: async () => {},
  };
  const cache = new PageCache(1024 * 1024, bus);
  cache.set('a', 'a', opts(['article:1:5']));
  cache.set('b', 'b', opts(['article:1:6']));
  cache.invalidate(['article:1:5']);
  assert.deepEqual(published, [['article:1:5']]);
  handler?.(['article:1:6']);
  assert.equal(cache.get('b'), undefined);
  assert.equal(published.length, 1, 'a purge received from another node is not republished');
});
