/**
 * The statistics store shared by several nodes through Redis. Every node sends its batch in one
 * pipeline (one round trip a push):
 *   - counters: hashes per site (`s:<site>`: visits), per 256 articles (`a:<site>:<n>`: views) and
 *     per site and day (`d:<site>:<day>`: visits, views), incremented with HINCRBY by a small script
 *     that leaves absent fields absent (the node seeds them from the database, see store.ts); keys
 *     expire when idle and are seeded again afterwards;
 *   - distinct visitors of a day: a HyperLogLog (`u:<site>:<day>`, PFADD/PFCOUNT, about 0.8 % error
 *     on large days, exact in practice on small ones);
 *   - online: a sorted set per site (`o:<site>`) of visitor keys scored by the last time seen
 *     (ZADD GT), trimmed to the five-minute window at every push and counted with ZCOUNT.
 * Keys live under a prefix of the installation, so two installations (or two test databases)
 * sharing one Redis never mix their figures.
 */
import type { Redis } from 'ioredis';
import {
  type HashSeeds,
  ONLINE_WINDOW_MS,
  type StatsStore,
  type StoreBatch,
  type StoreResult,
} from './store.js';

const INCREMENT_EXISTING = `
local out = {}
for i = 2, #ARGV, 2 do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 1 then
    out[#out + 1] = redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1])
  else
    out[#out + 1] = -1
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return out`;

const SEED_AND_INCREMENT = `
local out = {}
for i = 2, #ARGV, 3 do
  redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
  out[#out + 1] = redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 2])
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return out`;

const ONLINE_TTL_SECONDS = (ONLINE_WINDOW_MS / 1000) * 3;
const CHUNK = 2000;

type Results = [Error | null, unknown][] | null;

function check(results: Results): unknown[] {
  if (!results) throw new Error('Redis pipeline was discarded');
  return results.map(([err, value]) => {
    if (err) throw err;
    return value;
  });
}

export class RedisStore implements StatsStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(name: string): string {
    return `${this.prefix}:${name}`;
  }

  async apply(batch: StoreBatch, now: number): Promise<StoreResult> {
    const p = this.redis.pipeline();
    for (const { hash, ttlSeconds, fields } of batch.counters) {
      p.eval(INCREMENT_EXISTING, 1, this.key(hash), ttlSeconds, ...fields.flat());
    }
    for (const { key, ttlSeconds, members } of batch.distinct) {
      const k = this.key(key);
      for (let i = 0; i < members.length; i += CHUNK) p.pfadd(k, ...members.slice(i, i + CHUNK));
      p.expire(k, ttlSeconds);
      p.pfcount(k);
    }
    for (const { key, seen } of batch.online) {
      const k = this.key(key);
      const entries = [...seen].flatMap(([member, at]) => [at, member]);
      for (let i = 0; i < entries.length; i += CHUNK * 2) p.zadd(k, 'GT', ...entries.slice(i, i + CHUNK * 2));
      p.zremrangebyscore(k, '-inf', `(${now - ONLINE_WINDOW_MS}`);
      p.expire(k, ONLINE_TTL_SECONDS);
    }
    const values = check(await p.exec());
    let i = 0;
    const counters = batch.counters.map(() =>
      (values[i++] as number[]).map((v) => (Number(v) < 0 ? null : Number(v))),
    );
    const distinct = batch.distinct.map(({ members }) => {
      i += Math.ceil(members.length / CHUNK) + 1; // the PFADDs and the EXPIRE
      return Number(values[i++]);
    });
    return { counters, distinct };
  }

  async seed(seeds: HashSeeds[]): Promise<number[][]> {
    const p = this.redis.pipeline();
    for (const { hash, ttlSeconds, fields } of seeds) {
      p.eval(SEED_AND_INCREMENT, 1, this.key(hash), ttlSeconds, ...fields.flat());
    }
    return check(await p.exec()).map((v) => (v as number[]).map(Number));
  }

  async read(refs: readonly { hash: string; field: string }[]): Promise<(number | null)[]> {
    if (refs.length === 0) return [];
    const p = this.redis.pipeline();
    for (const { hash, field } of refs) p.hget(this.key(hash), field);
    return check(await p.exec()).map((v) => (v === null ? null : Number(v)));
  }

  async online(keys: readonly string[], since: number): Promise<number[]> {
    if (keys.length === 0) return [];
    const p = this.redis.pipeline();
    for (const key of keys) p.zcount(this.key(key), since, '+inf');
    return check(await p.exec()).map(Number);
  }
}
