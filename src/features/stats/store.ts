/**
 * Where a node keeps the live statistics between database flushes: counters (absolute values,
 * seeded from the database the first time they are touched), the distinct visitors of each day and
 * the visitors seen in the last five minutes. One interface, two implementations with the same
 * contract (store.test.ts): `MemoryStore` for a single node, `RedisStore` (redis-store.ts) when
 * several nodes share one Redis.
 *
 * Counters hold absolute values, not deltas: the database is written with GREATEST(stored, value),
 * so any node may write any counter at any time, retries are harmless and totals stay exact
 * whichever node writes last.
 */

export const ONLINE_WINDOW_MS = 5 * 60_000;

/** Increments of the fields of one hash (a site's totals, or a site's day). */
export interface HashIncrements {
  hash: string;
  ttlSeconds: number;
  fields: [field: string, delta: number][];
}

export interface HashSeeds {
  hash: string;
  ttlSeconds: number;
  fields: [field: string, seed: number, delta: number][];
}

export interface StoreBatch {
  counters: HashIncrements[];
  /** Visitor keys to add to a day's set of distinct visitors. */
  distinct: { key: string; ttlSeconds: number; members: string[] }[];
  /** Visitors seen, with the last time each was seen. */
  online: { key: string; seen: Map<string, number> }[];
}

export interface StoreResult {
  /** The new value of each field, in batch order; null for a field the store does not hold yet. */
  counters: (number | null)[][];
  /** The number of distinct members of each set after the adds, in batch order. */
  distinct: number[];
}

export interface StatsStore {
  /** Adds to the counters the store holds, adds distinct and online members, drops expired ones. */
  apply(batch: StoreBatch, now: number): Promise<StoreResult>;
  /**
   * For fields the store did not hold: sets each to its seed (unless another node did meanwhile),
   * then adds the delta. Returns the new values.
   */
  seed(seeds: HashSeeds[], now: number): Promise<number[][]>;
  /** Current values (null when not held). */
  read(refs: readonly { hash: string; field: string }[], now: number): Promise<(number | null)[]>;
  /** Members seen at or after `since`, per key. */
  online(keys: readonly string[], since: number): Promise<number[]>;
}

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

/** A single node's store: plain maps with the same expiry rules as the Redis keys. */
export class MemoryStore implements StatsStore {
  private readonly hashes = new Map<string, Expiring<Map<string, number>>>();
  private readonly sets = new Map<string, Expiring<Set<string>>>();
  private readonly seen = new Map<string, Map<string, number>>();
  private lastSweep = 0;

  private live<T>(map: Map<string, Expiring<T>>, key: string, now: number): Expiring<T> | undefined {
    const entry = map.get(key);
    if (entry && entry.expiresAt <= now) {
      map.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const map of [this.hashes, this.sets] as Map<string, Expiring<unknown>>[]) {
      for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
    }
    for (const [key, members] of this.seen) {
      for (const [member, at] of members) if (at < now - ONLINE_WINDOW_MS) members.delete(member);
      if (members.size === 0) this.seen.delete(key);
    }
  }

  async apply(batch: StoreBatch, now: number): Promise<StoreResult> {
    this.sweep(now);
    const counters = batch.counters.map(({ hash, ttlSeconds, fields }) => {
      const entry = this.live(this.hashes, hash, now);
      if (entry) entry.expiresAt = now + ttlSeconds * 1000;
      return fields.map(([field, delta]) => {
        const value = entry?.value.get(field);
        if (value === undefined) return null;
        entry!.value.set(field, value + delta);
        return value + delta;
      });
    });
    const distinct = batch.distinct.map(({ key, ttlSeconds, members }) => {
      let entry = this.live(this.sets, key, now);
      if (!entry) {
        entry = { value: new Set(), expiresAt: 0 };
        this.sets.set(key, entry);
      }
      entry.expiresAt = now + ttlSeconds * 1000;
      for (const m of members) entry.value.add(m);
      return entry.value.size;
    });
    for (const { key, seen } of batch.online) {
      let members = this.seen.get(key);
      if (!members) {
        members = new Map();
        this.seen.set(key, members);
      }
      for (const [member, at] of seen) if ((members.get(member) ?? 0) < at) members.set(member, at);
    }
    return { counters, distinct };
  }

  async seed(seeds: HashSeeds[], now: number): Promise<number[][]> {
    return seeds.map(({ hash, ttlSeconds, fields }) => {
      let entry = this.live(this.hashes, hash, now);
      if (!entry) {
        entry = { value: new Map(), expiresAt: 0 };
        this.hashes.set(hash, entry);
      }
      entry.expiresAt = now + ttlSeconds * 1000;
      const values = entry.value;
      return fields.map(([field, seed, delta]) => {
        const value = (values.get(field) ?? seed) + delta;
        values.set(field, value);
        return value;
      });
    });
  }

  async read(refs: readonly { hash: string; field: string }[], now: number): Promise<(number | null)[]> {
    return refs.map(({ hash, field }) => this.live(this.hashes, hash, now)?.value.get(field) ?? null);
  }

  async online(keys: readonly string[], since: number): Promise<number[]> {
    return keys.map((key) => {
      let n = 0;
      for (const at of this.seen.get(key)?.values() ?? []) if (at >= since) n++;
      return n;
    });
  }
}
