/** The statistics store contract, run against every implementation: memory (one node) and Redis. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { REDIS_URL, skipUnlessRedis } from '../../testing/dialects.js';
import { RedisStore } from './redis-store.js';
import { MemoryStore, ONLINE_WINDOW_MS, type StatsStore } from './store.js';

const T0 = Date.UTC(2021, 0, 16, 3);
const empty = { counters: [], distinct: [], online: [] };

function contract(name: string, make: () => Promise<StatsStore>, skip: false | string = false) {
  describe(`stats store contract: ${name}`, { skip }, () => {
    test('absent counters are reported, seeded once, then incremented', async () => {
      const store = await make();
      const first = await store.apply(
        { ...empty, counters: [{ hash: 's:1', ttlSeconds: 60, fields: [['v', 3]] }] },
        T0,
      );
      assert.deepEqual(first.counters, [[null]], 'an absent counter is not created by an increment');
      assert.deepEqual(await store.read([{ hash: 's:1', field: 'v' }], T0), [null], 'still absent');
      const seeded = await store.seed([{ hash: 's:1', ttlSeconds: 60, fields: [['v', 100, 3]] }], T0);
      assert.deepEqual(seeded, [[103]], 'seed plus the increment');
      // Another node seeding the same counter meanwhile keeps the first seed and adds its own delta.
      const again = await store.seed([{ hash: 's:1', ttlSeconds: 60, fields: [['v', 100, 2]] }], T0);
      assert.deepEqual(again, [[105]], 'a second seed does not reset the counter');
      const next = await store.apply(
        {
          ...empty,
          counters: [
            {
              hash: 's:1',
              ttlSeconds: 60,
              fields: [
                ['v', 4],
                ['a7', 1],
              ],
            },
          ],
        },
        T0,
      );
      assert.deepEqual(next.counters, [[109, null]], 'known fields add, unknown ones are reported');
      assert.deepEqual(
        await store.read(
          [
            { hash: 's:1', field: 'v' },
            { hash: 's:2', field: 'v' },
          ],
          T0,
        ),
        [109, null],
        'read gives values, null when absent',
      );
    });

    test('distinct visitors of a day count each member once', async () => {
      const store = await make();
      const r1 = await store.apply(
        { ...empty, distinct: [{ key: 'u:1:20210116', ttlSeconds: 60, members: ['a', 'b', 'c'] }] },
        T0,
      );
      const r2 = await store.apply(
        {
          ...empty,
          distinct: [
            { key: 'u:1:20210116', ttlSeconds: 60, members: ['b', 'c', 'd'] },
            { key: 'u:1:20210117', ttlSeconds: 60, members: ['a'] },
          ],
        },
        T0,
      );
      assert.deepEqual(r1.distinct, [3], 'three visitors');
      assert.deepEqual(r2.distinct, [4, 1], 'one new visitor that day; the next day is its own set');
    });

    test('online counts the members seen in the window and forgets older ones', async () => {
      const store = await make();
      await store.apply(
        {
          ...empty,
          online: [
            {
              key: 'o:1',
              seen: new Map([
                ['a', T0],
                ['b', T0 + 60_000],
              ]),
            },
          ],
        },
        T0 + 60_000,
      );
      assert.deepEqual(
        await store.online(['o:1', 'o:2'], T0 + 60_000 - ONLINE_WINDOW_MS),
        [2, 0],
        'two online',
      );
      // 'a' seen again later by another node; an older sighting never moves it back.
      await store.apply(
        { ...empty, online: [{ key: 'o:1', seen: new Map([['a', T0 + 200_000]]) }] },
        T0 + 200_000,
      );
      await store.apply(
        { ...empty, online: [{ key: 'o:1', seen: new Map([['a', T0 + 10]]) }] },
        T0 + 200_000,
      );
      const later = T0 + 60_000 + ONLINE_WINDOW_MS + 1;
      assert.deepEqual(
        await store.online(['o:1'], later - ONLINE_WINDOW_MS),
        [1],
        'b has left, a is still here',
      );
      await store.apply(
        { ...empty, online: [{ key: 'o:1', seen: new Map() }] },
        T0 + 200_000 + ONLINE_WINDOW_MS + 1,
      );
      assert.deepEqual(await store.online(['o:1'], 0), [0], 'expired members are dropped');
    });
  });
}

contract('memory', async () => new MemoryStore());

const redisSkip = await skipUnlessRedis();
const connections: Redis[] = [];
after(() => {
  for (const c of connections) c.disconnect();
});
contract(
  'Redis',
  async () => {
    const redis = new Redis(REDIS_URL);
    connections.push(redis);
    return new RedisStore(redis, `loa:test:${randomBytes(6).toString('hex')}`);
  },
  redisSkip,
);

describe('memory store expiry', () => {
  test('an idle counter expires like a Redis key and must be seeded again', async () => {
    const store = new MemoryStore();
    await store.seed([{ hash: 'd:1:20210116', ttlSeconds: 10, fields: [['v', 0, 1]] }], T0);
    assert.deepEqual(await store.read([{ hash: 'd:1:20210116', field: 'v' }], T0 + 9_000), [1], 'alive');
    assert.deepEqual(
      await store.read([{ hash: 'd:1:20210116', field: 'v' }], T0 + 10_000),
      [null],
      'expired',
    );
  });
});
