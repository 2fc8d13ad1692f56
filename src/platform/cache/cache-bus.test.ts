/** The cache bus contract, run against every implementation: local (single node) and Redis. */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { REDIS_URL, skipUnlessRedis } from '../../testing/dialects.js';
import { localBus, redisBus } from './cache-bus.js';
import { PageCache } from './page-cache.js';

const far = () => Date.now() + 60_000;
const store = (cache: PageCache, key: string, tag: string) =>
  cache.set(key, `<p>${key}</p>`, { siteId: 1, contentType: 'text/html', tags: [tag], expiresAt: far() });

describe('local bus', () => {
  test('a single node purges its own cache and nothing else happens', async () => {
    const bus = localBus();
    const cache = new PageCache(1 << 20, bus);
    store(cache, 'a', 'article:1:1');
    cache.invalidate(['article:1:1']);
    assert.equal(cache.get('a'), undefined);
    await bus.close();
  });
});

describe('Redis bus: two nodes', { skip: await skipUnlessRedis() }, () => {
  const connections: Redis[] = [];
  after(() => {
    for (const c of connections) c.disconnect();
  });

  test('a purge on one node reaches the other, only for the tags named', async () => {
    const a = new Redis(REDIS_URL);
    const b = new Redis(REDIS_URL);
    connections.push(a, b);
    const busA = await redisBus(a);
    const busB = await redisBus(b);
    const nodeA = new PageCache(1 << 20, busA);
    const nodeB = new PageCache(1 << 20, busB);
    for (const node of [nodeA, nodeB]) {
      store(node, '1\n/bai-viet/x', 'article:1:7');
      store(node, '1\n/bai-viet/y', 'article:1:8');
    }
    nodeA.invalidate(['article:1:7']);
    for (let i = 0; i < 100 && nodeB.get('1\n/bai-viet/x'); i++) await sleep(10);
    assert.equal(nodeB.get('1\n/bai-viet/x'), undefined, 'purged on the other node');
    assert.ok(nodeB.get('1\n/bai-viet/y'), 'other tags kept');
    assert.ok(nodeA.get('1\n/bai-viet/y'));
    await busA.close();
    await busB.close();
  });

  test('malformed messages on the channel are ignored', async () => {
    const a = new Redis(REDIS_URL);
    connections.push(a);
    const bus = await redisBus(a);
    const cache = new PageCache(1 << 20, bus);
    store(cache, 'k', 'home:1');
    const rogue = new Redis(REDIS_URL);
    connections.push(rogue);
    await rogue.publish('loa:cache:invalidate', 'not json');
    await rogue.publish('loa:cache:invalidate', JSON.stringify({ from: 'x', tags: 'home:1' }));
    await sleep(50);
    assert.ok(cache.get('k'));
    await bus.close();
  });
});
