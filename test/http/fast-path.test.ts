/**
 * Over a real socket: cached pages are answered by the fast path before Fastify routes them, with
 * the same bytes and headers, and the access log writes one line per request either way.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { buildApp } from '../../src/app.js';
import { createServices, type Services } from '../../src/services.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';

describe('page-cache fast path over HTTP', () => {
  let seeded: TestNode;
  let services: Services;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let base: string;
  const lines: Record<string, unknown>[] = [];

  before(async () => {
    seeded = await createTestNode({ articlesPerSite: 4, imagesPerSite: 1 });
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).trim().split('\n')) lines.push(JSON.parse(line));
        done();
      },
    });
    services = await createServices(seeded.config, seeded.services.database, pino({ level: 'info' }, sink));
    app = await buildApp(services);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await app?.close();
    await services?.close();
    await seeded?.close();
  });

  test('second request is a HIT with identical body and ETag; one log line per request', async () => {
    const first = await fetch(`${base}/chuyen-muc/tin-tuc`);
    const body1 = await first.text();
    assert.equal(first.headers.get('x-loa-cache'), 'MISS');
    const hitsBefore = services.cache.stats.hits;
    const second = await fetch(`${base}/chuyen-muc/tin-tuc`);
    const body2 = await second.text();
    assert.equal(second.headers.get('x-loa-cache'), 'HIT');
    assert.equal(body2, body1);
    // Same page, maybe another encoding now that the compressed variants exist: same opaque tag.
    const opaque = (etag: string | null) => etag?.replace(/-(br|gz)"$/, '"');
    assert.equal(opaque(second.headers.get('etag')), opaque(first.headers.get('etag')));
    assert.equal(second.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(services.cache.stats.hits > hitsBefore);
    await new Promise((r) => setTimeout(r, 20));
    const requests = lines.filter((l) => l.msg === 'request' && l.url === '/chuyen-muc/tin-tuc');
    assert.equal(requests.length, 2);
    assert.deepEqual(
      requests.map((r) => [r.status, r.cache]),
      [
        [200, 'MISS'],
        [200, 'HIT'],
      ],
    );
  });

  test('HEAD on a cached page sends headers only', async () => {
    await fetch(`${base}/`);
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('x-loa-cache'), 'HIT');
    assert.equal(await head.text(), '');
  });
});
